"""The finding views and the landing page as page contexts, pure functions of their inputs.

Coordination gaps drawn on the network (missing links dashed), duplicate programmes side by side
(ranked, paged, coordinated pairs marked), and what-if before and after, each change on its own
and all together. Every function takes the projected graph and the findings the reader
(`viz.reading`) got from the service; none reads a store. Findings are read through their
fields `kind`, `subject`, `score`, `explanation`, `details`; newer fields (`rank`,
`coordinated`, `about`) are used when present.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

import networkx as nx

from graph.analytics.findings import Finding
from graph.errors import InvalidData
from viz.choices import records
from viz.graphview import build_view
from viz.periods import period
from viz.scope import DEFAULT_REGION, Region, covered_dates, region_choices, span
from viz.views import (
    Filters,
    centrality_of,
    collaboration_view,
    filter_form,
    page_context,
    snapshot_line,
)

VIEWS = [
    {"name": "Map", "href": "/views/map",
     "about": "coverage, need and gaps by country on a map of the OSCE region or the world"},
    {"name": "Coverage and need", "href": "/views/coverage",
     "about": "country × theme heatmap: who works where, and the need beside it"},
    {"name": "Collaboration network", "href": "/views/network",
     "about": "the organisations that matter most and the links between them"},
    {"name": "Coordination gaps", "href": "/views/gaps",
     "about": "actors side by side without a link, drawn as dashed missing links"},
    {"name": "Overlaps", "href": "/views/overlaps",
     "about": "programmes that duplicate each other, side by side, ranked"},
    {"name": "What-if", "href": "/views/whatif",
     "about": "coverage before and after actors stop or time moves on, change by change"},
    {"name": "API documentation", "href": "/docs", "about": "every endpoint (also /redoc)"},
]
#: The missing links a gaps view draws: the first of the ranked pairs (all are listed).
MISSING_DRAWN = 60
#: Overlapping pairs per page.
PER_PAGE = 20


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("name") or node) if node in G else node


def _names(G: nx.MultiDiGraph, nodes: Iterable[str]) -> str:
    return ", ".join(_name(G, n) for n in nodes) or "—"


def field(f: Finding, name: str, default: Any = None) -> Any:
    """A finding's field, from the model if it has it, else from its details (older models)."""
    value = getattr(f, name, None)
    if value is None and isinstance(f.details, Mapping):
        value = f.details.get(name)
    return default if value is None else value


def landing(G: nx.MultiDiGraph, *, counts: Mapping[str, int], loads: list[dict[str, Any]],
            analytics: Mapping[str, str]) -> dict[str, Any]:
    """What the data holds, as of which load, and the way into every view and finding."""
    loads = [{k: v for k, v in load.items() if k != "counts"} for load in loads]

    def listed(kind: str) -> list[dict[str, str]]:
        return [{"id": i, "name": n} for i, n in records(G, kind)]

    years = span(G)
    return {"page": "landing", "title": "Alliance Graph",
            "subtitle": "The actors who fight trafficking in human beings: who works where, "
                        "with whom, and where coordination is missing.",
            "notes": [f"Programmes in the data run from {years[0]} to {years[1]}."]
            if years else [], "views": VIEWS, "loads": loads,
            "counts": sorted(counts.items()), "countries": listed("Country"),
            "themes": listed("Theme"),
            "findings_links": [{"kind": k, "summary": summary,
                                "path": f"/findings/{k}" if k != "recommend"
                                else "/findings/recommend/org.iom"}
                               for k, summary in analytics.items()],
            "snapshot": snapshot_line(G)}


def _active_programmes(G: nx.MultiDiGraph, as_of: str, country: str | None = None) -> int:
    from graph.analytics.activity import is_active

    def here(p: str) -> bool:
        return country is None or any(v == country for _, v, e in G.out_edges(p, data=True)
                                      if e.get("type") == "TARGETS")
    return sum(1 for p, d in G.nodes(data=True)
               if d.get("kind") == "Programme" and d.get("status") != "cancelled"
               and is_active(d, as_of) and here(p))


def empty_state(G: nx.MultiDiGraph, *, as_of: str, what: str, page: str,
                country: str | None = None, query: Mapping[str, str] | None = None
                ) -> dict[str, Any]:
    """Why a finding view is empty, and the dates the data covers (as links)."""
    running = _active_programmes(G, as_of, country)
    where = f" in {_name(G, country)}" if country else ""
    years = span(G)
    if running == 0:
        why = f"No programme in the data runs{where} on {as_of}"
        why += f" (programmes run from {years[0]} to {years[1]})." if years else "."
    else:
        why = (f"{running} programme(s) run{where} on {as_of}, but none of them gives {what}.")
    dates = [{"date": d["date"], "programmes": d["programmes"],
              "href": f"/views/{page}?" + urlencode({**(query or {}), "as_of": d["date"]})}
             for d in covered_dates(G)]
    return {"why": why, "dates": dates}


