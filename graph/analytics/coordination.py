"""Coordination gaps: actors side by side with no link, brokers, and actors working alone.

All three read the cells of `activity.active_cells` (with pillar roll-up) and the links of
`network.collaboration_network`: two actors are *linked* when that network has an edge between
them (a partnership, a joint programme, a shared funder, a membership of one in the other or of
both in the same organisation, or a common PART_OF family, started by `as_of`).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from .activity import RECENT_DAYS, out_edges, shared_cells
from .coverage import NeedFunction, default_need
from .findings import (
    PAIR_LIMIT,
    Context,
    Finding,
    InvalidData,
    check_limit,
    check_weights,
    label,
    labels,
    ranked,
    resolve_as_of,
    union,
)
from .network import LINK_WEIGHTS, SHARED_FUNDER_LIMIT, link_evidence, shared_network

#: How much an actor's reach counts in a coordination gap: an international or national actor
#: left unlinked matters more to a coordination meeting than a local office.
REACH_WEIGHTS: dict[str, float] = {"global": 1.0, "regional": 1.0, "national": 0.8, "local": 0.3}

#: Actors of one cell paired by `unlinked_pairs`: its most involved, since the pairs grow with
#: the square of the actors (the bundled data has at most 33 in a cell; 330 at ten times its
#: size would make 54,000 pairs in that cell alone).
CELL_ACTOR_LIMIT = 40



def _setup(
    G: nx.MultiDiGraph, as_of: str | None, weights: Mapping[str, float] | None,
    recent_days: int = RECENT_DAYS, shared_funder_limit: int = SHARED_FUNDER_LIMIT,
) -> tuple[Context, dict, nx.Graph]:
    as_of = resolve_as_of(as_of)
    params: dict[str, Any] = {
        "as_of": as_of,
        "link_weights": check_weights(weights or {}, LINK_WEIGHTS),
        "rollup": True,
        "recent_days": recent_days,
        "shared_funder_limit": shared_funder_limit,
    }
    cells = shared_cells(G, as_of=as_of, recent_days=recent_days)
    N = shared_network(G, as_of=as_of, weights=weights, shared_funder_limit=shared_funder_limit)
    return Context(G, params), cells, N


def _where(G: nx.MultiDiGraph, cells: list[tuple[str, str]], limit: int = 3) -> str:
    parts = [f"{label(G, t)} in {label(G, c)}" for c, t in cells[:limit]]
    if len(cells) > limit:
        parts.append(f"{len(cells) - limit} more")
    return "; ".join(parts)


def _reach(G: nx.MultiDiGraph, org: str) -> float:
    return REACH_WEIGHTS.get(str(G.nodes[org].get("scope") or ""), 0.8)


def unlinked_pairs(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    link_weights: Mapping[str, float] | None = None,
    recent_days: int = RECENT_DAYS,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT,
    need: NeedFunction = default_need,
    countries: Iterable[str] | None = None,
    cell_actor_limit: int | None = CELL_ACTOR_LIMIT,
    limit: int | None = PAIR_LIMIT,
) -> list[Finding]:
    """List pairs of organisations working in the same country on the same theme with no link.

    Plainly: two actors doing the same kind of work in the same place who, as far as the data
    shows, do not work together; the pairs that matter most to a coordination meeting first.

    Formally one ``unlinked_pair`` finding per unordered pair {a, b} of organisations both
    currently active (see `active_cells`) in at least one cell on `as_of` and not adjacent in
    the collaboration network (a shared funder of more than `shared_funder_limit` implementers
    is not a link). ``score`` = Σ over the shared cells (c, t) of need(c) × min(w_a, w_b) ×
    r_a × r_b, where w_x is the number of x's programmes in the cell and r_x the weight of x's
    reach (`REACH_WEIGHTS`: global and regional 1, national 0.8, local 0.3); so a pair of
    international actors in a high-need country ranks above two county offices. Cells whose
    country has no data count need 1. ``details["cells"]`` lists the cells, ``details[
    "hub_funders"]`` the funders of both that were not counted as a tie. The evidence is the
    programmes and edges placing each of the two in the shared cells. This is a structural
    hole in the sense of Burt (1992).

    Only the cells of `countries` count, when given (the pairs of a region, scored on its
    cells). The pairs grow with the square of a cell's actors, so two caps keep them to what a
    meeting can use: in a cell with more than `cell_actor_limit` actors (default
    `CELL_ACTOR_LIMIT`), only that many of its most involved actors (w_x × r_x, ties by id) are
    paired there, which the finding says (``details["capped_cells"]``: cell and its number of
    actors); and only the best `limit` pairs are listed (default `PAIR_LIMIT`). ``None`` lifts a
    cap.
    """
    cell_actor_limit = check_limit("cell_actor_limit", cell_actor_limit, 2)
    limit = check_limit("limit", limit, 1)
    ctx, cells, N = _setup(G, as_of, link_weights, recent_days, shared_funder_limit)
    wanted = set(countries) if countries is not None else None
    ctx.params.update(need=getattr(need, "__name__", repr(need)),
                      countries=sorted(wanted) if wanted is not None else None,
                      cell_actor_limit=cell_actor_limit, limit=limit)
    as_of = ctx.params["as_of"]
    hubs: dict[str, set[str]] = N.graph.get("hub_funders", {})
    # The dicts themselves: a view per lookup cost more than the pairing (millions at scale).
    linked = N._adj  # type: ignore[attr-defined]
    reach: dict[str, float] = {}
    work: dict[tuple[str, str], dict[str, int]] = {}  # cell -> actor -> its programmes there
    capped: dict[tuple[str, str], int] = {}  # cell -> its number of actors, when capped
    # pair -> [its score so far, its shared cells]: scored as they are paired, cell by cell
    # in order (the same sums as scoring each pair over its cells after).
    paired: dict[tuple[str, str], list[Any]] = {}
    needs: dict[str, float] = {}
    for key in sorted(cells):
        country = key[0]
        if wanted is not None and country not in wanted:
            continue
        work[key] = involved = cells[key].programmes_per_actor()
        for org in involved:
            if org not in reach:
                reach[org] = _reach(G, org)
        actors = sorted(involved)
        if cell_actor_limit is not None and len(actors) > cell_actor_limit:
            capped[key] = len(actors)
            actors = sorted(sorted(actors, key=lambda x: (-involved[x] * reach[x], x))[
                :cell_actor_limit])
        weight = None  # the country's need, asked once it has an unlinked pair
        for i, a in enumerate(actors):
            ties, w_a, r_a = linked[a], involved[a], reach[a]
            unlinked = [b for b in actors[i + 1:] if b not in ties]
            if not unlinked:
                continue
            if weight is None:
                if country not in needs:
                    needs[country] = (need(G, country, as_of).score if G.degree(country)
                                      else 1.0)
                weight = needs[country] or 1.0
            for b in unlinked:
                # max(min(w_a, w_b), 1), without two calls per pair (millions at scale).
                w = involved[b]
                if w > w_a:
                    w = w_a
                term = weight * (w if w > 1 else 1) * r_a * reach[b]
                entry = paired.get((a, b))
                if entry is None:
                    paired[a, b] = [0.0 + term, [key]]
                else:
                    entry[0] += term
                    entry[1].append(key)
    shared = {pair: entry[1] for pair, entry in paired.items()}
    scores: dict[tuple[str, str], float] = {pair: entry[0] for pair, entry in paired.items()}
    best = (list(scores) if limit is None or len(scores) <= limit
            else heapq.nsmallest(limit, scores, key=lambda p: (-scores[p], p)))
    found = []
    for a, b in best:
        where = shared[a, b]
        # What places each of the two in each shared cell, collected once per cell and actor.
        placed = union(cells[key].evidence_placing(G, x) for key in where for x in (a, b))
        common_hubs = sorted(f for f, funded in hubs.items() if a in funded and b in funded)
        if common_hubs:
            hub_limit = N.graph["shared_funder_limit"]
            tie = (f" {labels(G, common_hubs)} fund{'s' if len(common_hubs) == 1 else ''} both, "
                   f"but a funder of more than {hub_limit} implementers is not counted as a tie;")
        else:
            tie = ""
        details: dict[str, Any] = {
            "cells": [list(c) for c in where], "hub_funders": common_hubs,
            "reach": [G.nodes[a].get("scope"), G.nodes[b].get("scope")]}
        crowded = [key for key in where if key in capped]
        cap = ""
        if crowded:
            details["capped_cells"] = [[*key, capped[key]] for key in crowded]
            cap = (f" In {_where(G, crowded)} only the {cell_actor_limit} most involved of "
                   f"{', '.join(str(capped[key]) for key in crowded[:3])} actors were paired.")
        found.append(
            ctx.finding(
                "unlinked_pair",
                [a, b],
                scores[a, b],
                f"{label(G, a)} and {label(G, b)} both work on {_where(G, where)}.{tie} "
                "No partnership, joint programme, shared funder, membership or parent links "
                f"them in the data.{cap}",
                details=details,
                base=placed,
            )
        )
    return ranked(found)


Adjacency = dict[str, list[str]]


def _induced(N: nx.Graph, nodes: Iterable[str]) -> Adjacency:
    """The network induced on `nodes`, as plain adjacency lists (in id order): a graph object
    per cell cost more to build than the brokers found on it."""
    keep = set(nodes)
    adjacency = N._adj  # type: ignore[attr-defined]  # (a view per step costs more)
    induced: Adjacency = {}
    for u in sorted(keep):
        ties = adjacency[u]
        # The smaller side is walked: a hub's ties reach far beyond one cell.
        induced[u] = ([v for v in ties if v in keep] if len(ties) <= len(keep)
                      else [v for v in keep if v in ties])
    return induced


def articulation_points(H: Adjacency) -> set[str]:
    """Return the nodes whose removal disconnects their component (Hopcroft & Tarjan 1973).

    One depth-first walk, iterative, on adjacency lists of a simple undirected graph; the same
    set as `nx.articulation_points`, without building a networkx graph.

    >>> sorted(articulation_points({"a": ["b"], "b": ["a", "c"], "c": ["b"]}))
    ['b']
    """
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    points: set[str] = set()
    for root in H:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        children = 0
        stack: list[tuple[str, str | None, Iterator[str]]] = [(root, None, iter(H[root]))]
        while stack:
            node, parent, ties = stack[-1]
            for other in ties:
                if other == parent:
                    continue
                if other in order:
                    low[node] = min(low[node], order[other])
                else:
                    order[other] = low[other] = len(order)
                    stack.append((other, node, iter(H[other])))
                    break
            else:
                stack.pop()
                if parent == root:
                    children += 1
                    low[root] = min(low[root], low[node])
                elif parent is not None:
                    low[parent] = min(low[parent], low[node])
                    if low[node] >= order[parent]:
                        points.add(parent)
        if children > 1:
            points.add(root)
    return points


def _separated_pairs(H: Adjacency, node: str) -> tuple[int, list[list[str]]]:
    """Return how many pairs lose their connection without `node`, and the parts left."""
    # The parts are the components of H − node holding a neighbour of node.
    seen = {node}
    parts = []
    for start in H[node]:
        if start in seen:
            continue
        seen.add(start)
        part, stack = [start], [start]
        while stack:
            for other in H[stack.pop()]:
                if other not in seen:
                    seen.add(other)
                    part.append(other)
                    stack.append(other)
        parts.append(sorted(part))
    sizes = [len(p) for p in parts]
    return (sum(sizes) ** 2 - sum(s * s for s in sizes)) // 2, sorted(parts)


def brokers(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    link_weights: Mapping[str, float] | None = None,
    recent_days: int = RECENT_DAYS,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT,
    level: str = "all",
    countries: Iterable[str] | None = None,
) -> list[Finding]:
    """Find the actors that alone hold the others together in a country and theme.

    Plainly: remove this actor and some actors working on the theme in the country are no
    longer connected, directly or through others: it is a broker and a single point of failure.

    Formally, for each cell, let H be the collaboration network induced on the cell's active
    actors; one ``broker`` finding per articulation point v of H (Hopcroft & Tarjan 1973), with
    ``score`` = the number of pairs of actors connected in H but not in H − v. Brokerage across
    structural holes follows Burt (1992). Links through actors outside the cell are ignored: the
    question is who holds *this* cell's actors together.

    With ``level="network"`` (or ``"all"``, the default, for both), one ``network_broker``
    finding per articulation point v of the collaboration network induced on the actors
    currently active anywhere (in `countries` only, when given: the network of a region), with
    the same score; it names the groups it alone connects, largest first, by their best-known
    members (highest degree). This finds the actor that is the only tie between groups working
    in different countries, which no single cell shows.
    """
    if level not in ("all", "cell", "network"):
        raise InvalidData.single("level", level, "one of all, cell, network")
    ctx, cells, N = _setup(G, as_of, link_weights, recent_days, shared_funder_limit)
    ctx.params["level"] = level
    wanted = set(countries) if countries is not None else None
    ctx.params["countries"] = sorted(wanted) if wanted is not None else None
    found = []
    if level in ("all", "network"):
        found += _network_brokers(G, ctx, cells, N, wanted)
    for key in sorted(cells) if level in ("all", "cell") else []:
        if wanted is not None and key[0] not in wanted:
            continue
        H = _induced(N, cells[key].actors)
        for node in sorted(articulation_points(H)):
            pairs, parts = _separated_pairs(H, node)
            nodes: list[str] = []
            edges = []
            for other in H[node]:
                n, e = link_evidence(N, node, other)
                nodes.extend([other, *n])
                edges.extend(e)
            country, theme = key
            # Name the largest groups it holds together; a long tail is counted, not listed.
            shown = sorted(parts, key=lambda p: (-len(p), p))[:3]
            groups = " and ".join(
                labels(G, p, limit=3) if len(p) == 1 else f"({labels(G, p, limit=3)})"
                for p in shown
            )
            if len(parts) > len(shown):
                groups += f" and {len(parts) - len(shown)} more group(s)"
            found.append(
                ctx.finding(
                    "broker",
                    [node, country, theme],
                    pairs,
                    f"{label(G, node)} is the only link between {groups} on "
                    f"{_where(G, [key])}; "
                    f"without it {pairs} pair(s) of actors lose their connection.",
                    details={"country": country, "theme": theme, "separates": parts},
                    nodes=nodes,
                    edges=edges,
                )
            )
    return ranked(found)


def _best_known(G: nx.MultiDiGraph, rank: Mapping[str, int], group: list[str],
                limit: int = 3) -> str:
    """The `limit` best-known members of `group` (by `rank`, see `_known_ranks`), named."""
    top = heapq.nsmallest(limit, group, key=rank.__getitem__)
    return labels(G, top, limit=limit) + (
        f" and {len(group) - limit} more" if len(group) > limit else "")


def _known_ranks(G: nx.MultiDiGraph, N: nx.Graph, nodes: Iterable[str]) -> dict[str, int]:
    """Each node's place by degree in `N` (highest first), then label, then id: ranked once,
    since every broker names the best-known members of its groups, and the largest group is
    most of the network."""
    adjacency = N._adj  # type: ignore[attr-defined]  # (a view per node costs more)
    order = sorted(sorted(nodes), key=lambda o: (-len(adjacency[o]), label(G, o)))
    return {o: i for i, o in enumerate(order)}


def _network_brokers(G: nx.MultiDiGraph, ctx: Context, cells: dict, N: nx.Graph,
                     countries: set[str] | None) -> list[Finding]:
    active = {a for key, cell in cells.items() if countries is None or key[0] in countries
              for a in cell.actors}
    H = _induced(N, active)
    found = []
    rank = _known_ranks(G, N, H)
    for node in sorted(articulation_points(H)):
        pairs, parts = _separated_pairs(H, node)
        shown = sorted(parts, key=lambda p: (-len(p), p))
        groups = "; ".join(f"({_best_known(G, rank, p)})" for p in shown[:3])
        if len(shown) > 3:
            groups += f"; and {len(shown) - 3} more group(s)"
        nodes: list[str] = []
        edges = []
        for other in H[node]:
            n, e = link_evidence(N, node, other)
            nodes.extend([other, *n])
            edges.extend(e)
        # Score: the actors cut off from the largest group; a hub holding one leaf in place
        # matters less to a meeting than the only tie to a whole group of actors.
        cut_off = sum(len(p) for p in shown[1:])
        found.append(ctx.finding(
            "network_broker", [node], cut_off + pairs / (1 + pairs),
            f"{label(G, node)} is the only tie between these groups of currently active "
            f"actors: {groups}; without it {cut_off} actor(s) are cut off from the largest "
            f"group and {pairs} pair(s) lose every path between them.",
            details={"separates": parts, "groups": len(parts), "cut_off": cut_off,
                     "pairs": pairs}, nodes=nodes, edges=edges))
    return found


def isolated_actors(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    link_weights: Mapping[str, float] | None = None,
    recent_days: int = RECENT_DAYS,
    shared_funder_limit: int = SHARED_FUNDER_LIMIT,
) -> list[Finding]:
    """Find actors that work in a country and theme without a link to anyone else working there.

    Formally one ``isolated_actor`` finding per (actor, cell) where the cell has at least two
    active actors and the actor has no collaboration link to any of them; ``score`` is the number
    of the others (potential partners). A cell with a single actor is a coverage matter, not a
    coordination one, and yields nothing here.

    Then one ``unconnected_actor`` finding per organisation with no link at all in the
    collaboration network, active or not, with what is known of it (type, reach, country,
    programmes and the date of its last one); ``score`` = its number of programmes × the weight
    of its reach, so the busiest actors nobody is tied to come first.
    """
    ctx, cells, N = _setup(G, as_of, link_weights, recent_days, shared_funder_limit)
    found = []
    for org in sorted(n for n in N if N.degree(n) == 0):
        attrs = G.nodes[org]
        programmes = sorted({p for rel in ("IMPLEMENTS", "FUNDS")
                             for _, p, _, _ in out_edges(G, org, rel)})
        last = max((G.nodes[p].get("end") or G.nodes[p].get("start") or "" for p in programmes),
                   default="") or None
        where = attrs.get("hq_country")
        known = [str(attrs.get("type") or "organisation"), str(attrs.get("scope") or "")]
        found.append(ctx.finding(
            "unconnected_actor", [org], len(programmes) * _reach(G, org),
            f"{label(G, org)} ({', '.join(k for k in known if k)}"
            f"{', based in ' + label(G, where) if where and where in G else ''}) has no recorded "
            f"link to any other organisation; it has {len(programmes)} programme(s) in the data"
            f"{', the last in ' + last[:4] if last else ''}.",
            details={"type": attrs.get("type"), "scope": attrs.get("scope"),
                     "hq_country": where, "programmes": len(programmes), "last": last},
            nodes=programmes[:20]))
    for key in sorted(cells):
        actors = sorted(cells[key].actors)
        if len(actors) < 2:
            continue
        present = set(actors)
        for node in actors:
            # The keys' own isdisjoint walks the smaller side; a set's walks a dict whole (a
            # hub's ties, once per cell it works in).
            if N._adj[node].keys().isdisjoint(present):  # type: ignore[attr-defined]
                others = [a for a in actors if a != node]
                evidence = cells[key].evidence_for([node])
                country, theme = key
                found.append(
                    ctx.finding(
                        "isolated_actor",
                        [node, country, theme],
                        len(others),
                        f"{label(G, node)} works on {_where(G, [key])} with no link to any of "
                        f"the {len(others)} other actor(s) there ({labels(G, others)}).",
                        details={"country": country, "theme": theme, "others": others},
                        nodes=evidence[0],
                        edges=evidence[1],
                    )
                )
    return ranked(found)
