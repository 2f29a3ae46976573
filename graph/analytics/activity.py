"""Who is active where on a date: the country × theme cells every other analytic starts from.

A **cell** is a (country, theme) pair. An organisation is *active in a cell* on `as_of` when it
implements or funds a programme that is active on `as_of`, targets the country and addresses the
theme; the IMPLEMENTS/FUNDS, TARGETS and ADDRESSES edges must be active too. With ``rollup=True``
a programme addressing a sub-theme also counts for its pillar (SUBTHEME_OF, followed upwards).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .findings import EdgeRef, EvidenceSets, InvalidData, check_weights, evidence_sets
from .memo import derived, frozen

#: Programme statuses that never count as activity, whatever the dates say.
INACTIVE_STATUSES = frozenset({"cancelled"})

#: How much one actor's involvement in one programme counts towards a cell's coverage, by role.
#: Implementers do the work; a funder's money matters but it is rarely on the ground.
ROLE_WEIGHTS: dict[str, float] = {
    "lead": 1.0,
    "implementing": 1.0,
    "accountable": 0.75,
    "subgrantee": 0.5,
    "extending": 0.5,
    "partner": 0.5,
    "funder": 0.5,
}

#: Work counts as *current* on a date when it was running then or ended at most this many days
#: before. Much of the record is single activities (a training, a visit, a campaign) that last a
#: day or a week; without a window, a date with nothing running on that very day would show no
#: actor anywhere. Two years is the span of a typical OSCE or EU project cycle.
RECENT_DAYS = 730

#: Budget (in the programme's own currency, per target country) that makes a programme count
#: 1 + log10(2) ≈ 1.3 times one of unknown budget. Currencies are not converted.
BUDGET_UNIT = 1_000_000.0

Edge = tuple[str, str, str, dict[str, Any]]


#: Kinds of programme that last days, not years: one with a start and no end ended on its start.
ONE_OFF_KINDS = frozenset({"training", "workshop", "simulation_exercise", "conference",
                           "meeting", "evaluation_visit", "country_visit"})


def effective_end(attrs: Mapping[str, Any]) -> str | None:
    """Return the end a record's time is judged by: its `end`; without one, its start when it is
    over (status `completed`) or a one-off (`ONE_OFF_KINDS`); `""`, before any day, for a
    completed record without dates (over, at a time not known); else None (open-ended).

    Without it, a training whose page gives only its first day, or a project a page reports as
    finished without saying when, would run on for ever and show as today's work.

    >>> effective_end({"start": "2015-10-15", "status": "completed"})
    '2015-10-15'
    >>> effective_end({"start": "2023-05", "programme_kind": "training"})
    '2023-05'
    >>> effective_end({"status": "completed"})
    ''
    >>> effective_end({"start": "2022", "programme_kind": "project"}) is None
    True
    """
    end = attrs.get("end")
    if end is not None:
        return end
    completed = attrs.get("status") == "completed"
    if completed or attrs.get("programme_kind") in ONE_OFF_KINDS:
        start = attrs.get("start")
        return start if start is not None else ("" if completed else None)
    return None


def is_active(attrs: Mapping[str, Any], as_of: str) -> bool:
    """Return whether a record with `start`/`end` is active on `as_of` (both ends inclusive;
    the end as `effective_end` judges it)."""
    start, end = attrs.get("start"), effective_end(attrs)
    return (start is None or start <= as_of) and (end is None or end >= as_of)


def window_start(as_of: str, recent_days: int) -> str:
    """Return the first day of the window of `recent_days` that ends on `as_of`.

    >>> window_start("2026-12-01", 730)
    '2024-12-01'
    """
    if recent_days < 0:
        raise InvalidData.single("recent_days", recent_days, "a whole number of days >= 0")
    day = dt.date.fromisoformat(as_of)
    # A window reaching before year 1 starts on the first day there is.
    return max(dt.date.min, day - min(dt.timedelta(days=recent_days), day - dt.date.min)
               ).isoformat()


def overlaps_window(attrs: Mapping[str, Any], lo: str, hi: str) -> bool:
    """Return whether a record with `start`/`end` overlaps the days `lo`…`hi` (inclusive; the
    end as `effective_end` judges it)."""
    start, end = attrs.get("start"), effective_end(attrs)
    return (start is None or start <= hi) and (end is None or end >= lo)


def has_started(attrs: Mapping[str, Any], as_of: str) -> bool:
    """Return whether a record had started by `as_of` (it may have ended since)."""
    start = attrs.get("start")
    return start is None or start <= as_of


def nodes_of_kind(G: nx.MultiDiGraph, kind: str) -> list[str]:
    """Return the ids of the nodes of `kind`, sorted (a new list: callers may change it)."""
    return list(derived(G, "nodes_by_kind", None, lambda: _nodes_by_kind(G)).get(kind, ()))


def _nodes_by_kind(G: nx.MultiDiGraph) -> dict[Any, tuple[str, ...]]:
    # One pass for every kind, once per graph (see `memo`): the analytics ask for the
    # programmes, countries or organisations a dozen times per run, each a pass over the nodes.
    found: dict[Any, list[str]] = {}
    for n, attrs in G._node.items():  # type: ignore[attr-defined]  # (a view costs more)
        found.setdefault(attrs.get("kind"), []).append(n)
    return {kind: tuple(sorted(nodes)) for kind, nodes in found.items()}


def out_edges(G: nx.MultiDiGraph, node: str, rel: str) -> Iterator[Edge]:
    """Yield the outgoing edges of `node` of relationship type `rel`."""
    # The adjacency itself, in the order of `G.out_edges`: the edge views cost more than the
    # walk, and the analytics walk edges millions of times on a large graph.
    # A record the graph lacks (a partial load, a grouping's organisation absent) has no edges.
    for v, keyed in G._succ.get(node, {}).items():  # type: ignore[attr-defined]
        for k, d in keyed.items():
            if d.get("type") == rel:
                yield node, v, k, d


def in_edges(G: nx.MultiDiGraph, node: str, rel: str) -> Iterator[Edge]:
    """Yield the incoming edges of `node` of relationship type `rel`."""
    for u, keyed in G._pred.get(node, {}).items():  # type: ignore[attr-defined]
        for k, d in keyed.items():
            if d.get("type") == rel:
                yield u, node, k, d


def edges_by_type(G: nx.MultiDiGraph, node: str, types: Iterable[str], *, incoming: bool = False,
                  from_kind: str | None = None) -> dict[str, list[Edge]]:
    """Return `node`'s outgoing (or, with `incoming`, incoming) edges of each of `types`, each
    list in the order `out_edges` / `in_edges` give it, from one walk over its adjacency
    (`from_kind`: only the edges whose other end is a node of that kind)."""
    found: dict[str, list[Edge]] = {t: [] for t in types}
    node_attrs = G._node  # type: ignore[attr-defined]  # (a view per lookup costs more)
    adjacency = (G._pred if incoming else G._succ).get(node, {})  # type: ignore[attr-defined]
    for other, keyed in adjacency.items():
        if from_kind is not None and node_attrs[other].get("kind") != from_kind:
            continue
        for k, d in keyed.items():
            into = found.get(d.get("type"))
            if into is not None:
                into.append((other, node, k, d) if incoming else (node, other, k, d))
    return found


def programme_is_active(G: nx.MultiDiGraph, programme: str, as_of: str,
                        since: str | None = None) -> bool:
    """Return whether a programme runs on `as_of` (or, with `since`, at some time from `since`
    to `as_of`): its dates cover it and it was not cancelled."""
    attrs = G.nodes[programme]
    if attrs.get("status") in INACTIVE_STATUSES:
        return False
    return overlaps_window(attrs, since, as_of) if since else is_active(attrs, as_of)


def theme_ancestors(G: nx.MultiDiGraph, theme: str) -> dict[str, list[EdgeRef]]:
    """Return the theme and the themes above it, each with the SUBTHEME_OF edges leading there."""
    found: dict[str, list[EdgeRef]] = {theme: []}
    stack = [theme]
    while stack:
        current = stack.pop()
        for u, v, k, _ in out_edges(G, current, "SUBTHEME_OF"):
            if v not in found:  # guards against cycles in bad data
                found[v] = [*found[current], (u, v, k)]
                stack.append(v)
    return found


def involvement(
    G: nx.MultiDiGraph, programme: str, as_of: str, *, started_only: bool = False,
    since: str | None = None,
) -> dict[str, list[tuple[str, EdgeRef]]]:
    """Return the organisations implementing or funding a programme, with role and edge.

    IMPLEMENTS roles are kept (a missing role reads as ``implementing``); FUNDS reads as
    ``funder``. The edge must be active on `as_of` (or at some time from `since` to `as_of`),
    or only started by then with `started_only`.
    """
    def keep(d: Mapping[str, Any]) -> bool:
        if started_only:
            return has_started(d, as_of)
        return overlaps_window(d, since, as_of) if since else is_active(d, as_of)

    actors: dict[str, list[tuple[str, EdgeRef]]] = {}
    for rel in ("IMPLEMENTS", "FUNDS"):
        for u, v, k, d in in_edges(G, programme, rel):
            if G.nodes[u].get("kind") == "Organisation" and keep(d):
                role = "funder" if rel == "FUNDS" else (d.get("role") or "implementing")
                actors.setdefault(u, []).append((role, (u, v, k)))
    return actors


@dataclass
class Cell:
    """What is known to be going on in one country on one theme on one date."""

    country: str
    theme: str
    coverage: float = 0.0
    programmes: dict[str, float] = field(default_factory=dict)  # programme -> contribution
    actors: dict[str, set[str]] = field(default_factory=dict)  # organisation -> roles
    edges: set[EdgeRef] = field(default_factory=set)
    _index: Any = field(default=None, repr=False, compare=False)
    _placed: dict[str, tuple[frozenset[str], frozenset[EdgeRef]]] = field(
        default_factory=dict, repr=False, compare=False)
    _evidence: EvidenceSets | None = field(default=None, repr=False, compare=False)
    _placed_evidence: dict[str, EvidenceSets] = field(default_factory=dict, repr=False,
                                                      compare=False)

    @property
    def nodes(self) -> set[str]:
        """Programmes and actors of the cell."""
        return {*self.programmes, *self.actors}

    def evidence(self, G: nx.MultiDiGraph) -> EvidenceSets:
        """The evidence of the cell's programmes, actors and edges in `G`, collected once (as
        sets: coverage, gaps and what-if join it to each finding's own)."""
        if self._evidence is None:
            self._evidence = evidence_sets(G, self.nodes, self.edges)
        return self._evidence

    def programmes_per_actor(self) -> dict[str, int]:
        """Return how many of the cell's programmes each actor implements or funds."""
        by_actor = self._indexed()[0]
        return {org: len({e[1] for e in by_actor.get(org, ())} & self.programmes.keys())
                for org in self.actors}

    def evidence_for(self, orgs: Iterable[str]) -> tuple[set[str], set[EdgeRef]]:
        """Return the programmes and edges that place any of `orgs` in this cell."""
        nodes: set[str] = set()
        edges = set(self._indexed()[2])
        for org in orgs:
            n, e = self._placing(org)
            nodes |= n
            edges |= e
        return nodes, edges

    def evidence_placing(self, G: nx.MultiDiGraph, org: str) -> EvidenceSets:
        """`evidence_for([org])` collected in `G` as sets, once per actor: a pair-wise
        finding joins those of its two actors in their shared cells (the same evidence as
        collecting their union, without looking up each record once per pair)."""
        found = self._placed_evidence.get(org)
        if found is None:
            nodes, edges = self.evidence_for([org])
            found = self._placed_evidence[org] = evidence_sets(G, nodes, edges)
        return found

    def _placing(self, org: str) -> tuple[frozenset[str], frozenset[EdgeRef]]:
        """The actor, its programmes here and the edges placing it here (kept per actor:
        pair-wise findings ask for the same actor's evidence once per pair)."""
        by_actor, by_programme, _ = self._indexed()
        placed = self._placed.get(org)
        if placed is None:
            nodes = {org}
            edges: set[EdgeRef] = set()
            for e in by_actor.get(org, ()):
                edges.add(e)
                edges.update(by_programme.get(e[1], ()))
                nodes.add(e[1])
            placed = self._placed[org] = (frozenset(nodes), frozenset(edges))
        return placed

    def _indexed(self) -> Any:
        if self._index is None:
            # Built once per cell: pair-wise findings ask for evidence many times over.
            by_actor: dict[str, set[EdgeRef]] = {}
            by_programme: dict[str, set[EdgeRef]] = {}
            themes: set[EdgeRef] = set()
            for e in self.edges:
                if e[0] in self.actors:
                    by_actor.setdefault(e[0], set()).add(e)
                elif e[0] in self.programmes:
                    by_programme.setdefault(e[0], set()).add(e)
                else:  # SUBTHEME_OF
                    themes.add(e)
            self._index = (by_actor, by_programme, themes)
        return self._index


