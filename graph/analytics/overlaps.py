"""Overlaps: programmes duplicating each other, and actors doing the same things in the same places.

Overlaps use the themes a programme addresses *exactly* (no pillar roll-up): two programmes on
different sub-themes of protection are complementary, not duplicates.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterator, Mapping
from itertools import combinations
from typing import Any

import networkx as nx

from .activity import (
    BUDGET_UNIT,
    INACTIVE_STATUSES,
    RECENT_DAYS,
    EdgeRef,
    edges_by_type,
    effective_end,
    nodes_of_kind,
    overlaps_window,
    part_of_ancestors,
    part_of_edges,
    programme_is_active,
    window_start,
)
from .findings import (
    PAIR_LIMIT,
    Context,
    Finding,
    InvalidData,
    check_limit,
    label,
    labels,
    ranked,
    resolve_as_of,
)
from .network import SHARED_FUNDER_LIMIT, shared_network

#: Current programmes of one (country, theme) compared by `duplicate_programmes`: the pairs grow
#: with the square of them (the bundled data has at most 24 in a cell).
CELL_PROGRAMME_LIMIT = 25


def _programme_info(G: nx.MultiDiGraph, p: str, as_of: str, since: str
                    ) -> dict[str, dict[str, EdgeRef]]:
    """A current programme's targets and themes (each with its edge) and its organisations
    implementing and funding it, by edges overlapping the window: one walk over its out-edges
    and one over its in-edges."""
    node_attrs = G._node  # type: ignore[attr-defined]  # (a view per lookup costs more)
    found: dict[str, dict[str, EdgeRef]] = {
        "countries": {}, "themes": {}, "implementers": {}, "funders": {}}
    ends = {"TARGETS": found["countries"], "ADDRESSES": found["themes"]}
    for v, keyed in G._succ[p].items():  # type: ignore[attr-defined]
        for k, d in keyed.items():
            into = ends.get(d.get("type"))
            if into is not None and overlaps_window(d, since, as_of):
                into[v] = (p, v, k)
    actors = {"IMPLEMENTS": found["implementers"], "FUNDS": found["funders"]}
    for u, keyed in G._pred[p].items():  # type: ignore[attr-defined]
        if node_attrs[u].get("kind") != "Organisation":
            continue
        for k, d in keyed.items():
            into = actors.get(d.get("type"))
            if into is not None and overlaps_window(d, since, as_of):
                into[u] = (u, p, k)
    return found


def _budget_factor(a: dict[str, Any], b: dict[str, Any]) -> float:
    budgets = [float(x["budget"]) for x in (a, b) if x.get("budget")]
    if len(budgets) < 2 or min(budgets) <= 0 or a.get("currency") != b.get("currency"):
        return 1.0
    return 1.0 + math.log10(1.0 + min(budgets) / BUDGET_UNIT)


def _jaccard(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """The Jaccard index of two mappings' keys (their key views, not sets made of them)."""
    union = len(a.keys() | b.keys())
    return len(a.keys() & b.keys()) / union if union else 0.0