def gaps_view(G: nx.MultiDiGraph, found: list[Finding], *, filters: Filters,
              region: Region | None = None) -> dict[str, Any]:
    """The collaboration network of actors who should talk, with the missing links dashed.

    `found` are ``unlinked_pair`` findings on ``filters.as_of`` (ranked), already in the scope
    the reader chose (`region`: its name is shown and offered); with a country filter only the
    pairs that meet in that country are drawn.
    """
    filters = filters.checked(G)
    as_of = filters.as_of
    assert as_of is not None, "the reader resolves the date"
    if filters.country:
        found = [f for f in found if any(c[0] == filters.country
                                         for c in f.details.get("cells", []))]
    drawn = found[:MISSING_DRAWN]
    actors = {a for f in drawn for a in f.subject[:2]}
    H = collaboration_view(G, Filters(as_of=as_of)).subgraph(actors).copy()
    weight: dict[str, float] = {}
    for f in drawn:
        for a in f.subject[:2]:
            weight[a] = weight.get(a, 0.0) + float(f.score)
    rank = centrality_of(G, as_of)
    top = max(weight.values(), default=0.0) or 1.0
    importance = {o: weight.get(o, 0.0) / top + 0.3 * rank.get(o, 0.0) for o in H}
    missing = [(f.subject[0], f.subject[1], "missing_link", f.explanation) for f in drawn]
    graph = build_view(H, importance=importance, extra_edges=missing,
                       node_limit=filters.node_limit, grouping=filters.group)
    where = (f" in {_name(G, filters.country)}" if filters.country
             else f" in the {region.name}" if region and region.key != "world" else "")
    form = filter_form("/views/gaps", filters, G, *_region_field(G, region))
    form["fields"] = [x for x in form["fields"] if x["name"] in {"region", "country", "as_of"}]
    query = {k: v for k, v in (("region", _chosen(region)), ("country", filters.country)) if v}
    empty = None if found else empty_state(
        G, as_of=as_of, what="two organisations on the same theme without a link", page="gaps",
        country=filters.country, query=query)
    return page_context(f"Coordination gaps{where}", f"Organisations working on the same theme "
                        f"in the same country on {as_of} with no link between them: dashed red "
                        "lines are the missing links; solid lines the links they have.", G,
                        graph, Filters(country=filters.country, as_of=as_of), form,
                        findings=[f.explanation for f in found[:100]],
                        findings_title=f"{len(found)} unlinked pair(s), most shared work first"
                        + (f"; the first {len(drawn)} are drawn" if len(found) > len(drawn)
                           else "") + (", the first 100 listed" if len(found) > 100 else ""),
                        empty=empty, size_by="missing links (shared cells), then PageRank")


def _side(G: nx.MultiDiGraph, p: str, implementers: list[str]) -> dict[str, str]:
    a = G.nodes[p] if p in G else {}

    def ends(rel: str, out: bool) -> list[str]:
        if p not in G:
            return []
        edges = G.out_edges(p, data=True) if out else G.in_edges(p, data=True)
        return [(v if out else u) for u, v, d in edges if d.get("type") == rel]

    budget = f"{a['budget']:,} {a.get('currency') or ''}".strip() if a.get("budget") \
        else "unknown"
    return {"id": p, "name": _name(G, p), "period": period(a),
            "countries": _names(G, ends("TARGETS", True)),
            "themes": _names(G, ends("ADDRESSES", True)), "implementers": _names(G, implementers),
            "funders": _names(G, ends("FUNDS", False)), "budget": budget,
            "kind": str(a.get("programme_kind") or "").replace("_", " ")}


def _chosen(region: Region | None) -> str | None:
    """The region's key for a link, when it is not the default one."""
    return region.key if region and region.key != DEFAULT_REGION else None


def _region_field(G: nx.MultiDiGraph, region: Region | None) -> list[dict[str, Any]]:
    if region is None:
        return []
    return [{"name": "region", "label": "Region", "value": region.key,
             "choices": region_choices(G), "required": True}]


