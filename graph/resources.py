"""Where the project's own files are: stored Cypher, the bundled data, the Neo4j launcher.

The one place that knows. In a checkout they sit beside the `graph` package at the top of the
repository; in an installed wheel they are bundled inside it (`graph/_bundled/…`, see
`pyproject.toml`), found through the package's resources.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from graph.errors import AllianceError


def _locate(name: str, marker: str | None = None) -> Path:
    package = Path(str(resources.files("graph")))
    for candidate in (package / "_bundled" / name, package.parent / name):
        if candidate.is_dir() and (marker is None or (candidate / marker).exists()):
            return candidate
    raise AllianceError(f"the {name}/ folder of Alliance Graph is missing from this installation")


def cypher_dir() -> Path:
    """The folder of stored queries (`cypher/*.cypher`)."""
    return _locate("cypher")


def bundled_data_dir() -> Path:
    """The bundled dataset (`data/`)."""
    return _locate("data", "themes.csv")


def neo4j_project_dir() -> Path:
    """The small Maven project that runs Neo4j embedded with Bolt (`neo4j-embedded/`)."""
    return _locate("neo4j-embedded", "pom.xml")
