"""What a view accepts, and the errors that list the valid choices.

A view asked for an unknown country, theme or record, or given an unknown filter value,
raises one of these; the API turns them into an HTML page that lists the choices (with links)
and the CLI into plain words. Countries are ISO3 codes in any case (``mda`` is ``MDA``).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.errors import FieldError, InvalidData, NotFound

Choice = tuple[str, str]  # (value, name)


class UnknownRecord(NotFound):
    """A view of a record (country, theme, actor) that the graph does not hold."""

    def __init__(self, message: str, *, field: str, got: str, choices: list[Choice],
                 link: str | None = None):
        super().__init__(message)
        self.field, self.got, self.choices, self.link = field, got, choices, link


class UnknownValue(InvalidData):
    """A filter value a view does not know; `choices` are the valid ones."""

    def __init__(self, field: str, got: object, expected: str, choices: list[Choice],
                 link: str | None = None):
        super().__init__([FieldError("", 0, field, str(got), expected)])
        self.field, self.got, self.choices, self.link = field, str(got), choices, link


def by_name(pairs: Iterable[Choice]) -> list[Choice]:
    """Choices sorted by name as a person reads them (case and accents aside), then value."""
    from graph.search import fold

    return sorted(pairs, key=lambda p: (fold(p[1]), p[0]))


def records(G: nx.MultiDiGraph, kind: str) -> list[Choice]:
    """(id, name) of every record of `kind`, by name."""
    return by_name((str(n), str(d.get("name") or n)) for n, d in G.nodes(data=True)
                   if d.get("kind") == kind)


def country_code(G: nx.MultiDiGraph, code: str, *, field: str = "country",
                 record: bool = False) -> str:
    """The ISO3 code of a country of the graph, `code` in any case; an error lists them all."""
    iso3 = code.strip().upper()
    if G.nodes.get(iso3, {}).get("kind") == "Country":
        return iso3
    choices = [(c, f"{n} ({c})") for c, n in records(G, "Country")]
    if record:
        raise UnknownRecord(f"no country with ISO3 code {code!r}", field=field, got=code,
                            choices=choices, link="/views/country/")
    raise UnknownValue(field, code, "the ISO3 code of a country in the data", choices,
                       link="/views/country/")


def theme_id(G: nx.MultiDiGraph, theme: str, *, field: str = "theme",
             record: bool = False) -> str:
    """The id of a theme, given as ``theme.protection``, ``protection`` or its name."""
    from graph.search import fold

    wanted = theme.strip()
    themes = records(G, "Theme")
    for tid, name in themes:
        if wanted in (tid, tid.removeprefix("theme.")) or fold(wanted) == fold(name):
            return tid
    if record:
        raise UnknownRecord(f"no theme {theme!r}", field=field, got=theme, choices=themes,
                            link="/views/theme/")
    raise UnknownValue(field, theme, "a theme id or name", themes, link="/views/theme/")
