"""Duplicate programmes and similar actors."""

import math
import random
from itertools import combinations

import pytest

from graph.analytics import InvalidData, similar_actors
from graph.analytics.overlaps import _candidate_pairs, duplicate_programmes

from .builders import AS_OF, GraphBuilder


def _programmes() -> GraphBuilder:
    """All in AUT on T unless said. as_of 2024-06-01.
    prog.1 org.a 2023-01-01..2024-12-31; prog.2 org.b from 2024-01-01, open;
    prog.3 org.a, AUT+SRB; prog.5 org.b on Q; prog.6 org.d ended 2024-05-31.

    Pairs sharing a cell (AUT,T) among active ones: 1–2 (a vs b: duplicate, places 1·1 = 1),
    1–3 (same implementer a, no funder: not), 2–3 (b vs a: duplicate, J(countries) = 1/2,
    J(themes) = 1 -> 0.5). prog.5 shares no theme; prog.6 ended the day before (not current
    with recent_days=0). No kind is recorded: kind factor ¾; dates overlap: time factor 1."""
    b = GraphBuilder().country("AUT").country("SRB").theme("theme.t").theme("theme.q")
    for org in ("org.a", "org.b", "org.d", "org.f"):
        b.org(org)
    t = ["theme.t"]
    b.programme(
        "prog.1",
        countries=["AUT"],
        themes=t,
        implementers=["org.a"],
        start="2023-01-01",
        end="2024-12-31",
    )
    b.programme("prog.2", countries=["AUT"], themes=t, implementers=["org.b"], start="2024-01-01")
    b.programme("prog.3", countries=["AUT", "SRB"], themes=t, implementers=["org.a"])
    b.programme("prog.5", countries=["AUT"], themes=["theme.q"], implementers=["org.b"])
    b.programme("prog.6", countries=["AUT"], themes=t, implementers=["org.d"], end="2024-05-31")
    return b


def test_duplicates_need_same_country_theme_and_time_with_different_implementers():
    found = duplicate_programmes(_programmes().G, as_of=AS_OF, recent_days=0)
    assert [(f.subject, f.score) for f in found] == [
        (["prog.1", "prog.2"], 0.75),
        (["prog.2", "prog.3"], 0.375),
    ]
    assert found[0].details["period"] == ["2024-01-01", "2024-12-31"]
    assert "different implementers" in found[0].explanation


def test_same_funder_paying_the_same_implementer_twice_is_a_duplicate():
    """prog.1 and prog.3 share implementer org.a; once org.f funds both, they are reported."""
    b = _programmes()
    b.link("org.f", "prog.1", "FUNDS").link("org.f", "prog.3", "FUNDS")
    found = duplicate_programmes(b.G, as_of=AS_OF, recent_days=0)
    pair = next(f for f in found if f.subject == ["prog.1", "prog.3"])
    assert pair.details["common_funders"] == ["org.f"]
    assert pair.score == 0.375
    assert len(found) == 3


def test_a_pair_whose_implementers_are_partners_is_marked_coordinated_and_ranked_lower():
    """As above, with org.a and org.b partners: 1–2 and 2–3 are coordinated (× ½): 0.375 and
    0.1875; the explanation says which link."""
    b = _programmes()
    b.link("org.a", "org.b", "PARTNER_OF")
    found = duplicate_programmes(b.G, as_of=AS_OF, recent_days=0)
    assert [(f.subject, f.score) for f in found] == [
        (["prog.1", "prog.2"], 0.375), (["prog.2", "prog.3"], 0.1875)]
    assert found[0].details["coordinated"] and "Coordinated" in found[0].explanation


