"""Turn a networkx graph into the node and edge data of a network view (built with pyvis).

Pure functions, no I/O. `build_view(H, importance=...)` keeps at most `NODE_CAP` nodes, the most
important in the view's scope, and folds the rest into counted group nodes ("+ 834 other
organisations"); it lays the graph out server-side (seeded, so the same data is drawn the same
way) and returns plain JSON values: the vis-network nodes and edges (made with pyvis's
`Network`), a legend of every colour and shape used, and per-node details for the panel a
click opens. Labels and tooltips are plain text; the page escapes them (see `viz.pages`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import networkx as nx
from pyvis.network import Network

from viz.palette import (
    DEFAULT_EDGE_STYLE,
    EDGE_STYLES,
    GROUP_COLOUR,
    KIND_COLOURS,
    KIND_SHAPES,
    TYPE_COLOURS,
    colour_of,
    type_words,
)

#: At most this many nodes are drawn: the most important in the view's scope, the others
#: counted in group nodes. 150 labelled nodes still read at 1440×900.
NODE_CAP = 150
#: Up to this many nodes the layout is networkx's spring layout; above, a cheaper one.
SPRING_LIMIT = 400
#: Up to this many nodes the browser settles the server's layout with physics, then stops.
PHYSICS_LIMIT = 300
#: At most this many group nodes for what is not shown; smaller groups pool into one.
MAX_GROUPS = 12
#: Above this many edges per drawn node only the backbone is drawn (see `backbone`).
DENSE = 2.5
#: Labels drawn for this many nodes (the most important, and the focus); the others have
#: theirs in the tooltip and the details, so the drawn ones do not overlap.
LABELLED = 45
#: Fixed seed: the same graph is drawn the same way every time.
SEED = 42

GROUPINGS = ("type", "country", "community")
_HIDDEN_ATTRS = {"name", "kind", "sources", "alias_text", "aliases", "title"}

# Labels: short enough to read side by side; the full name is in the tooltip and the panel.
LABEL_CHARS = 28


def _plural(kind: str, n: int) -> str:
    words = {"Organisation": "organisation", "Programme": "programme", "Country": "country",
             "Theme": "theme", "Mandate": "mandate", "Person": "person", "Event": "event",
             "Document": "document", "Indicator": "indicator"}
    word = words.get(kind, kind.lower())
    if n == 1:
        return word
    return {"country": "countries", "person": "people"}.get(word, word + "s")


def node_key(attrs: Mapping[str, Any], grouping: str) -> str:
    """Return the group of a node for `grouping` ``type`` or ``country``."""
    kind = str(attrs.get("kind", "?"))
    if grouping == "country":
        if kind == "Country":
            return "countries"
        return str(attrs.get("hq_country") or f"{kind}: no country")
    return f"{kind}: {attrs['type']}" if attrs.get("type") else kind


def communities_of(H: nx.Graph) -> list[set[Any]]:
    """Louvain communities of `H` (seeded), largest first, ties by smallest member."""
    simple = nx.Graph(H.to_undirected() if H.is_directed() else H)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    parts = nx.community.louvain_communities(simple, seed=SEED)
    return sorted(parts, key=lambda c: (-len(c), min(map(str, c))))


def best_known(H: nx.Graph, members: Iterable[Any], importance: Mapping[Any, float],
               n: int = 3) -> list[str]:
    """The names (acronym first) of the `n` most important members."""
    ranked = sorted(members, key=lambda v: (-importance.get(v, 0.0), str(v)))[:n]
    return [short_name(H.nodes[v], v) for v in ranked]


def groups_of(H: nx.Graph, grouping: str,
              importance: Mapping[Any, float] | None = None) -> dict[Any, str]:
    """Return node → group label; ``community`` labels each by its best-known members."""
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    if grouping == "community":
        importance = importance or dict(H.degree())
        out: dict[Any, str] = {}
        for part in communities_of(H):
            names = best_known(H, part, importance)
            more = len(part) - len(names)
            out.update({v: "community of " + ", ".join(names) + (f" +{more}" if more else "")
                        for v in part})
        return out
    return {n: node_key(attrs, grouping) for n, attrs in H.nodes(data=True)}


def aggregate(H: nx.Graph, grouping: str,
              importance: Mapping[Any, float] | None = None) -> nx.Graph:
    """Return the graph of groups: one node per group (``size`` members), edges counted."""
    key = groups_of(H, grouping, importance)
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


def layout(H: nx.Graph, focus: Any = None) -> dict[Any, tuple[float, float]]:
    """Return pixel positions: spring layout (seeded) when small, grouped disks when large.

    The small layout fills about a 1000 × 620 box at scale 1, so a view of `NODE_CAP` nodes
    opens with labels at their own size; the focus, if any, sits at the centre. The large
    layout puts each connected component (small ones pooled) in a disk, biggest first, hubs
    at the centre; it needs neither SciPy nor iterations, so 5,000 nodes take milliseconds.
    """
    n = H.number_of_nodes()
    if n == 0:
        return {}
    simple = nx.Graph(H.to_undirected() if H.is_directed() else H)
    if n <= SPRING_LIMIT:
        fixed = {focus: (0.0, 0.0)} if focus in simple and n > 1 else None
        pos = nx.spring_layout(simple, seed=SEED, iterations=100, k=1.6 / math.sqrt(n),
                               pos=fixed, fixed=list(fixed) if fixed else None)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        span_x = (max(xs) - min(xs)) or 1.0
        span_y = (max(ys) - min(ys)) or 1.0
        # Wider than tall, like the canvas; small views do not spread over the whole box.
        grow = min(1.0, 0.35 + n / 120)
        sx, sy = 1000 * grow / span_x, 620 * grow / span_y
        return {v: (float(x) * sx, float(y) * sy) for v, (x, y) in pos.items()}
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


def _cut(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_name(attrs: Mapping[str, Any], node: Any) -> str:
    """An acronym when the record has one and its name is long; else the name."""
    name = str(attrs.get("name") or node)
    acronym = attrs.get("acronym") or attrs.get("short_name")
    if acronym and len(name) > 16:
        return str(acronym)
    return name


def common_prefix(names: Iterable[str]) -> str:
    """The longest run of whole words that every name starts with (``""`` if under 12 chars).

    Generated titles ("US State Department anti-trafficking grant to IOM in Albania (2004)")
    differ only at the end; cutting what they share keeps the part that tells them apart.
    """
    names = [n for n in names if n]
    if len(names) < 3:
        return ""
    first, last = min(names), max(names)
    i = 0
    while i < min(len(first), len(last)) and first[i] == last[i]:
        i += 1
    prefix = first[:i]
    if " " not in prefix:
        return ""
    prefix = prefix[: prefix.rfind(" ") + 1]
    return prefix if len(prefix) >= 12 else ""


def label_of(attrs: Mapping[str, Any], node: Any, prefix: str = "") -> str:
    name = short_name(attrs, node)
    if prefix and name.startswith(prefix) and len(name) > len(prefix):
        name = "…" + name[len(prefix):]
    return _cut(name)


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    return str(value)


def details_of(node: Any, attrs: Mapping[str, Any], view_url: str | None,
               extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The details a click shows: name, kind, attributes, sources and the node's own view.

    Sources are listed by id; the reader fills in their titles and links (`viz.pages`).
    """
    cited = attrs.get("sources") or []
    if isinstance(cited, str):
        cited = [cited]
    return {
        "id": str(node),
        "name": str(attrs.get("name") or node),
        "kind": str(attrs.get("kind", "")),
        "attributes": {k: _plain(v) for k, v in sorted(attrs.items())
                       if k not in _HIDDEN_ATTRS and v not in (None, "", [])},
        "sources": [{"id": s} for s in cited],
        "view": view_url,
        **(dict(extra) if extra else {}),
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


def select(H: nx.Graph, importance: Mapping[Any, float], cap: int, *, keep: Iterable[Any] = (),
           grouping: str = "type") -> tuple[list[Any], dict[str, list[Any]]]:
    """Choose what a view draws: at most `cap` nodes, groups of the others included.

    Returns the shown nodes (`keep` first, then by decreasing importance, ties by id) and the
    groups of the others, each a list of members by decreasing importance. With more than
    `MAX_GROUPS` groups (or a third of `cap`) the smallest pool into one "other records"
    group.
    """
    order = sorted(H, key=lambda v: (-importance.get(v, 0.0), str(v)))
    kept = [v for v in dict.fromkeys(keep) if v in H]
    if H.number_of_nodes() <= cap:
        return [*kept, *[v for v in order if v not in set(kept)]], {}
    key = groups_of(H, grouping, importance)
    budget = cap
    shown: list[Any] = []
    groups: dict[str, list[Any]] = {}
    for _ in range(3):  # the number of groups depends on what is shown; settles in 2 rounds
        chosen = set(kept)
        shown = list(kept)
        for v in order:
            if len(shown) >= budget:
                break
            if v not in chosen:
                shown.append(v)
                chosen.add(v)
        hidden = [v for v in order if v not in chosen]
        by_key: dict[str, list[Any]] = defaultdict(list)
        for v in hidden:
            by_key[key[v]].append(v)
        ranked = sorted(by_key.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        most = max(1, min(MAX_GROUPS, cap // 3))  # groups never crowd out the records
        if len(ranked) > most:
            head, tail = ranked[: most - 1], ranked[most - 1:]
            pooled = sorted((v for _, vs in tail for v in vs),
                            key=lambda v: (-importance.get(v, 0.0), str(v)))
            ranked = [*head, ("other records", pooled)]
        groups = dict(ranked)
        if len(shown) + len(groups) <= cap:
            break
        budget = max(len(kept), cap - len(groups))
    return shown, groups


def _strength(d: Mapping[str, Any]) -> float:
    return float(d.get("weight") or d.get("count") or 1.0)


def backbone(rows: list[tuple[Any, Any, dict[str, Any]]], *, per_node: int = 2,
             keep: Iterable[Any] = ()) -> list[tuple[Any, Any, dict[str, Any]]]:
    """The edges worth drawing when there are too many: a maximum spanning forest (so every
    connected node stays connected) plus each node's `per_node` strongest edges, plus every
    edge of the nodes in `keep` (the focus).

    >>> rows = [(a, b, {"weight": w}) for a, b, w in
    ...         [(1, 2, 3), (1, 3, 1), (2, 3, 2), (3, 4, 1), (1, 4, 1)]]
    >>> sorted((a, b) for a, b, _ in backbone(rows, per_node=1))
    [(1, 2), (1, 4), (2, 3)]
    """
    kept_nodes = set(keep)
    simple = nx.Graph()
    for i, (u, w, d) in enumerate(rows):
        if not simple.has_edge(u, w) or _strength(d) > simple.edges[u, w]["s"]:
            simple.add_edge(u, w, s=_strength(d), i=i)
    chosen = {d["i"] for _, _, d in nx.maximum_spanning_edges(simple, weight="s", data=True)}
    for v in simple:
        ranked = sorted(simple.edges(v, data=True), key=lambda e: (-e[2]["s"], str(e[1])))
        chosen.update(d["i"] for _, _, d in ranked[:per_node])
        if v in kept_nodes:
            chosen.update(d["i"] for _, _, d in ranked)
    return [r for i, r in enumerate(rows) if i in chosen]


def _group_label(key: str, members: list[Any], H: nx.Graph) -> str:
    kinds = Counter(str(H.nodes[v].get("kind", "?")) for v in members)
    if key.startswith("community of"):
        return f"+ {len(members)} in the {key}"
    if len(kinds) == 1:
        kind = next(iter(kinds))
        words = f"other {_plural(kind, len(members))}"
        types = {H.nodes[v].get("type") for v in members}
        if len(types) == 1 and None not in types:
            words += f" ({type_words(str(next(iter(types))))})"
        elif key not in (kind, "other records") and ":" not in key:
            words += f" ({key})"
        return f"+ {len(members)} {words}"
    return f"+ {len(members)} other records"


def _groups_outside(D: nx.Graph, positions: dict[Any, tuple[float, float]],
                    groups: set[Any]) -> None:
    """Move the group nodes to a ring around the drawing, each towards what it links to."""
    if not groups or len(groups) == D.number_of_nodes():
        return
    inner = [positions[v] for v in D if v not in groups]
    cx = sum(x for x, _ in inner) / len(inner)
    cy = sum(y for _, y in inner) / len(inner)
    radius = 1.12 * max(math.hypot(x - cx, y - cy) for x, y in inner) + 40
    angles = []
    for g in sorted(groups, key=str):
        near = [positions[n] for n in D.neighbors(g) if n not in groups]
        if near:
            mx = sum(x for x, _ in near) / len(near) - cx
            my = sum(y for _, y in near) / len(near) - cy
            angles.append((math.atan2(my, mx), g))
        else:
            angles.append((math.pi, g))
    angles.sort()
    # Spread them so that no two sit on one another: at least 360°/(n+2) apart, in order.
    gap = 2 * math.pi / (len(angles) + 2)
    placed = []
    for a, g in angles:
        if placed and a - placed[-1][0] < gap:
            a = placed[-1][0] + gap
        placed.append((a, g))
    for a, g in placed:
        positions[g] = (cx + radius * 1.25 * math.cos(a), cy + radius * math.sin(a))


def build_view(
    H: nx.Graph,
    *,
    importance: Mapping[Any, float] | None = None,
    sizes: Mapping[Any, float] | None = None,
    extra_edges: Iterable[tuple[Any, Any, str, str]] = (),
    focus: Any = None,
    keep: Iterable[Any] = (),
    node_limit: int = NODE_CAP,
    grouping: str = "type",
    physics: bool = True,
    extra_details: Mapping[Any, Mapping[str, Any]] | None = None,
    narrow: Callable[[str, list[Any]], str | None] | None = None,
) -> dict[str, Any]:
    """Return the nodes, edges, legend and details of a network view of `H`.

    At most `node_limit` nodes are drawn: `keep` and the `focus`, then the most important
    (`importance`; degree when absent); the others are counted in group nodes (by `grouping`),
    each listing its members and, through `narrow(key, members)`, a link to a view that shows
    them. Organisations are coloured by type, other records by kind (with a shape of their
    own); node size follows `sizes` (default: `importance`); edges are styled by ``type``.
    `extra_edges` are ``(u, v, type, tooltip)`` drawn on top (the missing links of the gaps
    view). ``physics`` is on only for views up to `PHYSICS_LIMIT` nodes: the browser settles
    the layout, then stops.
    """
    importance = dict(importance) if importance else {v: float(d) for v, d in H.degree()}
    sizes = dict(sizes) if sizes else importance
    kept = [*([focus] if focus is not None and focus in H else []), *keep]
    shown, groups = select(H, importance, node_limit, keep=kept, grouping=grouping)
    hidden_of: dict[Any, str] = {v: k for k, vs in groups.items() for v in vs}
    D = nx.Graph()
    for v in shown:
        D.add_node(v, **H.nodes[v])
    group_ids: dict[str, str] = {}
    for i, (key, members) in enumerate(groups.items()):
        gid = f"group:{i}"
        group_ids[key] = gid
        D.add_node(gid, kind="Group", name=_group_label(key, members, H), size=len(members))
    edge_rows: list[tuple[Any, Any, dict[str, Any]]] = []
    folded: Counter[tuple[str, str]] = Counter()
    edges = (H.edges(keys=True, data=True) if H.is_multigraph()
             else ((u, w, None, d) for u, w, d in H.edges(data=True)))
    for u, w, _, d in edges:
        if u in hidden_of or w in hidden_of:
            a = group_ids[hidden_of[u]] if u in hidden_of else u
            b = group_ids[hidden_of[w]] if w in hidden_of else w
            if a != b:
                folded[(str(a), str(b)) if str(a) <= str(b) else (str(b), str(a))] += 1
            continue
        edge_rows.append((u, w, d))
    for (a, b), count in folded.items():
        edge_rows.append((a, b, {"type": "aggregated", "count": count}))
    all_edges = len(edge_rows)
    if all_edges > DENSE * max(1, len(shown) + len(groups)):
        edge_rows = backbone(edge_rows, keep=kept)
    extra_edges = list(extra_edges)
    for u, w, _d in edge_rows:
        D.add_edge(u, w)
    for u, w, _, _ in extra_edges:  # drawn on top, and laid out with the others
        if u in D and w in D:
            D.add_edge(u, w)
    positions = layout(D, focus if focus in D else None)
    _groups_outside(D, positions, set(group_ids.values()))
    top = max((sizes.get(v, 0.0) for v in shown), default=0.0) or 1.0
    order = {v: i for i, v in enumerate(shown)}
    programme_names = [str(H.nodes[v].get("name") or "") for v in shown
                       if H.nodes[v].get("kind") == "Programme"]
    prefix = common_prefix(programme_names)
    # directed=True: pyvis then skips its O(E) duplicate check per edge (ours are distinct).
    net = Network(directed=True)
    details: dict[str, Any] = {}
    legend_nodes: Counter[tuple[str, str, str]] = Counter()
    extra_details = extra_details or {}
    for v, attrs in D.nodes(data=True):
        kind = str(attrs.get("kind", "?"))
        colour = GROUP_COLOUR if kind == "Group" else colour_of(attrs)
        shape = KIND_SHAPES.get(kind, "dot")
        what = (type_words(str(attrs["type"])) if kind == "Organisation" and attrs.get("type")
                else kind.lower() if kind != "Group" else "not shown, counted")
        legend_nodes[(what, colour, shape)] += 1
        name = str(attrs.get("name") or v)
        x, y = positions[v]
        if kind == "Group":
            size = 12 + 3 * math.log1p(float(attrs["size"]))
            label = name
            tip = f"{name}: click to list them"
            font = {"size": 13, "color": "#333", "face": "system-ui"}
        else:
            rel = math.sqrt(sizes.get(v, 0.0) / top)
            size = 8 + 22 * rel
            labelled = order.get(v, 999) < LABELLED or v == focus or v in kept
            label = label_of(attrs, v, prefix if kind == "Programme" else "") if labelled \
                else ""
            tip = f"{name}\n{kind}" + (f" · {type_words(str(attrs['type']))}"
                                       if attrs.get("type") else "")
            # The most important labels larger; none under 12 px at scale 1.
            font = {"size": 16 if order.get(v, 999) < 25 or v == focus else 13,
                    "color": "#1b1b1b", "face": "system-ui",
                    "strokeWidth": 3, "strokeColor": "#ffffff"}
        net.add_node(str(v), label=label or " ", title=tip, color=colour, shape=shape,
                     size=round(size, 2), x=round(x, 1), y=round(y, 1), font=font,
                     borderWidth=3 if v == focus else 1, physics=kind != "Group",
                     **({"shapeProperties": {"borderDashes": [4, 3]}} if kind == "Group" else {}))
        if kind == "Group":
            key = next(k for k, g in group_ids.items() if g == v)
            members = groups[key]
            details[str(v)] = {
                "id": str(v), "name": name, "kind": "Group", "attributes": {},
                "sources": [], "view": None, "count": len(members),
                "members": [{"id": str(m), "name": str(H.nodes[m].get("name") or m),
                             "view": view_url_of(m, H.nodes[m])} for m in members[:200]],
                "more": max(0, len(members) - 200),
                "open": narrow(key, members) if narrow else None,
            }
        else:
            details[str(v)] = details_of(v, attrs, view_url_of(v, attrs), extra_details.get(v))
    edge_types: Counter[str] = Counter()
    # Relationships have a direction; collaboration links and groups do not.
    arrows = "to" if H.is_directed() else ""
    for u, w, d in edge_rows:
        rel = str(d.get("type", "?"))
        edge_types[rel] += 1
        colour, dashes, width = EDGE_STYLES.get(rel, DEFAULT_EDGE_STYLE)
        tip = d.get("tooltip") or (f"{rel.replace('_', ' ')} ×{d['count']}" if "count" in d
                                   else rel.replace("_", " ").lower())
        strength = max(float(d.get("count") or d.get("weight") or 1.0), 1.0)
        net.add_edge(str(u), str(w), color=colour, dashes=dashes, title=str(tip),
                     arrows="" if rel == "aggregated" else arrows,
                     width=round(min(width * (1 + math.log(strength)), 8.0), 2))
    for u, w, rel, tip in extra_edges:
        if u in D and w in D and u not in hidden_of and w not in hidden_of:
            edge_types[rel] += 1
            colour, dashes, width = EDGE_STYLES.get(rel, DEFAULT_EDGE_STYLE)
            net.add_edge(str(u), str(w), color=colour, dashes=dashes, width=width, title=tip,
                         arrows="")
    legend = {
        "nodes": [{"what": what, "colour": colour, "shape": shape, "count": n}
                  for (what, colour, shape), n in sorted(legend_nodes.items(),
                                                         key=lambda kv: (-kv[1], kv[0]))],
        "edges": [{"type": t, "colour": EDGE_STYLES.get(t, DEFAULT_EDGE_STYLE)[0],
                   "dashes": EDGE_STYLES.get(t, DEFAULT_EDGE_STYLE)[1], "count": n}
                  for t, n in sorted(edge_types.items())],
    }
    hidden = sum(len(m) for m in groups.values())
    return {"nodes": net.nodes, "edges": net.edges, "legend": legend, "details": details,
            "total": H.number_of_nodes(), "shown": len(shown), "hidden": hidden,
            "edges_total": all_edges, "edges_drawn": len(edge_rows),
            "cap": node_limit, "grouped_by": grouping if groups else None,
            "physics": D.number_of_nodes() <= PHYSICS_LIMIT and physics,
            "focus": None if focus is None else str(focus)}


def neighbourhood(G: nx.MultiDiGraph, start: Any, depth: int,
                  skip_kinds: Iterable[str] = ("Indicator",)) -> set[Any]:
    """Return the nodes within `depth` steps of `start`, either direction, not via `skip_kinds`."""
    skip = set(skip_kinds)
    walkable = nx.subgraph_view(G, filter_node=lambda n: n == start
                                or G.nodes[n].get("kind") not in skip)
    return set(nx.ego_graph(walkable, start, radius=depth, undirected=True))


__all__ = ["GROUPINGS", "KIND_COLOURS", "NODE_CAP", "TYPE_COLOURS", "build_view", "layout",
           "neighbourhood", "select"]