def budget_factor(G: nx.MultiDiGraph, programme: str, n_countries: int, unit: float) -> float:
    """Return 1 + log10(1 + budget share / unit); 1 when the budget is unknown.

    The budget is shared equally among the target countries, since the data does not say how
    it is split; the logarithm keeps one very large programme from hiding every other actor.
    """
    budget = G.nodes[programme].get("budget")
    if budget is None or budget <= 0 or unit <= 0:
        return 1.0
    return 1.0 + math.log10(1.0 + budget / max(n_countries, 1) / unit)


def active_cells(
    G: nx.MultiDiGraph,
    *,
    as_of: str,
    rollup: bool = True,
    weights: Mapping[str, float] | None = None,
    budget_unit: float = BUDGET_UNIT,
    recent_days: int = RECENT_DAYS,
    without: Iterable[str] = (),
) -> dict[tuple[str, str], Cell]:
    """Return the cells with current work on `as_of`, keyed (country, theme).

    *Current* means running on `as_of` or ended at most `recent_days` before it (see
    `RECENT_DAYS`); ``recent_days=0`` asks for work running on that very day.

    A programme contributes ``budget_factor × Σ weight(role)`` over its active actors to each
    cell it falls in; a programme with no known active actor is listed but contributes 0, so a
    cell counts as covered only when some organisation is known to work there.

    Parameters
    ----------
    G : nx.MultiDiGraph
        The projected graph.
    as_of : str
        ISO date.
    rollup : bool
        Whether a programme addressing a sub-theme also counts for its pillar.
    weights : mapping, optional
        Role weights overriding `ROLE_WEIGHTS`; unknown IMPLEMENTS roles weigh as ``implementing``.
    budget_unit : float
        See `budget_factor`.
    recent_days : int
        The window of current work, in days before `as_of`.
    without : iterable of str
        Organisations and programmes taken as absent (as in a view of `G` without them, at the
        cost of none: a view filters every step of the walk).
    """
    since = window_start(as_of, recent_days)
    gone = set(without)
    if budget_unit < 0:
        raise InvalidData.single("budget_unit", budget_unit, "a number >= 0")
    w = check_weights(weights or {}, ROLE_WEIGHTS)
    cells: dict[tuple[str, str], Cell] = {}
    node_attrs, succ = G._node, G._succ  # type: ignore[attr-defined]  # (views cost more)
    above: dict[str, dict[str, list[EdgeRef]]] = {}  # theme -> `theme_ancestors`, once each
    for p in nodes_of_kind(G, "Programme"):
        if p in gone or not programme_is_active(G, p, as_of, since):
            continue
        # The programme's out-edges once: its targets, then its themes, each in edge order.
        countries: list[tuple[str, EdgeRef]] = []
        addressed: list[tuple[str, str]] = []
        for v, keyed in succ[p].items():
            for k, d in keyed.items():
                rel = d.get("type")
                if rel == "TARGETS":
                    if (node_attrs[v].get("kind") == "Country"
                            and overlaps_window(d, since, as_of)):
                        countries.append((v, (p, v, k)))
                elif (rel == "ADDRESSES" and node_attrs[v].get("kind") == "Theme"
                      and overlaps_window(d, since, as_of)):
                    addressed.append((v, k))
        themes: dict[str, list[EdgeRef]] = {}
        for v, k in addressed:
            if rollup:
                if v not in above:
                    above[v] = theme_ancestors(G, v)
                reach = above[v]
            else:
                reach = {v: []}
            for theme, path in reach.items():
                themes.setdefault(theme, []).extend([(p, v, k), *path])
        actors = involvement(G, p, as_of, since=since)
        for org in gone.intersection(actors):
            del actors[org]
        factor = budget_factor(G, p, len(countries), budget_unit)
        contribution = factor * sum(
            w.get(role, w["implementing"]) for roles in actors.values() for role, _ in roles
        )
        actor_edges = [e for roles in actors.values() for _, e in roles]
        role_names = [(org, [r for r, _ in roles]) for org, roles in actors.items()]
        for country, target_edge in countries:
            for theme, theme_edges in themes.items():
                cell = cells.get((country, theme))
                if cell is None:
                    cell = cells[country, theme] = Cell(country, theme)
                cell.programmes[p] = contribution
                cell.coverage += contribution
                for org, names in role_names:
                    cell.actors.setdefault(org, set()).update(names)
                edges = cell.edges
                edges.add(target_edge)
                edges.update(theme_edges)
                edges.update(actor_edges)
    return cells


