"""What-if: remove actors, end programmes or move the date, and see which cells lose coverage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from .activity import BUDGET_UNIT, RECENT_DAYS, ROLE_WEIGHTS, Cell, active_cells, shared_cells
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


def _check(G: nx.MultiDiGraph, ids: Iterable[str], kind: str) -> list[str]:
    ids = sorted(set(ids))
    missing = [i for i in ids if i not in G or G.nodes[i].get("kind") != kind]
    if missing:
        raise NotFound(f"no {kind} with id {missing} in the graph")
    return ids


def what_if(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    remove_actors: Iterable[str] = (),
    end_programmes: Iterable[str] = (),
    move_to: str | None = None,
    weights: Mapping[str, float] | None = None,
    budget_unit: float = BUDGET_UNIT,
    recent_days: int = RECENT_DAYS,
) -> list[Finding]:
    """Report the country × theme cells whose coverage changes under a scenario.

    Plainly: if these organisations stopped, these programmes ended and time moved to
    `move_to`, which countries would be left without anyone on which theme?

    Formally, *before* is `activity.active_cells` on `as_of` over `G`; *after* is the same on
    `move_to` (default `as_of`) over `G` without the `remove_actors` and `end_programmes` nodes
    (and so their edges). All changes apply together. One finding per changed cell:

    * ``coverage_lost`` – some actor before, none after; ``score`` = coverage before;
    * ``coverage_reduced`` – actors before and after, coverage lower; ``score`` = the drop;
    * ``coverage_gained`` – none before, some after (a programme starting by `move_to`);
      ``score`` = coverage after.

    Lost cells come first (by score), then reduced, then gained. An ended programme counts as
    gone on `as_of` itself, though the data might show it running that day.

    Raises
    ------
    NotFound
        If an id in `remove_actors` is not an Organisation or in `end_programmes` not a Programme.
    InvalidData
        If `move_to` is before `as_of`.
    """
    as_of = resolve_as_of(as_of)
    after_date = resolve_as_of(move_to) if move_to is not None else as_of
    if after_date < as_of:
        raise InvalidData.single("move_to", after_date, f"a date on or after as_of ({as_of})")
    actors = _check(G, remove_actors, "Organisation")
    programmes = _check(G, end_programmes, "Programme")
    ctx = Context(
        G,
        {
            "as_of": as_of,
            "move_to": after_date,
            "remove_actors": actors,
            "end_programmes": programmes,
            "weights": check_weights(weights or {}, ROLE_WEIGHTS),
            "budget_unit": budget_unit,
            "rollup": True,
            "recent_days": recent_days,
        },
    )
    before = shared_cells(G, as_of=as_of, weights=weights, budget_unit=budget_unit,
                          recent_days=recent_days)
    after = active_cells(G, as_of=after_date, weights=weights, budget_unit=budget_unit,
                         recent_days=recent_days, without=[*actors, *programmes])
    groups: dict[str, list[Finding]] = {"lost": [], "reduced": [], "gained": []}
    for key in sorted(before.keys() | after.keys()):
        old = before.get(key) or Cell(*key)
        new = after.get(key) or Cell(*key)
        where = f"{label(G, key[1])} in {label(G, key[0])}"
        gone = sorted(old.actors.keys() - new.actors.keys())
        if old.actors and not new.actors:
            kind, score = "lost", old.coverage
            text = f"{where} would be left with no known actor ({labels(G, gone)} gone)."
        elif old.actors and new.coverage < old.coverage - 1e-9:
            kind, score = "reduced", old.coverage - new.coverage
            text = (
                f"Coverage of {where} would fall from {old.coverage:.2f} to {new.coverage:.2f}"
                f"{' (' + labels(G, gone) + ' gone)' if gone else ''}."
            )
        elif new.actors and not old.actors:
            kind, score = "gained", new.coverage
            text = f"{where} would gain {labels(G, sorted(new.actors))} by {after_date}."
        else:
            continue
        groups[kind].append(
            ctx.finding(
                f"coverage_{kind}",
                list(key),
                score,
                text,
                details={
                    "country": key[0],
                    "theme": key[1],
                    "coverage_before": old.coverage,
                    "coverage_after": new.coverage,
                    "actors_before": sorted(old.actors),
                    "actors_after": sorted(new.actors),
                    "programmes_before": sorted(old.programmes),
                    "programmes_after": sorted(new.programmes),
                },
                nodes=old.nodes | new.nodes,
                edges=old.edges | new.edges,
            )
        )
    return [f for kind in ("lost", "reduced", "gained") for f in ranked(groups[kind])]
