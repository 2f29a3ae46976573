"""The API keeps running when Neo4j goes away, says 503, and recovers by itself; slow is 504."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import localdb
from graph.loader import load_dataset
from graph.model import Dataset, NodeLabel, Organisation, Programme, Relation, RelType
from graph.settings import Settings
from ingest.folder import read_folder
from tests.conftest import FIXTURES, free_port


@pytest.fixture
def own_neo4j(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A Neo4j of this test's own, so that stopping it disturbs no other test."""
    monkeypatch.delenv("NEO4J_URI", raising=False)
    settings = Settings(state_dir=tmp_path, local_port=free_port(), local_heap="512m",
                        neo4j_uri=None)
    localdb.start(settings)
    yield settings
    localdb.stop(settings)


def test_api_answers_503_while_neo4j_is_down_and_recovers_without_restart(own_neo4j) -> None:
    from graph.store import GraphStore

    with GraphStore.connect(own_neo4j) as store:
        load_dataset(store, read_folder(FIXTURES / "minimal"), what="minimal")
    with TestClient(create_app(own_neo4j)) as client:
        assert client.get("/organisations/org.osce").status_code == 200
        assert client.get("/ready").status_code == 200

        localdb.stop(own_neo4j)
        down = client.get("/organisations/org.osce")
        assert down.status_code == 503
        assert down.headers["content-type"].startswith("application/problem+json")
        assert int(down.headers["Retry-After"]) > 0
        assert "alliance db start" in down.json()["detail"]
        assert client.get("/ready").status_code == 503
        assert client.get("/health").status_code == 200
        assert client.get("/findings/gaps").status_code == 503

        localdb.start(own_neo4j)
        back = client.get("/organisations/org.osce")
        assert back.status_code == 200
        assert back.json()["organisation"]["name"].startswith("Organization for Security")
        assert client.get("/ready").status_code == 200


def test_while_neo4j_is_down_every_request_is_answered_within_a_second(own_neo4j) -> None:
    """The driver's own retries kept each request 6–8 s before its 503 (issue 15); the store
    now tries for half a second, then says so at once for a second."""
    import time

    from graph.store import GraphStore

    with GraphStore.connect(own_neo4j) as store:
        load_dataset(store, read_folder(FIXTURES / "minimal"), what="minimal")
    with TestClient(create_app(own_neo4j)) as client:
        assert client.get("/organisations/org.osce").status_code == 200
        localdb.stop(own_neo4j)
        paths = ["/organisations/org.osce", "/search?q=osce", "/findings/gaps", "/ready",
                 "/countries/MDA", "/stats"]
        for _ in range(2):
            for path in paths:
                t0 = time.monotonic()
                response = client.get(path)
                elapsed = time.monotonic() - t0
                assert response.status_code == 503, (path, response.text)
                assert elapsed < 1.0, f"{path} took {elapsed:.2f} s to say 503"
            time.sleep(1.1)  # past the hold: the store tries Neo4j again


def _big_graph(n_orgs: int = 3000, n_progs: int = 12000) -> Dataset:
    rng = random.Random(3)
    orgs = [Organisation(id=f"org.t{i}", name=f"Org {i}", type="ngo", scope="national")
            for i in range(n_orgs)]
    progs = [Programme(id=f"prog.t{i}", title=f"Programme {i}") for i in range(n_progs)]
    rels = [Relation(type=RelType.IMPLEMENTS, start_label=NodeLabel.ORGANISATION,
                     start_id=rng.choice(orgs).id, end_label=NodeLabel.PROGRAMME,
                     end_id=p.id) for p in progs]
    return Dataset(entities=[*orgs, *progs], relations=rels)


def test_a_query_past_its_timeout_is_a_504(session_store, neo4j_settings: Settings) -> None:
    session_store.clear()
    load_dataset(session_store, _big_graph(), what="big")
    slow = neo4j_settings.model_copy(update={"query_timeout": 0.001})
    with TestClient(create_app(slow)) as client:
        response = client.get("/export", params={"format": "json"})
    assert response.status_code == 504, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "time" in response.json()["detail"]
    session_store.clear()