def test_same_kind_of_work_ranks_above_different_kinds_and_far_dates_below_overlapping():
    """Four one-day activities in (AUT, T) by four implementers, as_of 2024-06-01:
    t1, t2 trainings on 2024-03-01 and 2024-03-01 (same kind, same day: 1 × 1);
    r1 research on 2024-03-01 (vs a training: kind ½); t3 training on 2023-03-01 (366 days
    from t1/t2: time ½ × (1 − 366/730) ≈ 0.249)."""
    b = GraphBuilder().country("AUT").theme("theme.t")
    for org, kind, day in (("a", "training", "2024-03-01"), ("b", "training", "2024-03-01"),
                           ("c", "research", "2024-03-01"), ("d", "training", "2023-03-01")):
        b.org(f"org.{org}")
        b.programme(f"prog.{org}", countries=["AUT"], themes=["theme.t"],
                    implementers=[f"org.{org}"], start=day, end=day)
        b.G.nodes[f"prog.{org}"]["programme_kind"] = kind
    found = duplicate_programmes(b.G, as_of=AS_OF)
    scores = {tuple(f.subject): f.score for f in found}
    assert scores[("prog.a", "prog.b")] == 1.0
    assert scores[("prog.a", "prog.c")] == 0.5
    assert scores[("prog.a", "prog.d")] == pytest.approx(0.5 * (1 - 366 / 730))
    assert found[0].subject == ["prog.a", "prog.b"]


def _actors() -> GraphBuilder:
    """as_of 2024-06-01, window 2 years (2023, 2024).
    org.a: prog.a AUT/T 2023-01-01..2024-12-31 -> {AUT-T-2023, AUT-T-2024}.
    org.b: prog.b AUT/T from 2023-06-01 -> same two. J(a,b) = 1.
    org.d: prog.d AUT/T from 2024-01-01, prog.d2 SRB/T from 2023-01-01 ->
      {AUT-T-2024, SRB-T-2023, SRB-T-2024}. J(a,d) = J(b,d) = 1/4; cosine 1/√6 ≈ 0.408.
    org.a1 PART_OF org.a also implements prog.a: J(a,a1) = 1 but left out; J(b,a1) = 1."""
    b = GraphBuilder().country("AUT").country("SRB").theme("theme.t")
    for org in ("org.a", "org.b", "org.d", "org.a1"):
        b.org(org)
    b.link("org.a1", "org.a", "PART_OF")
    kw = {"countries": ["AUT"], "themes": ["theme.t"]}
    b.programme(
        "prog.a", implementers=["org.a", "org.a1"], start="2023-01-01", end="2024-12-31", **kw
    )
    b.programme("prog.b", implementers=["org.b"], start="2023-06-01", **kw)
    b.programme("prog.d", implementers=["org.d"], start="2024-01-01", **kw)
    b.programme(
        "prog.d2", countries=["SRB"], themes=["theme.t"], implementers=["org.d"], start="2023-01-01"
    )
    return b


def test_similar_actors_by_jaccard_leave_out_part_of_pairs():
    found = similar_actors(_actors().G, as_of=AS_OF, years=2)
    assert [(f.subject, f.score) for f in found] == [
        (["org.a", "org.b"], 1.0),
        (["org.a1", "org.b"], 1.0),
    ]
    assert found[0].details["shared"] == [["AUT", "theme.t", 2023], ["AUT", "theme.t", 2024]]


def test_similar_actors_by_cosine_with_lower_threshold():
    found = similar_actors(_actors().G, as_of=AS_OF, years=2, method="cosine", min_similarity=0.4)
    scores = {tuple(f.subject): f.score for f in found}
    assert scores[("org.a", "org.d")] == pytest.approx(1 / 6**0.5)
    assert scores[("org.b", "org.d")] == pytest.approx(1 / 6**0.5)
    assert len(found) == 5  # a-b, a1-b, a-d, b-d, a1-d


def _busy_cell() -> GraphBuilder:
    """prog.1 … prog.4 in (AUT, T), by org.1 … org.4, started 2021 … 2024 in that order, all
    current on as_of 2024-06-01: 6 pairs of different implementers."""
    b = GraphBuilder().country("AUT").theme("theme.t")
    for i in range(1, 5):
        b.org(f"org.{i}").programme(f"prog.{i}", countries=["AUT"], themes=["theme.t"],
                                    implementers=[f"org.{i}"], start=f"202{i}-01-01")
    return b


def test_a_crowded_cell_compares_only_its_latest_programmes_and_says_so():
    """Cap 3: prog.4, prog.3, prog.2 (latest started) -> 3 pairs; prog.1 is left out."""
    found = duplicate_programmes(_busy_cell().G, as_of=AS_OF, cell_programme_limit=3)
    assert sorted(f.subject for f in found) == [["prog.2", "prog.3"], ["prog.2", "prog.4"],
                                               ["prog.3", "prog.4"]]
    assert all(f.details["capped_cells"] == [["AUT", "theme.t", 4]] for f in found)
    assert "only the 3 latest of 4 current programmes were compared" in found[0].explanation
    uncapped = duplicate_programmes(_busy_cell().G, as_of=AS_OF)
    assert len(uncapped) == 6 and "capped_cells" not in uncapped[0].details


