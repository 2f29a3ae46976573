"""The reading side of the views: get the graph and the findings from the service, then build.

The view builders (`viz.views`, `viz.finding_views`, `viz.coverage_views`) are pure functions
of the projected graph and of findings lists; this module is where the API routes, the CLI
(`alliance viz`) and the notebooks get those inputs from one `AllianceService` (cached
projection, cached findings) and look up the sources a view cites.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.analytics.findings import resolve_as_of
from graph.errors import InvalidData
from graph.findings_service import ANALYTICS
from graph.service import AllianceService
from viz import coverage_views, finding_views, scope, views
from viz.banners import banners
from viz.graphview import NODE_CAP

FILTERS = {"type", "theme", "pillar", "country", "as_of", "node_limit", "group"}


def with_sources(service: AllianceService, context: dict[str, Any]) -> dict[str, Any]:
    """Fill in the title, publisher and link of every source a network view's details cite."""
    graph = context.get("graph")
    if not graph:
        return context
    ids = views.source_ids(graph)
    if ids:
        found = {r["id"]: r for r in service.store.read("view_sources", ids=ids)}
        for d in graph["details"].values():
            d["sources"] = [dict(found.get(s["id"], s)) for s in d.get("sources", [])]
    return context


def _findings(service: AllianceService, kind: str, **params: Any) -> tuple[list[Any], bool]:
    """The findings of `kind`, and whether they are the previous ones: a view asked for right
    after a change shows those at once, with a banner, rather than waiting for the new ones."""
    return service.analytics.run_marked(kind, **params)


def _marked(context: dict[str, Any], previous: bool) -> dict[str, Any]:
    return {**context, "findings_previous": previous}


def _filters(options: dict[str, Any]) -> views.Filters:
    picked = {k: options.pop(k) for k in list(options) if k in FILTERS}
    picked.setdefault("node_limit", NODE_CAP)
    return views.Filters.of(**picked)


def actor(service: AllianceService, record_id: str, *, depth: int = 1,
          **options: Any) -> dict[str, Any]:
    return with_sources(service, views.actor_view(service.graph(), record_id, depth=depth,
                                                  filters=_filters(options)))


def country(service: AllianceService, iso3: str, **options: Any) -> dict[str, Any]:
    return with_sources(service, views.country_view(service.graph(), iso3,
                                                    filters=_filters(options)))


def theme(service: AllianceService, theme_id: str, **options: Any) -> dict[str, Any]:
    return with_sources(service, views.theme_view(service.graph(), theme_id,
                                                  filters=_filters(options)))


def network(service: AllianceService, **options: Any) -> dict[str, Any]:
    return with_sources(service, views.network_view(service.graph(),
                                                    filters=_filters(options)))


def gaps(service: AllianceService, *, region: str | None = None, **options: Any
         ) -> dict[str, Any]:
    f = _filters(options)
    as_of = resolve_as_of(f.as_of)
    f = views.Filters(type=f.type, theme=f.theme, country=f.country, as_of=as_of,
                      node_limit=f.node_limit, group=f.group)
    G = service.graph()
    chosen = scope.region(G, region)
    # The findings' own scope (the one the CLI and the API use), not a filter of the view's.
    found, _, previous = service.analytics.scoped_marked(
        "unlinked-pairs", {"country": f.country, "theme": f.theme, "actor_type": f.type,
                           **scope.scope_filters(chosen.key)}, as_of=as_of)
    return _marked(with_sources(service, finding_views.gaps_view(G, found, filters=f,
                                                                 region=chosen)), previous)


def coverage(service: AllianceService, *, as_of: str | None = None, region: str | None = None,
             sort: str = "need", themes: str = "all") -> dict[str, Any]:
    as_of = resolve_as_of(as_of)
    found, previous = _findings(service, "coverage", as_of=as_of)
    return _marked(coverage_views.coverage_view(service.graph(), found, as_of=as_of,
                                                region_key=region, sort=sort, themes=themes),
                   previous)


