"""Mandate-action gaps: commitments with no programme behind them, and programmes with no mandate.

A mandate *covers* a theme through COVERS. A programme *addresses* a theme through ADDRESSES, and
also every pillar above it (SUBTHEME_OF): a programme on victim identification acts on the
protection pillar, but a programme on "protection" in general does not act on each sub-theme.
Only programmes active on `as_of` count as action (see `activity.programme_is_active`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from .activity import (
    in_edges,
    is_active,
    nodes_of_kind,
    out_edges,
    part_of_ancestors,
    part_of_edges,
    programme_is_active,
    theme_ancestors,
)
from .findings import Context, EdgeRef, Finding, InvalidData, label, labels, ranked, resolve_as_of

#: HOLDS_MANDATE roles that commit an organisation to act. A body that only ``monitors`` a
#: treaty (GRETA and CETS 197) is not expected to run programmes under it.
ACTING_ROLES = ("established_by", "implements", "bound_by", "custodian")

HOLDS_MANDATE_ROLES = frozenset(
    {"established_by", "monitors", "implements", "bound_by", "custodian"}
)


def _covers(G: nx.MultiDiGraph, mandate: str, as_of: str) -> dict[str, EdgeRef]:
    return {
        v: (u, v, k)
        for u, v, k, d in out_edges(G, mandate, "COVERS")
        if G.nodes[v].get("kind") == "Theme" and is_active(d, as_of)
    }


def _acted_themes(G: nx.MultiDiGraph, programme: str, as_of: str) -> dict[str, list[EdgeRef]]:
    """Return the themes a programme acts on (addressed ones and the pillars above), with edges."""
    themes: dict[str, list[EdgeRef]] = {}
    for u, v, k, d in out_edges(G, programme, "ADDRESSES"):
        if G.nodes[v].get("kind") == "Theme" and is_active(d, as_of):
            for theme, path in theme_ancestors(G, v).items():
                themes.setdefault(theme, [(u, v, k), *path])
    return themes


def _held_mandates(
    G: nx.MultiDiGraph, org: str, as_of: str, roles: Iterable[str]
) -> dict[str, EdgeRef]:
    roles = set(roles)
    return {
        v: (u, v, k)
        for u, v, k, d in out_edges(G, org, "HOLDS_MANDATE")
        if is_active(d, as_of) and (d.get("role") or "implements") in roles
    }


def _params(as_of: str, roles: Iterable[str]) -> dict[str, Any]:
    roles = sorted(set(roles))
    unknown = set(roles) - HOLDS_MANDATE_ROLES
    if unknown:
        raise InvalidData.single(
            "acting_roles", sorted(unknown), f"roles among {sorted(HOLDS_MANDATE_ROLES)}"
        )
    return {"as_of": as_of, "acting_roles": roles, "rollup": True}


def mandates_without_action(
    G: nx.MultiDiGraph, *, as_of: str | None = None, acting_roles: Iterable[str] = ACTING_ROLES
) -> list[Finding]:
    """List themes that a country or an organisation is committed to but where nothing is done.

    Formally:

    * ``country_mandate_without_action`` – for a Country c and Theme t such that c is PARTY_TO
      (active on `as_of`) some mandate m that COVERS t, and no active programme TARGETS c and
      acts on t. Subject [c, t]; ``score`` = number of such mandates.
    * ``organisation_mandate_without_action`` – for an Organisation o and Theme t such that o
      HOLDS_MANDATE (active, role in `acting_roles`; a missing role reads as ``implements``) a
      mandate covering t, and no active programme acting on t is implemented or funded (active
      edge) by o or by an organisation PART_OF o, since a parent's mandate is carried out by its
      units. Subject [o, t]; ``score`` = number of such mandates.

    Ranked by score, then subject.
    """
    as_of = resolve_as_of(as_of)
    ctx = Context(G, _params(as_of, acting_roles))
    # What is being done: (country, theme) and (organisation, theme) pairs with an active programme.
    done_in: set[tuple[str, str]] = set()
    done_by: set[tuple[str, str]] = set()
    parents = part_of_edges(G)
    for p in nodes_of_kind(G, "Programme"):
        if not programme_is_active(G, p, as_of):
            continue
        themes = _acted_themes(G, p, as_of)
        for _, c, _, d in out_edges(G, p, "TARGETS"):
            if is_active(d, as_of):
                done_in.update((c, t) for t in themes)
        for rel in ("IMPLEMENTS", "FUNDS"):
            for u, _, _, d in in_edges(G, p, rel):
                if is_active(d, as_of):
                    acting = {u, *part_of_ancestors(G, u, as_of, parents)}
                    done_by.update((o, t) for o in acting for t in themes)

    found = []
    for country in nodes_of_kind(G, "Country"):
        bound: dict[str, list[tuple[str, list[EdgeRef]]]] = {}
        for u, m, k, d in out_edges(G, country, "PARTY_TO"):
            if is_active(d, as_of):
                for t, cover in _covers(G, m, as_of).items():
                    bound.setdefault(t, []).append((m, [(u, m, k), cover]))
        for t, mandates in sorted(bound.items()):
            if (country, t) not in done_in:
                found.append(_finding(ctx, "country_mandate_without_action", country, t, mandates))
    for org in nodes_of_kind(G, "Organisation"):
        bound = {}
        for m, held in _held_mandates(G, org, as_of, acting_roles).items():
            for t, cover in _covers(G, m, as_of).items():
                bound.setdefault(t, []).append((m, [held, cover]))
        for t, mandates in sorted(bound.items()):
            if (org, t) not in done_by:
                found.append(_finding(ctx, "organisation_mandate_without_action", org, t, mandates))
    return ranked(found)


def _finding(
    ctx: Context, kind: str, holder: str, theme: str, mandates: list[tuple[str, list[EdgeRef]]]
) -> Finding:
    G = ctx.G
    ids = sorted({m for m, _ in mandates})
    who = "targets" if kind.startswith("country") else "is run or funded by"
    return ctx.finding(
        kind,
        [holder, theme],
        len(ids),
        f"{label(G, holder)} is committed to {label(G, theme)} by {labels(G, ids)}, but no "
        f"active programme on it {who} {label(G, holder)} on {ctx.params['as_of']}.",
        details={"holder": holder, "theme": theme, "mandates": ids},
        nodes=ids,
        edges=[e for _, edges in mandates for e in edges],
    )


def programmes_without_mandate(
    G: nx.MultiDiGraph, *, as_of: str | None = None, acting_roles: Iterable[str] = ACTING_ROLES
) -> list[Finding]:
    """List active programmes that no mandate of their actors or target countries backs.

    Formally one ``programme_without_mandate`` finding per programme p active on `as_of` that
    addresses at least one theme, such that no mandate covering a theme p acts on (addressed
    or pillar above) is held (active HOLDS_MANDATE with a role in `acting_roles`) by an
    implementer or funder of p (active edge) or by an organisation they are PART_OF, nor has a
    target country of p as an active party. Programmes with no theme cannot be judged and are
    left out. ``score`` is 1 (all equal; ranked by id).
    """
    as_of = resolve_as_of(as_of)
    ctx = Context(G, _params(as_of, acting_roles))
    # What each mandate covers, and which mandates each organisation holds and each country
    # is party to, read once per call rather than once per programme that asks.
    covered: dict[str, set[str]] = {}
    held: dict[str, list[str]] = {}
    parties: dict[str, list[str]] = {}

    def covers(m: str) -> set[str]:
        if m not in covered:
            covered[m] = set(_covers(G, m, as_of))
        return covered[m]

    def holds(org: str) -> list[str]:
        if org not in held:
            held[org] = list(_held_mandates(G, org, as_of, acting_roles))
        return held[org]

    def party_to(country: str) -> list[str]:
        if country not in parties:
            parties[country] = [m for _, m, _, d in out_edges(G, country, "PARTY_TO")
                                if is_active(d, as_of)]
        return parties[country]

    found = []
    parents = part_of_edges(G)
    for p in nodes_of_kind(G, "Programme"):
        if not programme_is_active(G, p, as_of):
            continue
        themes = _acted_themes(G, p, as_of)
        if not themes:
            continue
        backers: list[str] = []
        for rel in ("IMPLEMENTS", "FUNDS"):
            for u, _, _, d in in_edges(G, p, rel):
                if is_active(d, as_of):
                    backers.extend([u, *part_of_ancestors(G, u, as_of, parents)])
        backed = any(not covers(m).isdisjoint(themes) for org in backers for m in holds(org))
        countries = [v for _, v, _, d in out_edges(G, p, "TARGETS") if is_active(d, as_of)]
        backed = backed or any(
            not covers(m).isdisjoint(themes) for c in countries for m in party_to(c))
        if backed:
            continue
        addressed = {path[0][1] for path in themes.values()}  # the ADDRESSES targets
        found.append(
            ctx.finding(
                "programme_without_mandate",
                [p],
                1.0,
                f"No mandate held by the implementers or funders of {label(G, p)}"
                f"{' (' + labels(G, sorted(set(backers))) + ')' if backers else ''}, nor "
                f"ratified by its target countries, covers {labels(G, sorted(addressed))}.",
                details={
                    "themes": sorted(themes),
                    "actors": sorted(set(backers)),
                    "countries": sorted(countries),
                },
                nodes=[*backers, *countries, *themes],
                edges=[e for path in themes.values() for e in path],
            )
        )
    return ranked(found)
