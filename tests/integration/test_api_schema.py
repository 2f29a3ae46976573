"""A property-based run over the OpenAPI spec: no server error but the documented 503/504."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from alliance.api.app import create_app
from alliance.graph.loader import load_dataset
from alliance.ingest.folder import read_folder
from tests.conftest import FIXTURES, free_port


@pytest.fixture(scope="module")
def api_url(session_store, neo4j_settings):
    """The API served over real HTTP on loopback, on the `small` fixture data."""
    session_store.clear()
    load_dataset(session_store, read_folder(FIXTURES / "small"), what="small")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(neo4j_settings), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_no_undocumented_server_errors(api_url: str) -> None:
    """Schemathesis generates requests for every operation of the spec and checks each answer.

    Neo4j is up during the run, so any 5xx is a defect: the documented 503/504 cannot occur.
    """
    schemathesis = Path(sys.executable).with_name("schemathesis")
    result = subprocess.run(
        [str(schemathesis), "run", f"{api_url}/openapi.json",
         "--checks", "not_a_server_error,status_code_conformance,content_type_conformance",
         "--max-examples", "12", "--request-timeout", "60", "--phases", "examples,fuzzing",
         "--suppress-health-check", "all", "--no-color"],
        capture_output=True, text=True, timeout=900, env={**os.environ, "NO_COLOR": "1"},
    )
    report = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, report