def overlaps_view(G: nx.MultiDiGraph, found: list[Finding], *, as_of: str,
                  country: str | None = None, page: int = 1, region: Region | None = None
                  ) -> dict[str, Any]:
    """Pairs of duplicate programmes in two columns, ranked, `PER_PAGE` to a page."""
    from viz.choices import country_code

    country = country_code(G, country) if country else None
    if country:
        found = [f for f in found if country in f.details.get("countries", [])]
    ranked = sorted(enumerate(found), key=lambda kv: (field(kv[1], "rank", kv[0] + 1), kv[0]))
    pages = max(1, -(-len(ranked) // PER_PAGE))
    if page < 1 or page > pages:
        raise InvalidData.single("page", page, f"a page from 1 to {pages}")
    chosen = ranked[(page - 1) * PER_PAGE: page * PER_PAGE]
    pairs = []
    for i, f in chosen:
        coordinated = field(f, "coordinated")
        implementers = f.details.get("implementers") or [[], []]
        pairs.append({"rank": field(f, "rank", i + 1), "explanation": f.explanation,
                      "score": f"{f.score:.2f}", "coordinated": coordinated,
                      "coordination": field(f, "coordination")
                      or f.details.get("coordinated_by") or None,
                      "sides": [_side(G, p, list(imps)) for p, imps in
                                zip(f.subject[:2], implementers, strict=False)]})
    coordinated = sum(1 for f in found if field(f, "coordinated"))
    base = {"as_of": as_of, **({"region": _chosen(region)} if _chosen(region) else {}),
            **({"country": country} if country else {})}
    nav = {"page": page, "pages": pages,
           "prev": f"/views/overlaps?{urlencode({**base, 'page': page - 1})}" if page > 1
           else None,
           "next": f"/views/overlaps?{urlencode({**base, 'page': page + 1})}" if page < pages
           else None}
    form = {"action": "/views/overlaps", "fields": [
        *_region_field(G, region),
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD",
         "dates": covered_dates(G)},
        {"name": "country", "label": "Country", "value": country,
         "choices": records(G, "Country")}]}
    notes = []
    if found:
        first = (page - 1) * PER_PAGE + 1
        notes.append(f"{len(found)} pair(s), most alike first; page {page} of {pages} "
                     f"(pairs {first}–{first + len(chosen) - 1})."
                     + (f" {coordinated} pair(s) are marked coordinated: their implementers "
                        "already work together, so the overlap may be planned."
                        if coordinated else ""))
    where = (f" in {_name(G, country)}" if country
             else f" in the {region.name}" if region and region.key != "world" else "")
    query = {k: v for k, v in base.items() if k != "as_of"}
    empty = None if found else empty_state(
        G, as_of=as_of, what="two programmes on the same theme in the same place"
        + where, page="overlaps", country=country, query=query)
    return {"page": "overlaps", "title": f"Overlapping programmes{where}",
            "subtitle": f"Programmes on {as_of} in the same country, on the same theme, at the "
                        "same time, by different implementers or paid by the same funder.",
            "notes": notes, "pairs": pairs, "nav": nav, "form": form, "empty": empty,
            "snapshot": snapshot_line(G)}


def _summary(found: list[Finding]) -> dict[str, int]:
    out = {"lost": 0, "reduced": 0, "gained": 0}
    for f in found:
        kind = f.kind.removeprefix("coverage_")
        if kind in out:
            out[kind] += 1
    return out


def _rows(G: nx.MultiDiGraph, found: list[Finding], limit: int = 200) -> list[dict[str, Any]]:
    rows = []
    for f in found[:limit]:
        d = f.details
        rows.append({"kind": f.kind, "country": _name(G, d["country"]),
                     "country_id": d["country"], "theme": _name(G, d["theme"]),
                     "change": f.kind.removeprefix("coverage_"),
                     "before": f"{d['coverage_before']:.3g}",
                     "after": f"{d['coverage_after']:.3g}",
                     "actors_before": _names(G, d["actors_before"]),
                     "actors_after": _names(G, d["actors_after"])})
    return rows


def whatif_view(G: nx.MultiDiGraph, scenarios: list[dict[str, Any]], *, as_of: str,
                removed: list[str], move_to: str | None) -> dict[str, Any]:
    """Cells that lose, lose some, or gain coverage: each change alone, then all together.

    `scenarios` are ``{"label", "findings"}``, one per change and, when there are several, a
    last one for all of them at once (the reader runs `what_if` for each).
    """
    orgs = records(G, "Organisation")
    out = []
    keys = [{(tuple(f.subject), f.kind) for f in s["findings"]} for s in scenarios]
    for s in scenarios:
        out.append({"label": s["label"], "summary": _summary(s["findings"]),
                    "rows": _rows(G, s["findings"]), "total": len(s["findings"]),
                    "together": bool(s.get("together"))})
    interaction = None
    if len(scenarios) > 2:
        alone = set().union(*keys[:-1])
        both = keys[-1]
        extra = len(both - alone)
        if extra:
            interaction = (f"{extra} cell(s) change only when the changes come together: "
                           "each actor alone leaves someone else on them.")
    form = {"action": "/views/whatif", "fields": [
        {"name": "remove_actor", "label": "Organisations that stop", "value": removed,
         "choices": orgs, "multiple": True},
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD",
         "dates": covered_dates(G)},
        {"name": "move_to", "label": "Look again on", "value": move_to,
         "placeholder": "YYYY-MM-DD"}]}
    return {"page": "whatif", "title": "What if…",
            "subtitle": f"Coverage of each country × theme on {as_of} (before) and after each "
                        "change, alone and together.",
            "notes": [], "asked": bool(scenarios), "scenarios": out,
            "interaction": interaction, "form": form, "snapshot": snapshot_line(G)}
