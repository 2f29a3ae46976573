"""The collaboration network of organisations, its centralities and its communities.

The **collaboration network** is an undirected ``nx.Graph`` whose nodes are all the organisations
and whose edge between two organisations exists when any *link* between them had started by
`as_of` (links that have since ended still count: the two have worked together). Its ``weight``
is the sum of `LINK_WEIGHTS` over the links, and ``links`` lists each link with its evidence:

* ``partnership`` – a PARTNER_OF edge, either direction;
* ``joint_programme`` – both implement or fund the same (not cancelled) programme, once per
  programme;
* ``shared_funder`` – a third organisation funds a programme each of them implements, once per
  funder, unless that funder funds more than `SHARED_FUNDER_LIMIT` implementers: a donor with
  hundreds of grantees (the US State Department's G/TIP office in the bundled data) does not
  make its grantees partners, and counting it would join them all into one clique;
* ``membership`` – one is MEMBER_OF the other;
* ``common_membership`` – both are MEMBER_OF the same organisation, once per organisation; the
  partners a platform lists as ``alliance_partner`` (PARTNER_OF of that kind from the platform,
  as the Alliance against Trafficking in Persons records its partners) count as its members;
* ``same_family`` – one is PART_OF the other, or both are PART_OF a common parent (transitively).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping
from itertools import combinations
from typing import Any

import igraph
import networkx as nx

from .activity import (
    INACTIVE_STATUSES,
    has_started,
    nodes_of_kind,
    out_edges,
)
from .findings import (
    Context,
    EdgeRef,
    Finding,
    InvalidData,
    check_weights,
    labels,
    ranked,
    resolve_as_of,
)
from .memo import derived, frozen

#: The partnership kind by which a platform lists its partners (see ``common_membership``).
PLATFORM_PARTNER = "alliance_partner"
LINK_WEIGHTS: dict[str, float] = {
    "partnership": 1.0,
    "joint_programme": 1.0,
    "shared_funder": 0.5,
    "membership": 1.0,
    "common_membership": 0.5,
    "same_family": 1.0,
}

#: Funders with more implementers than this create no ``shared_funder`` links (see above).
SHARED_FUNDER_LIMIT = 25

#: The seed of Louvain and of sampled betweenness, fixed so the same graph gives the same answer.
SEED = 42

#: Sources sampled to estimate betweenness on networks larger than this (see `centrality`).
BETWEENNESS_SAMPLE = 300


class _Links:
    """Links gathered pair by pair in the order they are found, then made into the network at
    once (`network`): each pair's links and weight in one dict, the pairs in the order of their
    first link, so the network's adjacency is the one `nx.Graph.add_edge` per link would make
    (centrality and Louvain read that order)."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], tuple[str, str, list[dict[str, Any]]]] = {}

    def add(self, a: str, b: str, kind: str, via: str | None, nodes: list[str],
            edges: list[EdgeRef]) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        entry = self.pairs.get(key)
        if entry is None:
            entry = self.pairs[key] = (a, b, [])
        entry[2].append({"type": kind, "via": via, "nodes": nodes, "edges": edges})

    def network(self, orgs: list[str], w: Mapping[str, float]) -> nx.Graph:
        N: nx.Graph = nx.Graph()
        N.add_nodes_from(orgs)
        N.add_edges_from(
            (a, b, {"weight": sum(w[link["type"]] for link in links), "links": links})
            for a, b, links in self.pairs.values())
        return N


