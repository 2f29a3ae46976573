"""The offline importer leaves the graph the loader leaves: same nodes, properties (and their
types), relationships, claims and Load record, on a small folder loaded into an empty store."""

from __future__ import annotations

import os
from typing import Any

import pytest

from graph import localdb
from graph.bulkimport import NotImportable, import_into_empty
from graph.loader import load_dataset
from graph.model import Dataset, Organisation
from graph.settings import Settings
from graph.store import GraphStore
from tests.conftest import FIXTURES, free_port

pytestmark = pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")),
                                reason="the offline importer writes only the local Neo4j")

SOURCE = "folder small"
# Set by each load when it runs: the only properties in which the two graphs may differ.
TIMES = {"first_loaded_at", "started_at", "last_loaded_at"}


def typed(value: Any) -> Any:
    """`value` with the type of every item, so that 1 and 1.0 (a long and a double) differ."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def everything(store: GraphStore) -> tuple[list, list]:
    """Every node and relationship with all their properties, the loader's own included."""
    nodes, _, _ = store.driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id",
        database_=store.database)
    rels, _, _ = store.driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, "
        "properties(r) AS props ORDER BY r.id, a.id, b.id", database_=store.database)
    return ([typed({"labels": n["labels"],
                    "props": {k: v for k, v in n["props"].items() if k not in TIMES}})
             for n in nodes],
            [typed(r.data()) for r in rels])


@pytest.fixture(scope="module")
def local_neo4j(tmp_path_factory) -> Any:
    """A local Neo4j of this module's own (the importer stops and starts it)."""
    settings = Settings(state_dir=tmp_path_factory.mktemp("bulk"), local_port=free_port(),
                        local_heap="1g", neo4j_uri=None)
    localdb.start(settings)
    try:
        with GraphStore.connect(settings) as store:
            yield settings, store
    finally:
        localdb.stop(settings)


@pytest.fixture
def empty_local(local_neo4j) -> Any:
    settings, store = local_neo4j
    store.clear()
    return settings, store


def test_offline_import_gives_the_graph_the_loader_gives(store, empty_local) -> None:
    from ingest.folder import read_folder

    dataset = read_folder(FIXTURES / "small")
    online = load_dataset(store, dataset, what="folder small", source=SOURCE, replace=True)
    settings, other = empty_local
    offline = import_into_empty(settings, other, dataset, what="folder small", source=SOURCE)
    assert everything(other) == everything(store)
    assert offline.counts == online.counts and offline.content_hash == online.content_hash
    assert other.schema_in_place()
    [load] = other.read("last_loads", limit=5)
    assert load["status"] == "complete" and load["runs"] == 1


def test_offline_import_refuses_a_store_that_is_not_empty_and_writes_nothing(empty_local) -> None:
    settings, other = empty_local
    first = Dataset(entities=[Organisation(id="org.a", name="A", type="ngo", scope="national",
                                           sources=["src.t"], checked="seen")])
    load_dataset(other, first, what="first", source="folder first", replace=True)
    before = everything(other)
    with pytest.raises(NotImportable, match="not empty"):
        import_into_empty(settings, other, first, what="second", source="folder second")
    assert everything(other) == before


def test_offline_import_refuses_values_csv_cannot_carry(empty_local) -> None:
    """A list item holding the importer's list separator would come back as two items."""
    settings, other = empty_local
    org = Organisation(id="org.a", name="A", type="ngo", scope="national", sources=["src.t"],
                       checked="seen", aliases=["A\x1fB"])
    with pytest.raises(NotImportable, match="list item"):
        import_into_empty(settings, other, Dataset(entities=[org]), what="odd",
                          source="folder odd")
    assert everything(other) == ([], [])


def test_a_big_first_folder_load_into_an_empty_local_store_takes_the_offline_path(
        empty_local, monkeypatch) -> None:
    """"Big" is `WORTHWHILE_RECORDS`, lowered here to the size of the small folder: the
    importer swaps the store under the local Neo4j, which the loader never does."""
    from graph import bulkimport
    from graph.service import AllianceService
    from ingest.folder import read_folder

    settings, other = empty_local
    monkeypatch.setattr(bulkimport, "WORTHWHILE_RECORDS", 10)
    log = localdb.status(settings).log
    swaps = log.read_text().count("paused for a swap")
    svc = AllianceService(other, settings)
    report = svc.load_folder(FIXTURES / "small", read_folder(FIXTURES / "small"))
    assert log.read_text().count("paused for a swap") == swaps + 1
    assert report.nodes > 10 and other.read("last_loads", limit=5)[0]["status"] == "complete"
    again = svc.load_folder(FIXTURES / "small", read_folder(FIXTURES / "small"))
    assert again.written == 0  # not empty any more: the loader, which finds nothing to change


def test_the_load_lock_holds_across_the_swap(empty_local) -> None:
    """The imported store comes up with this load's lock in it, renewed (a load of another
    process started then waits), and the lock is released at the end as the loader's is."""
    from graph import loadlock
    from ingest.folder import read_folder

    settings, other = empty_local
    seen: list[dict[str, Any]] = []

    def progress(phase: str, _n: int, _total: int) -> None:
        if phase == "schema":  # the new store is in place and the lock resumed
            seen.extend(other.read_text(
                "MATCH (l:LoadLock) RETURN l.holder AS holder, "
                "l.expires_at > datetime() AS live"))
            seen.append({"ours": loadlock.HOLD.lock_of(other).holder})

    import_into_empty(settings, other, read_folder(FIXTURES / "small"), what="folder small",
                      source=SOURCE, progress=progress)
    assert seen == [{"holder": seen[1]["ours"], "live": True}, {"ours": seen[1]["ours"]}]
    assert other.read_text("MATCH (l:LoadLock) RETURN count(l) AS n") == [{"n": 0}]


def test_a_swap_left_by_a_killed_process_is_resumed_by_the_next_start(empty_local) -> None:
    """A load killed while the local Neo4j's database is down for the swap leaves the server
    waiting; `localdb.start` (as `alliance db start` runs it) starts the database again."""
    import subprocess
    import time

    settings, other = empty_local
    ended = subprocess.Popen(["true"])
    ended.wait()  # ended and reaped: its pid names no process now
    ready = settings.state_dir / "neo4j.ready"
    (settings.state_dir / "neo4j.ready.pause").write_text(str(ended.pid))
    deadline = time.monotonic() + 60
    while not (settings.state_dir / "neo4j.ready.paused").is_file():
        assert time.monotonic() < deadline, "the server did not pause"
        time.sleep(0.1)
    assert not localdb.status(settings).running
    assert localdb.start(settings) == f"bolt://127.0.0.1:{settings.local_port}"
    assert ready.is_file() and localdb.status(settings).running
    other.reconnect()
    assert other.read("count_nodes") == [{"n": 0}]
