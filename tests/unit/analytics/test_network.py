"""Collaboration network, centrality, communities and formal groups."""

import networkx as nx
import pytest

from graph.analytics import (
    centrality,
    collaboration_network,
    communities,
    community_alignment,
    formal_groups,
)
from graph.analytics.network import SEED, Linked, betweenness, louvain, pagerank

from .builders import AS_OF, GraphBuilder


def test_link_weights_add_up_over_reasons():
    """a–b: partnership (1) + joint programme prog.ab (1) = 2.
    org.f funds prog.a (by a) and prog.c (by c): f–a 1, f–c 1 (joint programmes), a–c 0.5
    (shared funder). a and d both MEMBER_OF n: a–d 0.5; a–n 1, d–n 1.
    A partnership e–a starting 2025 is ignored; e stays isolated."""
    b = GraphBuilder()
    for org in ("org.a", "org.b", "org.c", "org.d", "org.e", "org.f"):
        b.org(org)
    b.org("org.n", type="network")
    b.link("org.a", "org.b", "PARTNER_OF", kind="mou")
    b.programme("prog.ab", implementers=["org.a", "org.b"])
    b.programme("prog.a", implementers=["org.a"], funders=["org.f"])
    b.programme("prog.c", implementers=["org.c"], funders=["org.f"])
    b.link("org.a", "org.n", "MEMBER_OF").link("org.d", "org.n", "MEMBER_OF")
    b.link("org.e", "org.a", "PARTNER_OF", start="2025-01-01")
    N = collaboration_network(b.G, as_of=AS_OF)
    weights = {tuple(sorted((u, v))): d["weight"] for u, v, d in N.edges(data=True)}
    assert weights == {
        ("org.a", "org.b"): 2.0,
        ("org.a", "org.f"): 1.0,
        ("org.c", "org.f"): 1.0,
        ("org.a", "org.c"): 0.5,
        ("org.a", "org.d"): 0.5,
        ("org.a", "org.n"): 1.0,
        ("org.d", "org.n"): 1.0,
    }
    assert N.degree("org.e") == 0


def test_the_partners_a_platform_lists_are_linked_as_its_members_are():
    """The Alliance lists org.a and org.b as alliance_partner, org.c as a member and org.d as a
    partner of another kind: a, b and c meet in it (common membership), d does not."""
    b = GraphBuilder().org("org.alliance", type="network")
    for org in ("org.a", "org.b", "org.c", "org.d"):
        b.org(org)
    b.link("org.alliance", "org.a", "PARTNER_OF", kind="alliance_partner")
    b.link("org.alliance", "org.b", "PARTNER_OF", kind="alliance_partner")
    b.link("org.b", "org.alliance", "MEMBER_OF")
    b.link("org.c", "org.alliance", "MEMBER_OF")
    b.link("org.alliance", "org.d", "PARTNER_OF", kind="mou")
    N = collaboration_network(b.G, as_of=AS_OF)
    shared = {tuple(sorted((u, v))) for u, v, d in N.edges(data=True)
              if any(link["type"] == "common_membership" for link in d["links"])}
    assert shared == {("org.a", "org.b"), ("org.a", "org.c"), ("org.b", "org.c")}
    # org.b is a partner and a member: one common membership per pair, not two.
    assert [link["type"] for link in N.edges["org.a", "org.b"]["links"]] == ["common_membership"]
    assert N.edges["org.b", "org.c"]["weight"] == 0.5


def test_centrality_ranks_the_middle_of_a_path_first():
    """Path a – b – c of partnerships (org.lonely has no link: left out). b has betweenness 1
    (normalised), a and c 0. PageRank with α = 0.85, by symmetry a = c = x, b = y:
    x = 0.05 + 0.85·y/2, y = 0.05 + 0.85·2x  =>  x = 0.07125/0.2775 = 0.256757, y = 0.486486."""
    b = GraphBuilder().org("org.a").org("org.b").org("org.c").org("org.lonely")
    b.link("org.a", "org.b", "PARTNER_OF").link("org.b", "org.c", "PARTNER_OF")
    found = centrality(b.G, as_of=AS_OF)
    assert [f.subject[0] for f in found] == ["org.b", "org.a", "org.c"]
    assert found[0].details["betweenness"] == pytest.approx(1.0)
    assert found[0].score == pytest.approx(0.486486, abs=1e-6)
    assert found[1].score == pytest.approx(0.256757, abs=1e-6)
    assert found[2].score == pytest.approx(0.256757, abs=1e-6)


def _two_camps() -> GraphBuilder:
    """Triangle a1, a2, a3 (partnerships), all MEMBER_OF network org.n; triangle b1, b2, b3 of
    alliance_partner partnerships; bridge a3 – b1.
    Communities: {n, a1, a2, a3} and {b1, b2, b3}. Formal groups: org.n = {n, a1, a2, a3};
    the alliance keyed b1 (degree 2 in the alliance graph, ties by id) = {b1, b2, b3}.
    Alignment: each community matches its group with Jaccard 1; no cross match."""
    b = GraphBuilder().org("org.n", type="network")
    for x in ("a1", "a2", "a3", "b1", "b2", "b3"):
        b.org(f"org.{x}")
    for u, v in [("a1", "a2"), ("a2", "a3"), ("a1", "a3"), ("a3", "b1")]:
        b.link(f"org.{u}", f"org.{v}", "PARTNER_OF", kind="cooperation")
    for u, v in [("b1", "b2"), ("b2", "b3"), ("b1", "b3")]:
        b.link(f"org.{u}", f"org.{v}", "PARTNER_OF", kind="alliance_partner")
    for x in ("a1", "a2", "a3"):
        b.link(f"org.{x}", "org.n", "MEMBER_OF")
    return b