def collaboration_network(
    G: nx.MultiDiGraph, *, as_of: str | None = None, weights: Mapping[str, float] | None = None,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT,
) -> nx.Graph:
    """Return the collaboration network of organisations on `as_of` (see the module docstring).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["a", "b"], kind="Organisation")
    >>> G.add_edge("a", "b", key="r1", type="PARTNER_OF")
    'r1'
    >>> collaboration_network(G, as_of="2024-01-01").edges["a", "b"]["weight"]
    1.0
    """
    as_of = resolve_as_of(as_of)
    w = check_weights(weights or {}, LINK_WEIGHTS)
    if shared_funder_limit < 0:
        raise InvalidData.single("shared_funder_limit", shared_funder_limit, "an integer >= 0")
    # One walk over the graph's own dicts: each organisation's out-edges once (not once per
    # relationship type) and each programme's in-edges once; links are added in the order
    # the walks per type added them, so the network is the same, edge for edge.
    node_attrs = G._node  # type: ignore[attr-defined]  # (a view per lookup costs more)
    succ, pred = G._succ, G._pred  # type: ignore[attr-defined]
    orgs = nodes_of_kind(G, "Organisation")
    programmes = nodes_of_kind(G, "Programme")
    is_org = set(orgs)
    links = _Links()

    members: dict[str, list[tuple[str, EdgeRef]]] = {}
    parent_edges: dict[str, list[tuple[str, str, Mapping[str, Any]]]] = {}
    for org in orgs:
        partners: list[tuple[str, str, Mapping[str, Any]]] = []
        memberships: list[tuple[str, str]] = []
        parents: list[tuple[str, str, Mapping[str, Any]]] = []
        for v, keyed in succ[org].items():
            for k, d in keyed.items():
                rel = d.get("type")
                if rel == "PARTNER_OF":
                    partners.append((v, k, d))
                elif rel == "MEMBER_OF":
                    if v in is_org and has_started(d, as_of):
                        memberships.append((v, k))
                elif rel == "PART_OF":
                    parents.append((v, k, d))
        parent_edges[org] = parents
        for v, k, d in partners:
            if v in is_org and has_started(d, as_of):
                links.add(org, v, "partnership", d.get("kind"), [], [(org, v, k)])
                if d.get("kind") == PLATFORM_PARTNER:
                    # A platform's partners meet in it as a group's members do.
                    members.setdefault(org, []).append((v, (org, v, k)))
        for v, k in memberships:
            links.add(org, v, "membership", v, [], [(org, v, k)])
            members.setdefault(v, []).append((org, (org, v, k)))

    def above(org: str) -> dict[str, list[EdgeRef]]:
        """`activity.part_of_ancestors`, from the PART_OF edges gathered in the walk."""
        found: dict[str, list[EdgeRef]] = {}
        stack: list[tuple[str, list[EdgeRef]]] = [(org, [])]
        while stack:
            current, path = stack.pop()
            edges = parent_edges.get(current)
            if edges is None:  # (a parent that is not an organisation)
                edges = [(v, k, d) for _, v, k, d in out_edges(G, current, "PART_OF")]
            for v, k, d in edges:
                if v not in found and v != org and has_started(d, as_of):
                    found[v] = [*path, (current, v, k)]
                    stack.append((v, found[v]))
        return found

    ancestors = {org: above(org) for org in orgs}
    for org in orgs:
        for parent, path in ancestors[org].items():
            links.add(org, parent, "same_family", parent, [], path)
    for group, listed in members.items():
        # One entry per member: a platform's partner may be its member as well.
        listed = list({a: (a, e) for a, e in sorted(listed, reverse=True)}.values())
        for (a, ea), (b, eb) in combinations(sorted(listed), 2):
            links.add(a, b, "common_membership", group, [group], [ea, eb])
    # Siblings: one link per pair, through their nearest common parent (shortest joint path).
    # Only organisations under one parent can be siblings, so pairs are drawn within each
    # parent's descendants (not among all organisations with a parent), in id order.
    descendants: dict[str, list[str]] = {}
    for org in orgs:
        for parent in ancestors[org]:
            descendants.setdefault(parent, []).append(org)
    candidates = {pair for below in descendants.values() for pair in combinations(below, 2)}
    siblings: dict[tuple[str, str], tuple[str, list[EdgeRef]]] = {}
    for a, b in sorted(candidates):
        common = ancestors[a].keys() & ancestors[b].keys()
        if a in ancestors[b] or b in ancestors[a]:
            continue
        parent = min(common, key=lambda c: (len(ancestors[a][c]) + len(ancestors[b][c]), c))
        siblings[a, b] = (parent, [*ancestors[a][parent], *ancestors[b][parent]])
    for (a, b), (parent, path) in siblings.items():
        links.add(a, b, "same_family", parent, [parent], path)

    implemented: dict[str, list[tuple[str, EdgeRef]]] = {}  # programme -> implementers
    funded: dict[str, list[tuple[str, EdgeRef]]] = {}  # funder -> programmes
    for p in programmes:
        attrs = node_attrs[p]
        if attrs.get("status") in INACTIVE_STATUSES or not has_started(attrs, as_of):
            continue
        # `activity.involvement(started_only=True)`: IMPLEMENTS edges first, then FUNDS.
        implementing: list[tuple[str, str, EdgeRef]] = []
        funding: list[tuple[str, str, EdgeRef]] = []
        for u, keyed in pred[p].items():
            if u not in is_org:
                continue
            for k, d in keyed.items():
                rel = d.get("type")
                if rel == "IMPLEMENTS":
                    if has_started(d, as_of):
                        implementing.append((u, d.get("role") or "implementing", (u, p, k)))
                elif rel == "FUNDS" and has_started(d, as_of):
                    funding.append((u, "funder", (u, p, k)))
        if not implementing and not funding:
            continue
        actors: dict[str, list[tuple[str, EdgeRef]]] = {}
        for u, role, edge in (*implementing, *funding):
            actors.setdefault(u, []).append((role, edge))
        if len(actors) > 1:
            for (a, ra), (b, rb) in combinations(sorted(actors.items()), 2):
                links.add(a, b, "joint_programme", p, [p], [ra[0][1], rb[0][1]])
        for org, roles in actors.items():
            for role, edge in roles:
                if role == "funder":
                    funded.setdefault(org, []).append((p, edge))
                else:
                    implemented.setdefault(p, []).append((org, edge))
    hub_funders: dict[str, set[str]] = {}
    for funder, funded_programmes in funded.items():
        first: dict[str, tuple[str, EdgeRef, EdgeRef]] = {}  # implementer -> a path to funder
        for p, fund_edge in sorted(funded_programmes):
            for org, impl_edge in sorted(implemented.get(p, [])):
                if org != funder:
                    first.setdefault(org, (p, fund_edge, impl_edge))
        if len(first) > shared_funder_limit:
            # Kept so that explanations can say which funder was not counted, and why.
            hub_funders[funder] = set(first)
            continue
        for a, b in combinations(sorted(first), 2):
            (pa, fa, ia), (pb, fb, ib) = first[a], first[b]
            links.add(a, b, "shared_funder", funder, [funder, pa, pb], [fa, ia, fb, ib])

    N = links.network(orgs, w)
    N.graph["shared_funder_limit"] = shared_funder_limit
    if hub_funders:
        N.graph["hub_funders"] = hub_funders
    return N