def test_only_the_best_duplicate_pairs_up_to_the_limit_are_listed():
    everything = duplicate_programmes(_busy_cell().G, as_of=AS_OF, limit=None)
    best = duplicate_programmes(_busy_cell().G, as_of=AS_OF, limit=2)
    assert [f.subject for f in best] == [f.subject for f in everything[:2]]
    assert best[0].params["limit"] == 2 and [f.rank for f in best] == [1, 2]


def test_a_duplicate_cap_below_its_least_is_refused():
    with pytest.raises(InvalidData, match="cell_programme_limit"):
        duplicate_programmes(_busy_cell().G, as_of=AS_OF, cell_programme_limit=1)


@pytest.mark.parametrize("method", ["jaccard", "cosine"])
@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.5, 0.8, 1.0])
def test_prefix_filtering_misses_no_similar_pair(method, threshold):
    """Against every pair of 60 random profiles over 12 items, sizes 1 to 8."""
    rng = random.Random(3)
    sets = {f"org.{i:02}": set(rng.sample(range(12), rng.randint(1, 8))) for i in range(60)}

    def similarity(A, B):
        shared = len(A & B)
        return shared / len(A | B) if method == "jaccard" else shared / math.sqrt(len(A) * len(B))

    candidates = _candidate_pairs(sets, method, threshold)
    wanted = {(a, b) for a, b in combinations(sorted(sets), 2)
              if sets[a] & sets[b] and similarity(sets[a], sets[b]) >= threshold}
    assert wanted <= candidates


def test_only_the_best_similar_pairs_up_to_the_limit_are_listed():
    b = GraphBuilder().country("AUT").theme("theme.t")
    for i in range(4):
        b.org(f"org.{i}").programme(f"prog.{i}", countries=["AUT"], themes=["theme.t"],
                                    implementers=[f"org.{i}"])
    everything = similar_actors(b.G, as_of=AS_OF)
    best = similar_actors(b.G, as_of=AS_OF, limit=2)
    assert len(everything) == 6
    assert [f.subject for f in best] == [["org.0", "org.1"], ["org.0", "org.2"]]
    assert best[0].params["limit"] == 2


def test_actors_with_the_same_profile_pair_with_each_other_and_alike_with_others():
    """org.0–org.2 identical (AUT T), org.3 adds SRB T: J = 1/2 with each of them."""
    b = GraphBuilder().country("AUT").country("SRB").theme("theme.t")
    for i in range(4):
        b.org(f"org.{i}").programme(f"prog.{i}", countries=["AUT", "SRB"] if i == 3 else ["AUT"],
                                    themes=["theme.t"], implementers=[f"org.{i}"])
    found = {tuple(f.subject): f.score for f in similar_actors(b.G, as_of=AS_OF)}
    assert found == {("org.0", "org.1"): 1.0, ("org.0", "org.2"): 1.0, ("org.1", "org.2"): 1.0,
                     ("org.0", "org.3"): 0.5, ("org.1", "org.3"): 0.5, ("org.2", "org.3"): 0.5}
    assert len(similar_actors(b.G, as_of=AS_OF, limit=3)) == 3


def test_similar_actors_already_linked_are_marked_coordinated_and_ranked_below_strangers():
    """As `_actors`, with org.a and org.b partners: their pair keeps similarity 1 in details
    but scores ½ and says why; org.a1–org.b (strangers, also 1) now ranks first."""
    b = _actors()
    b.link("org.a", "org.b", "PARTNER_OF")
    found = similar_actors(b.G, as_of=AS_OF, years=2)
    assert [(f.subject, f.score) for f in found] == [
        (["org.a1", "org.b"], 1.0), (["org.a", "org.b"], 0.5)]
    linked = found[1]
    assert linked.details["similarity"] == 1.0 and linked.details["coordinated"]
    assert "Coordinated: they are already linked" in linked.explanation
    assert not found[0].details["coordinated"] and "Coordinated" not in found[0].explanation


