"""Coordination gaps: unlinked pairs, brokers and isolated actors."""

import pytest

from graph.analytics import brokers, isolated_actors, unlinked_pairs

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
    found = brokers(_field().G, as_of=AS_OF)
    assert [(f.subject, f.score) for f in found] == [(["org.d", "AUT", "theme.t"], 1.0)]
    assert found[0].details["separates"] == [["org.a"], ["org.e"]]
    assert "partner_of:org.a->org.d" in found[0].evidence.edges


def test_isolated_actor_needs_others_in_the_same_cell():
    found = isolated_actors(_field().G, as_of=AS_OF)
    assert [(f.subject, f.score) for f in found] == [(["org.b", "AUT", "theme.t"], 3.0)]
    assert found[0].details["others"] == ["org.a", "org.d", "org.e"]
