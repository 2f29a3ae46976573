"""Coordination gaps: unlinked pairs, brokers and isolated actors."""

import networkx as nx
import pytest

from graph.analytics import InvalidData, brokers, isolated_actors, unlinked_pairs
from graph.analytics.coordination import articulation_points

from .builders import AS_OF, GraphBuilder


def _field() -> GraphBuilder:
    """In (AUT, T): org.a, org.b, org.d, org.e, each with its own programme. Links: a–d and
    d–e partnerships. org.x works on T in SRB only; org.y works on Q in AUT only.

    Unlinked pairs in (AUT,T): a–b, a–e, b–d, b–e (4); none with x or y.
    Broker: d, the only link between a and e -> 1 pair separated.
    Isolated: b in (AUT,T), with 3 others. x and y are alone in their cells: not isolated."""
    b = GraphBuilder().country("AUT").country("SRB").theme("theme.t").theme("theme.q")
    for org in ("a", "b", "d", "e", "x", "y"):
        b.org(f"org.{org}")
    for org in ("a", "b", "d", "e"):
        b.programme(
            f"prog.{org}", countries=["AUT"], themes=["theme.t"], implementers=[f"org.{org}"]
        )
    b.programme("prog.x", countries=["SRB"], themes=["theme.t"], implementers=["org.x"])
    b.programme("prog.y", countries=["AUT"], themes=["theme.q"], implementers=["org.y"])
    b.link("org.a", "org.d", "PARTNER_OF", kind="mou").link("org.e", "org.d", "PARTNER_OF")
    return b


def test_unlinked_pair_is_reported_only_for_actors_sharing_country_and_theme():
    found = unlinked_pairs(_field().G, as_of=AS_OF)
    assert [f.subject for f in found] == [
        ["org.a", "org.b"],
        ["org.a", "org.e"],
        ["org.b", "org.d"],
        ["org.b", "org.e"],
    ]
    assert found[0].details["cells"] == [["AUT", "theme.t"]]
    assert {"prog.a", "prog.b"} <= set(found[0].evidence.nodes)
    assert "implements:org.a->prog.a" in found[0].evidence.edges
    assert "src.implements:org.b->prog.b" in found[0].evidence.sources


def _pair(link) -> GraphBuilder:
    b = GraphBuilder().country("AUT").theme("theme.t").org("org.a").org("org.b")
    b.org("org.f", type="donor").org("org.n", type="network").org("org.p", type="igo")
    b.programme("prog.a", countries=["AUT"], themes=["theme.t"], implementers=["org.a"])
    b.programme("prog.b", countries=["AUT"], themes=["theme.t"], implementers=["org.b"])
    link(b)
    return b


@pytest.mark.parametrize(
    "link",
    [
        lambda b: b.link("org.b", "org.a", "PARTNER_OF", kind="mou"),
        lambda b: b.programme("prog.j", implementers=["org.a", "org.b"]),
        lambda b: b.link("org.f", "prog.a", "FUNDS").link("org.f", "prog.b", "FUNDS"),
        lambda b: b.link("org.a", "org.n", "MEMBER_OF").link("org.b", "org.n", "MEMBER_OF"),
        lambda b: b.link("org.a", "org.b", "MEMBER_OF"),
        lambda b: b.link("org.a", "org.p", "PART_OF").link("org.b", "org.p", "PART_OF"),
        lambda b: b.link("org.a", "org.b", "PART_OF"),
        # a past partnership still links: they have worked together
        lambda b: b.link("org.a", "org.b", "PARTNER_OF", start="2010-01-01", end="2012-12-31"),
    ],
    ids=["partner", "joint", "funder", "common-member", "member", "siblings", "part", "past"],
)
def test_any_kind_of_link_removes_the_pair(link):
    assert unlinked_pairs(_pair(link).G, as_of=AS_OF) == []


def test_link_starting_after_as_of_does_not_count_yet():
    """The partnership starts 2024-06-02, the day after as_of: a–b is still unlinked."""
    b = _pair(lambda b: b.link("org.a", "org.b", "PARTNER_OF", start="2024-06-02"))
    assert [f.subject for f in unlinked_pairs(b.G, as_of=AS_OF)] == [["org.a", "org.b"]]


def test_actor_whose_programme_ended_the_day_before_is_not_paired():
    """prog.b ended 2024-05-31: only org.a is active in (AUT,T), so no pair."""
    b = GraphBuilder().country("AUT").theme("theme.t").org("org.a").org("org.b")
    b.programme("prog.a", countries=["AUT"], themes=["theme.t"], implementers=["org.a"])
    b.programme(
        "prog.b", countries=["AUT"], themes=["theme.t"], implementers=["org.b"], end="2024-05-31"
    )
    assert unlinked_pairs(b.G, as_of=AS_OF, recent_days=0) == []


