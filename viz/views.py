"""The network views as page contexts: an actor's neighbourhood, a country, a theme, the network.

Each function reads the cached projection (`AnalyticsService.graph`), selects and filters the
records, and returns the context `viz.pages.render` turns into HTML. Filters: `type`
(organisation type), `theme` (a pillar includes its sub-themes), `country` (ISO3) and `as_of`
(only programmes active and links started on that date; no date means every date). They keep
the view's own subject whatever its attributes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.analytics.activity import has_started, is_active
from graph.analytics.findings import resolve_as_of
from graph.analytics.network import collaboration_network, pagerank
from graph.errors import InvalidData, NotFound
from graph.model import OrgType
from graph.service import AllianceService
from viz.graphview import GROUPINGS, NODE_LIMIT, build_view, neighbourhood

PILLARS = ("prevention", "protection", "prosecution", "partnership")


@dataclass(frozen=True)
class Filters:
    """What a network view keeps. Empty fields keep everything."""

    type: str | None = None
    theme: str | None = None
    country: str | None = None
    as_of: str | None = None
    node_limit: int = NODE_LIMIT
    group: str = "type"

    @classmethod
    def of(cls, *, type: str | None = None, theme: str | None = None, pillar: str | None = None,
           country: str | None = None, as_of: str | None = None, node_limit: int = NODE_LIMIT,
           group: str = "type") -> Filters:
        """Check and normalise the filters; a pillar name stands for its theme."""
        if type is not None and type not in {t.value for t in OrgType}:
            raise InvalidData.single("type", type, "an organisation type")
        if pillar is not None and pillar.removeprefix("theme.") not in PILLARS:
            raise InvalidData.single("pillar", pillar, "one of " + ", ".join(PILLARS))
        chosen = theme or pillar
        if chosen is not None and not chosen.startswith("theme."):
            chosen = f"theme.{chosen}"
        if group not in GROUPINGS:
            raise InvalidData.single("group", group, "one of " + ", ".join(GROUPINGS))
        return cls(type=type or None, theme=chosen, country=country or None,
                   as_of=resolve_as_of(as_of) if as_of else None, node_limit=node_limit,
                   group=group)

    def describe(self) -> str:
        parts = [f"{k} {v}" for k, v in (("type", self.type), ("theme", self.theme),
                                          ("country", self.country), ("as of", self.as_of)) if v]
        return "Filtered by " + ", ".join(parts) + "." if parts else "All dates, no filter."


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


def _programme_places(G: nx.MultiDiGraph, p: str) -> tuple[set[str], set[str]]:
    return set(_targets(G, p, "TARGETS")), theme_with_parents(G, _targets(G, p, "ADDRESSES"))


def _org_programmes(G: nx.MultiDiGraph, org: str, as_of: str | None) -> list[str]:
    return [p for p in _targets(G, org, "IMPLEMENTS", "FUNDS")
            if as_of is None or is_active(G.nodes[p], as_of)]


def keeps(G: nx.MultiDiGraph, node: str, f: Filters) -> bool:
    """Whether a record passes the filters (records of other kinds always do)."""
    attrs = G.nodes[node]
    kind = attrs.get("kind")
    if kind == "Programme":
        if f.as_of and not is_active(attrs, f.as_of):
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


def sources_of(service: AllianceService, H: nx.Graph) -> dict[str, dict[str, Any]]:
    ids: set[str] = set()
    for _, cited in H.nodes(data="sources"):
        ids.update([cited] if isinstance(cited, str) else cited or [])
    if not ids:
        return {}
    return {r["id"]: r for r in service.store.read("view_sources", ids=sorted(ids))}


def centrality_of(G: nx.MultiDiGraph, as_of: str | None) -> dict[str, float]:
    """PageRank on the collaboration network (organisations); other records get none."""
    return pagerank(collaboration_network(G, as_of=as_of))


def _sizes(G: nx.MultiDiGraph, H: nx.Graph, as_of: str | None) -> dict[str, float]:
    rank = centrality_of(G, as_of)
    top = max(rank.values(), default=0.0) or 1.0
    degree = dict(H.degree())
    most = max(degree.values(), default=0) or 1
    # Organisations by PageRank, the others by their degree in the view, on one 0..1 scale.
    return {v: rank[v] / top if v in rank else 0.5 * degree.get(v, 0) / most for v in H}


def filter_form(action: str, f: Filters, G: nx.MultiDiGraph,
                *extra: dict[str, Any]) -> dict[str, Any]:
    themes = sorted((n, d.get("name") or n) for n, d in G.nodes(data=True)
                    if d.get("kind") == "Theme")
    countries = sorted((n, d.get("name") or n) for n, d in G.nodes(data=True)
                       if d.get("kind") == "Country")
    return {"action": action, "fields": [
        *extra,
        {"name": "type", "label": "Type", "value": f.type,
         "choices": [(t.value, t.value.replace("_", " ")) for t in OrgType]},
        {"name": "theme", "label": "Theme or pillar", "value": f.theme, "choices": themes},
        {"name": "country", "label": "Country", "value": f.country, "choices": countries},
        {"name": "as_of", "label": "As of", "value": f.as_of, "placeholder": "YYYY-MM-DD",
         "pattern": r"\d{4}-\d{2}-\d{2}"},
    ]}


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
    notes = [f.describe()]
    if graph["aggregated"]:
        a = graph["aggregated"]
        notes.insert(0, f"This view has {a['records']} records, more than {a['limit']}: it shows "
                        f"them in {a['groups']} groups by {a['by']}. Narrow the filters to see "
                        "the records themselves.")
    return {"page": "network", "title": page_title, "subtitle": subtitle, "notes": notes,
            "graph": graph, "form": form, "snapshot": snapshot_line(G),
            "size_by": "PageRank in the collaboration network (organisations); degree (others)",
            **more}


def actor_view(service: AllianceService, record_id: str, *, depth: int = 1,
               filters: Filters = Filters()) -> dict[str, Any]:
    """The records within `depth` steps of one record (any kind), filtered."""
    G = service.analytics.graph()
    if record_id not in G:
        raise NotFound(f"no record with id {record_id!r}")
    H = _subgraph(G, neighbourhood(G, record_id, depth), filters, keep=[record_id])
    graph = build_view(H, sizes=_sizes(G, H, filters.as_of), sources=sources_of(service, H),
                       focus=record_id, node_limit=filters.node_limit, grouping=filters.group)
    attrs = G.nodes[record_id]
    depth_field = {"name": "depth", "label": "Depth", "value": str(depth),
                   "choices": [("1", "1"), ("2", "2"), ("3", "3")]}
    return page_context(str(attrs.get("name") or record_id),
                    f"{attrs.get('kind')} {record_id}: the records within {depth} step(s).",
                    G, graph, filters, filter_form(f"/views/actor/{record_id}", filters, G,
                                             depth_field))


def country_view(service: AllianceService, iso3: str, *,
                 filters: Filters = Filters()) -> dict[str, Any]:
    """A country, the programmes targeting it, their actors and themes, the actors based there."""
    G = service.analytics.graph()
    if G.nodes.get(iso3, {}).get("kind") != "Country":
        raise NotFound(f"no country with ISO3 code {iso3!r}")
    programmes = _sources(G, iso3, "TARGETS")
    nodes = {iso3, *programmes, *_sources(G, iso3, "HEADQUARTERED_IN", "OPERATES_IN")}
    nodes |= {n for n, d in G.nodes(data=True) if d.get("hq_country") == iso3}
    for p in programmes:
        nodes.update(_sources(G, p, "IMPLEMENTS", "FUNDS"))
        nodes.update(_targets(G, p, "ADDRESSES"))
    H = _subgraph(G, nodes, filters, keep=[iso3])
    H.remove_nodes_from([v for v in list(H) if v != iso3 and H.degree(v) == 0
                         and H.nodes[v].get("kind") != "Organisation"])
    graph = build_view(H, sizes=_sizes(G, H, filters.as_of), sources=sources_of(service, H),
                       focus=iso3, node_limit=filters.node_limit, grouping=filters.group)
    name = G.nodes[iso3].get("name") or iso3
    return page_context(str(name), f"Actors and programmes in {name}.", G, graph, filters,
                    filter_form(f"/views/country/{iso3}", filters, G))


def theme_view(service: AllianceService, theme_id: str, *,
               filters: Filters = Filters()) -> dict[str, Any]:
    """A theme and its sub-themes, the programmes on them, their actors, and the mandates."""
    G = service.analytics.graph()
    if G.nodes.get(theme_id, {}).get("kind") != "Theme":
        raise NotFound(f"no theme with id {theme_id!r}")
    themes = {theme_id, *_sources(G, theme_id, "SUBTHEME_OF")}
    nodes = set(themes)
    for t in themes:
        for p in _sources(G, t, "ADDRESSES"):
            nodes.add(p)
            nodes.update(_sources(G, p, "IMPLEMENTS", "FUNDS"))
        for m in _sources(G, t, "COVERS"):
            nodes.add(m)
            nodes.update(_sources(G, m, "HOLDS_MANDATE"))
    H = _subgraph(G, nodes, filters, keep=themes)
    graph = build_view(H, sizes=_sizes(G, H, filters.as_of), sources=sources_of(service, H),
                       focus=theme_id, node_limit=filters.node_limit, grouping=filters.group)
    name = G.nodes[theme_id].get("name") or theme_id
    return page_context(str(name), f"Who works on {name} (and its sub-themes), with which "
                    "programmes and mandates.", G, graph, filters,
                    filter_form(f"/views/theme/{theme_id}", filters, G))


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


def network_view(service: AllianceService, *, filters: Filters = Filters()) -> dict[str, Any]:
    """The whole collaboration network of organisations (see `collaboration_network`)."""
    G = service.analytics.graph()
    H = collaboration_view(G, filters)
    rank = centrality_of(G, filters.as_of)
    graph = build_view(H, sizes={o: rank.get(o, 0.0) for o in H},
                       sources=sources_of(service, H), node_limit=filters.node_limit,
                       grouping=filters.group)
    return page_context("Collaboration network", "Organisations linked by partnerships, joint "
                    "programmes, shared funders, memberships and family ties; edges styled "
                    "by their main kind of link.", G, graph, filters,
                    filter_form("/views/network", filters, G))
