"""Coverage and need: who covers each country × theme on a date, how much it is needed, the gaps.

Coverage of a cell (see `activity.active_cells`) is ``Σ_programmes budget_factor × Σ_actors
weight(role)``. Need is a per-country number from a replaceable `NeedFunction`. The gap of a cell
is ``need / (1 + coverage)``: as large as the need where nobody works, shrinking as coverage grows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .activity import (
    BUDGET_UNIT,
    RECENT_DAYS,
    ROLE_WEIGHTS,
    Cell,
    in_edges,
    is_active,
    nodes_of_kind,
    out_edges,
    shared_cells,
)
from .findings import (
    Context,
    EdgeRef,
    Finding,
    InvalidData,
    check_weights,
    label,
    labels,
    ranked,
    resolve_as_of,
)

PALERMO = "mandate.palermo-protocol"
CETS_197 = "mandate.cets-197"
COUNCIL_OF_EUROPE = "org.coe"
UNITED_NATIONS = "org.un"


@dataclass(frozen=True)
class Need:
    """How much a country needs anti-trafficking work, with the terms and records it rests on."""

    score: float
    components: dict[str, float] = field(default_factory=dict)
    nodes: tuple[str, ...] = ()
    edges: tuple[EdgeRef, ...] = ()


#: ``need(G, country, as_of) -> Need``; pass your own to `coverage` to change the definition.
NeedFunction = Callable[[nx.MultiDiGraph, str, str], Need]


def party_to(G: nx.MultiDiGraph, country: str, mandate: str, as_of: str) -> EdgeRef | None:
    """Return the PARTY_TO edge making `country` a party to `mandate` on `as_of`, if any."""
    for u, v, k, d in out_edges(G, country, "PARTY_TO"):
        if v == mandate and is_active(d, as_of):
            return (u, v, k)
    return None


def latest_indicator(G: nx.MultiDiGraph, country: str, indicator: str, year: int
                     ) -> tuple[int, str, EdgeRef] | None:
    """Return (year, node, edge) of the newest `indicator` of `country` not after `year`."""
    latest: tuple[int, str, EdgeRef] | None = None
    for u, v, k, _ in out_edges(G, country, "HAS_INDICATOR"):
        ind = G.nodes[v]
        if (
            ind.get("indicator") == indicator
            and ind.get("score") is not None
            and ind.get("year") is not None
            and ind["year"] <= year
            and (latest is None or ind["year"] > latest[0])
        ):
            latest = (ind["year"], v, (u, v, k))
    return latest


#: Weight of the Global Slavery Index vulnerability score (0–1) in the default need.
GSI_WEIGHT = 2.0


def default_need(G: nx.MultiDiGraph, country: str, as_of: str) -> Need:
    """Need of a country: newest TIP tier + newest GSI vulnerability + missing commitments.

    Formally ``need = tip + 2 × gsi + [UN member or observer and not party to Palermo] + [CoE member
    and not party to CETS 197] + [no national coordinator]``, where ``tip`` is the ``score`` (1–3)
    of the newest ``tip_tier`` indicator of a year not after `as_of`'s year and ``gsi`` the
    ``score`` (0–1) of the newest ``gsi_vulnerability`` (Walk Free Global Slavery Index) likewise; a
    missing one counts 0 and is recorded as ``components["tip_tier_missing"] = 1``
    (``gsi_missing``), not added. The years used are in ``components["tip_tier_year"]`` and
    ``["gsi_year"]`` (not added either). A party is a country with a PARTY_TO edge active on
    `as_of`; Council of Europe (United Nations) membership is a MEMBER_OF ``org.coe`` (``org.un``,
    any role, so that observer States count) active on `as_of`; a national coordinator is an
    Organisation of type ``national_coordinator`` with an active OPERATES_IN or HEADQUARTERED_IN
    edge to the country.
    """
    year = int(as_of[:4])
    nodes: list[str] = []
    edges: list[EdgeRef] = []
    components: dict[str, float] = {}
    for indicator, name, weight in (("tip_tier", "tip_tier", 1.0),
                                    ("gsi_vulnerability", "gsi", GSI_WEIGHT)):
        latest = latest_indicator(G, country, indicator, year)
        if latest is None:
            components[name] = 0.0
            components[f"{name}_missing"] = 1.0
        else:
            components[name] = weight * float(G.nodes[latest[1]]["score"])
            components[f"{name}_year"] = float(latest[0])
            nodes.append(latest[1])
            edges.append(latest[2])

    memberships: dict[str, list[EdgeRef]] = {}  # organisation -> active MEMBER_OF edges
    for u, v, k, d in out_edges(G, country, "MEMBER_OF"):
        if v in (UNITED_NATIONS, COUNCIL_OF_EUROPE) and is_active(d, as_of):
            memberships.setdefault(v, []).append((u, v, k))
    # Only a State that can deposit with the UN Secretary-General can be a party: a missing
    # ratification of a country outside the UN (Kosovo) is no commitment left unmade.
    un = memberships.get(UNITED_NATIONS, [])
    if un:
        palermo = party_to(G, country, PALERMO, as_of)
        components["not_party_palermo"] = 0.0 if palermo else 1.0
        edges.extend([*un, *([palermo] if palermo else [])])

    coe = memberships.get(COUNCIL_OF_EUROPE, [])
    if coe:
        cets = party_to(G, country, CETS_197, as_of)
        components["not_party_cets197"] = 0.0 if cets else 1.0
        edges.extend([*coe, *([cets] if cets else [])])

    coordinators = [
        (u, v, k)
        for rel in ("OPERATES_IN", "HEADQUARTERED_IN")
        for u, v, k, d in in_edges(G, country, rel)
        if G.nodes[u].get("type") == "national_coordinator" and is_active(d, as_of)
    ]
    components["no_national_coordinator"] = 0.0 if coordinators else 1.0
    edges.extend(coordinators)
    nodes.extend(u for u, _, _ in coordinators)

    score = sum(v for k, v in components.items() if k not in NOT_ADDED)
    return Need(score, components, tuple(nodes), tuple(edges))


#: Components of `default_need` that describe, not add: what is missing and which year was used.
NOT_ADDED = frozenset({"tip_tier_missing", "tip_tier_year", "gsi_missing", "gsi_year"})


def has_data(G: nx.MultiDiGraph, country: str) -> bool:
    """Return whether anything at all is recorded about a country (any edge in or out)."""
    return G.degree(country) > 0


_NEED_WORDS = {
    "tip_tier": "TIP tier score {:g}",
    "gsi": "Global Slavery Index vulnerability term {:.2g}",
    # Absence is what the data shows, not what the world is: say "recorded".
    "not_party_palermo": "no ratification of the Palermo Protocol recorded",
    "not_party_cets197": "no ratification of CETS 197 recorded",
    "no_national_coordinator": "no national coordinator recorded",
}


_MISSING_WORDS = {"tip_tier_missing": "no TIP tier recorded",
                  "gsi_missing": "no Global Slavery Index figure recorded"}


def describe_need(components: Mapping[str, float]) -> str:
    """The need's terms in words, each with the year of the figure it used, then what is
    missing: "TIP tier score 2 (2025), no national coordinator recorded"."""
    parts = []
    for name, value in components.items():
        if not value or name in NOT_ADDED:
            continue
        words = _NEED_WORDS.get(name, name).format(value)
        year = components.get(f"{name}_year")
        parts.append(f"{words} ({year:.0f})" if year else words)
    parts += [words for name, words in _MISSING_WORDS.items() if components.get(name)]
    return ", ".join(parts) or "no need term applies"


def _need_words(need: Need) -> str:
    return describe_need(need.components)


def _need_name(need: NeedFunction) -> str:
    return getattr(need, "__qualname__", None) or repr(need)


def _cell_findings(
    G: nx.MultiDiGraph,
    *,
    as_of: str,
    weights: Mapping[str, float] | None,
    budget_unit: float,
    need: NeedFunction,
    themes: Iterable[str] | None,
    recent_days: int,
) -> tuple[Context, list[tuple[Cell, str, Need | None, float | None]]]:
    themes = sorted(set(themes)) if themes is not None else None
    params: dict[str, Any] = {
        "as_of": as_of,
        "weights": check_weights(weights or {}, ROLE_WEIGHTS),
        "budget_unit": budget_unit,
        "need": _need_name(need),
        "rollup": True,
        "themes": themes,
        "recent_days": recent_days,
    }
    all_themes = nodes_of_kind(G, "Theme")
    wanted = all_themes if themes is None else themes
    unknown = [t for t in wanted if t not in all_themes]
    if unknown:
        raise InvalidData.single("themes", unknown, "ids of Theme records in the graph")
    cells = shared_cells(G, as_of=as_of, weights=weights, budget_unit=budget_unit,
                         recent_days=recent_days)
    rows: list[tuple[Cell, str, Need | None, float | None]] = []
    for country in nodes_of_kind(G, "Country"):
        known = has_data(G, country)
        need_value = need(G, country, as_of) if known else None
        for theme in wanted:
            cell = cells.get((country, theme)) or Cell(country, theme)
            if not known:
                rows.append((cell, "no_data", None, None))
                continue
            assert need_value is not None
            status = "covered" if cell.actors else "no_actor"
            rows.append((cell, status, need_value, need_value.score / (1.0 + cell.coverage)))
    return Context(G, params), rows


def _details(cell: Cell, status: str, need: Need | None, gap: float | None) -> dict[str, Any]:
    return {
        "country": cell.country,
        "theme": cell.theme,
        "status": status,
        "coverage": cell.coverage,
        "need": need.score if need else None,
        "need_components": dict(need.components) if need else None,
        "gap": gap,
        "actors": {org: sorted(roles) for org, roles in sorted(cell.actors.items())},
        "programmes": sorted(cell.programmes),
    }


def coverage(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    weights: Mapping[str, float] | None = None,
    budget_unit: float = BUDGET_UNIT,
    need: NeedFunction = default_need,
    themes: Iterable[str] | None = None,
    recent_days: int = RECENT_DAYS,
) -> list[Finding]:
    """Say, for every country and theme, who works there on a date and how much it is needed.

    Formally one ``coverage`` finding per Country × Theme (all themes, or `themes`); ``score`` is
    the coverage; ``details`` hold ``status`` (``covered``: some organisation is active;
    ``no_actor``: none, but the country has data; ``no_data``: the country has no edge at all,
    so neither need nor gap is computed and both are None), ``need``, ``gap`` =
    need / (1 + coverage), the actors with their roles and the programmes. Programmes addressing a
    sub-theme count for its pillar too. Ordered by country, then theme.
    """
    as_of = resolve_as_of(as_of)
    ctx, rows = _cell_findings(
        G, as_of=as_of, weights=weights, budget_unit=budget_unit, need=need, themes=themes,
        recent_days=recent_days,
    )
    found = []
    for cell, status, need_value, gap in rows:
        where = f"{label(G, cell.theme)} in {label(G, cell.country)}"
        if status == "no_data":
            text = (
                f"Nothing is recorded about {label(G, cell.country)}, so {where} cannot be judged."
            )
        elif status == "no_actor":
            assert need_value is not None
            text = (
                f"No organisation is known to work on {where} on {as_of} "
                f"(need {need_value.score:g})."
            )
        else:
            assert need_value is not None
            text = (
                f"{labels(G, sorted(cell.actors))} work on {where} through "
                f"{len(cell.programmes)} programme(s) (coverage {cell.coverage:.2f}, "
                f"need {need_value.score:g}, gap {gap:.2f})."
            )
        found.append(
            ctx.finding(
                "coverage",
                [cell.country, cell.theme],
                cell.coverage,
                text,
                details=_details(cell, status, need_value, gap),
                nodes=need_value.nodes if need_value else (),
                edges=need_value.edges if need_value else (),
                base=cell.evidence(G),
            )
        )
    return found


def coverage_gaps(
    G: nx.MultiDiGraph,
    *,
    as_of: str | None = None,
    weights: Mapping[str, float] | None = None,
    budget_unit: float = BUDGET_UNIT,
    need: NeedFunction = default_need,
    themes: Iterable[str] | None = None,
    recent_days: int = RECENT_DAYS,
    max_coverage: float = 0.0,
    include_no_data: bool = True,
) -> list[Finding]:
    """List the country × theme cells where needed work is missing, the most needed first.

    Formally one ``coverage_gap`` finding per cell of a country with data whose coverage is
    at most `max_coverage` (default 0: nobody known to work there), ``score`` = gap =
    need / (1 + coverage), ranked by score (ties by country, theme); then, if
    `include_no_data`, one ``no_data`` finding (score 0) per country with no record at all,
    for which a gap cannot be told from an absence of data.
    """
    as_of = resolve_as_of(as_of)
    ctx, rows = _cell_findings(
        G, as_of=as_of, weights=weights, budget_unit=budget_unit, need=need, themes=themes,
        recent_days=recent_days,
    )
    ctx.params.update(max_coverage=max_coverage, include_no_data=include_no_data)
    gaps = []
    blind: set[str] = set()
    for cell, status, need_value, gap in rows:
        if status == "no_data":
            blind.add(cell.country)
            continue
        if cell.coverage > max_coverage:
            continue
        assert need_value is not None and gap is not None
        where = f"{label(G, cell.theme)} in {label(G, cell.country)}"
        if cell.actors:
            text = (
                f"Only {labels(G, sorted(cell.actors))} cover {where} (coverage "
                f"{cell.coverage:.2f}) against a need of {need_value.score:g} "
                f"({_need_words(need_value)})."
            )
        else:
            text = (
                f"No organisation is known to work on {where} on {as_of}, against a need of "
                f"{need_value.score:g} ({_need_words(need_value)})."
            )
        gaps.append(
            ctx.finding(
                "coverage_gap",
                [cell.country, cell.theme],
                gap,
                text,
                details=_details(cell, status, need_value, gap),
                nodes=need_value.nodes,
                edges=need_value.edges,
                base=cell.evidence(G),
            )
        )
    found = ranked(gaps)
    if include_no_data:
        for country in sorted(blind):
            found.append(
                ctx.finding(
                    "no_data",
                    [country],
                    0.0,
                    f"Nothing is recorded about {label(G, country)}: no indicator, treaty, "
                    "membership, presence or programme, so its gaps are unknown.",
                    details={"country": country},
                )
            )
    return found
