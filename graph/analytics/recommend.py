"""Recommendations: whom an actor should talk to, and why."""

from __future__ import annotations

import math
from collections.abc import Mapping

import networkx as nx

from .activity import RECENT_DAYS, is_active, out_edges, shared_actor_cells, shared_cells
from .findings import (
    Context,
    Finding,
    InvalidData,
    NotFound,
    check_weights,
    label,
    labels,
    ranked,
    resolve_as_of,
)
from .network import LINK_WEIGHTS, shared_network


def mandate_themes(G: nx.MultiDiGraph, org: str, as_of: str) -> dict[str, set[str]]:
    """Return the themes covered by the mandates an organisation holds on `as_of`, with mandates."""
    themes: dict[str, set[str]] = {}
    for _, m, _, d in out_edges(G, org, "HOLDS_MANDATE"):
        if is_active(d, as_of):
            for _, t, _, dc in out_edges(G, m, "COVERS"):
                if is_active(dc, as_of):
                    themes.setdefault(t, set()).add(m)
    return themes


def recommend_partners(
    G: nx.MultiDiGraph,
    actor: str,
    *,
    as_of: str | None = None,
    limit: int | None = 10,
    link_weights: Mapping[str, float] | None = None,
    overlap_weight: float = 1.0,
    mandate_weight: float = 0.5,
    recent_days: int = RECENT_DAYS,
) -> list[Finding]:
    """Suggest organisations that `actor` should talk to, best first, each with its reason.

    Plainly: those working on the same themes in the same countries, with no link to `actor`
    yet, preferably bound by a mandate on a common theme.

    Formally, let B be the bipartite graph joining each organisation to the cells
    (country, theme, with pillar roll-up) it is active in on `as_of`. A candidate b is any
    organisation sharing a cell with `actor` and not adjacent to it in the collaboration network.
    Its ``score`` is ``AA(actor, b) + overlap_weight · J(cells) + mandate_weight · [M]``, where
    AA is the Adamic–Adar index on B (Adamic & Adar 2003; a shared cell with few actors counts
    more, since 1/log(deg) falls as a cell gets crowded), J the Jaccard index of the two cell
    sets, and M holds when both hold mandates covering a common theme. One
    ``partner_recommendation`` finding per candidate, the best `limit` (all when None).

    Raises
    ------
    NotFound
        If `actor` is not an Organisation of `G`.
    """
    as_of = resolve_as_of(as_of)
    if actor not in G or G.nodes[actor].get("kind") != "Organisation":
        raise NotFound(f"no organisation {actor!r} in the graph")
    if overlap_weight < 0 or mandate_weight < 0:
        raise InvalidData.single(
            "overlap_weight/mandate_weight", (overlap_weight, mandate_weight), "numbers >= 0"
        )
    ctx = Context(
        G,
        {
            "actor": actor,
            "as_of": as_of,
            "limit": limit,
            "link_weights": check_weights(link_weights or {}, LINK_WEIGHTS),
            "overlap_weight": overlap_weight,
            "mandate_weight": mandate_weight,
            "rollup": True,
            "recent_days": recent_days,
        },
    )
    cells = shared_cells(G, as_of=as_of, recent_days=recent_days)
    of_actor = shared_actor_cells(G, as_of=as_of, recent_days=recent_days)
    if actor not in of_actor:
        return []
    N = shared_network(G, as_of=as_of, weights=link_weights)
    # B, the organisation–cell bipartite graph, is read only around `actor`: its cells, their
    # actors, and those actors' cells. Adamic–Adar sums over the shared cells in their order,
    # so a score is the same in every process (networkx summed in a set's order, which moved
    # the last bit with Python's hash seed).
    mine = set(of_actor[actor])
    linked = N._adj[actor]  # type: ignore[attr-defined]
    candidates = sorted(
        {b for key in mine for b in cells[key].actors if b != actor and b not in linked}
    )
    my_mandates = mandate_themes(G, actor, as_of)
    found = []
    for b in candidates:
        theirs = set(of_actor[b])
        places = sorted(mine & theirs)
        aa = sum(1 / math.log(len(cells[key].actors)) for key in places)
        jaccard = len(places) / len(mine | theirs)
        their_mandates = mandate_themes(G, b, as_of)
        common = sorted(my_mandates.keys() & their_mandates.keys())
        score = aa + overlap_weight * jaccard + (mandate_weight if common else 0.0)
        where = "; ".join(f"{label(G, t)} in {label(G, c)}" for c, t in places[:3])
        more = f" and {len(places) - 3} more" if len(places) > 3 else ""
        tail = (
            f"; both hold mandates on {labels(G, common)}"
            f" ({labels(G, sorted(set().union(*(their_mandates[t] for t in common))))})"
            if common
            else ""
        )
        nodes: set[str] = set()
        edges = set()
        for key in places:
            n, e = cells[key].evidence_for([actor, b])
            nodes |= n
            edges |= e
        found.append(
            ctx.finding(
                "partner_recommendation",
                [actor, b],
                score,
                f"{label(G, b)} also works on {where}{more} and has no link to "
                f"{label(G, actor)} yet{tail}.",
                details={
                    "shared_cells": [list(p) for p in places],
                    "adamic_adar": aa,
                    "jaccard": jaccard,
                    "common_mandate_themes": common,
                },
                nodes=[*nodes, *(m for t in common for m in my_mandates[t] | their_mandates[t])],
                edges=edges,
            )
        )
    found = ranked(found)
    return found if limit is None else found[:limit]
