"""The house as the design card draws it: which package may import which, and no circles.

`api`, `viz`, `ingest` and `cli` depend on `graph`; nothing imports `api`; `graph` imports none of
the others; the analytics import nothing of the project but the exception root (which itself
imports nothing of the project). Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("graph", "ingest", "api", "viz", "cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_imports(path: Path) -> set[str]:
    """The project modules a file imports (absolute and relative, anywhere in the file)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t.split(".")[0] in PACKAGES)
    return found


def modules() -> dict[str, set[str]]:
    files = [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]
    names = {module_name(p) for p in files}
    graph: dict[str, set[str]] = {}
    for path in files:
        # "from graph import analytics" names a module; "from graph.model import X" does not
        graph[module_name(path)] = {t if t in names else t.rsplit(".", 1)[0]
                                    for t in project_imports(path)} & names
    return graph


def test_the_top_level_packages_of_the_design_card_exist() -> None:
    for folder in (*PACKAGES, "cypher", "tests"):
        assert (ROOT / folder).is_dir(), folder
    assert (ROOT / "docker-compose.yml").is_file() and (ROOT / "README.md").is_file()


@pytest.mark.parametrize(("package", "forbidden"), [
    ("graph", {"ingest", "api", "viz", "cli"}),
    ("ingest", {"api", "viz", "cli"}),
    ("viz", {"api", "ingest", "cli"}),
    ("api", {"cli"}),
    ("cli", {"api"}),
])
def test_dependencies_point_one_way(package: str, forbidden: set[str]) -> None:
    wrong = sorted(f"{m} imports {t}" for m, targets in modules().items()
                   if m.split(".")[0] == package for t in targets
                   if t.split(".")[0] in forbidden)
    assert not wrong, wrong


def test_analytics_import_nothing_of_the_project_but_the_exception_root() -> None:
    graph = modules()
    wrong = sorted(f"{m} imports {t}" for m, targets in graph.items()
                   if m.startswith("graph.analytics") for t in targets
                   if not t.startswith("graph.analytics") and t not in {"graph.errors", "graph"})
    assert not wrong, wrong
    assert graph["graph.errors"] == set()


def test_no_module_imports_itself_through_a_circle() -> None:
    G = nx.DiGraph([(m, t) for m, targets in modules().items() for t in targets if t != m])
    cycles = list(nx.simple_cycles(G))
    assert not cycles, cycles[:5]