def _days(attrs: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The days a programme runs; an open end runs on, an unknown start ran since ever."""
    start, end = attrs.get("start"), effective_end(attrs) or None
    if not start and not end:
        return None
    lo = dt.date.fromisoformat(str(start)) if start else dt.date.min
    hi = dt.date.fromisoformat(str(end)) if end else dt.date.max
    return lo, max(lo, hi)


def time_factor(a: dict[str, Any], b: dict[str, Any], window_days: int) -> float:
    """1 when two programmes' dates overlap; less the further apart they are within the window
    (½ at the same day of the window, falling to 0 at its length apart); ½ when one is undated.

    >>> time_factor({"start": "2025-01-01", "end": "2025-01-31"},
    ...             {"start": "2025-01-15", "end": "2025-03-01"}, 730)
    1.0
    """
    return _time_factor(_days(a), _days(b), window_days)


def _time_factor(da: tuple[dt.date, dt.date] | None, db: tuple[dt.date, dt.date] | None,
                 window_days: int) -> float:
    """`time_factor` of two programmes' `_days` (parsed once per programme, not per pair)."""
    if da is None or db is None:
        return 0.5
    gap = max((db[0] - da[1]).days, (da[0] - db[1]).days, 0)
    if gap == 0:
        return 1.0
    return max(0.0, 0.5 * (1 - gap / max(window_days, 1)))


def kind_factor(a: str | None, b: str | None) -> float:
    """1 for the same kind of work, ¾ when a kind is unknown, ½ for different kinds."""
    if a is None or b is None:
        return 0.75
    return 1.0 if a == b else 0.5


def duplicate_programmes(
    G: nx.MultiDiGraph, *, as_of: str | None = None, recent_days: int = RECENT_DAYS,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT, coordinated_factor: float = 0.5,
    cell_programme_limit: int | None = CELL_PROGRAMME_LIMIT, limit: int | None = PAIR_LIMIT,
) -> list[Finding]:
    """List pairs of programmes that may duplicate each other, the likeliest duplicates first.

    Plainly: two pieces of current work in the same country, on the same theme, of the same
    kind, at about the same time, by different implementers or paid by the same funder; a pair
    whose implementers already work together is marked *coordinated* and ranked lower.

    Formally one ``duplicate_programmes`` finding per pair {p, q} of programmes both current on
    `as_of` (running then, or ended at most `recent_days` before: see `active_cells`) that share
    a target country and an addressed theme, and either both have known implementers and no
    implementer in common, or they have a funder in common (a funder paying twice for the same
    thing, even to the same implementer, is worth a look). ``score`` = J(countries) × J(themes)
    × `kind_factor` × `time_factor` × budget factor × (`coordinated_factor` if coordinated),
    J the Jaccard index; the budget factor is 1 + log10(1 + min budget / 1,000,000) when both
    budgets are known in one currency, else 1. *Coordinated*: an implementer of p and one of q
    are linked in the collaboration network (partners, a joint programme, a common membership,
    one family; a funder of more than `shared_funder_limit` implementers is no link);
    ``details["coordinated"]`` names the links.

    The pairs grow with the square of a cell's programmes, so in a (country, theme) with more
    than `cell_programme_limit` current programmes (default `CELL_PROGRAMME_LIMIT`), only that
    many of the latest started (undated last, ties by id) are compared there, which the finding
    says (``details["capped_cells"]``: cell and its number of programmes); and only the best
    `limit` pairs are listed (default `PAIR_LIMIT`). ``None`` lifts a cap.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("c", kind="Country"); G.add_node("t", kind="Theme")
    >>> for p, o in [("p", "x"), ("q", "y")]:
    ...     G.add_node(p, kind="Programme"); G.add_node(o, kind="Organisation")
    ...     _ = G.add_edge(p, "c", key=p + "c", type="TARGETS")
    ...     _ = G.add_edge(p, "t", key=p + "t", type="ADDRESSES")
    ...     _ = G.add_edge(o, p, key=o + p, type="IMPLEMENTS")
    >>> [(f.subject, f.score) for f in duplicate_programmes(G, as_of="2024-01-01")]
    [(['p', 'q'], 0.375)]
    """
    as_of = resolve_as_of(as_of)
    since = window_start(as_of, recent_days)
    cell_programme_limit = check_limit("cell_programme_limit", cell_programme_limit, 2)
    limit = check_limit("limit", limit, 1)
    ctx = Context(G, {"as_of": as_of, "rollup": False, "recent_days": recent_days,
                      "shared_funder_limit": shared_funder_limit,
                      "coordinated_factor": coordinated_factor,
                      "cell_programme_limit": cell_programme_limit, "limit": limit})
    N = shared_network(G, as_of=as_of, shared_funder_limit=shared_funder_limit)
    info: dict[str, dict[str, dict[str, EdgeRef]]] = {}
    by_cell: dict[tuple[str, str], list[str]] = {}
    for p in nodes_of_kind(G, "Programme"):
        if not programme_is_active(G, p, as_of, since):
            continue
        info[p] = _programme_info(G, p, as_of, since)
        for c in info[p]["countries"]:
            for t in info[p]["themes"]:
                by_cell.setdefault((c, t), []).append(p)
    capped: dict[tuple[str, str], int] = {}  # cell -> its number of programmes, when capped
    pairs: set[tuple[str, str]] = set()
    for key, progs in by_cell.items():
        if cell_programme_limit is not None and len(progs) > cell_programme_limit:
            capped[key] = len(progs)
            # The latest started first (undated last), ties by id: progs are in id order.
            progs = sorted(sorted(progs, key=lambda p: G.nodes[p].get("start") or "",
                                  reverse=True)[:cell_programme_limit])
        pairs.update(combinations(progs, 2))
    # The dicts themselves: a view per lookup cost more than the comparison.
    linked = N._adj  # type: ignore[attr-defined]
    nodes = G._node  # type: ignore[attr-defined]
    scored: dict[tuple[str, str], tuple[bool, list[str], dict[str, float]]] = {}
    days: dict[str, tuple[dt.date, dt.date] | None] = {}  # programme -> its `_days`
    for p, q in sorted(pairs):
        a, b = info[p], info[q]
        common_funders = sorted(a["funders"].keys() & b["funders"].keys())
        disjoint = bool(
            a["implementers"]
            and b["implementers"]
            and not a["implementers"].keys() & b["implementers"].keys()
        )
        if not (disjoint or common_funders):
            continue
        gp, gq = nodes[p], nodes[q]
        if p not in days:
            days[p] = _days(gp)
        if q not in days:
            days[q] = _days(gq)
        factors = {
            "places": _jaccard(a["countries"], b["countries"]) * _jaccard(a["themes"], b["themes"]),
            "kind": kind_factor(gp.get("programme_kind"), gq.get("programme_kind")),
            "time": _time_factor(days[p], days[q], recent_days),
            "budget": _budget_factor(gp, gq),
        }
        tied = any(x != y and y in linked[x] for x in a["implementers"] for y in b["implementers"])
        factors["coordinated"] = coordinated_factor if tied else 1.0
        scored[p, q] = (disjoint, common_funders, factors)
    score = {pair: math.prod(factors.values()) for pair, (_, _, factors) in scored.items()}
    best = (list(score) if limit is None or len(score) <= limit
            else heapq.nsmallest(limit, score, key=lambda pair: (-score[pair], pair)))
    found = []
    for p, q in best:
        a, b = info[p], info[q]
        disjoint, common_funders, factors = scored[p, q]
        countries = sorted(a["countries"].keys() & b["countries"].keys())
        themes = sorted(a["themes"].keys() & b["themes"].keys())
        gp, gq = G.nodes[p], G.nodes[q]
        links = sorted({f"{label(G, x)}–{label(G, y)} ({link['type']})"
                        for x in a["implementers"] for y in b["implementers"]
                        if x != y and N.has_edge(x, y) for link in N.edges[x, y]["links"]})
        starts = [s for s in (G.nodes[p].get("start"), G.nodes[q].get("start")) if s]
        ends = [e for e in (G.nodes[p].get("end"), G.nodes[q].get("end")) if e]
        period = [max(starts) if starts else None, min(ends) if ends else None]
        why = []
        if disjoint:
            why.append(
                f"different implementers ({labels(G, sorted(a['implementers']))} vs "
                f"{labels(G, sorted(b['implementers']))})"
            )
        if common_funders:
            why.append(f"the same funder ({labels(G, common_funders)})")
        edges = [
            e
            for x in (a, b)
            for role in ("countries", "themes", "implementers", "funders")
            for key, e in x[role].items()
            if role in ("implementers", "funders") or key in countries or key in themes
        ]
        kinds = [gp.get("programme_kind"), gq.get("programme_kind")]
        same = (f"both {kinds[0].replace('_', ' ')}" if kinds[0] and kinds[0] == kinds[1]
                else "different kinds of work" if all(kinds) else "kind of work not recorded")
        when = ("overlapping dates" if factors["time"] == 1.0
                else "dates not recorded" if factors["time"] == 0.5 and not (
                    _days(gp) and _days(gq)) else "dates close but not overlapping")
        crowded = [(c, t) for c in countries for t in themes if (c, t) in capped]
        cap = ""
        if crowded:
            cap = (f" In {'; '.join(f'{label(G, t)} in {label(G, c)}' for c, t in crowded[:3])}"
                   f" only the {cell_programme_limit} latest of "
                   f"{', '.join(str(capped[key]) for key in crowded[:3])} current programmes "
                   "were compared.")
        coordinated = (f" Coordinated: their implementers are linked ({'; '.join(links[:3])})."
                       if links else "")
        found.append(
            ctx.finding(
                "duplicate_programmes",
                [p, q],
                score[p, q],
                f"{label(G, p)} and {label(G, q)} both work on {labels(G, themes)} in "
                f"{labels(G, countries)} ({same}; {when}), with {' and '.join(why)}."
                f"{coordinated}{cap}",
                details={
                    "countries": countries,
                    "themes": themes,
                    "period": period,
                    "kinds": kinds,
                    "implementers": [sorted(a["implementers"]), sorted(b["implementers"])],
                    "common_funders": common_funders,
                    "coordinated": links,
                    "factors": factors,
                    **({"capped_cells": [[*key, capped[key]] for key in crowded]}
                       if crowded else {}),
                },
                nodes=[
                    *countries,
                    *themes,
                    *a["implementers"],
                    *b["implementers"],
                    *a["funders"],
                    *b["funders"],
                ],
                edges=edges,
            )
        )
    return ranked(found)


def actor_profiles(
    G: nx.MultiDiGraph, *, as_of: str, years: int = 5
) -> dict[str, dict[tuple[str, str, int], list[EdgeRef]]]:
    """Return each organisation's (country, theme, year) activity over the `years` up to `as_of`.

    A triple is in an organisation's profile when, during that calendar year, it implemented or
    funded a (not cancelled) programme running that year that targets the country and addresses
    the theme (exactly). Each triple keeps the edges that put it there.
    """
    last = int(as_of[:4])
    window = [(y, f"{y}-01-01", f"{y}-12-31") for y in range(last - years + 1, last + 1)]
    node_attrs = G._node  # type: ignore[attr-defined]  # (a view per lookup costs more)
    profiles: dict[str, dict[tuple[str, str, int], list[EdgeRef]]] = {}
    for p in nodes_of_kind(G, "Programme"):
        attrs = node_attrs[p]
        if attrs.get("status") in INACTIVE_STATUSES:
            continue
        running = [year for year in window if overlaps_window(attrs, year[1], year[2])]
        if not running:
            continue
        # A programme's edges are read once (one walk each way, each type in edge order, as
        # `out_edges` and `in_edges` give them), then filtered year by year.
        outgoing = edges_by_type(G, p, ("TARGETS", "ADDRESSES"))
        targets, addresses = outgoing["TARGETS"], outgoing["ADDRESSES"]
        incoming = edges_by_type(G, p, ("IMPLEMENTS", "FUNDS"), incoming=True,
                                 from_kind="Organisation")
        implementing, funding = incoming["IMPLEMENTS"], incoming["FUNDS"]
        actors = implementing + funding
        for y, first, final in running:
            cells = [
                ((c, t), [(p, c, kc), (p, t, kt)])
                for _, c, kc, dc in targets
                if overlaps_window(dc, first, final)
                for _, t, kt, dt_ in addresses
                if overlaps_window(dt_, first, final)
            ]
            for u, v, k, d in actors:
                if not overlaps_window(d, first, final):
                    continue
                for (c, t), edges in cells:
                    profiles.setdefault(u, {}).setdefault((c, t, y), []).extend(
                        [(u, v, k), *edges]
                    )
    return profiles


def _candidate_pairs(sets: dict[str, set[Any]], method: str, threshold: float
                     ) -> set[tuple[str, str]]:
    """Return the pairs that may reach `threshold`, by prefix filtering (Chaudhuri, Ganti &
    Kaushik 2006): with the items ordered rarest first, two sets with Jaccard ≥ t share an
    item among the first |A| − ⌈t|A|⌉ + 1 of each (for binary cosine, t² in place of t), so only
    pairs sharing such an item need comparing. Exact: no pair reaching `threshold` is missed."""
    frequency: dict[Any, int] = {}
    for items in sets.values():
        for item in items:
            frequency[item] = frequency.get(item, 0) + 1
    bound = max(threshold, 0.0) if method == "jaccard" else max(threshold, 0.0) ** 2
    holders: dict[Any, list[str]] = {}
    for org in sorted(sets):
        rarest = sorted(sets[org], key=lambda item: (frequency[item], item))
        # The least overlap a similar set must have, rounded down to be safe from rounding.
        overlap = max(math.ceil(bound * len(rarest) - 1e-9), 1)
        for item in rarest[: len(rarest) - overlap + 1]:
            holders.setdefault(item, []).append(org)
    return {pair for orgs in holders.values() for pair in combinations(orgs, 2)}


def similar_actors(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    years: int = 5,
    method: str = "jaccard",
    min_similarity: float = 0.5,
    limit: int | None = PAIR_LIMIT,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT,
    coordinated_factor: float = 0.5,
) -> list[Finding]:
    """List pairs of organisations with near-identical activity in the same places and years.

    Formally one ``similar_actors`` finding per pair {a, b} of organisations whose profiles A, B
    (see `actor_profiles`) have similarity ≥ `min_similarity`, where similarity is Jaccard
    |A ∩ B| / |A ∪ B| (``method="jaccard"``) or binary cosine |A ∩ B| / √(|A||B|)
    (``"cosine"``); ``score`` is the similarity. Pairs where one organisation is PART_OF the
    other are left out: they are one actor at two levels. Sharing at least one triple is
    required, so the actors always meet in some country, theme and year. Only the pairs that
    can reach `min_similarity` are compared (`_candidate_pairs`, exact), and only the best
    `limit` are listed (default `PAIR_LIMIT`; ``None``: all). A pair already tied in the
    collaboration network (partners, a joint programme, a formal group, a parent, a funder of
    at most `shared_funder_limit` implementers) is marked *coordinated*: ``score`` is then
    similarity × `coordinated_factor`, so that actors alike by design (two co-implementers of
    one programme) rank below two strangers doing the same work.
    """
    as_of = resolve_as_of(as_of)
    if method not in ("jaccard", "cosine"):
        raise InvalidData.single("method", method, "'jaccard' or 'cosine'")
    if years < 1:
        raise InvalidData.single("years", years, "an integer >= 1")
    ctx = Context(
        G,
        {"as_of": as_of, "years": years, "method": method, "min_similarity": min_similarity,
         "limit": check_limit("limit", limit, 1), "shared_funder_limit": shared_funder_limit,
         "coordinated_factor": coordinated_factor},
    )
    N = shared_network(G, as_of=as_of, shared_funder_limit=shared_funder_limit)
    profiles = actor_profiles(G, as_of=as_of, years=years)
    sets = {org: set(profile) for org, profile in profiles.items()}
    # Organisations with the same profile are compared as one (the first by id stands for
    # them): every pair of them, and every pair across two such groups, has the same value.
    alike: dict[frozenset[tuple[str, str, int]], list[str]] = {}
    for org in sorted(sets):
        alike.setdefault(frozenset(sets[org]), []).append(org)
    members = {group[0]: group for group in alike.values()}
    levels: dict[tuple[str, str], float] = {}  # (first, first) -> their similarity
    for a, b in _candidate_pairs({r: sets[r] for r in members}, method, min_similarity):
        A, B = sets[a], sets[b]
        small, large = sorted((len(A), len(B)))
        # The most the similarity can be, from the sizes alone: most pairs stop here.
        bound = small / large if method == "jaccard" else math.sqrt(small / large)
        if bound < min_similarity - 1e-12:  # (a margin for rounding)
            continue
        common = len(A & B)
        if method == "jaccard":
            similarity = common / (len(A) + len(B) - common)
        else:
            similarity = common / math.sqrt(len(A) * len(B))
        if similarity >= min_similarity:
            levels[a, b] = similarity
    if min_similarity <= 1.0:
        levels.update({(r, r): 1.0 for r, group in members.items() if len(group) > 1})
    ancestors: dict[str, set[str]] = {}  # once per organisation, not once per pair
    parents = part_of_edges(G)

    def above(org: str) -> set[str]:
        if org not in ancestors:
            ancestors[org] = set(part_of_ancestors(G, org, as_of, parents))
        return ancestors[org]

    def pairs_of(r: str, q: str) -> Iterator[tuple[str, str]]:
        """The pairs of two groups (or within one), in id order, drawn as needed."""
        if r == q:
            return combinations(members[r], 2)  # (members are in id order)
        # For one `a`, walking `b` in id order gives its pairs in order ((b, a) for b < a
        # first, then (a, b)); merging those rows gives all of them in order.
        return heapq.merge(*(row(a, members[q]) for a in members[r]))

    def row(a: str, others: list[str]) -> Iterator[tuple[str, str]]:
        return ((min(a, b), max(a, b)) for b in others)

    # Level by level, most similar first; within a level the pairs in id order, so when
    # `limit` is reached inside one, the pairs kept are those the ranking keeps (ties by id)
    # and the rest are never drawn: a level of many identical profiles holds millions.
    by_level: dict[float, list[tuple[str, str]]] = {}
    for (r, q), similarity in sorted(levels.items(), key=lambda level: (-level[1], level[0])):
        by_level.setdefault(similarity, []).append((r, q))
    similar: dict[tuple[str, str], float] = {}
    for similarity, groups in by_level.items():
        if limit is not None and len(similar) >= limit:
            break  # `limit` pairs are more similar than any left
        for a, b in heapq.merge(*(pairs_of(r, q) for r, q in groups)):
            if a not in above(b) and b not in above(a):
                similar[a, b] = similarity
                if limit is not None and len(similar) >= limit:
                    break
    best = list(similar)
    found = []
    for a, b in best:
        A, B = sets[a], sets[b]
        shared = sorted(A & B)
        similarity = similar[a, b]
        places = sorted({(c, t) for c, t, _ in shared})
        # As a set: the evidence is a set of edges, and the two profiles repeat many.
        edges: set[EdgeRef] = set()
        for item in shared:
            edges.update(profiles[a][item])
            edges.update(profiles[b][item])
        where = "; ".join(f"{label(G, t)} in {label(G, c)}" for c, t in places[:3])
        links = (sorted({str(link["type"]).replace("_", " ") for link in N.edges[a, b]["links"]})
                 if N.has_edge(a, b) else [])
        coordinated = (f" Coordinated: they are already linked ({', '.join(links)}), so the "
                       "likeness may be by design; ranked below pairs that are not."
                       if links else "")
        found.append(
            ctx.finding(
                "similar_actors",
                [a, b],
                similarity * (coordinated_factor if links else 1.0),
                f"{label(G, a)} and {label(G, b)} share {len(shared)} of their "
                f"{len(A | B)} country-theme-years ({method} {similarity:.2f}): {where}"
                f"{'; and more' if len(places) > 3 else ''}.{coordinated}",
                details={
                    "shared": [list(x) for x in shared],
                    "only_first": len(A - B),
                    "only_second": len(B - A),
                    "similarity": similarity,
                    "coordinated": links,
                },
                nodes={e[1] for e in edges if e[0] in (a, b)},  # the programmes
                edges=edges,
                # The places name the countries and themes of the triples (in the order the
                # sorted triples first name them), at a fifth of the walk.
                about={"shared": places},
            )
        )
    return ranked(found)
