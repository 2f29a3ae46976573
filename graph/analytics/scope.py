"""Scope: which countries, themes and actors a reader wants findings about, and the one filter.

One implementation for the CLI, the API, the views and notebooks. A scope is resolved against the
graph (so that an unknown country, theme or region is an error that lists the valid ones) and then
applied to each finding's structured fields (`Finding.about`), never to its text.

A finding is *about* a country when `about.countries` names it; a finding that names no country
(centrality, communities, a pair of actors, a programme) is about the countries its actors and
programmes work in: an organisation's headquarters, the countries it operates in and the countries
its programmes target; a programme's target countries. Themes likewise, through the themes of the
actors' programmes. A pillar includes its finer themes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .activity import in_edges, is_active, nodes_of_kind, out_edges
from .findings import Finding, InvalidData

#: Named groupings of countries beyond the UN regions of the country records.
#: ``osce``: the OSCE region, its participating States on the date and the places where its
#: field operations work (Kosovo, not a State of the OSCE, has a mission); ``osce-states``: the
#: participating States only; ``osce-partners``: its Partners for Co-operation; ``osce-field``:
#: countries where an OSCE field operation works;
#: ``western-balkans``: the field-operation countries of Southern Europe (the six OSCE missions
#: in South-Eastern Europe: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North
#: Macedonia, Serbia), derived from the data rather than listed; ``world``: all.
GROUPING_NAMES = {
    "osce": "OSCE region (participating States and field operations)",
    "osce-states": "OSCE participating States",
    "osce-partners": "OSCE Partners for Co-operation",
    "osce-field": "OSCE field operations",
    "western-balkans": "Western Balkans (OSCE field operations in South-Eastern Europe)",
    "world": "World",
}
GROUPINGS = tuple(GROUPING_NAMES)
OSCE = "org.osce"


@dataclass(frozen=True)
class Scope:
    """A resolved scope: None in a field means "no restriction on that"."""

    countries: frozenset[str] | None = None
    themes: frozenset[str] | None = None
    actor_types: frozenset[str] | None = None
    actor_scopes: frozenset[str] | None = None
    actors: frozenset[str] | None = None
    description: str = "the whole graph"

    @property
    def is_everything(self) -> bool:
        return all(getattr(self, f) is None for f in
                   ("countries", "themes", "actor_types", "actor_scopes", "actors"))


def _split(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [part.strip() for item in items for part in item.split(",") if part.strip()]


def _choices(values: Iterable[str], limit: int = 60) -> str:
    values = sorted(set(values))
    shown = ", ".join(values[:limit])
    return shown + (f" … ({len(values)} in all)" if len(values) > limit else "")


def grouping_members(G: nx.MultiDiGraph, grouping: str, as_of: str) -> set[str]:
    """Return the countries of a named grouping (see `GROUPINGS`) on `as_of`."""
    countries = set(nodes_of_kind(G, "Country"))
    if grouping == "world":
        return countries
    if grouping == "osce":
        return (grouping_members(G, "osce-states", as_of)
                | grouping_members(G, "osce-field", as_of))
    if grouping in ("osce-states", "osce-partners"):
        role = "participating_state" if grouping == "osce-states" else "partner_for_cooperation"
        return {u for u, _, _, d in in_edges(G, OSCE, "MEMBER_OF")
                if u in countries and d.get("role") == role and is_active(d, as_of)}
    if grouping in ("osce-field", "western-balkans"):
        field = {v for org in nodes_of_kind(G, "Organisation")
                 if G.nodes[org].get("type") == "field_operation"
                 for _, v, _, d in out_edges(G, org, "OPERATES_IN")
                 if v in countries and is_active(d, as_of)}
        if grouping == "western-balkans":
            return {c for c in field if G.nodes[c].get("subregion") == "Southern Europe"}
        return field
    raise InvalidData.single("region", grouping, "one of " + ", ".join(GROUPINGS))


def _country_names(G: nx.MultiDiGraph) -> dict[str, str]:
    """Every name a reader may use for a country: its name, the name before a comma
    ("Moldova, Republic of" → "Moldova"), and its ISO2 code."""
    names: dict[str, str] = {}
    for c in nodes_of_kind(G, "Country"):
        name = str(G.nodes[c].get("name", ""))
        for form in (name, name.split(",")[0], name.split(" (")[0], G.nodes[c].get("iso2")):
            if form:
                names.setdefault(str(form).casefold().strip(), c)
    return names


def _country_ids(G: nx.MultiDiGraph, values: list[str]) -> set[str]:
    by_name = _country_names(G)
    found, unknown = set(), []
    for value in values:
        code = value.upper()
        if code in G and G.nodes[code].get("kind") == "Country":
            found.add(code)
        elif value.casefold() in by_name:
            found.add(by_name[value.casefold()])
        else:
            unknown.append(value)
    if unknown:
        raise InvalidData.single("country", ", ".join(unknown), "ISO 3166-1 alpha-3 codes or "
                                 "names of countries in the graph, e.g. MDA or Moldova")
    return found


def _theme_ids(G: nx.MultiDiGraph, values: list[str]) -> set[str]:
    themes = nodes_of_kind(G, "Theme")
    by_key = {t.casefold(): t for t in themes}
    by_key.update({str(G.nodes[t].get("name", "")).casefold(): t for t in themes})
    by_key.update({t.removeprefix("theme.").casefold(): t for t in themes})
    found, unknown = set(), []
    for value in values:
        theme = by_key.get(value.casefold())
        if theme is None:
            unknown.append(value)
            continue
        # A pillar includes its finer themes (SUBTHEME_OF, followed downwards).
        stack = [theme]
        while stack:
            t = stack.pop()
            if t not in found:
                found.add(t)
                stack.extend(u for u, _, _, _ in in_edges(G, t, "SUBTHEME_OF"))
    if unknown:
        raise InvalidData.single("theme", ", ".join(unknown), "a theme id or name: "
                                 + _choices(G.nodes[t].get("name", t) for t in themes))
    return found


def un_regions(G: nx.MultiDiGraph, field: str = "region") -> dict[str, set[str]]:
    """The countries of each UN M49 region (``field="region"``) or subregion, by the name the
    country records give."""
    by_region: dict[str, set[str]] = {}
    for c in nodes_of_kind(G, "Country"):
        name = G.nodes[c].get(field)
        if name:
            by_region.setdefault(str(name), set()).add(c)
    return by_region


def _regions(G: nx.MultiDiGraph, values: list[str], field: str, as_of: str) -> set[str]:
    countries = nodes_of_kind(G, "Country")
    by_region = {k.casefold(): v for k, v in un_regions(G, field).items()}
    found: set[str] = set()
    unknown = []
    for value in values:
        key = value.casefold()
        if field == "region" and key in GROUPINGS:
            found |= grouping_members(G, key, as_of)
        elif key in by_region:
            found |= by_region[key]
        else:
            unknown.append(value)
    if unknown:
        names = {str(G.nodes[c].get(field)) for c in countries if G.nodes[c].get(field)}
        extra = GROUPINGS if field == "region" else ()
        other = "subregion" if field == "region" else "region"
        elsewhere = [u for u in unknown if any(
            str(G.nodes[c].get(other, "")).casefold() == u.casefold() for c in countries)]
        hint = f" ({', '.join(elsewhere)}: a {other}, give it as {other})" if elsewhere else ""
        raise InvalidData.single(field, ", ".join(unknown),
                                 "one of " + _choices([*extra, *names]) + hint)
    return found


def _enum(G: nx.MultiDiGraph, values: list[str], attribute: str, name: str) -> set[str]:
    known = {str(G.nodes[o].get(attribute)) for o in nodes_of_kind(G, "Organisation")
             if G.nodes[o].get(attribute)}
    wanted = {v.casefold() for v in values}
    unknown = sorted(wanted - known)
    if unknown:
        raise InvalidData.single(name, ", ".join(unknown), "one of " + _choices(known))
    return wanted


def resolve_scope(
    G: nx.MultiDiGraph,
    *,
    as_of: str,
    country: str | Iterable[str] | None = None,
    theme: str | Iterable[str] | None = None,
    region: str | Iterable[str] | None = None,
    subregion: str | Iterable[str] | None = None,
    actor_type: str | Iterable[str] | None = None,
    actor_scope: str | Iterable[str] | None = None,
    actor: str | Iterable[str] | None = None,
) -> Scope:
    """Check every value against the graph and return the `Scope` it describes.

    Several values (a list, or one string with commas) of one option are alternatives; the
    options together must all hold. Country and region narrow each other: ``region="osce",
    country="MDA"`` is Moldova.

    Raises
    ------
    InvalidData
        Naming the option, the value and the valid choices, for any value the graph lacks.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("MDA", kind="Country", name="Moldova", region="Europe")
    >>> sorted(resolve_scope(G, as_of="2026-01-01", country="moldova").countries)
    ['MDA']
    """
    described: list[str] = []
    countries: set[str] | None = None

    def narrow(found: set[str], what: str) -> None:
        nonlocal countries
        countries = found if countries is None else countries & found
        described.append(what)

    if region and _split(region) != ["world"]:
        narrow(_regions(G, _split(region), "region", as_of),
               "region " + ", ".join(_split(region)))
    if subregion:
        narrow(_regions(G, _split(subregion), "subregion", as_of),
               "subregion " + ", ".join(_split(subregion)))
    if country:
        narrow(_country_ids(G, _split(country)), "country " + ", ".join(_split(country)))
    themes = _theme_ids(G, _split(theme)) if theme else None
    if theme:
        described.append("theme " + ", ".join(_split(theme)))
    types = _enum(G, _split(actor_type), "type", "actor_type") if actor_type else None
    scopes = _enum(G, _split(actor_scope), "scope", "actor_scope") if actor_scope else None
    actors = None
    if actor:
        actors = set(_split(actor))
        unknown = sorted(a for a in actors if G.nodes.get(a, {}).get("kind") != "Organisation")
        if unknown:
            raise InvalidData.single("actor", ", ".join(unknown),
                                     "the id of an organisation in the graph, e.g. org.iom")
        described.append("actor " + ", ".join(sorted(actors)))
    for values, what in ((types, "actor type"), (scopes, "actor scope")):
        if values:
            described.append(f"{what} " + ", ".join(sorted(values)))
    return Scope(
        countries=frozenset(countries) if countries is not None else None,
        themes=frozenset(themes) if themes is not None else None,
        actor_types=frozenset(types) if types else None,
        actor_scopes=frozenset(scopes) if scopes else None,
        actors=frozenset(actors) if actors else None,
        description="; ".join(described) or "the whole graph",
    )


def record_places(G: nx.MultiDiGraph, record: str) -> tuple[set[str], set[str]]:
    """Return the countries and themes a record works in (see the module docstring)."""
    attrs = G.nodes[record] if record in G else {}
    kind = attrs.get("kind")
    countries: set[str] = set()
    themes: set[str] = set()
    if kind == "Country":
        countries.add(record)
    elif kind == "Theme":
        themes.add(record)
    elif kind == "Programme":
        countries |= {v for _, v, _, _ in out_edges(G, record, "TARGETS")}
        themes |= {v for _, v, _, _ in out_edges(G, record, "ADDRESSES")}
    elif kind == "Organisation":
        for rel in ("HEADQUARTERED_IN", "OPERATES_IN"):
            countries |= {v for _, v, _, _ in out_edges(G, record, rel)}
        for rel in ("IMPLEMENTS", "FUNDS"):
            for _, p, _, _ in out_edges(G, record, rel):
                countries |= {v for _, v, _, _ in out_edges(G, p, "TARGETS")}
                themes |= {v for _, v, _, _ in out_edges(G, p, "ADDRESSES")}
    return countries, themes


def in_scope(G: nx.MultiDiGraph, finding: Finding, scope: Scope,
             places: dict[str, tuple[set[str], set[str]]] | None = None) -> bool:
    """Return whether `finding` is about something inside `scope`.

    `places` caches `record_places` across the findings of one list.
    """
    if scope.is_everything:
        return True
    about = finding.about
    records = [r.id for r in (*about.actors, *about.programmes)]
    cache = places if places is not None else {}

    def where(record: str) -> tuple[set[str], set[str]]:
        if record not in cache:
            cache[record] = record_places(G, record)
        return cache[record]

    if scope.countries is not None:
        named = {r.id for r in about.countries}
        if not named:
            named = set().union(*(where(r)[0] for r in records)) if records else set()
        if not named & scope.countries:
            return False
    if scope.themes is not None:
        named = {r.id for r in about.themes}
        if not named:
            named = set().union(*(where(r)[1] for r in records)) if records else set()
        if not named & scope.themes:
            return False
    actors = [r.id for r in about.actors]
    if scope.actors is not None and not scope.actors & set(actors):
        return False
    for attribute, wanted in (("type", scope.actor_types), ("scope", scope.actor_scopes)):
        if wanted is not None and not any(
                str(G.nodes[a].get(attribute, "")).casefold() in wanted for a in actors):
            return False
    return True


def filter_findings(G: nx.MultiDiGraph, findings: list[Finding], scope: Scope) -> list[Finding]:
    """Keep the findings inside `scope`, re-ranked from 1 in their original order."""
    if scope.is_everything:
        return findings
    cache: dict[str, tuple[set[str], set[str]]] = {}
    kept = [f for f in findings if in_scope(G, f, scope, cache)]
    return [f.model_copy(update={"rank": i}) if f.rank else f for i, f in enumerate(kept, 1)]


def scope_params(**values: Any) -> dict[str, Any]:
    """The scope options given (None dropped), as recorded in a response's parameters."""
    return {k: v for k, v in values.items() if v not in (None, "", [], ())}
