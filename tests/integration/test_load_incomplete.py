"""A load that is killed or fails leaves the graph saying it is incomplete, until the source is
loaded again (issue 15: whole batches committed, no `Load` record, served without a word)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.loader import load_dataset
from ingest.folder import read_folder
from tests.conftest import FIXTURES

KILLED_AFTER_ONE_BATCH = textwrap.dedent("""
    import os, sys
    from graph.loader import load_dataset
    from graph.settings import Settings
    from graph.store import GraphStore
    from ingest.folder import read_folder

    def die(step, done, total):
        os._exit(9)  # as a kill would: no clean-up, no exception handler runs
    with GraphStore.connect(Settings(), uri=sys.argv[1]) as store:
        load_dataset(store, read_folder(sys.argv[2]), what="small", batch_size=5,
                     progress=die)
""")


def test_a_killed_load_is_reported_incomplete_until_it_is_run_again(store, neo4j_settings):
    result = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_ONE_BATCH, store.uri, str(FIXTURES / "small")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "ALLIANCE_LOAD_LEASE": "2"})  # its load lock lapses soon
    assert result.returncode == 9, result.stderr
    [partial] = store.read("incomplete_loads")
    assert partial["what"] == "small" and partial["status"] == "running"
    assert 0 < store.read_text("MATCH (n) WHERE NOT n:Load AND NOT n:LoadLock "
                               "RETURN count(n) AS n")[0]["n"] <= 5

    with TestClient(create_app(neo4j_settings)) as client:
        ready = client.get("/ready")
        assert ready.status_code == 200, ready.text
        assert ready.json()["status"] == "incomplete"
        assert ready.json()["incomplete_loads"][0]["what"] == "small"
        assert "load it again" in ready.json()["detail"]
        snapshot = client.get("/findings/gaps").json()["snapshot"]
        assert snapshot["complete"] is False
        assert snapshot["incomplete"][0]["what"] == "small"

        load_dataset(store, read_folder(FIXTURES / "small"), what="small")
        assert store.read("incomplete_loads") == []
        assert client.get("/ready").json()["status"] == "ready"
        assert client.get("/findings/gaps").json()["snapshot"]["complete"] is True


def test_a_load_that_fails_says_so_and_why(store) -> None:
    def fail(step: str, done: int, total: int) -> None:
        raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        load_dataset(store, read_folder(FIXTURES / "minimal"), what="minimal", progress=fail)
    [failed] = store.read("incomplete_loads")
    assert failed["status"] == "failed" and "the disk is full" in failed["error"]

