"""Views as standalone HTML pages: the scripts inlined, for files and notebooks (offline).

`page(view, service, ...)` builds the same context the API serves and renders it with every
script and style inlined; links to other views point at `link_base` (a running API).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.errors import InvalidData
from graph.service import AllianceService
from viz import finding_views, views
from viz.pages import render

FILTERS = {"type", "theme", "pillar", "country", "as_of", "node_limit", "group"}


def _network(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    def build(service: AllianceService, *args: Any, **options: Any) -> dict[str, Any]:
        f = views.Filters.of(**{k: options.pop(k) for k in list(options) if k in FILTERS})
        return fn(service, *args, filters=f, **options)
    return build


VIEWS: dict[str, Callable[..., dict[str, Any]]] = {
    "actor": _network(views.actor_view),
    "country": _network(views.country_view),
    "theme": _network(views.theme_view),
    "network": _network(views.network_view),
    "gaps": _network(finding_views.gaps_view),
    "coverage": finding_views.coverage_view,
    "overlaps": finding_views.overlaps_view,
    "whatif": finding_views.whatif_view,
}


def page(view: str, service: AllianceService, *args: Any, link_base: str = "http://127.0.0.1:8000",
         **options: Any) -> str:
    """Return the standalone HTML of `view` (one of `VIEWS`)."""
    if view not in VIEWS:
        raise InvalidData.single("view", view, "one of " + ", ".join(VIEWS))
    options = {k: v for k, v in options.items() if v is not None}
    return render(VIEWS[view](service, *args, **options), standalone=True, link_base=link_base)