def shared_cells(
    G: nx.MultiDiGraph,
    *,
    as_of: str,
    rollup: bool = True,
    weights: Mapping[str, float] | None = None,
    budget_unit: float = BUDGET_UNIT,
    recent_days: int = RECENT_DAYS,
) -> dict[tuple[str, str], Cell]:
    """`active_cells`, computed once per graph and options and shared (see `memo`): the
    analytics read the cells, never change them."""
    key = (as_of, rollup, frozen(weights or {}), budget_unit, recent_days)
    return derived(G, "active_cells", key, lambda: active_cells(
        G, as_of=as_of, rollup=rollup, weights=weights, budget_unit=budget_unit,
        recent_days=recent_days))


def shared_actor_cells(
    G: nx.MultiDiGraph, *, as_of: str, recent_days: int = RECENT_DAYS,
) -> dict[str, list[tuple[str, str]]]:
    """The cells of each organisation (in the order of `shared_cells`), from the shared cells
    with roll-up, built once per graph and options: what one actor's neighbourhood needs,
    without walking every cell for each actor asked about."""
    def index() -> dict[str, list[tuple[str, str]]]:
        found: dict[str, list[tuple[str, str]]] = {}
        for key, cell in shared_cells(G, as_of=as_of, recent_days=recent_days).items():
            for org in cell.actors:
                found.setdefault(org, []).append(key)
        return found

    return derived(G, "actor_cells", (as_of, recent_days), index)