def test_edges_of_a_record_the_graph_lacks_are_none():
    """A partial load may lack org.osce: the OSCE groupings are then empty, not an error."""
    from graph.analytics.activity import in_edges, out_edges

    G = GraphBuilder().G
    assert list(in_edges(G, "org.osce", "MEMBER_OF")) == []
    assert list(out_edges(G, "org.osce", "OPERATES_IN")) == []


def _twins() -> GraphBuilder:
    """Three groups of identical profiles, interleaved by id: org.k0, org.k3, org.k6… share
    prog.0 (AUT/T), org.k1, org.k4… prog.1 (SRB/T), org.k2, org.k5… prog.2 (AUT/T and SRB/T).
    Within a group similarity 1; group 2 against either other 1/2."""
    b = GraphBuilder().country("AUT").country("SRB").theme("theme.t")
    places = [["AUT"], ["SRB"], ["AUT", "SRB"]]
    for i in range(3):
        b.programme(f"prog.{i}", countries=places[i], themes=["theme.t"],
                    implementers=[f"org.k{j:02d}" for j in range(i, 30, 3)])
    for j in range(30):
        b.org(f"org.k{j:02d}")
    return b


@pytest.mark.parametrize("limit", [1, 7, 44, 135, 136, 300])
def test_similar_actors_limit_keeps_the_most_similar_pairs_ties_by_id(limit):
    """At most `limit` pairs, drawn level by level in id order without expanding every pair of
    identical profiles: the same pairs as ranking all of them by similarity, then ids."""
    G = _twins().G
    every = similar_actors(G, as_of=AS_OF, years=2, limit=None)
    expected = sorted(every, key=lambda f: (-f.details["similarity"], f.subject))[:limit]
    found = similar_actors(G, as_of=AS_OF, years=2, limit=limit)
    assert sorted(f.subject for f in found) == sorted(f.subject for f in expected)
    assert len(every) == 3 * 45 + 2 * 100  # 135 twins at 1, 200 pairs at 1/2


def test_similar_actors_are_about_the_places_they_share_not_every_country_either_works_in():
    """org.a and org.b work alike in XKX only; org.a also works in UKR (with nobody alike).
    The pair is a Kosovo finding: a Ukraine scope leaves it out, a Kosovo scope keeps it."""
    from graph.analytics.scope import filter_findings, resolve_scope

    b = GraphBuilder().country("XKX").country("UKR").theme("theme.t").org("org.a").org("org.b")
    b.programme("prog.k", countries=["XKX"], themes=["theme.t"], implementers=["org.a", "org.b"])
    b.programme("prog.u", countries=["UKR"], themes=["theme.t"], implementers=["org.a"])
    (pair,) = similar_actors(b.G, as_of=AS_OF, years=2, min_similarity=0.1)
    assert [c.id for c in pair.about.countries] == ["XKX"]
    ukraine = resolve_scope(b.G, as_of=AS_OF, country="UKR")
    kosovo = resolve_scope(b.G, as_of=AS_OF, country="XKX")
    assert filter_findings(b.G, [pair], ukraine) == []
    assert filter_findings(b.G, [pair], kosovo) == [pair]


def test_similar_actors_are_about_what_their_shared_triples_name():
    """About is read from the pair's places (a fifth of the walk over the shared triples):
    the same countries and themes, in the same order, as from the triples themselves."""
    from graph.analytics.findings import about_of

    b = GraphBuilder().country("AUT").country("SRB").theme("theme.t").theme("theme.q")
    b.org("org.a").org("org.b")
    for org in ("org.a", "org.b"):
        b.programme(f"prog.{org}", countries=["SRB", "AUT"], themes=["theme.t", "theme.q"],
                    implementers=[org], start="2022-01-01")
    (found,) = similar_actors(b.G, as_of=AS_OF, years=3)
    assert len(found.details["shared"]) == 2 * 2 * 3
    assert found.about == about_of(b.G, found.subject, found.details)
    assert [r.id for r in found.about.countries] == ["AUT", "SRB"]
    assert [r.id for r in found.about.themes] == ["theme.q", "theme.t"]
