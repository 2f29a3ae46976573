"""The stored Cypher queries of `cypher/*.cypher`, and the one place identifiers are spliced.

Each file holds one named query with a header of `// key: value` lines (name, purpose, params,
mode, …). Values always travel as `$parameters`. Labels and relationship types cannot be
parameters in an index-backed MERGE on Neo4j 5.26, so templates name them with placeholders
(`__LABEL__`, `__TYPE__`, …) that `render` fills only with members of the model's enums.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from graph.errors import NotFound, UnsafeIdentifier
from graph.model import NodeLabel, RelType
from graph.resources import cypher_dir

_PLACEHOLDER = re.compile(r"__([A-Z]+)__")
_SAFE_NAME = re.compile(r"^[A-Za-z][A-Za-z_]*$")


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    header: dict[str, str] = field(default_factory=dict)

    @property
    def mode(self) -> str:
        return self.header.get("mode", "read").split()[0]

    @property
    def purpose(self) -> str:
        return self.header.get("purpose", "")

    @property
    def placeholders(self) -> set[str]:
        return set(_PLACEHOLDER.findall(self.text))

    def statements(self) -> list[str]:
        """The statements of a multi-statement file (the schema), split on `;` at line ends."""
        return [s.strip() for s in re.split(r";\s*$", self.text, flags=re.M) if s.strip()]


def parse(text: str, name: str) -> Query:
    header: dict[str, str] = {}
    body: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        match = re.match(r"^//\s*([a-z_ ]+):\s*(.*)$", stripped)
        if match and not body:
            header[match.group(1).strip()] = match.group(2).strip()
        elif stripped.startswith("//") and not body:
            continue
        else:
            body.append(line)
    return Query(name=header.get("name", name), text="\n".join(body).strip(), header=header)


@cache
def load(name: str) -> Query:
    path = cypher_dir() / f"{name}.cypher"
    if not path.is_file():
        raise NotFound(f"no stored query named {name!r} (looked for {path})")
    return parse(path.read_text(encoding="utf-8"), name)


def all_queries() -> dict[str, Query]:
    return {p.stem: load(p.stem) for p in sorted(cypher_dir().glob("*.cypher"))}


def safe_identifier(value: object, allowed: type[NodeLabel] | type[RelType]) -> str:
    """Return `value` quoted for Cypher if, and only if, it is on the allow-list `allowed`.

    Checked twice, as graphiti does: membership of the enum, then the shape of the name.
    """
    try:
        member = allowed(str(value))
    except ValueError:
        raise UnsafeIdentifier(
            f"{value!r} is not a known {allowed.__name__}; expected one of "
            + ", ".join(m.value for m in allowed)
        ) from None
    if not _SAFE_NAME.match(member.value):
        raise UnsafeIdentifier(f"{member.value!r} is not a safe Cypher identifier")
    return f"`{member.value}`"


_KINDS: dict[str, type[NodeLabel] | type[RelType]] = {
    "LABEL": NodeLabel, "START": NodeLabel, "END": NodeLabel, "TYPE": RelType}


def render(query: Query, **identifiers: object) -> str:
    """Fill a template's placeholders with checked identifiers; values stay parameters."""
    needed = query.placeholders
    given = {k.upper() for k in identifiers}
    if needed != given:
        raise UnsafeIdentifier(
            f"query {query.name!r} needs identifiers {sorted(needed)}, got {sorted(given)}"
        )
    values = {k.upper(): safe_identifier(v, _KINDS[k.upper()]) for k, v in identifiers.items()}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], query.text)
