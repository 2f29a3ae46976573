"""Who is active where on a date: dates, statuses, roll-up and weights."""

import math

import networkx as nx
import pytest

from graph.analytics import InvalidData, active_cells
from graph.analytics.findings import resolve_as_of

from .builders import AS_OF, GraphBuilder


def _graph() -> GraphBuilder:
    b = GraphBuilder().country("AUT").theme("theme.protection")
    b.theme("theme.assistance", parent="theme.protection").org("org.a").org("org.b").org("org.c")
    return b


def test_programme_ended_the_day_before_is_inactive_and_open_ended_one_is_active():
    """as_of 2024-06-01. prog.ended ends 2024-05-31 (org.a): inactive. prog.open has no end
    (org.b): active. prog.today ends on 2024-06-01 (org.c): active, ends are inclusive. So the
    cell (AUT, assistance) has org.b and org.c only."""
    b = _graph()
    kw = {"countries": ["AUT"], "themes": ["theme.assistance"]}
    b.programme("prog.ended", implementers=["org.a"], end="2024-05-31", **kw)
    b.programme("prog.open", implementers=["org.b"], end=None, **kw)
    b.programme("prog.today", implementers=["org.c"], end=AS_OF, **kw)
    cell = active_cells(b.G, as_of=AS_OF, recent_days=0)[("AUT", "theme.assistance")]
    assert sorted(cell.actors) == ["org.b", "org.c"]
    assert sorted(cell.programmes) == ["prog.open", "prog.today"]


def test_work_that_is_over_without_an_end_date_is_not_todays_work():
    """as_of 2024-06-01, window 730 days (from 2022-06-02). None has an end date. prog.done
    (org.a) is completed and started 2015-10-15: it ended then. prog.training (org.b) is a
    training that started 2021-03-04, a one-off: it ended that day, before the window.
    prog.undated (org.c) is completed with no dates: over, at a time not known. prog.project
    (org.d), a project of unknown status started 2021, runs on: the only one counted; and a
    training of 2023-03-10 (org.e) is recent work."""
    b = _graph().org("org.d").org("org.e")
    kw = {"countries": ["AUT"], "themes": ["theme.assistance"]}
    b.programme("prog.done", implementers=["org.a"], start="2015-10-15", status="completed", **kw)
    b.programme("prog.training", implementers=["org.b"], start="2021-03-04", status="unknown", **kw)
    b.programme("prog.undated", implementers=["org.c"], start=None, status="completed", **kw)
    b.programme("prog.project", implementers=["org.d"], start="2021", status="unknown", **kw)
    b.programme("prog.recent", implementers=["org.e"], start="2023-03-10", status="unknown", **kw)
    b.G.nodes["prog.training"]["programme_kind"] = "training"
    b.G.nodes["prog.project"]["programme_kind"] = "project"
    b.G.nodes["prog.recent"]["programme_kind"] = "training"
    cell = active_cells(b.G, as_of=AS_OF)[("AUT", "theme.assistance")]
    assert sorted(cell.actors) == ["org.d", "org.e"]
    assert sorted(active_cells(b.G, as_of=AS_OF, recent_days=0)[
        ("AUT", "theme.assistance")].actors) == ["org.d"]


def test_work_that_ended_within_the_recent_window_still_counts_and_older_work_does_not():
    """as_of 2024-06-01, window 730 days (from 2022-06-02). A training on 2023-03-10 (org.a) is
    recent: counted. One on 2022-01-20 (org.b) ended before the window: not counted. With
    recent_days=365 the window opens 2023-06-02 and neither counts."""
    b = _graph()
    kw = {"countries": ["AUT"], "themes": ["theme.assistance"]}
    b.programme("prog.recent", implementers=["org.a"], start="2023-03-10", end="2023-03-10", **kw)
    b.programme("prog.old", implementers=["org.b"], start="2022-01-20", end="2022-01-20", **kw)
    cell = active_cells(b.G, as_of=AS_OF)[("AUT", "theme.assistance")]
    assert sorted(cell.actors) == ["org.a"]
    assert ("AUT", "theme.assistance") not in active_cells(b.G, as_of=AS_OF, recent_days=365)


