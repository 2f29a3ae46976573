"""Partner recommendations."""

import math

import pytest

from graph.analytics import NotFound, recommend_partners

from .builders import AS_OF, GraphBuilder


def _field() -> GraphBuilder:
    """Pillar T; countries AUT, SRB, MDA. Each org runs its own programme(s):
    org.a: AUT, SRB; org.b: AUT; org.d: AUT, SRB, partner of org.a; org.f: AUT, SRB;
    org.e: MDA. org.a holds mandate.m1 and org.f mandate.m2, both covering T.

    Cells: (AUT,T) has a, b, d, f (degree 4); (SRB,T) has a, d, f (degree 3).
    Candidates for org.a: b and f (d is linked, e shares nothing).
    f: AA = 1/ln4 + 1/ln3 = 1.6315, Jaccard 2/2 = 1, common mandate theme +0.5 -> 3.1315.
    b: AA = 1/ln4 = 0.7213, Jaccard 1/2 -> 1.2213."""
    b = GraphBuilder().country("AUT").country("SRB").country("MDA").theme("theme.t")
    for org in ("org.a", "org.b", "org.d", "org.f", "org.e"):
        b.org(org)
    places = {
        "org.a": ["AUT", "SRB"],
        "org.b": ["AUT"],
        "org.d": ["AUT", "SRB"],
        "org.f": ["AUT", "SRB"],
        "org.e": ["MDA"],
    }
    for org, countries in places.items():
        b.programme(f"prog.{org[4:]}", countries=countries, themes=["theme.t"], implementers=[org])
    b.link("org.a", "org.d", "PARTNER_OF")
    b.mandate("mandate.m1", themes=["theme.t"]).mandate("mandate.m2", themes=["theme.t"])
    b.link("org.a", "mandate.m1", "HOLDS_MANDATE", role="implements")
    b.link("org.f", "mandate.m2", "HOLDS_MANDATE", role="implements")
    return b


def test_recommendations_score_adamic_adar_overlap_and_mandates():
    found = recommend_partners(_field().G, "org.a", as_of=AS_OF)
    assert [f.subject for f in found] == [["org.a", "org.f"], ["org.a", "org.b"]]
    assert found[0].score == pytest.approx(1 / math.log(4) + 1 / math.log(3) + 1 + 0.5)
    assert found[1].score == pytest.approx(1 / math.log(4) + 0.5)
    assert found[0].details["common_mandate_themes"] == ["theme.t"]
    assert "mandate.m2" in found[0].explanation or "m2" in found[0].explanation
    assert "mandate.m2" in found[0].evidence.nodes


def test_recommendations_respect_limit_and_inactive_actor_gets_none():
    G = _field().org("org.idle").G
    assert len(recommend_partners(G, "org.a", as_of=AS_OF, limit=1)) == 1
    assert recommend_partners(G, "org.idle", as_of=AS_OF) == []


def test_unknown_actor_is_not_found():
    with pytest.raises(NotFound):
        recommend_partners(_field().G, "org.nope", as_of=AS_OF)
    with pytest.raises(NotFound):
        recommend_partners(_field().G, "AUT", as_of=AS_OF)


def test_recommendation_scores_are_summed_in_cell_order_whatever_the_hash_seed():
    """Adamic–Adar is summed over the shared cells in their sorted order, so the score is the
    same to the last bit in every process (a set's order moved it with PYTHONHASHSEED)."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "from tests.unit.analytics.test_recommend import _field\n"
        "from graph.analytics import recommend_partners\n"
        "from tests.unit.analytics.builders import AS_OF\n"
        "print([repr(f.score) for f in recommend_partners(_field().G, 'org.a', as_of=AS_OF)])"
    )
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": str(seed), "PATH": ""},
                           cwd=Path(__file__).resolve().parents[3]).stdout
            for seed in (1, 2, 3)}
    assert len(runs) == 1
    assert runs.pop().strip() == repr([repr(1 / math.log(4) + 1 / math.log(3) + 1.0 + 0.5),
                                       repr(1 / math.log(4) + 0.5)])
