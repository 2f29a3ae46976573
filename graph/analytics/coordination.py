"""Coordination gaps: actors side by side with no link, brokers, and actors working alone.

All three read the cells of `activity.active_cells` (with pillar roll-up) and the links of
`network.collaboration_network`: two actors are *linked* when that network has an edge between
them (a partnership, a joint programme, a shared funder, a membership of one in the other or of
both in the same organisation, or a common PART_OF family, started by `as_of`).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations
from typing import Any

import networkx as nx

from .activity import RECENT_DAYS, active_cells
from .findings import Context, EdgeRef, Finding, check_weights, label, labels, ranked, resolve_as_of
from .network import LINK_WEIGHTS, collaboration_network, link_evidence


def _setup(
    G: nx.MultiDiGraph, as_of: str | None, weights: Mapping[str, float] | None,
    recent_days: int = RECENT_DAYS,
) -> tuple[Context, dict, nx.Graph]:
    as_of = resolve_as_of(as_of)
    params: dict[str, Any] = {
        "as_of": as_of,
        "link_weights": check_weights(weights or {}, LINK_WEIGHTS),
        "rollup": True,
        "recent_days": recent_days,
    }
    cells = active_cells(G, as_of=as_of, recent_days=recent_days)
    return Context(G, params), cells, collaboration_network(G, as_of=as_of, weights=weights)


def _where(G: nx.MultiDiGraph, cells: list[tuple[str, str]], limit: int = 3) -> str:
    parts = [f"{label(G, t)} in {label(G, c)}" for c, t in cells[:limit]]
    if len(cells) > limit:
        parts.append(f"{len(cells) - limit} more")
    return "; ".join(parts)


def unlinked_pairs(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    link_weights: Mapping[str, float] | None = None,
    recent_days: int = RECENT_DAYS,
) -> list[Finding]:
    """List pairs of organisations working in the same country on the same theme with no link.

    Formally one ``unlinked_pair`` finding per unordered pair {a, b} of organisations both
    active (implementing or funding) in at least one cell on `as_of` and not adjacent in the
    collaboration network; ``score`` is the number of shared cells (a shared sub-theme also
    shares its pillar, so counts twice), ``details["cells"]`` lists them. The evidence is the
    programmes and edges placing each of the two in the shared cells. Ranked by score.
    This is a structural hole in the sense of Burt (1992).
    """
    ctx, cells, N = _setup(G, as_of, link_weights, recent_days)
    shared: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in sorted(cells):
        for a, b in combinations(sorted(cells[key].actors), 2):
            if not N.has_edge(a, b):
                shared.setdefault((a, b), []).append(key)
    found = []
    for (a, b), where in shared.items():
        nodes: set[str] = set()
        edges: set[EdgeRef] = set()
        for key in where:
            n, e = cells[key].evidence_for([a, b])
            nodes |= n
            edges |= e
        found.append(
            ctx.finding(
                "unlinked_pair",
                [a, b],
                len(where),
                f"{label(G, a)} and {label(G, b)} both work on {_where(G, where)}, but no "
                "partnership, joint programme, shared funder, membership or parent links them.",
                details={"cells": [list(c) for c in where]},
                nodes=nodes,
                edges=edges,
            )
        )
    return ranked(found)


def _separated_pairs(H: nx.Graph, node: str) -> tuple[int, list[list[str]]]:
    """Return how many pairs lose their connection without `node`, and the parts left."""
    component = nx.node_connected_component(H, node) - {node}
    parts = [sorted(p) for p in nx.connected_components(H.subgraph(component))]
    sizes = [len(p) for p in parts]
    return (sum(sizes) ** 2 - sum(s * s for s in sizes)) // 2, sorted(parts)


def brokers(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    link_weights: Mapping[str, float] | None = None,
    recent_days: int = RECENT_DAYS,
) -> list[Finding]:
    """Find the actors that alone hold the others together in a country and theme.

    Plainly: remove this actor and some actors working on the theme in the country are no
    longer connected, directly or through others: it is a broker and a single point of failure.

    Formally, for each cell, let H be the collaboration network induced on the cell's active
    actors; one ``broker`` finding per articulation point v of H (Hopcroft & Tarjan 1973), with
    ``score`` = the number of pairs of actors connected in H but not in H − v. Brokerage across
    structural holes follows Burt (1992). Links through actors outside the cell are ignored: the
    question is who holds *this* cell's actors together.
    """
    ctx, cells, N = _setup(G, as_of, link_weights, recent_days)
    found = []
    for key in sorted(cells):
        H = N.subgraph(cells[key].actors)
        for node in sorted(nx.articulation_points(H)):
            pairs, parts = _separated_pairs(H, node)
            nodes: list[str] = []
            edges = []
            for other in H.neighbors(node):
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


def isolated_actors(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    link_weights: Mapping[str, float] | None = None,
    recent_days: int = RECENT_DAYS,
) -> list[Finding]:
    """Find actors that work in a country and theme without a link to anyone else working there.

    Formally one ``isolated_actor`` finding per (actor, cell) where the cell has at least two
    active actors and the actor has no collaboration link to any of them; ``score`` is the number
    of the others (potential partners). A cell with a single actor is a coverage matter, not a
    coordination one, and yields nothing here.
    """
    ctx, cells, N = _setup(G, as_of, link_weights, recent_days)
    found = []
    for key in sorted(cells):
        actors = sorted(cells[key].actors)
        if len(actors) < 2:
            continue
        H = N.subgraph(actors)
        for node in actors:
            if H.degree(node) == 0:
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