def test_broker_is_the_articulation_point_of_the_cell():
    found = brokers(_field().G, as_of=AS_OF, level="cell")
    assert [(f.subject, f.score) for f in found] == [(["org.d", "AUT", "theme.t"], 1.0)]
    assert found[0].details["separates"] == [["org.a"], ["org.e"]]
    assert "partner_of:org.a->org.d" in found[0].evidence.edges


def test_network_broker_is_the_only_tie_between_groups_in_different_countries():
    """org.m works in SRB and is a partner of org.x (SRB) and of org.a (AUT). Among the
    active actors, the network is x–m–a–d–e: m separates x from {a, d, e} (3 pairs), d
    separates {x, m, a} from e (3 pairs), a separates {x, m} from {d, e} (4 pairs). No cell
    holds x and a together, so m is a broker only at the network level."""
    b = _field()
    b.org("org.m").programme("prog.m", countries=["SRB"], themes=["theme.t"],
                             implementers=["org.m"])
    b.link("org.m", "org.x", "PARTNER_OF").link("org.m", "org.a", "PARTNER_OF")
    found = brokers(b.G, as_of=AS_OF, level="network")
    # Score: actors cut off from the largest group + pairs/(1 + pairs).
    assert [(f.subject, f.score) for f in found] == [
        (["org.a"], 2.8), (["org.d"], 1.75), (["org.m"], 1.75)]
    m = found[2]
    assert m.details["separates"] == [["org.a", "org.d", "org.e"], ["org.x"]]
    assert "only tie" in m.explanation
    cell_level = brokers(b.G, as_of=AS_OF, level="cell")
    assert "org.m" not in {f.subject[0] for f in cell_level}


def test_network_brokers_of_a_region_look_only_at_its_actors():
    """Restricted to AUT, org.m (SRB) is not in the network: d is the only broker there."""
    b = _field()
    b.org("org.m").programme("prog.m", countries=["SRB"], themes=["theme.t"],
                             implementers=["org.m"])
    b.link("org.m", "org.x", "PARTNER_OF").link("org.m", "org.a", "PARTNER_OF")
    found = brokers(b.G, as_of=AS_OF, level="network", countries=["AUT"])
    assert [f.subject for f in found] == [["org.d"]]


def test_unknown_broker_level_names_the_valid_ones():
    from graph.analytics import InvalidData

    with pytest.raises(InvalidData, match="all, cell, network"):
        brokers(_field().G, as_of=AS_OF, level="planet")


def test_every_actor_without_any_link_is_reported_active_or_not():
    """b, x and y have programmes and no link; org.z is in the graph with nothing at all. All
    four are unconnected; b (1 programme) ranks with x and y, z (0) last."""
    b = _field()
    b.org("org.z")
    found = [f for f in isolated_actors(b.G, as_of=AS_OF) if f.kind == "unconnected_actor"]
    assert [f.subject[0] for f in found] == ["org.b", "org.x", "org.y", "org.z"]
    assert found[-1].score == 0.0 and found[-1].details["programmes"] == 0
    assert "no recorded link" in found[-1].explanation


def test_isolated_actor_needs_others_in_the_same_cell():
    found = [f for f in isolated_actors(_field().G, as_of=AS_OF) if f.kind == "isolated_actor"]
    assert [(f.subject, f.score) for f in found] == [(["org.b", "AUT", "theme.t"], 3.0)]
    assert found[0].details["others"] == ["org.a", "org.d", "org.e"]


def test_unlinked_pair_of_two_grantees_of_a_hub_funder_says_why_the_funder_is_no_tie():
    """org.f funds a, b, d and e; with shared_funder_limit=3 it funds too many to count as a
    tie, so a–b stays unlinked and the sentence names org.f and the limit."""
    b = _field()
    b.org("org.f")
    for org in ("a", "b", "d", "e"):
        b.link("org.f", f"prog.{org}", "FUNDS")
    found = unlinked_pairs(b.G, as_of=AS_OF, shared_funder_limit=3)
    ab = next(f for f in found if f.subject == ["org.a", "org.b"])
    assert ab.details["hub_funders"] == ["org.f"]
    assert "more than 3 implementers is not counted as a tie" in ab.explanation
    linked = unlinked_pairs(b.G, as_of=AS_OF, shared_funder_limit=25)
    assert ["org.a", "org.b"] not in [f.subject for f in linked]


