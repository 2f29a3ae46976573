"""`alliance db reset` empties a graph of any size (issue 15: on a 300k-node graph it failed
with MemoryPoolOutOfMemoryError and deleted nothing).

The failure comes from deleting, in one transaction, nodes that hold many relationships; it is
reproduced here at a smaller size in a Neo4j with a smaller heap (512 MB): 20 countries with
10,000 relationships each, which the former one-statement `DETACH DELETE` could not clear.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from graph import localdb
from graph.settings import Settings, get_settings
from graph.store import GraphStore
from tests.conftest import free_port

COUNTRIES = "UNWIND range(0, 19) AS i CREATE (:Country {id: 'C' + i})"
PROGRAMMES = ("UNWIND range(0, 19999) AS i CALL (i) { CREATE (:Programme {id: 'p' + i}) } "
              "IN TRANSACTIONS OF 10000 ROWS")
TARGETS = ("MATCH (c:Country) WITH collect(c) AS cs MATCH (p:Programme) "
           "CALL (p, cs) { UNWIND range(0, 9) AS k WITH p, k, cs[k * 2 % size(cs) + k % 2] AS c "
           "CREATE (p)-[:TARGETS {id: p.id + '-' + k}]->(c) } IN TRANSACTIONS OF 2000 ROWS")


@pytest.fixture
def small_heap_neo4j(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    settings = Settings(state_dir=tmp_path, local_port=free_port(), local_heap="512m",
                        neo4j_uri=None)
    localdb.start(settings)
    monkeypatch.setenv("ALLIANCE_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("ALLIANCE_LOCAL_PORT", str(settings.local_port))
    get_settings.cache_clear()
    yield settings
    get_settings.cache_clear()
    localdb.stop(settings)


def test_db_reset_empties_a_graph_whose_nodes_hold_many_relationships(small_heap_neo4j) -> None:
    with GraphStore.connect(small_heap_neo4j) as store:
        with store.driver.session() as session:
            for statement in (COUNTRIES, PROGRAMMES, TARGETS):
                session.run(statement).consume()
        assert store.counts()["relationship"] == {"TARGETS": 200_000}
        result = CliRunner().invoke(app, ["db", "reset", "--yes"])
        assert result.exit_code == 0, result.output
        assert "the graph is empty" in result.output
        assert store.counts() == {"node": {}, "relationship": {}}