PartOfEdges = dict[str, list[tuple[str, str, Mapping[str, Any]]]]


def part_of_ancestors(G: nx.MultiDiGraph, org: str, as_of: str,
                      parents: PartOfEdges | None = None) -> dict[str, list[EdgeRef]]:
    """Return the organisations `org` is part of, directly or not, with the PART_OF path.

    `parents` is `part_of_edges(G)`, fetched once by a caller asking for many organisations
    (each fetch checks the graph's shape, a pass over its nodes).
    """
    if parents is None:
        parents = part_of_edges(G)
    found: dict[str, list[EdgeRef]] = {}
    stack: list[tuple[str, list[EdgeRef]]] = [(org, [])]
    while stack:
        current, path = stack.pop()
        for v, k, d in parents.get(current, ()):
            if v not in found and v != org and has_started(d, as_of):
                found[v] = [*path, (current, v, k)]
                stack.append((v, found[v]))
    return found


def part_of_edges(G: nx.MultiDiGraph) -> PartOfEdges:
    """Each node's PART_OF edges (parent, key, attributes) in the order of `out_edges`, found
    in one pass over the graph's edges once per graph (see `memo`): an organisation's own
    out-edges are thousands when it implements much, and ancestors are asked for per actor."""
    def index() -> PartOfEdges:
        found: PartOfEdges = {}
        for u, nbrs in G._succ.items():  # type: ignore[attr-defined]  # (views cost more)
            for v, keyed in nbrs.items():
                for k, d in keyed.items():
                    if d.get("type") == "PART_OF":
                        found.setdefault(u, []).append((v, k, d))
        return found

    return derived(G, "part_of_edges", None, index)
