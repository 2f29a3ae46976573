"""Coverage as a heatmap and as a map: who works where on a date, and against which need.

Pure functions of the projected graph and of `coverage` findings (one per country × theme,
see `graph.analytics.coverage`). Coverage and need are never mixed in one number: a cell shows
the organisations active on a theme in a country, the need is a column (and a map) of its own.
Four states are told apart: organisations active; **no actor** (the country has data, nobody is
recorded on the theme); **theme not recorded** (the programmes running in the country record
only the four pillars, so a finer theme cannot be judged); **no data** (nothing at all is
recorded about the country).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.analytics.activity import is_active
from graph.analytics.coverage import describe_need
from graph.analytics.findings import Finding
from viz import geo
from viz.choices import UnknownValue, records, theme_id
from viz.palette import (
    COVERAGE_SCALE,
    GAP_SCALE,
    NEED_SCALE,
    NO_ACTOR_COLOUR,
    NO_DATA_COLOUR,
    OUTSIDE_COLOUR,
    bounds,
    step,
)
from viz.scope import DEFAULT_REGION, covered_dates, region, region_choices
from viz.views import snapshot_line

SORTS = {"need": "need, highest first", "gap": "gap, largest first",
         "name": "name"}
METRICS = {"actors": "organisations active", "coverage": "coverage (role- and budget-weighted)",
           "need": "need", "gap": "gap: need / (1 + coverage)"}
UNRECORDED_COLOUR = "#f0f0f0"


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("name") or node) if node in G else node


def _pillars(G: nx.MultiDiGraph) -> list[str]:
    return [t for t, _ in records(G, "Theme") if G.nodes[t].get("pillar")]


def theme_columns(G: nx.MultiDiGraph) -> list[str]:
    """Every theme, each pillar followed by its sub-themes (by name); orphans last."""
    pillars = _pillars(G)
    order: list[str] = []
    for p in pillars:
        order.append(p)
        order.extend(t for t, _ in records(G, "Theme")
                     if any(v == p for _, v, d in G.out_edges(t, data=True)
                            if d.get("type") == "SUBTHEME_OF") and t not in order)
    order.extend(t for t, _ in records(G, "Theme") if t not in order)
    return order


def fine_themes_recorded(G: nx.MultiDiGraph, as_of: str) -> set[str]:
    """Countries where some programme running on `as_of` records a theme finer than a pillar."""
    out: set[str] = set()
    for p, d in G.nodes(data=True):
        if d.get("kind") != "Programme" or d.get("status") == "cancelled" \
                or not is_active(d, as_of):
            continue
        fine = any(not G.nodes[t].get("pillar") for _, t, e in G.out_edges(p, data=True)
                   if e.get("type") == "ADDRESSES")
        if fine:
            out.update(c for _, c, e in G.out_edges(p, data=True) if e.get("type") == "TARGETS")
    return out


def _state(G: nx.MultiDiGraph, details: dict[str, Any] | None, fine: set[str]) -> str:
    if details is None or details.get("status") == "no_data":
        return "no_data"
    if details.get("actors"):
        return "active"
    theme = details.get("theme")
    if theme in G and not G.nodes[theme].get("pillar") and details.get("country") not in fine:
        return "unrecorded"
    return "no_actor"


def _cells(found: Iterable[Finding]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(f.details["country"], f.details["theme"]): f.details for f in found
            if f.kind == "coverage" and "theme" in f.details}


def _need_text(details: dict[str, Any]) -> str:
    return describe_need(details.get("need_components") or {})


def coverage_view(G: nx.MultiDiGraph, found: list[Finding], *, as_of: str,
                  region_key: str | None = None, sort: str = "need",
                  themes: str = "all") -> dict[str, Any]:
    """Country × theme grid on `as_of`: organisations active per cell, need in its own column."""
    if sort not in SORTS:
        raise UnknownValue("sort", sort, "one of " + ", ".join(SORTS), list(SORTS.items()))
    if themes not in ("all", "pillars"):
        raise UnknownValue("themes", themes, "all or pillars",
                           [("all", "every theme"), ("pillars", "the four pillars")])
    scope = region(G, region_key or DEFAULT_REGION)
    cells = _cells(found)
    fine = fine_themes_recorded(G, as_of)
    columns = theme_columns(G) if themes == "all" else _pillars(G)
    countries = sorted(c for c in scope.countries if c in G)
    top_actors = max((len(d.get("actors") or {}) for (c, _), d in cells.items()
                      if c in scope.countries), default=0)
    needs = {c: next((d.get("need") for (cc, _), d in cells.items() if cc == c
                      and d.get("need") is not None), None) for c in countries}
    top_need = max((n for n in needs.values() if n is not None), default=0.0)
    rows = []
    used: set[str] = set()
    for c in countries:
        row = []
        gap_sum = 0.0
        for t in columns:
            d = cells.get((c, t))
            state = _state(G, d, fine)
            if state == "active":
                assert d is not None
                n = len(d["actors"])
                css = f"cov-{step(n, top_actors)}"
                names = ", ".join(_name(G, a) for a in list(d["actors"])[:8])
                more = f" and {n - 8} more" if n > 8 else ""
                row.append({"css": css, "text": str(n),
                            "tip": f"{n} organisation(s) on {_name(G, t)} in {_name(G, c)}: "
                                   f"{names}{more} (coverage {d['coverage']:.2f})"})
            elif state == "no_actor":
                css = "no-actor"
                row.append({"css": css, "text": "0",
                            "tip": f"No organisation is recorded on {_name(G, t)} in "
                                   f"{_name(G, c)} on {as_of}."})
            elif state == "unrecorded":
                css = "unrecorded"
                row.append({"css": css, "text": "",
                            "tip": f"The programmes running in {_name(G, c)} on {as_of} record "
                                   f"only the four pillars: {_name(G, t)} cannot be judged."})
            else:
                css = "no-data"
                row.append({"css": css, "text": "",
                            "tip": f"Nothing is recorded about {_name(G, c)}."})
            used.add(css)
            if d and d.get("gap") is not None and G.nodes.get(t, {}).get("pillar"):
                gap_sum += float(d["gap"])
        need = needs[c]
        first = next((d for (cc, _), d in cells.items() if cc == c), None)
        need_css = "no-data" if need is None else f"need-{step(need, top_need)}"
        used.add(need_css)
        rows.append({"id": c, "name": _name(G, c), "cells": row, "need": need,
                     "need_css": need_css,
                     "need_text": "" if need is None else f"{need:g}",
                     "need_tip": "no data" if need is None or first is None
                     else f"need {need:g}: {_need_text(first)}",
                     "gap": gap_sum, "no_actor": sum(1 for x in row if x["css"] == "no-actor")})
    if sort == "need":
        rows.sort(key=lambda r: (r["need"] is None, -(r["need"] or 0), r["name"]))
    elif sort == "gap":
        rows.sort(key=lambda r: (r["need"] is None, -r["gap"], r["name"]))
    else:
        rows.sort(key=lambda r: r["name"])
    legend = _legend(used, top_actors, top_need)
    form = {"action": "/views/coverage", "fields": [
        {"name": "region", "label": "Region", "value": scope.key, "choices": region_choices(G),
         "required": True},
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD",
         "dates": covered_dates(G)},
        {"name": "sort", "label": "Sort by", "value": sort, "choices": list(SORTS.items()),
         "required": True},
        {"name": "themes", "label": "Themes", "value": themes, "required": True,
         "choices": [("all", "every theme"), ("pillars", "the four pillars")]}]}
    head = [{"id": t, "name": _name(G, t), "pillar": bool(G.nodes[t].get("pillar"))}
            for t in columns]
    notes = []
    if not any(r["need"] is not None for r in rows):
        notes.append(f"Nothing is recorded about any country of {scope.name}.")
    return {"page": "coverage", "title": "Coverage and need",
            "subtitle": f"{scope.name}, {as_of}: each cell counts the organisations with a "
                        "programme running on the theme in the country; need is its own "
                        f"column. Sorted by {SORTS[sort]}.",
            "notes": notes, "rows": rows, "themes": head, "legend": legend, "form": form,
            "map_link": f"/views/map?region={scope.key}&as_of={as_of}",
            "snapshot": snapshot_line(G)}


def _legend(used: set[str], top_actors: int, top_need: float) -> list[dict[str, str]]:
    out = []
    for i, (lo, hi) in enumerate(bounds(top_actors)):
        if f"cov-{i}" in used:
            out.append({"css": f"cov-{i}", "colour": COVERAGE_SCALE[i],
                        "text": f"{int(lo) + 1}–{max(int(lo) + 1, int(hi))} organisations"})
    out.append({"css": "no-actor", "colour": NO_ACTOR_COLOUR,
                "text": "0: no organisation recorded (the country has data)"})
    out.append({"css": "unrecorded", "colour": UNRECORDED_COLOUR,
                "text": "theme not recorded: programmes here record only the pillars"})
    out.append({"css": "no-data", "colour": NO_DATA_COLOUR,
                "text": "no data: nothing recorded about the country"})
    for i, (lo, hi) in enumerate(bounds(top_need)):
        if f"need-{i}" in used:
            out.append({"css": f"need-{i}", "colour": NEED_SCALE[i],
                        "text": f"need {lo:.3g}–{hi:.3g}"})
    return out


def _map_value(G: nx.MultiDiGraph, cells: dict[tuple[str, str], dict[str, Any]], c: str,
               themes: list[str], metric: str, fine: set[str]) -> tuple[str, float | None, str]:
    """(state, value, words) of one country on the map."""
    ds = [cells.get((c, t)) for t in themes]
    states = [_state(G, d, fine) for d in ds]
    if all(s == "no_data" for s in states):
        return "no_data", None, "no data"
    if all(s == "unrecorded" for s in states):
        return "unrecorded", None, "theme not recorded here"
    known = [d for d, s in zip(ds, states, strict=True) if d is not None and s != "no_data"]
    need = next((d["need"] for d in known if d.get("need") is not None), None)
    actors: set[str] = {a for d in known for a in (d.get("actors") or {})}
    coverage = sum(float(d.get("coverage") or 0.0) for d in known)
    if metric == "need":
        return ("value" if need is not None else "no_data"), need, \
            f"need {need:g}" if need is not None else "no data"
    if metric == "gap":
        gap = None if need is None else need / (1 + coverage)
        return "value", gap, f"gap {gap:.2f} (need {need:g}, coverage {coverage:.2f})" \
            if gap is not None else "no data"
    if not actors:
        return "no_actor", 0.0, "no organisation recorded"
    if metric == "coverage":
        return "value", coverage, f"coverage {coverage:.2f} ({len(actors)} organisation(s))"
    return "value", float(len(actors)), f"{len(actors)} organisation(s) active"


def map_view(G: nx.MultiDiGraph, found: list[Finding], *, as_of: str,
             region_key: str | None = None, theme: str | None = None,
             metric: str = "actors") -> dict[str, Any]:
    """A choropleth of one metric for one theme (or the four pillars together) on `as_of`."""
    if metric not in METRICS:
        raise UnknownValue("metric", metric, "one of " + ", ".join(METRICS),
                           list(METRICS.items()))
    scope = region(G, region_key or DEFAULT_REGION)
    chosen = theme_id(G, theme) if theme else None
    themes = [chosen] if chosen else _pillars(G)
    cells = _cells(found)
    fine = fine_themes_recorded(G, as_of)
    world = scope.key == "world"
    drawn = geo.draw(None if world else scope.countries)
    values: dict[str, tuple[str, float | None, str]] = {
        d.iso3: _map_value(G, cells, d.iso3, themes, metric, fine)
        for d in drawn if d.in_region and d.iso3 in G}
    top = max((v for s, v, _ in values.values() if s == "value" and v is not None), default=0.0)
    scale = NEED_SCALE if metric == "need" else GAP_SCALE if metric == "gap" else COVERAGE_SCALE
    shapes = []
    used: set[str] = set()
    for d in drawn:
        name = _name(G, d.iso3) if d.iso3 in G else d.name
        if not d.in_region:
            shapes.append({"iso3": d.iso3, "d": d.d, "fill": OUTSIDE_COLOUR, "css": "outside",
                           "tip": f"{name}: outside {scope.name}", "href": None, "dot": None})
            continue
        state, value, words = values.get(d.iso3, ("no_data", None, "not in the data"))
        if state == "value" and value is not None and (value > 0 or metric in ("need", "gap")):
            i = step(value, top)
            fill, css = scale[i], f"step-{i}"
        elif state == "no_actor" or (state == "value" and not value):
            fill, css = NO_ACTOR_COLOUR, "no-actor"
        elif state == "unrecorded":
            fill, css = "url(#unrecorded)", "unrecorded"
        else:
            fill, css = "url(#nodata)", "no-data"
        used.add(css)
        dot = d.centre if d.area < geo.SMALL_AREA else None
        shapes.append({"iso3": d.iso3, "d": d.d, "fill": fill, "css": css,
                       "tip": f"{name}: {words}", "dot": dot,
                       "href": f"/views/country/{d.iso3}" if d.iso3 in G else None})
    legend = []
    for i, (lo, hi) in enumerate(bounds(top)):
        if f"step-{i}" in used:
            text = (f"{int(lo) + 1}–{max(int(lo) + 1, int(hi))}" if metric == "actors"
                    else f"{lo:.3g}–{hi:.3g}")
            legend.append({"colour": scale[i], "css": "", "text": text})
    legend += [{"colour": NO_ACTOR_COLOUR, "css": "no-actor",
                "text": "no organisation recorded (the country has data)"}
               if metric in ("actors", "coverage") else None,
               {"colour": UNRECORDED_COLOUR, "css": "unrecorded",
                "text": "theme not recorded: programmes here record only the pillars"},
               {"colour": NO_DATA_COLOUR, "css": "no-data",
                "text": "no data: nothing recorded about the country"},
               None if world else {"colour": OUTSIDE_COLOUR, "css": "outside",
                                   "text": f"outside {scope.name}"}]
    legend = [x for x in legend if x]
    ranked = sorted(((c, v) for c, v in values.items() if v[1] is not None),
                    key=lambda kv: (-(kv[1][1] or 0.0), _name(G, kv[0])))
    table = [{"id": c, "name": _name(G, c), "words": v[2]} for c, v in ranked[:25]]
    what = _name(G, chosen) if chosen else "the four pillars"
    if metric == "need":
        what = "each country (need does not depend on the theme)"
    form = {"action": "/views/map", "fields": [
        {"name": "metric", "label": "Show", "value": metric, "choices": list(METRICS.items()),
         "required": True},
        {"name": "theme", "label": "Theme", "value": chosen, "choices": records(G, "Theme"),
         "any": "the four pillars"},
        {"name": "region", "label": "Region", "value": scope.key, "choices": region_choices(G),
         "required": True},
        {"name": "as_of", "label": "As of", "value": as_of, "placeholder": "YYYY-MM-DD",
         "dates": covered_dates(G)}]}
    return {"page": "map", "title": "Map of coverage and need",
            "subtitle": f"{METRICS[metric].capitalize()} on {what}, {scope.name}, {as_of}. "
                        "Click a country for its view.",
            "notes": [] if drawn else [f"No country of {scope.name} is on the map."],
            "shapes": shapes, "legend": legend, "table": table,
            "table_title": f"Highest {METRICS[metric]}",
            "width": geo.WIDTH, "height": geo.HEIGHT, "form": form,
            "inset": geo.inset_box(None if world else scope.countries),
            "coverage_link": f"/views/coverage?region={scope.key}&as_of={as_of}",
            "snapshot": snapshot_line(G)}
