"""The analytics as a service over the store: one projection, cached until the data changes.

The CLI and the API both call `AnalyticsService.run(kind, …)`, so they return the same
findings for the same parameters. Notebook users call `graph.analytics` directly on
`service.graph()` or on any graph they build.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph import analytics as a
from graph import gcpolicy
from graph.analytics.findings import Finding, resolve_as_of
from graph.analytics.scope import Scope, filter_findings, resolve_scope
from graph.errors import InvalidData
from graph.projection import project
from graph.read_cache import SharedFingerprint, SingleFlight
from graph.store import GraphStore, writes_made


@dataclass(frozen=True)
class Analytic:
    name: str
    function: Callable[..., list[Finding]]
    summary: str
    needs_actor: bool = False


ANALYTICS: dict[str, Analytic] = {x.name: x for x in (
    Analytic("coverage", a.coverage, "Who works on each theme in each country, against need."),
    Analytic("gaps", a.coverage_gaps, "Country × theme cells with need and nobody (or too "
             "little) working on them, most needed first."),
    Analytic("unlinked-pairs", a.unlinked_pairs, "Actors working in the same country and theme "
             "with no link between them."),
    Analytic("brokers", a.brokers, "Actors whose removal disconnects others: brokers and single "
             "points of failure."),
    Analytic("isolated", a.isolated_actors, "Actors with no link to any other: in a country "
             "and theme where others work, and anywhere at all."),
    Analytic("mandates-without-action", a.mandates_without_action, "Themes that ratified "
             "instruments or mandates cover, with no programme behind them."),
    Analytic("programmes-without-mandate", a.programmes_without_mandate, "Programmes with no "
             "mandate behind them."),
    Analytic("duplicate-programmes", a.duplicate_programmes, "Programmes that duplicate each "
             "other: same country, theme and time, different implementers or the same funder."),
    Analytic("similar-actors", a.similar_actors, "Actors with near-identical profiles in the "
             "same places."),
    Analytic("centrality", a.centrality, "Degree, betweenness and PageRank on the collaboration "
             "network."),
    Analytic("communities", a.communities, "Communities of the collaboration network."),
    Analytic("community-alignment", a.community_alignment, "How communities match the formal "
             "alliances and networks."),
    Analytic("recommend", a.recommend_partners, "Whom an actor should talk to, with reasons.",
             needs_actor=True),
    Analytic("what-if", a.what_if, "Cells that lose coverage if actors stop, programmes end or "
             "time moves on."),
)}

#: Analytics computed on the countries of the scope (option ``countries``), not filtered after.
SCOPED_BY_COUNTRY = frozenset({"brokers", "unlinked-pairs"})

#: How many results of recent runs a service keeps (findings are immutable pydantic models,
#: safe to share between requests).
RESULTS_KEPT = 128


class AnalyticsService:
    """Projection and analytics over one store, with caches that live as long as the instance.

    The projected graph is re-read only when the graph's fingerprint changed, and each thing is
    computed once however many requests ask for it at the same moment: one projection per
    fingerprint, one run per analytic and parameters; the other requests wait for that result
    (or its error) instead of starting their own, or, through `run_marked`, take the result
    computed on the graph as it was before, marked as such. `projections` and `computations`
    count what was actually computed.
    """

    def __init__(self, store: GraphStore):
        self.store = store
        self._lock = threading.Lock()
        self._flights = SingleFlight()
        self._fingerprints = SharedFingerprint(
            self._read_fingerprint, max_age=store.settings.read_staleness, writes=writes_made)
        self._graph: tuple[tuple[Any, ...], nx.MultiDiGraph] | None = None
        self._results: OrderedDict[tuple[Any, ...], list[Finding]] = OrderedDict()
        # The latest result of each analytic and parameters, whatever the graph it was on.
        self._latest: OrderedDict[tuple[Any, ...], list[Finding]] = OrderedDict()
        self.projections = 0
        self.computations = 0

    def _read_fingerprint(self) -> tuple[Any, ...]:
        [fp] = self.store.read("graph_fingerprint")
        return (self.store.uri, self.store.database, fp["nodes"], fp["relationships"],
                fp["last_load"], fp["loads"], fp["runs"], fp["incomplete"])

    def fingerprint(self) -> tuple[Any, ...]:
        """The graph's fingerprint, from a query that began after every write this process
        had made and at most `read_staleness` seconds before the call (shared with the calls
        that came meanwhile); it changes whenever a load starts or ends."""
        return self._fingerprints.get()  # type: ignore[return-value]

    def recent_fingerprint(self) -> tuple[Any, ...] | None:
        """The fingerprint if one recent enough is at hand (see `fingerprint`), else None;
        never waits for Neo4j."""
        return self._fingerprints.peek()  # type: ignore[return-value]

    def graph(self, fingerprint: tuple[Any, ...] | None = None) -> nx.MultiDiGraph:
        """The projected graph, re-read from Neo4j only when its content changed."""
        key = fingerprint or self.fingerprint()
        with self._lock:
            if self._graph and self._graph[0] == key:
                return self._graph[1]

        def project_once() -> nx.MultiDiGraph:
            with self._lock:  # another thread may have projected it a moment ago
                if self._graph and self._graph[0] == key:
                    return self._graph[1]
            graph = project(self.store)
            with self._lock:
                self.projections += 1
                # The graph replaced goes back under the collector, and the new one (millions
                # of objects kept until the data changes) out of it: see `graph.gcpolicy`.
                gcpolicy.release()
                self._graph = (key, graph)
                self._results.clear()
            gcpolicy.settle()
            return graph

        return self._flights.run(("graph", key), project_once)

    def scoped(self, kind: str, filters: dict[str, Any] | None = None, **params: Any
               ) -> tuple[list[Finding], Scope]:
        """Run an analytic and keep the findings inside the scope `filters` describe.

        `filters` are the options of `graph.analytics.scope.resolve_scope` (country, theme,
        region, subregion, actor_type, actor_scope, actor); every value is checked against the
        graph first, so an unknown one is an error naming the valid choices.
        """
        found, scope, _ = self.scoped_marked(kind, filters, previous_if_busy=False, **params)
        return found, scope

    def scoped_marked(self, kind: str, filters: dict[str, Any] | None = None, *,
                      previous_if_busy: bool = True, **params: Any
                      ) -> tuple[list[Finding], Scope, bool]:
        """`scoped`, and whether the findings are the previous ones (see `run_marked`)."""
        graph = self._graph_or_previous() if previous_if_busy else self.graph()
        scope = resolve_scope(graph, as_of=resolve_as_of(params.get("as_of")),
                              **{k: v for k, v in (filters or {}).items() if v})
        if kind in SCOPED_BY_COUNTRY and scope.countries is not None:
            # Brokers of a region are computed on that region's network, not filtered from
            # the whole one: who holds *these* actors together. Unlinked pairs are scored on
            # the region's cells: the pairs that matter there, found without pairing the world.
            params = {**params, "countries": sorted(scope.countries)}
        found, previous = self.run_marked(kind, previous_if_busy=previous_if_busy, **params)
        if previous:
            with self._lock:
                graph = self._graph[1] if self._graph else graph
        return filter_findings(graph, found, scope), scope, previous

    def _graph_or_previous(self) -> nx.MultiDiGraph:
        """The projected graph; while the graph that changed is being projected by another
        request, the one projected before, so that scopes resolve without waiting."""
        key = self.fingerprint()
        with self._lock:
            kept = self._graph
        if kept and kept[0] != key and self._flights.busy(("graph", key)):
            return kept[1]
        return self.graph(key)

    def run(self, kind: str, **params: Any) -> list[Finding]:
        """The findings of `kind` on the graph as it is now (computed once, however many ask)."""
        return self.run_marked(kind, previous_if_busy=False, **params)[0]

    def run_marked(self, kind: str, *, previous_if_busy: bool = True, **params: Any
                   ) -> tuple[list[Finding], bool]:
        """The findings of `kind`, and whether they are the previous ones: while another
        request computes them on a graph that changed (right after a load), the result on the
        graph as it was is returned at once, marked, rather than kept waiting."""
        analytic = ANALYTICS.get(kind)
        if analytic is None:
            raise InvalidData.single("kind", kind, "one of " + ", ".join(ANALYTICS))
        params = {k: v for k, v in params.items() if v is not None}
        pillars_only = params.pop("pillars_only", False)
        if analytic.needs_actor and "actor" not in params:
            raise InvalidData.single("actor", None, "the id of the organisation to advise")
        fingerprint = self.fingerprint()
        asked = (kind, pillars_only, json.dumps(params, sort_keys=True, default=list))
        key = (fingerprint, *asked)
        with self._lock:
            if key in self._results:
                self._results.move_to_end(key)
                return self._results[key], False
            latest = self._latest.get(asked)
        if previous_if_busy and latest is not None and self._flights.busy(("run", key)):
            return latest, True

        def compute() -> list[Finding]:
            with self._lock:
                if key in self._results:
                    return self._results[key]
            graph = self.graph(fingerprint)
            args = dict(params)
            if pillars_only:
                # The four pillars only: the finer themes are rarely recorded, so their gaps
                # would crowd out the pillars' in a ranked list.
                args["themes"] = sorted(n for n, d in graph.nodes(data=True)
                                        if d.get("kind") == "Theme" and d.get("pillar"))
            with gcpolicy.paused():  # findings are many objects, none of them cyclic garbage
                if analytic.needs_actor:
                    found = analytic.function(graph, args.pop("actor"), **args)
                else:
                    found = analytic.function(graph, **args)
            with self._lock:
                self.computations += 1
                self._results[key] = found
                self._latest[asked] = found
                self._latest.move_to_end(asked)
                for kept in (self._results, self._latest):
                    while len(kept) > RESULTS_KEPT:
                        kept.popitem(last=False)
            return found

        return self._flights.run(("run", key), compute), False

    def snapshot(self) -> dict[str, Any]:
        """What data the current results are computed on (see `projection.snapshot`)."""
        return dict(self.graph().graph.get("snapshot") or {})

    def coverage(self, *, as_of: str, country: str | None = None,
                 theme: str | None = None) -> list[Finding]:
        found, _ = self.scoped("coverage", {"country": country, "theme": theme}, as_of=as_of)
        return found