def test_formal_groups_are_networks_with_members_and_alliance_components():
    assert formal_groups(_two_camps().G, as_of=AS_OF) == {
        "org.n": {"org.n", "org.a1", "org.a2", "org.a3"},
        "org.b1": {"org.b1", "org.b2", "org.b3"},
    }


def test_communities_are_stable_and_match_the_formal_groups():
    G = _two_camps().G
    found = communities(G, as_of=AS_OF)
    assert [f.subject for f in found] == [
        ["org.a1", "org.a2", "org.a3", "org.n"],
        ["org.b1", "org.b2", "org.b3"],
    ]
    assert found[0].details["best_match"] == "org.n"
    assert found[0].params["seed"] == 42
    assert [f.subject for f in communities(G, as_of=AS_OF)] == [f.subject for f in found]
    aligned = community_alignment(G, as_of=AS_OF)
    assert [(f.subject[0], f.score) for f in aligned] == [("org.b1", 1.0), ("org.n", 1.0)]


@pytest.mark.parametrize("k", [None, 10, 39])
def test_betweenness_is_networkx_betweenness_exact_and_sampled(k):
    """Counted by igraph, from the sources networkx would sample; equal to rounding."""
    H = nx.relabel_nodes(nx.gnm_random_graph(40, 90, seed=7), lambda i: f"org.{i}")
    expected = nx.betweenness_centrality(H, k=k, seed=SEED if k else None)
    got = betweenness(H, k=k, seed=SEED)
    assert list(got) == list(expected)
    assert got == pytest.approx(expected, abs=1e-12)


def test_pagerank_is_networkx_pagerank_to_the_last_digit():
    """PageRank from the edge list (no `to_scipy_sparse_array` walk): networkx's values
    exactly, weights, an isolated organisation and a self-loop included, in networkx's order."""
    import random

    H = nx.relabel_nodes(nx.gnm_random_graph(60, 150, seed=3), lambda i: f"org.{i}")
    draw = random.Random(3)
    for u, v in H.edges:
        H.edges[u, v]["weight"] = draw.choice([0.5, 1.0, 2.5])
    H.add_edge("org.1", "org.1", weight=1.0)
    H.add_node("org.alone")
    expected = nx.pagerank(H, weight="weight", tol=1e-10, max_iter=1000)
    got = pagerank(H)
    assert list(got) == list(expected)
    assert got == expected


def test_centrality_pagerank_is_that_of_the_linked_network():
    """Centrality reads PageRank from the shared linked network's edge list: the same values
    as `pagerank` of the network without its isolated organisations."""
    b = GraphBuilder()
    for org in ("org.a", "org.b", "org.c", "org.d", "org.e"):
        b.org(org)
    b.link("org.a", "org.b", "PARTNER_OF", kind="mou")
    b.programme("prog.abc", implementers=["org.a", "org.b", "org.c"])
    b.programme("prog.cd", implementers=["org.c", "org.d"], funders=["org.a"])
    N = collaboration_network(b.G, as_of=AS_OF)
    linked = N.subgraph([n for n in N if N.degree(n)])
    expected = pagerank(linked)
    got = {f.subject[0]: f.details["pagerank"] for f in centrality(b.G, as_of=AS_OF)}
    assert got == expected


def _ring_of_cliques(cliques: int, size: int) -> nx.Graph:
    """`cliques` cliques of `size`, each joined to the next by one edge (weight 1)."""
    H = nx.ring_of_cliques(cliques, size)
    H = nx.relabel_nodes(H, lambda i: f"org.{i:03d}")
    nx.set_edge_attributes(H, 1.0, "weight")
    return H


def test_louvain_by_igraph_finds_the_cliques_and_the_seed_fixes_the_answer():
    """Eight cliques of five in a ring: Louvain (igraph's community_multilevel) finds each;
    the same seed gives the same communities, call after call."""
    linked = Linked(_ring_of_cliques(8, 5))
    found = louvain(linked, seed=SEED)
    assert sorted(len(p) for p in found) == [5] * 8
    assert louvain(linked, seed=SEED) == found


def test_louvain_resolution_below_one_merges_communities():
    """Modularity's resolution: a low one prefers fewer, larger communities (here the ring of
    cliques merges into pairs or more)."""
    linked = Linked(_ring_of_cliques(8, 5))
    assert len(louvain(linked, resolution=0.05, seed=SEED)) < len(louvain(linked, seed=SEED))


def test_louvain_leaves_the_callers_random_generator_alone():
    """igraph's generator is set for the call only: Python's `random` module draws as before."""
    import random

    random.seed(1)
    expected = random.random()
    random.seed(1)
    louvain(Linked(_ring_of_cliques(4, 4)), seed=SEED)
    assert random.random() == expected