def shared_network(
    G: nx.MultiDiGraph, *, as_of: str, weights: Mapping[str, float] | None = None,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT,
) -> nx.Graph:
    """`collaboration_network`, built once per graph and options and shared (see `memo`): the
    analytics read it, never change it."""
    as_of = resolve_as_of(as_of)
    key = (as_of, frozen(weights or {}), shared_funder_limit)
    return derived(G, "collaboration_network", key, lambda: collaboration_network(
        G, as_of=as_of, weights=weights, shared_funder_limit=shared_funder_limit))


def link_evidence(N: nx.Graph, a: str, b: str) -> tuple[list[str], list[EdgeRef]]:
    """Return the nodes and edges behind the links between `a` and `b` in network `N`."""
    nodes: list[str] = []
    edges: list[EdgeRef] = []
    if N.has_edge(a, b):
        for link in N.edges[a, b]["links"]:
            nodes.extend(link["nodes"])
            edges.extend(link["edges"])
    return nodes, edges


def _linked(N: nx.Graph) -> tuple[nx.Graph, list[tuple[str, str, float]]]:
    """N without its isolated organisations, with the weights only (in N's order): copying
    the links of every edge cost more than the measures computed on it. With its edges, in
    the order its `edges` gives them."""
    adjacency = N._adj  # type: ignore[attr-defined]
    keep = [n for n in N if adjacency[n]]
    # Walked on the adjacency in the order `N.edges` gives (each edge once, from the node
    # seen first): a subgraph view filters every step and cost more than the copy.
    seen: set[str] = set()
    edges = []
    for u in keep:
        for v, data in adjacency[u].items():
            if v not in seen:
                edges.append((u, v, data["weight"]))
        seen.add(u)
    linked: nx.Graph = nx.Graph()
    linked.add_nodes_from(keep)
    linked.add_weighted_edges_from(edges)
    # Each node's later neighbours sit in its adjacency in N's order, after its earlier ones,
    # so `linked.edges` yields `edges` in this very order.
    return linked, edges


