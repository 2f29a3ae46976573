"""The finding views and the landing page as page contexts.

Coverage heatmap (country × theme, coloured by gap; "no data" apart from "no actor"),
coordination gaps drawn on the network (missing links dashed), duplicate programmes side by
side, and what-if before and after. The findings are the API's (`AnalyticsService.run`).
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graph.analytics.findings import Finding, resolve_as_of
from graph.findings_service import ANALYTICS
from graph.service import AllianceService
from viz.graphview import build_view
from viz.views import (
    Filters,
    centrality_of,
    collaboration_view,
    filter_form,
    page_context,
    snapshot_line,
    sources_of,
)

VIEWS = [
    {"name": "Collaboration network", "href": "/views/network",
     "about": "every organisation and the links between them"},
    {"name": "Coverage and gaps", "href": "/views/coverage",
     "about": "country × theme heatmap: who works where, against need"},
    {"name": "Coordination gaps", "href": "/views/gaps",
     "about": "actors side by side without a link, drawn as dashed missing links"},
    {"name": "Overlaps", "href": "/views/overlaps",
     "about": "programmes that duplicate each other, side by side"},
    {"name": "What-if", "href": "/views/whatif",
     "about": "coverage before and after actors stop or time moves on"},
]


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("name") or node) if node in G else node


def _names(G: nx.MultiDiGraph, nodes: list[str]) -> str:
    return ", ".join(_name(G, n) for n in nodes) or "—"


def landing(service: AllianceService) -> dict[str, Any]:
    """What the data holds, as of which load, and the way into every view and finding."""
    G = service.analytics.graph()
    loads = service.store.read("last_loads", limit=5)
    counts = service.store.counts().get("node", {})

    def listed(kind: str) -> list[dict[str, str]]:
        return sorted(({"id": n, "name": str(d.get("name") or n)} for n, d in G.nodes(data=True)
                       if d.get("kind") == kind), key=lambda r: r["name"].lower())

    for load in loads:
        load.pop("counts", None)
    return {"page": "landing", "title": "Alliance Graph",
            "subtitle": "The actors who fight trafficking in human beings: who works where, "
                        "with whom, and where coordination is missing.",
            "notes": [], "views": VIEWS, "loads": loads,
            "counts": sorted(counts.items()), "countries": listed("Country"),
            "themes": listed("Theme"),
            "findings_links": [{"kind": k, "summary": a.summary,
                                "path": f"/findings/{k}" if k not in {"recommend"}
                                else "/findings/recommend/org.iom"}
                               for k, a in ANALYTICS.items()],
            "snapshot": snapshot_line(G)}


def _bucket(gap: float, top: float) -> int:
    return max(1, min(5, 1 + int(4.999 * gap / top))) if top else 1


def coverage_view(service: AllianceService, *, as_of: str | None = None) -> dict[str, Any]:
    """Country × theme grid: coverage, need and gap of each cell on `as_of`."""
    as_of = resolve_as_of(as_of)
    service = service.analytics
    G = service.graph()
    found = service.run("coverage", as_of=as_of)
    cells = {(f.details["country"], f.details["theme"]): f.details for f in found}
    countries = sorted({c for c, _ in cells}, key=lambda c: _name(G, c).lower())
    themes = sorted({t for _, t in cells}, key=lambda t: _name(G, t).lower())
    top = max((d["gap"] or 0.0 for d in cells.values()), default=0.0)
    rows = []
    for c in countries:
        row = []
        for t in themes:
            d = cells.get((c, t))
            if d is None or d["status"] == "no_data":
                row.append({"css": "no_data", "text": "·", "tip": "no data on this country"})
            elif d["status"] == "no_actor":
                row.append({"css": f"no_actor gap-{_bucket(d['gap'] or 0.0, top)}",
                            "text": f"{d['gap']:.2g}",
                            "tip": f"need {d['need']:g}, nobody known to work on it"})
            else:
                actors = _names(G, list(d["actors"]))
                row.append({"css": "covered" if not d["gap"] else
                            f"covered gap-{_bucket(d['gap'], top)}",
                            "text": f"{d['coverage']:.2g}",
                            "tip": f"coverage {d['coverage']:.3g}, need {d['need']:g}, "
                                   f"gap {d['gap']:.3g}; {actors}"})
        rows.append({"id": c, "name": _name(G, c), "cells": row})
    form = {"action": "/views/coverage", "fields": [
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD"}]}
    return {"page": "coverage", "title": "Coverage and gaps",
            "subtitle": f"Who works on each theme in each country on {as_of}. Cells show "
                        "coverage (covered) or the gap, need / (1 + coverage), darker is worse.",
            "notes": [], "rows": rows, "themes": [{"id": t, "name": _name(G, t)} for t in themes],
            "form": form, "snapshot": snapshot_line(G)}


def gaps_view(service: AllianceService, *, country: str | None = None, as_of: str | None = None,
              filters: Filters | None = None) -> dict[str, Any]:
    """The collaboration network of actors who should talk, with the missing links dashed."""
    filters = filters or Filters.of(country=country, as_of=as_of)
    as_of = resolve_as_of(filters.as_of)
    service = service.analytics
    G = service.graph()
    found: list[Finding] = service.run("unlinked-pairs", as_of=as_of)
    if filters.country:
        found = [f for f in found if any(c[0] == filters.country for c in f.details["cells"])]
    actors = {a for f in found for a in f.subject}
    H = collaboration_view(G, Filters(as_of=as_of))
    H = H.subgraph(actors).copy()
    missing = [(f.subject[0], f.subject[1], "missing_link", f.explanation) for f in found]
    rank = centrality_of(G, as_of)
    graph = build_view(H, sizes={o: rank.get(o, 0.0) for o in H}, sources=sources_of(service, H),
                       extra_edges=missing, node_limit=filters.node_limit,
                       grouping=filters.group)
    where = f" in {_name(G, filters.country)}" if filters.country else ""
    form = filter_form("/views/gaps", filters, G)
    form["fields"] = [f for f in form["fields"] if f["name"] in {"country", "as_of"}]
    return page_context(f"Coordination gaps{where}", f"Actors working on the same theme in the "
                    f"same country on {as_of} with no link between them: dashed red lines "
                    "are the missing links; solid lines the links they have.", G, graph,
                    Filters(country=filters.country, as_of=as_of), form,
                    findings=[f.explanation for f in found[:50]],
                    findings_title=f"{len(found)} unlinked pair(s)")


def overlaps_view(service: AllianceService, *, as_of: str | None = None,
                  country: str | None = None) -> dict[str, Any]:
    """Pairs of duplicate programmes in two columns."""
    as_of = resolve_as_of(as_of)
    service = service.analytics
    G = service.graph()
    found = service.run("duplicate-programmes", as_of=as_of)
    if country:
        found = [f for f in found if country in f.details["countries"]]

    def side(p: str, implementers: list[str]) -> dict[str, str]:
        a = G.nodes[p] if p in G else {}
        funders = [u for u, _, d in G.in_edges(p, data=True) if d.get("type") == "FUNDS"] \
            if p in G else []
        targets = [v for _, v, d in G.out_edges(p, data=True) if d.get("type") == "TARGETS"] \
            if p in G else []
        themes = [v for _, v, d in G.out_edges(p, data=True) if d.get("type") == "ADDRESSES"] \
            if p in G else []
        budget = f"{a['budget']:,} {a.get('currency') or ''}" if a.get("budget") else "unknown"
        return {"id": p, "name": _name(G, p), "period": f"{a.get('start') or '?'} – "
                f"{a.get('end') or 'open'}", "countries": _names(G, targets),
                "themes": _names(G, themes), "implementers": _names(G, implementers),
                "funders": _names(G, funders), "budget": budget}

    pairs = [{"explanation": f.explanation, "score": f"{f.score:.2f}",
              "sides": [side(p, imps) for p, imps in zip(f.subject, f.details["implementers"],
                                                          strict=True)]}
             for f in found]
    form = {"action": "/views/overlaps", "fields": [
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD"},
        {"name": "country", "label": "Country (ISO3)", "value": country, "placeholder": "MDA"}]}
    return {"page": "overlaps", "title": "Overlapping programmes",
            "subtitle": f"Programmes on {as_of} in the same country, on the same theme, at the "
                        "same time, by different implementers or paid by the same funder.",
            "notes": [f"{len(pairs)} pair(s)."], "pairs": pairs, "form": form,
            "snapshot": snapshot_line(G)}


def whatif_view(service: AllianceService, *, remove_actor: list[str] | None = None,
                move_to: str | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Cells that lose, lose some, or gain coverage if actors stop or time moves on."""
    as_of = resolve_as_of(as_of)
    service = service.analytics
    G = service.graph()
    removed = [a for a in remove_actor or [] if a]
    asked = bool(removed or move_to)
    rows = []
    if asked:
        found = service.run("what-if", as_of=as_of, remove_actors=removed, move_to=move_to)
        for f in found:
            d = f.details
            rows.append({"kind": f.kind, "country": _name(G, d["country"]),
                         "theme": _name(G, d["theme"]),
                         "change": f.kind.removeprefix("coverage_"),
                         "before": f"{d['coverage_before']:.3g}",
                         "after": f"{d['coverage_after']:.3g}",
                         "actors_before": _names(G, d["actors_before"]),
                         "actors_after": _names(G, d["actors_after"])})
    orgs = sorted(((n, str(d.get("name") or n)) for n, d in G.nodes(data=True)
                   if d.get("kind") == "Organisation"), key=lambda x: x[1].lower())
    form = {"action": "/views/whatif", "fields": [
        {"name": "remove_actor", "label": "Organisation that stops",
         "value": removed[0] if removed else None, "choices": orgs},
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD"},
        {"name": "move_to", "label": "Look again on", "value": move_to,
         "placeholder": "YYYY-MM-DD"}]}
    what = []
    if removed:
        what.append("without " + _names(G, removed))
    if move_to:
        what.append(f"on {move_to}")
    return {"page": "whatif", "title": "What if…",
            "subtitle": f"Coverage on {as_of} (before) and " + (" ".join(what) or "after")
                        + " (after).",
            "notes": [], "asked": asked, "rows": rows, "form": form,
            "params": json.loads(json.dumps({"remove_actor": removed, "move_to": move_to})),
            "snapshot": snapshot_line(G)}
