"""Test fixtures: a real Neo4j for the whole session, and an empty graph for every test.

The session starts the project's own embedded Neo4j on a free port with its store in a
temporary folder, exactly as `alliance db start` does, or uses NEO4J_URI when it is set.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph import localdb
from graph.settings import Settings
from graph.store import GraphStore

FIXTURES = Path(__file__).parent / "fixtures"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """Settings pointing at the test Neo4j, started once for the session."""
    state = tmp_path_factory.mktemp("state")
    if os.environ.get("NEO4J_URI"):
        yield Settings(state_dir=state)
        return
    settings = Settings(state_dir=state, local_port=free_port(), local_heap="1g",
                        neo4j_uri=None)
    localdb.start(settings)
    try:
        yield settings
    finally:
        localdb.stop(settings)


@pytest.fixture(scope="session")
def session_store(neo4j_settings: Settings) -> Iterator[GraphStore]:
    store = GraphStore.connect(neo4j_settings)
    store.apply_schema()
    yield store
    store.close()


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """`app` served over real HTTP on loopback (uvicorn in a thread); yields its base URL."""
    import threading
    import time

    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:  # uvicorn sets the flag; there is no event to wait on
        assert time.monotonic() < deadline, "the API did not start within 30 s"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def api_url(session_store: GraphStore, neo4j_settings: Settings) -> Iterator[str]:
    """The API served over real HTTP on loopback (uvicorn in a thread), on the `small` data."""
    from api.app import create_app
    from graph.loader import load_dataset
    from ingest.folder import read_folder

    session_store.clear()
    load_dataset(session_store, read_folder(FIXTURES / "small"), what="small")
    with serving(create_app(neo4j_settings)) as url:
        yield url


@pytest.fixture
def store(session_store: GraphStore) -> GraphStore:
    """The session's store, emptied before the test."""
    session_store.clear()
    return session_store
