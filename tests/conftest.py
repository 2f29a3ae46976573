"""Test fixtures: a real Neo4j for the whole session, and an empty graph for every test.

The session starts the project's own embedded Neo4j on a free port with its store in a
temporary folder, exactly as `alliance db start` does, or uses NEO4J_URI when it is set.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance.graph import localdb
from alliance.graph.store import GraphStore
from alliance.settings import Settings

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


@pytest.fixture
def store(session_store: GraphStore) -> GraphStore:
    """The session's store, emptied before the test."""
    session_store.clear()
    return session_store
