"""What-if scenarios."""

import pytest

from graph.analytics import InvalidData, NotFound, what_if

from .builders import AS_OF, GraphBuilder


def _world() -> GraphBuilder:
    """AUT; pillar T with sub-theme S; pillars Q and R. as_of 2024-06-01.
    prog.1 S by org.a, ends 2024-06-30; prog.2 T by org.b, open; prog.3 Q by org.a, open;
    prog.4 R by org.d from 2024-09-01.
    Before: (AUT,S) {a} 1; (AUT,T) {a, b} 2; (AUT,Q) {a} 1; nothing on R."""
    b = GraphBuilder().country("AUT").org("org.a").org("org.b").org("org.d")
    b.theme("theme.t").theme("theme.s", parent="theme.t").theme("theme.q").theme("theme.r")
    b.programme(
        "prog.1", countries=["AUT"], themes=["theme.s"], implementers=["org.a"], end="2024-06-30"
    )
    b.programme("prog.2", countries=["AUT"], themes=["theme.t"], implementers=["org.b"])
    b.programme("prog.3", countries=["AUT"], themes=["theme.q"], implementers=["org.a"])
    b.programme(
        "prog.4", countries=["AUT"], themes=["theme.r"], implementers=["org.d"], start="2024-09-01"
    )
    return b


def _summary(found):
    return [(f.kind, f.subject[1], f.score) for f in found]


def test_removing_an_actor_loses_its_sole_cells_and_reduces_shared_ones():
    """Without org.a: S and Q lost (1 each), T reduced 2 -> 1."""
    found = what_if(_world().G, as_of=AS_OF, remove_actors=["org.a"])
    assert _summary(found) == [
        ("coverage_lost", "theme.q", 1.0),
        ("coverage_lost", "theme.s", 1.0),
        ("coverage_reduced", "theme.t", 1.0),
    ]
    assert found[0].details["actors_before"] == ["org.a"]
    assert found[0].details["actors_after"] == []


def test_ending_a_programme_loses_only_what_it_alone_covered():
    """Ending prog.1: S lost, T reduced; Q untouched (prog.3)."""
    found = what_if(_world().G, as_of=AS_OF, end_programmes=["prog.1"])
    assert _summary(found) == [
        ("coverage_lost", "theme.s", 1.0),
        ("coverage_reduced", "theme.t", 1.0),
    ]


def test_moving_the_date_ends_and_starts_programmes():
    """2024-07-01: prog.1 ended the day before -> S lost, T reduced. 2024-09-01: also prog.4
    starts that day -> R gained."""
    assert _summary(what_if(_world().G, as_of=AS_OF, move_to="2024-07-01", recent_days=0)) == [
        ("coverage_lost", "theme.s", 1.0),
        ("coverage_reduced", "theme.t", 1.0),
    ]
    assert _summary(what_if(_world().G, as_of=AS_OF, move_to="2024-09-01", recent_days=0))[-1] == (
        "coverage_gained",
        "theme.r",
        1.0,
    )


def test_no_change_reports_nothing_and_bad_scenarios_are_refused():
    G = _world().G
    assert what_if(G, as_of=AS_OF) == []
    with pytest.raises(NotFound):
        what_if(G, as_of=AS_OF, remove_actors=["org.nope"])
    with pytest.raises(NotFound):
        what_if(G, as_of=AS_OF, end_programmes=["org.a"])
    with pytest.raises(InvalidData):
        what_if(G, as_of=AS_OF, move_to="2024-01-01")