def test_unlinked_pairs_rank_international_actors_above_local_ones():
    """Same cell, same need: the pair of two regional actors (r1, r2) scores 1 × 1 = 1, the
    pair of local ones (l1, l2) 0.3 × 0.3 = 0.09, so r1–r2 ranks first."""
    b = GraphBuilder().country("AUT").theme("theme.t")
    for org, scope in (("r1", "regional"), ("r2", "regional"), ("l1", "local"), ("l2", "local")):
        b.org(f"org.{org}", scope=scope)
        b.programme(f"prog.{org}", countries=["AUT"], themes=["theme.t"],
                    implementers=[f"org.{org}"])
    b.link("org.r1", "org.l1", "PARTNER_OF").link("org.r1", "org.l2", "PARTNER_OF")
    b.link("org.r2", "org.l1", "PARTNER_OF").link("org.r2", "org.l2", "PARTNER_OF")
    found = unlinked_pairs(b.G, as_of=AS_OF)
    assert [f.subject for f in found] == [["org.r1", "org.r2"], ["org.l1", "org.l2"]]
    assert found[0].score > found[1].score


def _crowd(n: int) -> GraphBuilder:
    """n unlinked organisations org.00… in (AUT, T); org.00 has two programmes there, the
    others one each, so org.00 is the most involved and the others tie (broken by id)."""
    b = GraphBuilder().country("AUT").theme("theme.t")
    for i in range(n):
        b.org(f"org.{i:02}")
        b.programme(f"prog.{i:02}", countries=["AUT"], themes=["theme.t"],
                    implementers=[f"org.{i:02}"])
    b.programme("prog.extra", countries=["AUT"], themes=["theme.t"], implementers=["org.00"])
    return b


def test_a_crowded_cell_pairs_only_its_most_involved_actors_and_says_so():
    """5 actors, cap 3: org.00 (2 programmes), then org.01 and org.02 by id -> 3 pairs."""
    found = unlinked_pairs(_crowd(5).G, as_of=AS_OF, cell_actor_limit=3)
    assert sorted(f.subject for f in found) == [["org.00", "org.01"], ["org.00", "org.02"],
                                               ["org.01", "org.02"]]
    assert all(f.details["capped_cells"] == [["AUT", "theme.t", 5]] for f in found)
    assert "only the 3 most involved of 5 actors were paired" in found[0].explanation
    assert found[0].params["cell_actor_limit"] == 3
    uncapped = unlinked_pairs(_crowd(5).G, as_of=AS_OF)
    assert len(uncapped) == 10 and "capped_cells" not in uncapped[0].details


def test_only_the_best_pairs_up_to_the_limit_are_listed():
    """Pairs with org.00 share min(w) = 1 like the rest: all score 1; ties go by subject."""
    everything = unlinked_pairs(_crowd(5).G, as_of=AS_OF, limit=None)
    best = unlinked_pairs(_crowd(5).G, as_of=AS_OF, limit=4)
    assert [f.subject for f in best] == [f.subject for f in everything[:4]]
    assert [f.rank for f in best] == [1, 2, 3, 4] and best[0].params["limit"] == 4


def test_unlinked_pairs_of_some_countries_are_scored_on_their_cells_only():
    b = _field()
    b.programme("prog.a2", countries=["SRB"], themes=["theme.t"], implementers=["org.a"])
    b.programme("prog.b2", countries=["SRB"], themes=["theme.t"], implementers=["org.b"])
    world = {tuple(f.subject): f for f in unlinked_pairs(b.G, as_of=AS_OF)}
    serbia = unlinked_pairs(b.G, as_of=AS_OF, countries=["SRB"])
    assert world["org.a", "org.b"].details["cells"] == [["AUT", "theme.t"], ["SRB", "theme.t"]]
    assert [f.subject for f in serbia] == [["org.a", "org.b"], ["org.a", "org.x"],
                                           ["org.b", "org.x"]]
    assert serbia[0].details["cells"] == [["SRB", "theme.t"]]
    assert serbia[0].score < world["org.a", "org.b"].score


@pytest.mark.parametrize("option", ["limit", "cell_actor_limit"])
def test_a_pair_cap_below_its_least_is_refused(option):
    with pytest.raises(InvalidData, match=option):
        unlinked_pairs(_field().G, as_of=AS_OF, **{option: 0})


@pytest.mark.parametrize("seed", range(12))
def test_articulation_points_are_networkx_articulation_points(seed):
    """Brokers walk plain adjacency lists (no graph per cell): the same cut vertices as
    `nx.articulation_points`, on sparse random graphs with several components, trees among them."""
    H = nx.gnm_random_graph(40, 30 + 4 * seed, seed=seed)
    adjacency = {f"org.{u}": [f"org.{v}" for v in H[u]] for u in H}
    assert articulation_points(adjacency) == {f"org.{u}" for u in nx.articulation_points(H)}