class Linked:
    """The collaboration network without its isolated organisations, as networkx and as igraph
    (same vertex order, weights as the ``weight`` attribute), built once per graph (see
    `shared_linked`) for centrality and communities alike."""

    def __init__(self, N: nx.Graph):
        self.nx, edges = _linked(N)
        self.edges = edges  # (u, v, weight) in the order of `self.nx.edges`
        self.nodes: list[str] = list(self.nx)
        index = {v: i for i, v in enumerate(self.nodes)}
        self.igraph = igraph.Graph(n=len(self.nodes),
                                   edges=[(index[u], index[v]) for u, v, _ in edges])
        self.igraph.es["weight"] = [w for _, _, w in edges]


def shared_linked(G: nx.MultiDiGraph, *, as_of: str, weights: Mapping[str, float] | None = None
                  ) -> Linked:
    """`Linked` of the shared collaboration network, built once per graph and options."""
    as_of = resolve_as_of(as_of)
    key = (as_of, frozen(weights or {}))
    return derived(G, "linked_network", key,
                   lambda: Linked(shared_network(G, as_of=as_of, weights=weights)))


def pagerank(H: nx.Graph, *, alpha: float = 0.85, weight: str = "weight") -> dict[str, float]:
    """Return weighted PageRank of a graph (Brin & Page 1998): `nx.pagerank`, kept by name.

    Examples
    --------
    >>> r = pagerank(nx.path_graph(3))
    >>> round(r[1], 4), round(r[0], 4)
    (0.4865, 0.2568)
    """
    if len(H) == 0:
        return {}
    return _pagerank(list(H), list(H.edges(data=weight, default=1)), alpha=alpha)


def _pagerank(nodes: list[str], edges: list[tuple[str, str, float]], *, alpha: float = 0.85,
              tol: float = 1e-10, max_iter: int = 1000) -> dict[str, float]:
    """`nx.pagerank` (networkx 3's `_pagerank_scipy`, step for step, so the values are its to
    the last digit) of the undirected graph of `nodes` and weighted `edges`, given in the order
    `H.edges` gives them; the matrix is built from the list, not by `nx.to_scipy_sparse_array`
    walking the graph again, which cost more than the power iteration."""
    import numpy as np
    import scipy as sp

    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    row = [index[u] for u, _, _ in edges]
    col = [index[v] for _, v, _ in edges]
    data = [w for _, _, w in edges]
    # An undirected edge both ways; a self-loop once (networkx adds it twice, then takes one).
    d, r, c = data + data, row + col, col + row
    loops = [(index[u], -w) for u, v, w in edges if u == v]
    d += [w for _, w in loops]
    r += [i for i, _ in loops]
    c += [i for i, _ in loops]
    A = sp.sparse.coo_array((d, (r, c)), shape=(n, n), dtype=float).asformat("csr")
    S = A.sum(axis=1)
    S[S != 0] = 1.0 / S[S != 0]
    Q = sp.sparse.dia_array((S.T, 0), shape=A.shape).tocsr()
    A = Q @ A
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling_weights = p
    is_dangling = np.where(S == 0)[0]
    for _ in range(max_iter):
        xlast = x
        x = alpha * (x @ A + sum(x[is_dangling]) * dangling_weights) + (1 - alpha) * p
        err = np.absolute(x - xlast).sum()
        if err < n * tol:
            return dict(zip(nodes, map(float, x), strict=True))
    raise nx.PowerIterationFailedConvergence(max_iter)


