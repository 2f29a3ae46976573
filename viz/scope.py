"""What a view is about: the regions a reader can choose, and the dates the data covers.

Regions are read from the graph, so they follow the data and its sources: the OSCE region is
the participating States (MEMBER_OF ``org.osce`` with role ``participating_state``) and the
places where OSCE field operations work (Kosovo, which is not a State of the OSCE, has one), as
`graph.analytics.scope.grouping_members` defines them for the findings;
the UN M49 regions and subregions come from the Country records.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.analytics.activity import is_active
from graph.analytics.scope import GROUPING_NAMES, grouping_members, un_regions
from viz.choices import Choice, UnknownValue, by_name

DEFAULT_REGION = "osce"


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    countries: frozenset[str]


def regions(G: nx.MultiDiGraph) -> list[Region]:
    """Every region a view offers, the OSCE's first, then the world, then M49 by name."""
    out: list[Region] = []
    # The groupings and UN regions are the analytics' own (graph.analytics.scope), so a view
    # and a finding filtered by the same region name mean the same countries.
    today = dt.date.today().isoformat()
    for key, name in GROUPING_NAMES.items():
        members = grouping_members(G, key, today)
        if members:
            out.append(Region(key, name, frozenset(members)))
    out += [Region(f"region:{k}", k, frozenset(v)) for k, v in sorted(un_regions(G).items())]
    out += [Region(f"subregion:{k}", k, frozenset(v))
            for k, v in sorted(un_regions(G, "subregion").items())]
    return out


def region(G: nx.MultiDiGraph, key: str | None) -> Region:
    """The region `key` (default: the OSCE region, or the world if the data has no OSCE)."""
    every = regions(G)
    if not key:
        return every[0]
    for r in every:
        if r.key == key or r.key.lower() == key.lower() or r.name.lower() == key.lower():
            return r
    raise UnknownValue("region", key, "one of the regions listed",
                       [(r.key, r.name) for r in every])


def scope_filters(key: str | None) -> dict[str, str]:
    """The findings' scope options (`graph.analytics.scope.resolve_scope`) for a view's region
    key: "osce" → region osce, "region:Europe" → region Europe, "subregion:…" → subregion."""
    key = key or DEFAULT_REGION
    for prefix in ("region", "subregion"):
        if key.startswith(prefix + ":"):
            return {prefix: key[len(prefix) + 1:]}
    return {"region": key}


def region_choices(G: nx.MultiDiGraph) -> list[Choice]:
    every = regions(G)
    head = [(r.key, r.name) for r in every if not r.key.startswith(("region:", "subregion:"))]
    rest = by_name((r.key, r.name) for r in every if r.key.startswith("region:"))
    subs = by_name((r.key, "– " + r.name) for r in every if r.key.startswith("subregion:"))
    return [*head, *rest, *subs]


def programme_years(G: nx.MultiDiGraph) -> Counter[int]:
    """How many programmes run in each year (from their start and end dates)."""
    years: Counter[int] = Counter()
    for _, d in G.nodes(data=True):
        if d.get("kind") != "Programme" or d.get("status") == "cancelled":
            continue
        start = str(d.get("start") or "")[:4]
        end = str(d.get("end") or start)[:4]
        if start.isdigit():
            last = int(end) if end.isdigit() else int(start)
            for y in range(int(start), max(int(start), last) + 1):
                years[y] += 1
    return years


def covered_dates(G: nx.MultiDiGraph, n: int = 6) -> list[dict[str, Any]]:
    """Dates worth looking at: mid-year of the years with the most programmes, by date.

    Each is ``{"date", "programmes"}``, the number of programmes active on that date, so an
    empty view can offer dates where there is something to see.
    """
    years = programme_years(G)
    if not years:
        return []
    best = sorted(years, key=lambda y: (-years[y], -y))[: n - 1]
    picks = sorted({*best, max(years)})
    programmes = [d for _, d in G.nodes(data=True) if d.get("kind") == "Programme"]
    out = []
    for y in picks:
        date = f"{y}-06-30"
        active = sum(1 for d in programmes if is_active(d, date)
                     and d.get("status") != "cancelled")
        if active:
            out.append({"date": date, "programmes": active})
    return out


def span(G: nx.MultiDiGraph) -> tuple[int, int] | None:
    """The first and last year with a programme."""
    years = programme_years(G)
    return (min(years), max(years)) if years else None
