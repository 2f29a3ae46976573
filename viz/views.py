"""The network views as page contexts: an actor's neighbourhood, a country, a theme, the network.

Each function is pure: it reads the projected graph ``G`` it is given (the reader, `viz.reading`,
gets it from the service), selects and filters the records, and returns the context
`viz.pages.render` turns into HTML. Filters: `type` (organisation type), `theme` (a pillar
includes its sub-themes), `country` (ISO3, any case) and `as_of` (only programmes active and
links started on that date; no date means every date). They keep the view's own subject.

A view draws at most `node_limit` nodes (`NODE_CAP`), the most important in its scope; the
others are counted in group nodes. Country and theme views draw who is active (on the date,
or at any time) and list apart the actors known there but not active.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

import networkx as nx

from graph.analytics.activity import has_started, is_active
from graph.analytics.findings import resolve_as_of
from graph.analytics.network import collaboration_network, pagerank
from graph.errors import InvalidData
from graph.model import OrgType
from viz.choices import UnknownRecord, UnknownValue, by_name, country_code, records, theme_id
from viz.graphview import GROUPINGS, NODE_CAP, build_view, neighbourhood
from viz.palette import type_words
from viz.periods import period
from viz.scope import covered_dates

PILLARS = ("prevention", "protection", "prosecution", "partnership")
#: The largest node limit a reader may ask for (the default is `NODE_CAP`).
MAX_NODE_LIMIT = 2000


@dataclass(frozen=True)
class Filters:
    """What a network view keeps. Empty fields keep everything."""

    type: str | None = None
    theme: str | None = None
    country: str | None = None
    as_of: str | None = None
    node_limit: int = NODE_CAP
    group: str = "type"

    @classmethod
    def of(cls, *, type: str | None = None, theme: str | None = None, pillar: str | None = None,
           country: str | None = None, as_of: str | None = None, node_limit: int = NODE_CAP,
           group: str = "type") -> Filters:
        """Check and normalise the filters; a pillar name stands for its theme."""
        if type and type not in {t.value for t in OrgType}:
            raise UnknownValue("type", type, "an organisation type",
                               by_name((t.value, type_words(t.value)) for t in OrgType))
        if pillar and pillar.removeprefix("theme.") not in PILLARS:
            raise UnknownValue("pillar", pillar, "one of " + ", ".join(PILLARS),
                               [(p, p) for p in PILLARS])
        chosen = theme or (f"theme.{pillar.removeprefix('theme.')}" if pillar else None)
        if group not in GROUPINGS:
            raise UnknownValue("group", group, "one of " + ", ".join(GROUPINGS),
                               [(g, g) for g in GROUPINGS])
        if not 2 <= node_limit <= MAX_NODE_LIMIT:
            raise InvalidData.single("node_limit", node_limit, f"2 to {MAX_NODE_LIMIT}")
        return cls(type=type or None, theme=chosen or None,
                   country=country.strip().upper() if country else None,
                   as_of=resolve_as_of(as_of) if as_of else None, node_limit=node_limit,
                   group=group)

    def checked(self, G: nx.MultiDiGraph) -> Filters:
        """The same filters with the country and theme checked against the graph."""
        return replace(self, country=country_code(G, self.country) if self.country else None,
                       theme=theme_id(G, self.theme) if self.theme else None)

    def describe(self, G: nx.MultiDiGraph | None = None) -> str:
        def name(v: str) -> str:
            return str(G.nodes[v].get("name") or v) if G is not None and v in G else v
        parts = [f"{k} {v}" for k, v in (
            ("type", type_words(self.type) if self.type else None),
            ("theme", name(self.theme) if self.theme else None),
            ("country", name(self.country) if self.country else None),
            ("as of", self.as_of)) if v]
        if not parts:
            return "Every date, no filter."
        return "Filtered by " + ", ".join(parts) + "." + ("" if self.as_of else " Every date.")

    def query(self, **changes: Any) -> str:
        """The query string of these filters with `changes` (None removes a key)."""
        values = {"type": self.type, "theme": self.theme, "country": self.country,
                  "as_of": self.as_of,
                  "node_limit": None if self.node_limit == NODE_CAP else self.node_limit,
                  "group": None if self.group == "type" else self.group, **changes}
        text = urlencode({k: v for k, v in values.items() if v})
        return f"?{text}" if text else ""


def _targets(G: nx.MultiDiGraph, node: str, *types: str) -> list[str]:
    return [v for _, v, d in G.out_edges(node, data=True) if d.get("type") in types]


def _sources(G: nx.MultiDiGraph, node: str, *types: str) -> list[str]:
    return [u for u, _, d in G.in_edges(node, data=True) if d.get("type") in types]


def theme_with_parents(G: nx.MultiDiGraph, themes: Iterable[str]) -> set[str]:
    """The themes and, transitively, the pillars they are sub-themes of."""
    out: set[str] = set()
    todo = list(themes)
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t)
            todo.extend(_targets(G, t, "SUBTHEME_OF"))
    return out


def theme_with_children(G: nx.MultiDiGraph, theme: str) -> set[str]:
    """A theme and, transitively, its sub-themes."""
    out: set[str] = set()
    todo = [theme]
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t)
            todo.extend(_sources(G, t, "SUBTHEME_OF"))
    return out


def _programme_places(G: nx.MultiDiGraph, p: str) -> tuple[set[str], set[str]]:
    return set(_targets(G, p, "TARGETS")), theme_with_parents(G, _targets(G, p, "ADDRESSES"))


def _active(attrs: dict[str, Any], as_of: str | None) -> bool:
    return attrs.get("status") != "cancelled" and (as_of is None or is_active(attrs, as_of))


def _org_programmes(G: nx.MultiDiGraph, org: str, as_of: str | None) -> list[str]:
    return [p for p in _targets(G, org, "IMPLEMENTS", "FUNDS") if _active(G.nodes[p], as_of)]


def keeps(G: nx.MultiDiGraph, node: str, f: Filters) -> bool:
    """Whether a record passes the filters (records of other kinds always do)."""
    attrs = G.nodes[node]
    kind = attrs.get("kind")
    if kind == "Programme":
        if f.as_of and not _active(attrs, f.as_of):
            return False
        countries, themes = _programme_places(G, node)
        return (not f.country or f.country in countries) and (not f.theme or f.theme in themes)
    if kind != "Organisation":
        return True
    if f.type and attrs.get("type") != f.type:
        return False
    if not (f.country or f.theme):
        return True
    countries: set[str] = set(_targets(G, node, "HEADQUARTERED_IN", "OPERATES_IN"))
    if attrs.get("hq_country"):
        countries.add(attrs["hq_country"])
    themes: set[str] = set()
    for p in _org_programmes(G, node, f.as_of):
        pc, pt = _programme_places(G, p)
        countries |= pc
        themes |= pt
    for m in _targets(G, node, "HOLDS_MANDATE"):
        themes |= theme_with_parents(G, _targets(G, m, "COVERS"))
    return (not f.country or f.country in countries) and (not f.theme or f.theme in themes)


def _subgraph(G: nx.MultiDiGraph, nodes: Iterable[str], f: Filters,
              keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    wanted = {n for n in nodes if keeps(G, n, f)} | set(keep)
    H = G.subgraph(wanted).copy()
    if f.as_of:
        H.remove_edges_from([(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
                             if not has_started(d, f.as_of)])
    return H


_RANKS: weakref.WeakKeyDictionary[nx.MultiDiGraph, dict[str | None, dict[str, float]]] = \
    weakref.WeakKeyDictionary()


def centrality_of(G: nx.MultiDiGraph, as_of: str | None) -> dict[str, float]:
    """PageRank on the collaboration network (organisations), kept as long as `G` lives."""
    cached = _RANKS.setdefault(G, {})
    if as_of not in cached:
        cached[as_of] = pagerank(collaboration_network(G, as_of=as_of))
    return cached[as_of]


def _normalised(values: dict[str, float]) -> dict[str, float]:
    top = max(values.values(), default=0.0) or 1.0
    return {k: v / top for k, v in values.items()}


def source_ids(graph: dict[str, Any]) -> list[str]:
    """The source ids the details of a built view cite (for the reader to look up)."""
    return sorted({s["id"] for d in graph["details"].values() for s in d.get("sources", [])})


def filter_form(action: str, f: Filters, G: nx.MultiDiGraph, *extra: dict[str, Any],
                omit: Iterable[str] = ()) -> dict[str, Any]:
    leave_out = set(omit)
    themes = records(G, "Theme")
    countries = [(c, n) for c, n in records(G, "Country")]
    fields = [
        *extra,
        {"name": "type", "label": "Organisation type", "value": f.type,
         "choices": by_name((t.value, type_words(t.value)) for t in OrgType)},
        {"name": "theme", "label": "Theme or pillar", "value": f.theme, "choices": themes},
        {"name": "country", "label": "Country", "value": f.country, "choices": countries},
        {"name": "as_of", "label": "As of", "value": f.as_of, "placeholder": "YYYY-MM-DD",
         "pattern": r"\d{4}-\d{2}-\d{2}", "dates": covered_dates(G)},
        {"name": "group", "label": "Group what is not shown by", "value": f.group,
         "choices": [(g, g) for g in GROUPINGS], "required": True},
    ]
    return {"action": action, "fields": [x for x in fields if x["name"] not in leave_out]}


def snapshot_line(G: nx.MultiDiGraph) -> str:
    """One line saying which load the data comes from."""
    loads = G.graph.get("snapshot", {}).get("loads") or []
    if not loads:
        return "no load recorded"
    newest = loads[0]
    return (f"{newest['what']}, loaded {newest['last_loaded_at']} "
            f"(content {str(newest['content_hash'])[:12]}); {len(loads)} load(s) in all")


def page_context(page_title: str, subtitle: str, G: nx.MultiDiGraph, graph: dict[str, Any],
                 f: Filters, form: dict[str, Any], **more: Any) -> dict[str, Any]:
    words = []
    if graph["hidden"]:
        words.append(f"{graph['total']} records are in scope: the {graph['shown']} most "
                     f"important are drawn, the other {graph['hidden']} are counted in grey "
                     f"groups (by {graph['grouped_by']}); click a group to list them.")
    if graph.get("edges_drawn", 0) < graph.get("edges_total", 0):
        words.append(f"Of {graph['edges_total']} links the {graph['edges_drawn']} strongest "
                     "are drawn (each record's two strongest, and enough to keep every "
                     "record connected).")
    words.append(f.describe(G))
    notes = [" ".join(words)]
    return {"page": "network", "title": page_title, "subtitle": subtitle, "notes": notes,
            "graph": graph, "form": form, "snapshot": snapshot_line(G),
            "size_by": more.pop("size_by", "PageRank in the collaboration network "
                                "(organisations); links in the view (others)"),
            "apart": more.pop("apart", None), **more}


def _narrower(action: str, f: Filters):
    def narrow(key: str, members: list[Any]) -> str | None:
        if key.startswith("Organisation: "):
            return action + f.query(type=key.removeprefix("Organisation: "))
        return None
    return narrow


def actor_view(G: nx.MultiDiGraph, record_id: str, *, depth: int = 1,
               filters: Filters = Filters()) -> dict[str, Any]:
    """The records within `depth` steps of one record (any kind), filtered."""
    if record_id not in G:
        raise UnknownRecord(f"no record with id {record_id!r}", field="id", got=record_id,
                            choices=[], link=None)
    filters = filters.checked(G)
    H = _subgraph(G, neighbourhood(G, record_id, depth), filters, keep=[record_id])
    rank = _normalised(centrality_of(G, filters.as_of))
    hops = nx.single_source_shortest_path_length(nx.Graph(H.to_undirected()), record_id)
    importance = {v: 2.0 / (1 + hops.get(v, depth + 1)) + rank.get(v, 0.0)
                  + 0.02 * H.degree(v) for v in H}
    action = f"/views/actor/{record_id}"
    graph = build_view(H, importance=importance, focus=record_id,
                       node_limit=filters.node_limit, grouping=filters.group,
                       narrow=_narrower(action, filters))
    attrs = G.nodes[record_id]
    depth_field = {"name": "depth", "label": "Depth", "value": str(depth), "required": True,
                   "choices": [("1", "1"), ("2", "2"), ("3", "3")]}
    return page_context(str(attrs.get("name") or record_id),
                        f"{attrs.get('kind')} {record_id}: the records within {depth} "
                        "step(s).", G, graph, filters,
                        filter_form(action, filters, G, depth_field),
                        size_by="closeness to the record, then PageRank")


def _involvement(G: nx.MultiDiGraph, programmes: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in programmes:
        for org in _sources(G, p, "IMPLEMENTS", "FUNDS"):
            if G.nodes[org].get("kind") == "Organisation":
                out.setdefault(org, []).append(p)
    return out


def _programme_list(G: nx.MultiDiGraph, programmes: list[str], limit: int = 30
                    ) -> list[dict[str, str]]:
    def when(p: str) -> str:
        return period(G.nodes[p])
    ordered = sorted(programmes, key=lambda p: (str(G.nodes[p].get("start") or ""), p),
                     reverse=True)
    return [{"id": p, "name": str(G.nodes[p].get("name") or p), "when": when(p),
             "view": f"/views/actor/{p}"} for p in ordered[:limit]]


def _apart(G: nx.MultiDiGraph, rows: dict[str, str], title: str) -> dict[str, Any] | None:
    if not rows:
        return None
    items = by_name((o, str(G.nodes[o].get("name") or o)) for o in rows)
    return {"title": title, "items": [{"id": o, "name": n, "why": rows[o],
                                       "view": f"/views/actor/{o}"} for o, n in items]}


def _scoped_view(G: nx.MultiDiGraph, focus_nodes: list[str], programmes: list[str],
                 active_orgs: dict[str, list[str]], presence: dict[str, list[tuple]],
                 f: Filters, focus: str, link_type: str, action: str,
                 extra_nodes: Iterable[str] = ()) -> dict[str, Any]:
    """The graph of a country or theme: the focus, active organisations, their programmes.

    When everything fits under the node limit the programmes are drawn; otherwise each
    organisation is linked straight to the focus ("works in" / "works on", width by its
    number of programmes) and its programmes are listed in its details.
    """
    rank = _normalised(centrality_of(G, f.as_of))
    orgs = set(active_orgs) | set(presence)
    count = {o: len(active_orgs.get(o, [])) for o in orgs}
    top = max(count.values(), default=0) or 1
    importance: dict[str, float] = {n: 10.0 for n in focus_nodes}
    importance.update({o: 1.0 + count[o] / top + 0.5 * rank.get(o, 0.0) for o in orgs})
    extra = {o: {"programmes": _programme_list(G, active_orgs.get(o, [])),
                 "programme_count": len(active_orgs.get(o, []))} for o in orgs}
    whole = set(focus_nodes) | orgs | set(programmes) | set(extra_nodes)
    themes = {t for p in programmes for t in _targets(G, p, "ADDRESSES")}
    if len(whole | themes) <= f.node_limit:
        H = G.subgraph(whole | themes).copy()
        if f.as_of:
            H.remove_edges_from([(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
                                 if not has_started(d, f.as_of)])
        for p in programmes:
            importance[p] = 0.5 + 0.1 * len(_sources(G, p, "IMPLEMENTS", "FUNDS"))
        for t in themes:
            importance.setdefault(t, 3.0)
    else:
        H = nx.MultiDiGraph()
        for n in set(focus_nodes) | orgs | set(extra_nodes):
            H.add_node(n, **G.nodes[n])
        for u, v, k, d in G.subgraph(set(focus_nodes) | orgs | set(extra_nodes)).edges(
                keys=True, data=True):
            if d.get("type") in ("PARTNER_OF", "MEMBER_OF", "PART_OF", "SUBTHEME_OF",
                                 "HOLDS_MANDATE", "COVERS", "OPERATES_IN",
                                 "HEADQUARTERED_IN") and (not f.as_of or has_started(d, f.as_of)):
                H.add_edge(u, v, key=k, **d)
        for o, ps in active_orgs.items():
            H.add_edge(o, focus, key=f"{link_type}:{o}", type=link_type, count=len(ps),
                       tooltip=f"{len(ps)} programme(s)")
    graph = build_view(H, importance=importance, focus=focus, keep=focus_nodes,
                       node_limit=f.node_limit, grouping=f.group, extra_details=extra,
                       narrow=_narrower(action, f))
    return graph


def country_view(G: nx.MultiDiGraph, iso3: str, *,
                 filters: Filters = Filters()) -> dict[str, Any]:
    """A country: who is active there (programmes, presences), and who is known but not."""
    iso3 = country_code(G, iso3, record=True)
    f = replace(filters.checked(G), country=None)
    in_scope = [p for p in _sources(G, iso3, "TARGETS") if keeps(G, p, replace(f, as_of=None))]
    running = [p for p in in_scope if _active(G.nodes[p], f.as_of)]
    active = {o: ps for o, ps in _involvement(G, running).items() if keeps(G, o, f)}
    presence: dict[str, list[tuple]] = {}
    based: set[str] = {n for n, d in G.nodes(data=True) if d.get("hq_country") == iso3
                       and d.get("kind") == "Organisation"}
    for u, _, d in G.in_edges(iso3, data=True):
        if d.get("type") in ("OPERATES_IN", "HEADQUARTERED_IN") and \
                G.nodes[u].get("kind") == "Organisation":
            based.add(u)
            if d.get("type") == "OPERATES_IN" and (f.as_of is None or is_active(d, f.as_of)):
                presence.setdefault(u, []).append(("OPERATES_IN", d))
    presence = {o: v for o, v in presence.items() if keeps(G, o, replace(f, theme=None))}
    ever = _involvement(G, in_scope)
    apart: dict[str, str] = {}
    for o in (set(ever) | based) - set(active) - set(presence):
        if not keeps(G, o, replace(f, as_of=None, theme=None)):
            continue
        if o in ever:
            years = sorted({str(G.nodes[p].get("start") or "?")[:4] for p in ever[o]})
            apart[o] = (f"{len(ever[o])} programme(s) here, none running on {f.as_of} "
                        f"(years {', '.join(years[:6])}{'…' if len(years) > 6 else ''})")
        else:
            apart[o] = "based here, no programme recorded"
    action = f"/views/country/{iso3}"
    graph = _scoped_view(G, [iso3], running, active, presence, f, iso3, "works_in", action)
    name = G.nodes[iso3].get("name") or iso3
    when = f"on {f.as_of}" if f.as_of else "at any date"
    return page_context(str(name), f"Who works in {name} {when}: organisations with a "
                        "programme there or an office working there, linked by their "
                        "programmes and partnerships.", G, graph, f,
                        filter_form(action, f, G, omit=["country"]),
                        apart=_apart(G, apart, f"Known in {name} but not active {when} "
                                     f"({len(apart)})"),
                        size_by="programmes in the country, then PageRank")


def theme_view(G: nx.MultiDiGraph, theme_id_: str, *,
               filters: Filters = Filters()) -> dict[str, Any]:
    """A theme and its sub-themes: who works on it, with which programmes and mandates."""
    theme = theme_id(G, theme_id_, record=True)
    f = replace(filters.checked(G), theme=None)
    themes = sorted(theme_with_children(G, theme))
    in_scope = sorted({p for t in themes for p in _sources(G, t, "ADDRESSES")
                       if keeps(G, p, replace(f, as_of=None))})
    running = [p for p in in_scope if _active(G.nodes[p], f.as_of)]
    active = {o: ps for o, ps in _involvement(G, running).items() if keeps(G, o, f)}
    mandates = sorted({m for t in themes for m in _sources(G, t, "COVERS")})
    holders: dict[str, list[tuple]] = {}
    for m in mandates:
        for o in _sources(G, m, "HOLDS_MANDATE"):
            if G.nodes[o].get("kind") == "Organisation" and keeps(G, o, replace(f, as_of=None)):
                holders.setdefault(o, []).append(("HOLDS_MANDATE", m))
    ever = _involvement(G, in_scope)
    apart = {}
    for o, ps in ever.items():
        if o in active or o in holders or not keeps(G, o, replace(f, as_of=None)):
            continue
        years = sorted({str(G.nodes[p].get("start") or "?")[:4] for p in ps})
        apart[o] = (f"{len(ps)} programme(s) on it, none running on {f.as_of} "
                    f"(years {', '.join(years[:6])}{'…' if len(years) > 6 else ''})")
    focus_nodes = [theme, *[t for t in themes if t != theme]]
    action = f"/views/theme/{theme}"
    graph = _scoped_view(G, focus_nodes, running, active, holders, f, theme, "works_on", action,
                         extra_nodes=mandates)
    name = G.nodes[theme].get("name") or theme
    when = f"on {f.as_of}" if f.as_of else "at any date"
    return page_context(str(name), f"Who works on {name} (and its sub-themes) {when}, with "
                        "which programmes and mandates.", G, graph, f,
                        filter_form(action, f, G, omit=["theme"]),
                        apart=_apart(G, apart, f"Worked on {name}, but not {when} "
                                     f"({len(apart)})"),
                        size_by="programmes on the theme, then PageRank")


def collaboration_view(G: nx.MultiDiGraph, f: Filters) -> nx.Graph:
    """The collaboration network as a drawable graph: organisation nodes, typed weighted links."""
    N = collaboration_network(G, as_of=f.as_of)
    keep = [o for o in N if keeps(G, o, f)]
    H = nx.Graph()
    for o in keep:
        H.add_node(o, **G.nodes[o])
    for a, b, d in N.subgraph(keep).edges(data=True):
        kinds = sorted({link["type"] for link in d["links"]})
        main = max(kinds, key=lambda k: sum(1 for link in d["links"] if link["type"] == k))
        H.add_edge(a, b, type=main, weight=d["weight"],
                   tooltip=f"{d['weight']:g}: " + ", ".join(k.replace("_", " ") for k in kinds))
    return H


def network_view(G: nx.MultiDiGraph, *, filters: Filters = Filters()) -> dict[str, Any]:
    """The whole collaboration network of organisations (see `collaboration_network`)."""
    f = filters.checked(G)
    H = collaboration_view(G, f)
    rank = centrality_of(G, f.as_of)
    # Isolated organisations say nothing in a network picture: listed apart, not drawn.
    alone = {o: "no link to any other organisation" for o in H if H.degree(o) == 0}
    if len(alone) < H.number_of_nodes():
        H.remove_nodes_from(list(alone))
    else:
        alone = {}
    graph = build_view(H, importance={o: rank.get(o, 0.0) for o in H},
                       node_limit=f.node_limit, grouping=f.group,
                       narrow=_narrower("/views/network", f))
    return page_context("Collaboration network", "Organisations linked by partnerships, joint "
                        "programmes, shared funders, memberships and family ties; edges styled "
                        "by their main kind of link.", G, graph, f,
                        filter_form("/views/network", f, G),
                        apart=_apart(G, alone, f"Organisations without any link ({len(alone)})"))
