"""Derived structures (cells, collaboration network) computed once per graph and shared."""

from graph.analytics import memo, unlinked_pairs
from graph.analytics.activity import shared_cells
from graph.analytics.network import shared_network

from .builders import AS_OF, GraphBuilder


def _pair() -> GraphBuilder:
    """org.a and org.b each implement a programme on T in AUT: one unlinked pair."""
    b = GraphBuilder().country("AUT").theme("theme.t").org("org.a").org("org.b")
    for org in ("a", "b"):
        b.programme(f"prog.{org}", countries=["AUT"], themes=["theme.t"],
                    implementers=[f"org.{org}"])
    return b


def test_cells_and_network_are_computed_once_per_graph_and_options():
    G = _pair().G
    assert shared_cells(G, as_of=AS_OF) is shared_cells(G, as_of=AS_OF)
    assert shared_network(G, as_of=AS_OF) is shared_network(G, as_of=AS_OF)
    assert shared_cells(G, as_of=AS_OF) is not shared_cells(G, as_of=AS_OF, recent_days=0)
    assert shared_cells(G, as_of=AS_OF) is not shared_cells(_pair().G, as_of=AS_OF)


def test_a_graph_that_grew_is_analysed_afresh():
    b = _pair()
    assert len(unlinked_pairs(b.G, as_of=AS_OF)) == 1
    b.link("org.a", "org.b", "PARTNER_OF")
    assert unlinked_pairs(b.G, as_of=AS_OF) == []


def test_a_graph_changed_in_place_is_analysed_afresh_once_forgotten():
    G = _pair().G
    assert len(unlinked_pairs(G, as_of=AS_OF)) == 1
    G.nodes["prog.b"]["status"] = "cancelled"  # same nodes and edges: the cache cannot tell
    memo.forget(G)
    assert unlinked_pairs(G, as_of=AS_OF) == []
