"""The local Neo4j starts, answers on Bolt, survives a second start and stops cleanly."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app
from graph import localdb
from graph.settings import Settings, get_settings
from graph.store import GraphStore
from tests.conftest import free_port


def test_local_neo4j_lifecycle_start_twice_status_and_clean_stop(tmp_path: Path,
                                                                 monkeypatch) -> None:
    if os.environ.get("NEO4J_URI"):
        monkeypatch.delenv("NEO4J_URI")
    port = free_port()
    monkeypatch.setenv("ALLIANCE_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("ALLIANCE_LOCAL_PORT", str(port))
    monkeypatch.setenv("ALLIANCE_LOCAL_HEAP", "512m")
    monkeypatch.setenv("ALLIANCE_LOCAL_PAGE_CACHE", "64m")
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        started = runner.invoke(app, ["db", "start"])
        assert started.exit_code == 0, started.output
        assert f"bolt://127.0.0.1:{port}" in started.output
        pid = localdb.status(get_settings()).pid
        assert pid is not None

        again = runner.invoke(app, ["db", "start"])
        assert again.exit_code == 0 and f"bolt://127.0.0.1:{port}" in again.output
        assert localdb.status(get_settings()).pid == pid, "a second start started another one"

        status = runner.invoke(app, ["db", "status"])
        assert status.exit_code == 0 and f"bolt://127.0.0.1:{port}" in status.output

        with GraphStore.connect(Settings(state_dir=tmp_path, local_port=port)) as store:
            store.write_text("CREATE (:Source {id: 'src.persisted'})")
            [page_cache] = store.read_text("SHOW SETTINGS YIELD name, value WHERE name = "
                                           "'server.memory.pagecache.size' RETURN value")
        assert page_cache["value"] in {"64m", "64.00MiB", str(64 * 1024 * 1024)}, page_cache

        stopped = runner.invoke(app, ["db", "stop"])
        assert stopped.exit_code == 0 and "stopped" in stopped.output
        assert not localdb._pid_alive(pid), "the Java process is still there after stop"
        assert runner.invoke(app, ["db", "status"]).exit_code == 3

        # The store was closed cleanly: it starts again with the data in place.
        assert runner.invoke(app, ["db", "start"]).exit_code == 0
        with GraphStore.connect(Settings(state_dir=tmp_path, local_port=port)) as store:
            rows = store.read_text("MATCH (s:Source {id: 'src.persisted'}) RETURN count(s) AS n")
        assert rows == [{"n": 1}]
    finally:
        localdb.stop(get_settings())
        get_settings.cache_clear()


def test_store_without_a_running_local_neo4j_says_how_to_start_it(tmp_path: Path) -> None:
    import pytest

    from graph.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="alliance db start"):
        GraphStore.connect(Settings(state_dir=tmp_path, local_port=free_port(), neo4j_uri=None))
