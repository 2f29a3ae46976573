"""The server stays responsive (issue 15): loading an upload never holds up the event loop; a
finding asked for by 50 clients at once right after a load is computed once; every driver error
is a 503 or 504 problem, not a 500."""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from neo4j.exceptions import ResultFailedError
from pydantic import SecretStr

from api import routes_admin, routes_findings, routes_graph, routes_records, routes_views
from api.app import create_app
from api.deps import StoreDep
from graph.findings_service import ANALYTICS
from graph.loader import load_dataset
from graph.model import Dataset, Organisation
from graph.settings import Settings
from ingest.folder import read_folder
from tests.conftest import FIXTURES, serving
from tests.integration.zips import folder_zip, generated_folder

KEY = {"X-API-Key": "s3cret"}


@pytest.fixture(scope="module")
def served(session_store, neo4j_settings: Settings) -> Iterator[tuple[str, Any]]:
    session_store.clear()
    load_dataset(session_store, read_folder(FIXTURES / "small"), what="small")
    app = create_app(neo4j_settings.model_copy(update={"api_key": SecretStr("s3cret")}))
    with serving(app) as url:
        yield url, app


def test_only_health_and_kept_reads_run_on_the_event_loop() -> None:
    """Every other route is a plain function, which FastAPI runs in a worker thread. The kept
    reads are coroutines that answer a kept response on the loop and hand whatever may block
    (the fingerprint query, Neo4j, encoding) to a thread, through `api.cache.cached_json`."""
    routers = (routes_admin, routes_findings, routes_graph, routes_records, routes_views)
    routes = [r for m in routers for r in m.router.routes if isinstance(r, APIRoute)]
    assert len(routes) > 30
    on_the_loop = {r.path: r.endpoint for r in routes if inspect.iscoroutinefunction(r.endpoint)}
    kept_findings = {f"/findings/{kind}" for kind in ANALYTICS
                     if kind not in {"recommend", "what-if"}}
    assert set(on_the_loop) == {"/health", "/search", "/organisations/{org_id}",
                                *kept_findings}
    for path, endpoint in on_the_loop.items():
        if path != "/health":
            source = inspect.getsource(endpoint)
            assert "await cached_json(" in source or "await _cached(" in source, path


def test_health_answers_while_an_upload_is_being_loaded(served) -> None:
    url, _ = served
    data = folder_zip(generated_folder(4000, tag="busy"))
    done: dict[str, Any] = {}

    def upload() -> None:
        done["response"] = httpx.post(f"{url}/load/folder", headers=KEY, timeout=600,
                                      files={"file": ("busy.zip", data, "application/zip")})

    loading = threading.Thread(target=upload)
    loading.start()
    answered_during = 0
    while loading.is_alive():
        response = httpx.get(f"{url}/health", timeout=600)
        assert response.status_code == 200
        answered_during += loading.is_alive()
        time.sleep(0.02)
    loading.join()
    assert done["response"].status_code == 200, done["response"].text
    assert done["response"].json()["counts"]["Programme"] == 4000
    # Before the fix the upload's handler held the event loop: no /health answered meanwhile.
    assert answered_during >= 5


def test_fifty_requests_for_a_finding_right_after_a_load_compute_it_once(served,
                                                                         session_store) -> None:
    url, app = served
    analytics = app.state.service.analytics
    load_dataset(session_store, Dataset(entities=[Organisation(
        id="org.fresh", name="Fresh", type="ngo", scope="local")]), what="fresh")
    projections, computations = analytics.projections, analytics.computations

    def ask(_: int) -> httpx.Response:
        return httpx.get(f"{url}/findings/duplicate-programmes",
                         params={"as_of": "2010-06-30"}, timeout=120)

    with ThreadPoolExecutor(50) as pool:
        responses = list(pool.map(ask, range(50)))
    assert [r.status_code for r in responses] == [200] * 50
    assert len({r.text for r in responses}) == 1  # no earlier result: all waited for it
    assert analytics.projections - projections == 1
    assert analytics.computations - computations == 1

    # After the next load, requests that come while it is being computed may take the
    # previous result, marked; the finding is still computed once.
    load_dataset(session_store, Dataset(entities=[Organisation(
        id="org.fresher", name="Fresher", type="ngo", scope="local")]), what="fresher")
    with ThreadPoolExecutor(50) as pool:
        responses = list(pool.map(ask, range(50)))
    assert [r.status_code for r in responses] == [200] * 50
    snapshots = [r.json()["snapshot"] for r in responses]
    assert all("fresher" in str(s) or s.get("previous") for s in snapshots)
    assert analytics.projections - projections == 2
    assert analytics.computations - computations == 2
    assert not ask(0).json()["snapshot"].get("previous")


def test_a_query_neo4j_fails_is_a_503_problem_not_a_500(neo4j_settings: Settings) -> None:
    app = create_app(neo4j_settings)

    @app.get("/divide-by-zero")
    def divide(store: StoreDep) -> list:
        return store.read_text("RETURN 1 / 0 AS x")

    @app.get("/result-failed")
    def result_failed() -> None:
        raise ResultFailedError(None, "an earlier query of this transaction failed")

    with TestClient(app) as client:
        for path in ("/divide-by-zero", "/result-failed"):
            response = client.get(path)
            assert response.status_code == 503, response.text
            assert response.headers["content-type"].startswith("application/problem+json")
            assert int(response.headers["Retry-After"]) > 0