def betweenness(H: nx.Graph, *, k: int | None = None, seed: int = SEED,
                graph: igraph.Graph | None = None) -> dict[str, float]:
    """Return betweenness centrality in hops (Freeman 1977), normalised as networkx does.

    With `k` below the number of nodes it is estimated from `k` source nodes sampled as
    networkx samples them (``random.Random(seed).sample(list(H), k)``; Brandes & Pich 2007),
    and rescaled as networkx rescales; the shortest paths are counted by igraph, in C, so the
    values are networkx's to rounding, a hundred times sooner.

    Examples
    --------
    >>> betweenness(nx.path_graph(["a", "b", "c"]))
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    nodes = list(H)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    index = {v: i for i, v in enumerate(nodes)}
    if graph is None:  # (`graph`: H as igraph, vertices in H's order, when already built)
        graph = igraph.Graph(n=n, edges=[(index[u], index[v]) for u, v in H.edges()])
    if k is None or k >= n:
        # igraph counts each unordered pair once; networkx both orders of it.
        raw = graph.betweenness(directed=False)
        return {v: 2.0 * raw[index[v]] / ((n - 1) * (n - 2)) for v in nodes}
    sources = random.Random(seed).sample(nodes, k)
    raw = graph.betweenness(directed=False, sources=[index[v] for v in sources])
    sampled = set(sources)
    # A source is never between its own paths, so it is scaled over one source fewer.
    return {v: 2.0 * raw[index[v]] / ((k - 1 if v in sampled else k) * (n - 2))
            for v in nodes}


def centrality(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    weights: Mapping[str, float] | None = None,
    betweenness_k: int | None = BETWEENNESS_SAMPLE,
    seed: int = SEED,
) -> list[Finding]:
    """Rank organisations by their place in the collaboration network.

    Plainly: who is most connected, most often in between, most endorsed by the well-connected.

    Formally, one ``centrality`` finding per organisation with at least one link; ``score`` is
    weighted PageRank (Brin & Page 1998, α = 0.85); ``details`` also hold degree centrality
    (`nx.degree_centrality`) and betweenness centrality (Freeman 1977) over shortest paths
    counted in hops: link weights add up reasons, so turning them into distances would be
    arbitrary, and weighted betweenness is ten times slower on dense funder cliques.
    Betweenness is estimated from `betweenness_k` sampled sources (`seed`; Brandes & Pich 2007)
    when the network has more organisations than that (default `BETWEENNESS_SAMPLE` = 300: exact
    betweenness costs O(n·m) and took 14 s on the bundled network alone); ``None`` asks for the
    exact value. Isolated organisations are left out (every score is trivial).
    """
    as_of = resolve_as_of(as_of)
    params = {
        "as_of": as_of,
        "weights": check_weights(weights or {}, LINK_WEIGHTS),
        "betweenness_k": betweenness_k,
        "seed": seed,
    }
    ctx = Context(G, params)
    shared = shared_linked(G, as_of=as_of, weights=weights)
    linked = shared.nx
    if linked.number_of_nodes() == 0:
        return []
    ranks = _pagerank(shared.nodes, shared.edges)  # (`pagerank(linked)`, from the list)
    k = betweenness_k if betweenness_k and betweenness_k < linked.number_of_nodes() else None
    between = betweenness(linked, k=k, seed=seed, graph=shared.igraph)
    degree = nx.degree_centrality(linked)
    found = []
    for org in linked:
        found.append(
            ctx.finding(
                "centrality",
                [org],
                ranks[org],
                f"{labels(G, [org])} has {linked.degree(org)} collaborators "
                f"(PageRank {ranks[org]:.3f}, betweenness {between[org]:.3f}).",
                details={
                    "pagerank": ranks[org],
                    "betweenness": between[org],
                    "degree": degree[org],
                    "collaborators": sorted(linked.neighbors(org)),
                },
            )
        )
    return ranked(found)


_rng_lock = threading.Lock()


def louvain(linked: Linked, *, resolution: float = 1.0, seed: int = SEED) -> list[set[str]]:
    """Return Louvain communities (Blondel et al. 2008) of a weighted network, largest first.

    igraph's ``community_multilevel`` (in C) on the ``weight`` of each edge, with the
    modularity `resolution` and its random choices drawn from ``random.Random(seed)``, so the
    same network gives the same communities; the best level is kept. igraph draws from one
    process-wide generator: it is set for the call, under a lock, and given back to Python's
    `random` module (igraph's default) after.

    Examples
    --------
    >>> two = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"),
    ...                 ("d", "e"), ("e", "f"), ("d", "f")])
    >>> nx.set_edge_attributes(two, 1.0, "weight")
    >>> sorted(sorted(p) for p in louvain(Linked(two)))
    [['a', 'b', 'c'], ['d', 'e', 'f']]
    """
    if not linked.nodes:
        return []
    with _rng_lock:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            clusters = linked.igraph.community_multilevel(weights="weight",
                                                          resolution=resolution)
        finally:
            igraph.set_random_number_generator(random)
    parts = [{linked.nodes[i] for i in cluster} for cluster in clusters]
    return sorted(parts, key=lambda p: (-len(p), min(p)))


def formal_groups(G: nx.MultiDiGraph, *, as_of: str) -> dict[str, set[str]]:
    """Return the formal alliances and networks, keyed by the organisation that names them.

    A network (an organisation of type ``network``) groups itself and its organisation members
    (MEMBER_OF started by `as_of`). An alliance is a connected component of the PARTNER_OF edges
    of kind ``alliance_partner``; it is keyed by its best-connected member (ties: smallest id).
    """
    groups: dict[str, set[str]] = {}
    A: nx.Graph = nx.Graph()
    node_attrs, succ = G._node, G._succ  # type: ignore[attr-defined]  # (views cost more)
    for org in nodes_of_kind(G, "Organisation"):
        if node_attrs[org].get("type") == "network":
            groups.setdefault(org, {org})
        # One walk over the out-edges (an implementer has thousands); memberships first,
        # then partnerships, as the walks per type took them.
        partners = []
        for v, keyed in succ[org].items():
            for d in keyed.values():
                rel = d.get("type")
                if rel == "MEMBER_OF":
                    if node_attrs[v].get("type") == "network" and has_started(d, as_of):
                        groups.setdefault(v, {v}).add(org)
                elif (rel == "PARTNER_OF" and d.get("kind") == PLATFORM_PARTNER
                      and has_started(d, as_of)):
                    partners.append(v)
        for v in partners:
            A.add_edge(org, v)
    for component in nx.connected_components(A):
        hub = min(component, key=lambda n: (-A.degree(n), n))
        groups.setdefault(hub, set()).update(component)
    return groups


def communities(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    weights: Mapping[str, float] | None = None,
    resolution: float = 1.0,
    seed: int = SEED,
) -> list[Finding]:
    """Find groups of organisations that work more with each other than with the rest.

    Formally, Louvain modularity communities (Blondel et al. 2008;
    `nx.community.louvain_communities` with a fixed `seed`) of the collaboration network without
    its isolated organisations, one
    ``community`` finding per community of two or more; ``score`` is the size. Each finding names
    the formal group (see `formal_groups`) it matches best by Jaccard similarity
    (``details["best_match"]``, None when it shares no member with any).
    """
    as_of = resolve_as_of(as_of)
    N = shared_network(G, as_of=as_of, weights=weights)
    params: dict[str, Any] = {
        "as_of": as_of,
        "weights": check_weights(weights or {}, LINK_WEIGHTS),
        "resolution": resolution,
        "seed": seed,
    }
    ctx = Context(G, params)
    shared = shared_linked(G, as_of=as_of, weights=weights)
    linked = shared.nx
    if linked.number_of_nodes() == 0:
        return []
    parts = louvain(shared, resolution=resolution, seed=seed)
    groups = formal_groups(G, as_of=as_of)
    found = []
    for part in parts:
        if len(part) < 2:
            continue
        members = sorted(part)
        matches = sorted(
            ((len(part & g) / len(part | g), name) for name, g in groups.items() if part & g),
            key=lambda m: (-m[0], m[1]),
        )
        best = matches[0] if matches else None
        # Each edge inside the part once, from its smaller end (a subgraph view per part cost
        # more than the whole of Louvain).
        adjacency = linked._adj  # type: ignore[attr-defined]
        inner = [(u, v) for u in members for v in adjacency[u] if v in part and u < v]
        nodes: list[str] = []
        edges: list[EdgeRef] = []
        for u, v in inner:
            n, e = link_evidence(N, u, v)
            nodes.extend(n)
            edges.extend(e)
        tail = (
            f"; it matches {labels(G, [best[1]])} with Jaccard {best[0]:.2f}"
            if best
            else "; it matches no formal alliance or network"
        )
        found.append(
            ctx.finding(
                "community",
                members,
                len(members),
                f"{labels(G, members)} work together as a group of {len(members)}{tail}.",
                details={
                    "members": members,
                    "internal_links": len(inner),
                    "best_match": best[1] if best else None,
                    "best_jaccard": best[0] if best else 0.0,
                    "matches": [{"group": name, "jaccard": j} for j, name in matches],
                },
                nodes=nodes,
                edges=edges,
            )
        )
    return ranked(found)


def community_alignment(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    weights: Mapping[str, float] | None = None,
    resolution: float = 1.0,
    seed: int = SEED,
) -> list[Finding]:
    """Compare the communities that emerge from practice with the formal alliances and networks.

    Formally, one ``community_alignment`` finding per (community, formal group) pair sharing at
    least one member; ``score`` is their Jaccard similarity |C ∩ F| / |C ∪ F|. A formal group
    whose members sit in no community (all isolated) yields nothing.
    """
    as_of = resolve_as_of(as_of)
    found = []
    groups = formal_groups(G, as_of=as_of)
    for community in communities(G, as_of=as_of, weights=weights, resolution=resolution, seed=seed):
        part = set(community.subject)
        for name, group in sorted(groups.items()):
            shared = part & group
            if not shared:
                continue
            jaccard = len(shared) / len(part | group)
            ctx = Context(G, community.params)
            found.append(
                ctx.finding(
                    "community_alignment",
                    [name, *sorted(part)],
                    jaccard,
                    f"{labels(G, [name])} and a working community of {len(part)} share "
                    f"{len(shared)} members (Jaccard {jaccard:.2f}); outside the formal group: "
                    f"{labels(G, sorted(part - group)) or 'none'}; formal members outside the "
                    f"community: {labels(G, sorted(group - part)) or 'none'}.",
                    details={
                        "group": name,
                        "community": sorted(part),
                        "shared": sorted(shared),
                        "only_in_community": sorted(part - group),
                        "only_in_group": sorted(group - part),
                    },
                    nodes=sorted(group),
                )
            )
    return ranked(found)