def map_(service: AllianceService, *, as_of: str | None = None, region: str | None = None,
         theme: str | None = None, metric: str = "actors") -> dict[str, Any]:
    as_of = resolve_as_of(as_of)
    found, previous = _findings(service, "coverage", as_of=as_of)
    return _marked(coverage_views.map_view(service.graph(), found, as_of=as_of,
                                           region_key=region, theme=theme or None,
                                           metric=metric), previous)


def overlaps(service: AllianceService, *, as_of: str | None = None,
             country: str | None = None, region: str | None = None, page: int = 1
             ) -> dict[str, Any]:
    as_of = resolve_as_of(as_of)
    G = service.graph()
    chosen = scope.region(G, region)
    found, _, previous = service.analytics.scoped_marked(
        "duplicate-programmes", {"country": country, **scope.scope_filters(chosen.key)},
        as_of=as_of)
    return _marked(finding_views.overlaps_view(G, found, as_of=as_of, country=country,
                                               page=page, region=chosen), previous)


def whatif(service: AllianceService, *, remove_actor: list[str] | None = None,
           move_to: str | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Each change on its own (one `what_if` run each), then all of them together."""
    as_of = resolve_as_of(as_of)
    G = service.graph()
    removed = list(dict.fromkeys(a for a in remove_actor or [] if a))
    unknown = [a for a in removed if G.nodes.get(a, {}).get("kind") != "Organisation"]
    if unknown:
        raise InvalidData.single("remove_actor", ", ".join(unknown),
                                 "ids of organisations in the data")
    changes: list[tuple[str, dict[str, Any]]] = [
        (f"Without {G.nodes[a].get('name') or a}", {"remove_actors": [a]}) for a in removed]
    if move_to:
        changes.append((f"On {move_to}", {"move_to": move_to}))
    runs = [(label, _findings(service, "what-if", as_of=as_of, **p)) for label, p in changes]
    scenarios = [{"label": label, "findings": found} for label, (found, _) in runs]
    previous = any(was for _, (_, was) in runs)
    if len(changes) > 1:
        together, was = _findings(service, "what-if", as_of=as_of, remove_actors=removed,
                                  move_to=move_to)
        scenarios.append({"label": "All of these together", "together": True,
                          "findings": together})
        previous = previous or was
    return _marked(finding_views.whatif_view(G, scenarios, as_of=as_of, removed=removed,
                                             move_to=move_to), previous)


def with_banners(service: AllianceService, context: dict[str, Any]) -> dict[str, Any]:
    """The context with the banners its data calls for (`viz.banners`): the snapshot is the
    projected graph's, whose fingerprint changes when a load begins or completes."""
    snapshot = service.graph().graph.get("snapshot")
    return {**context, "banners": banners(snapshot,
                                          previous=bool(context.get("findings_previous")))}


def landing(service: AllianceService) -> dict[str, Any]:
    return finding_views.landing(service.graph(),
                                 counts=service.store.counts().get("node", {}),
                                 loads=service.store.read("last_loads", limit=5),
                                 analytics={k: a.summary for k, a in ANALYTICS.items()})


VIEWS: dict[str, Callable[..., dict[str, Any]]] = {
    "actor": actor, "country": country, "theme": theme, "network": network, "gaps": gaps,
    "coverage": coverage, "map": map_, "overlaps": overlaps, "whatif": whatif,
}


def context(view: str, service: AllianceService, *args: Any, **options: Any) -> dict[str, Any]:
    """The context of `view` (one of `VIEWS`), read from `service`."""
    if view not in VIEWS:
        raise InvalidData.single("view", view, "one of " + ", ".join(VIEWS))
    return with_banners(service, VIEWS[view](service, *args,
                                             **{k: v for k, v in options.items()
                                                if v is not None}))
