"""The FastAPI application: one Neo4j driver per process, created in the lifespan."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from api import (
    problems,
    routes_admin,
    routes_findings,
    routes_graph,
    routes_records,
    routes_views,
)
from api.cache import KeptResponses
from api.deps import no_unknown_params
from api.schemas import html_problem_responses, problem_responses
from graph import __version__
from graph.errors import AllianceError
from graph.service import AllianceService
from graph.settings import Settings, get_settings

DESCRIPTION = """
The actors who fight trafficking in human beings, their mandates, programmes and countries,
and the coordination gaps and overlaps between them.

* Every time-dependent endpoint takes `as_of` (YYYY-MM-DD, default today).
* Every finding carries its evidence (record ids and source ids), the parameters it was
  computed with and the data snapshot.
* Errors are `application/problem+json`: 404 unknown id, 422 bad parameter or invalid data,
  503 (with `Retry-After`) while Neo4j is unreachable, 504 when a query runs past its time.
"""


def create_app(settings: Settings | None = None, *, uri: str | None = None) -> FastAPI:
    """Build the app. `uri` overrides where Neo4j is (the CLI passes the local one)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = AllianceService.connect(settings, uri=uri)
        app.state.service = service
        app.state.settings = settings
        # Neo4j may come later: /ready says so, and the driver reconnects by itself.
        with contextlib.suppress(AllianceError):
            service.store.apply_schema()
        try:
            yield
        finally:
            service.close()

    # The docs pages are our own (routes_views.docs_router): the vendored Swagger UI and Redoc,
    # served from /static under the views' CSP, where FastAPI's own load them from a CDN.
    app = FastAPI(title="Alliance Graph API", version=__version__, description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    problems.install(app)
    app.add_middleware(KeptResponses)
    reads = problem_responses(401, 404, 422, 503, 504)
    app.include_router(routes_admin.router, responses=problem_responses(422, 503))
    # A query parameter a route does not take is a 422 that lists the ones it does.
    strict = [Depends(no_unknown_params)]
    app.include_router(routes_records.router, responses=reads, dependencies=strict)
    app.include_router(routes_graph.router, responses=reads, dependencies=strict)
    app.include_router(routes_findings.router, responses=reads)
    app.include_router(routes_views.router, responses=html_problem_responses(401, 404, 422, 503,
                                                                             504))
    app.include_router(routes_views.docs_router)
    routes_views.mount_static(app)
    return app
