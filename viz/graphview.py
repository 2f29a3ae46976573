"""Turn a networkx graph into the node and edge data of a network view (built with pyvis).

Pure functions, no I/O: `build_view(H, ...)` lays out the graph server-side (so the browser
draws at once, physics off), aggregates it when it has more than `NODE_LIMIT` nodes, and
returns plain JSON values: the vis-network nodes and edges (made with pyvis's `Network`),
a legend, and per-node details for the panel a click opens. Labels and tooltips are plain
text; the page escapes them (see `viz.pages`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
from pyvis.network import Network

#: Above this many nodes a view shows groups instead of records, and says so.
NODE_LIMIT = 1500
#: Up to this many nodes the layout is networkx's spring layout; above, a cheaper one.
SPRING_LIMIT = 400
#: Up to this many nodes the browser settles the server's layout with physics, then stops.
PHYSICS_LIMIT = 300
#: Fixed seed: the same graph is drawn the same way every time.
SEED = 42

KIND_COLOURS: dict[str, str] = {
    "Organisation": "#1f77b4",
    "Programme": "#ff7f0e",
    "Country": "#2ca02c",
    "Theme": "#9467bd",
    "Mandate": "#8c564b",
    "Person": "#e377c2",
    "Event": "#17becf",
    "Document": "#7f7f7f",
    "Indicator": "#bcbd22",
    "Group": "#555555",
}

#: How each relationship (or collaboration link) type is drawn: colour, dashes, width.
EDGE_STYLES: dict[str, tuple[str, bool, float]] = {
    "PART_OF": ("#444444", False, 2.0),
    "MEMBER_OF": ("#1f77b4", False, 1.5),
    "PARTNER_OF": ("#d62728", False, 2.0),
    "FUNDS": ("#2ca02c", False, 1.5),
    "IMPLEMENTS": ("#ff7f0e", False, 1.5),
    "TARGETS": ("#98df8a", False, 1.0),
    "ADDRESSES": ("#c5b0d5", False, 1.0),
    "COVERS": ("#c49c94", False, 1.0),
    "HOLDS_MANDATE": ("#8c564b", False, 1.5),
    "PARTY_TO": ("#bcbd22", False, 1.0),
    "OPERATES_IN": ("#aec7e8", False, 1.0),
    "HEADQUARTERED_IN": ("#aec7e8", False, 1.0),
    "SUBTHEME_OF": ("#9467bd", False, 1.0),
    "partnership": ("#d62728", False, 2.0),
    "joint_programme": ("#ff7f0e", False, 2.0),
    "shared_funder": ("#2ca02c", False, 1.0),
    "membership": ("#1f77b4", False, 1.5),
    "common_membership": ("#aec7e8", False, 1.0),
    "same_family": ("#444444", False, 2.0),
    "missing_link": ("#e31a1c", True, 2.5),
    "aggregated": ("#999999", False, 1.0),
}
DEFAULT_EDGE_STYLE = ("#bbbbbb", False, 1.0)

GROUPINGS = ("type", "country", "community")
_HIDDEN_ATTRS = {"name", "kind", "sources", "alias_text", "aliases", "title"}


def node_key(attrs: Mapping[str, Any], grouping: str) -> str:
    """Return the group of a node for `grouping` ``type`` or ``country``."""
    kind = attrs.get("kind", "?")
    if grouping == "country":
        if kind == "Country":
            return str(attrs.get("name") or kind)
        return str(attrs.get("hq_country") or f"{kind}: no country")
    return f"{kind}: {attrs['type']}" if attrs.get("type") else str(kind)


def groups_of(H: nx.Graph, grouping: str) -> dict[Any, str]:
    """Return node → group label; ``community`` uses Louvain with the fixed `SEED`."""
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    if grouping == "community":
        simple = nx.Graph(H.to_undirected() if H.is_directed() else H)
        parts = nx.community.louvain_communities(simple, seed=SEED)
        parts = sorted(parts, key=lambda c: (-len(c), min(map(str, c))))
        return {n: f"community {i + 1}" for i, part in enumerate(parts) for n in part}
    return {n: node_key(attrs, grouping) for n, attrs in H.nodes(data=True)}


def aggregate(H: nx.Graph, grouping: str) -> nx.Graph:
    """Return the graph of groups: one node per group (``size`` members), edges counted."""
    key = groups_of(H, grouping)
    A = nx.Graph()
    for group, size in Counter(key.values()).items():
        A.add_node(group, kind="Group", name=f"{group} ({size})", size=size)
    for u, v in H.edges():
        gu, gv = key[u], key[v]
        if gu == gv:
            continue
        if A.has_edge(gu, gv):
            A.edges[gu, gv]["count"] += 1
        else:
            A.add_edge(gu, gv, type="aggregated", count=1)
    return A


def _sunflower(n: int, spacing: float) -> list[tuple[float, float]]:
    """`n` points filling a disk evenly (Vogel's spiral): a layout that costs O(n)."""
    golden = math.pi * (3 - math.sqrt(5))
    return [(spacing * math.sqrt(i) * math.cos(i * golden),
             spacing * math.sqrt(i) * math.sin(i * golden)) for i in range(n)]


def layout(H: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Return pixel positions: spring layout (seeded) when small, grouped disks when large.

    The large layout puts each connected component (small ones pooled) in a disk, biggest
    first, hubs at the centre; it needs neither SciPy nor iterations, so 5,000 nodes take
    milliseconds.
    """
    n = H.number_of_nodes()
    if n == 0:
        return {}
    simple = nx.Graph(H.to_undirected() if H.is_directed() else H)
    if n <= SPRING_LIMIT:
        pos = nx.spring_layout(simple, seed=SEED, iterations=100)
        scale = 120 + 40 * math.sqrt(n)
        return {v: (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    big = [c for c in components if len(c) > 1]
    pooled = [v for c in components if len(c) == 1 for v in c]
    blocks = [sorted(c, key=lambda v: (-simple.degree(v), str(v))) for c in big]
    if pooled:
        blocks.append(sorted(pooled, key=str))
    spacing = 22.0
    radii = [spacing * math.sqrt(len(b)) + spacing for b in blocks]
    positions: dict[Any, tuple[float, float]] = {}
    # Shelf packing of the disks, rows about as wide as the largest disk times three.
    row_width = max(3 * 2 * radii[0], 2000.0)
    x = y = row_height = 0.0
    for block, r in zip(blocks, radii, strict=True):
        if x and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        for v, (dx, dy) in zip(block, _sunflower(len(block), spacing), strict=True):
            positions[v] = (cx + dx, cy + dy)
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return positions


def _label(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    return str(value)


def details_of(node: Any, attrs: Mapping[str, Any], sources: Mapping[str, Mapping[str, Any]],
               view_url: str | None) -> dict[str, Any]:
    """The details a click shows: name, kind, attributes, sources and the node's own view."""
    cited = attrs.get("sources") or []
    if isinstance(cited, str):
        cited = [cited]
    return {
        "id": str(node),
        "name": str(attrs.get("name") or node),
        "kind": str(attrs.get("kind", "")),
        "attributes": {k: _plain(v) for k, v in sorted(attrs.items())
                       if k not in _HIDDEN_ATTRS and v not in (None, "", [])},
        "sources": [dict(sources.get(s, {"id": s})) for s in cited],
        "view": view_url,
    }


def view_url_of(node: Any, attrs: Mapping[str, Any]) -> str | None:
    """The page of a record's own view (countries and themes have theirs)."""
    kind = attrs.get("kind")
    if kind == "Country":
        return f"/views/country/{node}"
    if kind == "Theme":
        return f"/views/theme/{node}"
    if kind == "Group":
        return None
    return f"/views/actor/{node}"


def build_view(
    H: nx.Graph,
    *,
    sizes: Mapping[Any, float] | None = None,
    sources: Mapping[str, Mapping[str, Any]] | None = None,
    extra_edges: Iterable[tuple[Any, Any, str, str]] = (),
    focus: Any = None,
    node_limit: int = NODE_LIMIT,
    grouping: str = "type",
    physics: bool = True,
) -> dict[str, Any]:
    """Return the nodes, edges, legend and details of a network view of `H`.

    Nodes are coloured by ``kind`` and sized by `sizes` (centrality; degree when absent);
    edges are styled by ``type``. `extra_edges` are ``(u, v, type, tooltip)`` drawn on top
    (the missing links of the gaps view). Above `node_limit` nodes, `H` is replaced by its
    groups (`aggregate`) and ``aggregated`` says how. ``physics`` is on only for small views
    (`PHYSICS_LIMIT`) and only if `physics`: the browser then settles the layout and stops.
    """
    aggregated = None
    original = H.number_of_nodes()
    if original > node_limit:
        H = aggregate(H, grouping)
        sizes = {g: float(d["size"]) for g, d in H.nodes(data=True)}
        aggregated = {"by": grouping, "records": original, "groups": H.number_of_nodes(),
                      "limit": node_limit}
        extra_edges, focus = (), None
    extra = list(extra_edges)
    positions = layout(H)
    if not sizes:
        sizes = dict(H.degree())
    top = max((sizes.get(v, 0.0) for v in H), default=0.0) or 1.0
    sources = sources or {}
    # directed=True: pyvis then skips its O(E) duplicate check per edge (ours are distinct).
    net = Network(directed=True)
    details: dict[str, Any] = {}
    kinds: Counter[str] = Counter()
    for v, attrs in H.nodes(data=True):
        kind = str(attrs.get("kind", "?"))
        kinds[kind] += 1
        name = str(attrs.get("name") or v)
        x, y = positions[v]
        tip = f"{name}\n{kind}" + (f" · {attrs['type']}" if attrs.get("type") else "")
        net.add_node(str(v), label=_label(name), title=tip,
                     color=KIND_COLOURS.get(kind, "#888888"),
                     size=round(8 + 32 * math.sqrt(sizes.get(v, 0.0) / top), 2),
                     x=round(x, 1), y=round(y, 1),
                     shape="star" if v == focus else "dot",
                     borderWidth=3 if v == focus else 1)
        details[str(v)] = details_of(v, attrs, sources, view_url_of(v, attrs))
    edge_types: Counter[str] = Counter()
    # Relationships have a direction; collaboration links and groups do not.
    arrows = "to" if H.is_directed() else ""
    edges = (H.edges(keys=True, data=True) if H.is_multigraph()
             else ((u, w, None, d) for u, w, d in H.edges(data=True)))
    for u, w, _, d in edges:
        rel = str(d.get("type", "?"))
        edge_types[rel] += 1
        colour, dashes, width = EDGE_STYLES.get(rel, DEFAULT_EDGE_STYLE)
        tip = d.get("tooltip") or (f"{rel} ×{d['count']}" if "count" in d else rel)
        strength = max(float(d.get("count") or d.get("weight") or 1.0), 1.0)
        net.add_edge(str(u), str(w), color=colour, dashes=dashes, title=str(tip), arrows=arrows,
                     width=round(min(width * (1 + math.log(strength)), 8.0), 2))
    for u, w, rel, tip in extra:
        if u in H and w in H:
            edge_types[rel] += 1
            colour, dashes, width = EDGE_STYLES.get(rel, DEFAULT_EDGE_STYLE)
            net.add_edge(str(u), str(w), color=colour, dashes=dashes, width=width, title=tip,
                         arrows="")
    legend = {
        "kinds": [{"kind": k, "colour": KIND_COLOURS.get(k, "#888888"), "count": n}
                  for k, n in sorted(kinds.items())],
        "edges": [{"type": t, "colour": EDGE_STYLES.get(t, DEFAULT_EDGE_STYLE)[0],
                   "dashes": EDGE_STYLES.get(t, DEFAULT_EDGE_STYLE)[1], "count": n}
                  for t, n in sorted(edge_types.items())],
    }
    return {"nodes": net.nodes, "edges": net.edges, "legend": legend, "details": details,
            "aggregated": aggregated,
            "physics": H.number_of_nodes() <= PHYSICS_LIMIT and physics,
            "focus": None if focus is None else str(focus)}


def neighbourhood(G: nx.MultiDiGraph, start: Any, depth: int,
                  skip_kinds: Iterable[str] = ("Indicator",)) -> set[Any]:
    """Return the nodes within `depth` steps of `start`, either direction, not via `skip_kinds`."""
    skip = set(skip_kinds)
    walkable = nx.subgraph_view(G, filter_node=lambda n: n == start
                                or G.nodes[n].get("kind") not in skip)
    return set(nx.ego_graph(walkable, start, radius=depth, undirected=True))