def test_programme_starting_after_as_of_and_cancelled_programme_do_not_count():
    """prog.future starts 2024-06-02, prog.cancelled has open dates but status cancelled:
    no cell at all."""
    b = _graph()
    kw = {"countries": ["AUT"], "themes": ["theme.assistance"], "implementers": ["org.a"]}
    b.programme("prog.future", start="2024-06-02", **kw)
    b.programme("prog.cancelled", status="cancelled", **kw)
    assert active_cells(b.G, as_of=AS_OF) == {}


def test_subtheme_programme_counts_for_its_pillar_only_with_rollup():
    """A programme on assistance (under protection) fills (AUT, assistance) and
    (AUT, protection); without roll-up only the first."""
    b = _graph()
    b.programme("prog.1", countries=["AUT"], themes=["theme.assistance"], implementers=["org.a"])
    assert sorted(active_cells(b.G, as_of=AS_OF)) == [
        ("AUT", "theme.assistance"),
        ("AUT", "theme.protection"),
    ]
    assert sorted(active_cells(b.G, as_of=AS_OF, rollup=False)) == [("AUT", "theme.assistance")]


def test_coverage_weights_roles_and_budget():
    """prog.1: lead org.a (1.0) + funder org.b (0.5), budget 2e6 over 2 countries = 1e6 each,
    factor 1 + log10(2); coverage = 1.5 × 1.30103 = 1.951545. prog.2: subgrantee org.c (0.5),
    no budget, factor 1: coverage 0.5. The cell (AUT, assistance) sums to 2.451545."""
    b = _graph().country("SRB")
    b.programme(
        "prog.1",
        countries=["AUT", "SRB"],
        themes=["theme.assistance"],
        implementers=["org.a"],
        funders=["org.b"],
        budget=2_000_000,
    )
    b.programme(
        "prog.2",
        countries=["AUT"],
        themes=["theme.assistance"],
        implementers=[("org.c", "subgrantee")],
    )
    cells = active_cells(b.G, as_of=AS_OF)
    expected = 1.5 * (1 + math.log10(2)) + 0.5
    assert cells[("AUT", "theme.assistance")].coverage == pytest.approx(expected)
    assert cells[("AUT", "theme.assistance")].actors == {
        "org.a": {"lead"},
        "org.b": {"funder"},
        "org.c": {"subgrantee"},
    }


def test_ended_implementation_leaves_programme_listed_but_cell_without_actor():
    """org.a's IMPLEMENTS edge ended 2023-12-31: prog.1 still runs and is listed, but the cell
    has no actor and coverage 0."""
    b = _graph()
    b.programme("prog.1", countries=["AUT"], themes=["theme.assistance"])
    b.link("org.a", "prog.1", "IMPLEMENTS", role="lead", end="2023-12-31")
    cell = active_cells(b.G, as_of=AS_OF, recent_days=0)[("AUT", "theme.assistance")]
    assert list(cell.programmes) == ["prog.1"]
    assert cell.actors == {}
    assert cell.coverage == 0


def test_unknown_role_weight_and_malformed_date_are_refused():
    b = _graph()
    with pytest.raises(InvalidData):
        active_cells(b.G, as_of=AS_OF, weights={"sponsor": 1.0})
    with pytest.raises(InvalidData):
        resolve_as_of("2024-13-01")


def test_cells_without_some_records_are_the_cells_of_the_graph_without_them():
    b = GraphBuilder().country("AUT").theme("theme.t").org("org.a").org("org.b")
    b.programme("prog.1", countries=["AUT"], themes=["theme.t"], implementers=["org.a", "org.b"])
    b.programme("prog.2", countries=["AUT"], themes=["theme.t"], implementers=["org.b"])
    gone = ["org.a", "prog.2"]
    expected = active_cells(nx.restricted_view(b.G, gone, []), as_of=AS_OF)
    got = active_cells(b.G, as_of=AS_OF, without=gone)
    assert got == expected and got["AUT", "theme.t"].actors == {"org.b": {"lead"}}
