"""One place that turns errors into `application/problem+json` responses (RFC 9457)."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from neo4j import exceptions as neo4j_errors
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import (
    AllianceError,
    InvalidData,
    LoadBusy,
    NotFound,
    QueryTimeout,
    StoreFailed,
    StoreUnavailable,
    UnsafeIdentifier,
    UnsupportedInput,
    excerpt,
)

PROBLEM = "application/problem+json"
Response = JSONResponse | HTMLResponse
RETRY_AFTER_SECONDS = 5
#: Longest `detail` a problem carries.
DETAIL_LIMIT = 2000
log = logging.getLogger("alliance.api")

# A folder path of this machine (`/tmp/alliance-upload-x1/`, `/home/…/data/`), not a URL's.
_SERVER_PATH = re.compile(r"(?<![\w.:/])/(?:[\w.+-]+/)+")


def scrub(text: str, limit: int = DETAIL_LIMIT) -> str:
    """A message fit for a client: no folder of the server, no long excerpt.

    >>> scrub("/tmp/alliance-upload-ab12/x.xml: not read; see https://iatistandard.org/en/")
    'x.xml: not read; see https://iatistandard.org/en/'
    """
    return excerpt(_SERVER_PATH.sub("", text), limit)


def problem(status: int, title: str, detail: str, *, headers: dict[str, str] | None = None,
            **extra: object) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _status_for(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, NotFound):
        return 404, "Not found"
    if isinstance(exc, InvalidData | UnsafeIdentifier | UnsupportedInput):
        return 422, "Invalid input"
    if isinstance(exc, QueryTimeout):
        return 504, "Query timed out"
    if isinstance(exc, StoreUnavailable):
        return 503, "Graph database unavailable"
    if isinstance(exc, LoadBusy):
        return 503, "Another load is running"
    if isinstance(exc, StoreFailed):
        return 503, "Graph database error"
    return 500, "Internal error"


def for_a_person(request: Request) -> bool:
    """Whether an error answers a view (a page a person reads) rather than the JSON API."""
    path = request.url.path
    return path == "/" or path == "/views" or path.startswith("/views/")


def html_problem(status: int, title: str, detail: str, *, exc: Exception | None = None,
                 headers: dict[str, str] | None = None) -> HTMLResponse:
    """The error as an HTML page with the valid choices, under the views' CSP."""
    from viz.pages import CSP, error_context, render

    context = error_context(status, title, detail, field=getattr(exc, "field", None),
                            got=getattr(exc, "got", None),
                            choices=getattr(exc, "choices", None),
                            link=getattr(exc, "link", None))
    return HTMLResponse(render(context), status_code=status,
                        headers={**(headers or {}), "Content-Security-Policy": CSP,
                                 "X-Content-Type-Options": "nosniff"})


def install(app: FastAPI) -> None:
    async def on_alliance_error(request: Request, exc: Exception) -> Response:
        status, title = _status_for(exc)
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)} if status == 503 else None
        if for_a_person(request):
            detail = str(exc) if status != 500 else "an unexpected error; see the server log"
            if isinstance(exc, InvalidData):
                detail = "; ".join(str(e) for e in exc.errors)
            return html_problem(status, title, detail, exc=exc, headers=headers)
        extra: dict[str, object] = {}
        if isinstance(exc, InvalidData):
            extra["errors"] = [
                {"file": scrub(e.file), "line": e.line, "column": excerpt(e.column),
                 "got": scrub(e.got, 200), "expected": scrub(e.expected, 400)}
                for e in exc.errors[:1000]
            ]
        if status >= 500:
            log.error("%s on %s %s: %s", title, request.method, request.url.path, exc)
        detail = scrub(str(exc)) if status != 500 else "an unexpected error; see the server log"
        return problem(status, title, detail, headers=headers, **extra)

    async def on_driver_error(request: Request, exc: Exception) -> JSONResponse:
        # The store translates what it runs; this is for a driver error raised elsewhere.
        log.error("Neo4j driver error on %s %s: %r", request.method, request.url.path, exc)
        if isinstance(exc, neo4j_errors.Neo4jError) and "TimedOut" in (exc.code or ""):
            return problem(504, "Query timed out", "the query ran past its time limit")
        unreachable = isinstance(exc, neo4j_errors.ServiceUnavailable
                                 | neo4j_errors.SessionExpired)
        return problem(503, "Graph database unavailable" if unreachable
                       else "Graph database error",
                       f"Neo4j failed the request ({exc.__class__.__name__}); try again",
                       headers={"Retry-After": str(RETRY_AFTER_SECONDS)})

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
            for e in exc.errors()
        ]
        words = "; ".join(f"{e['where']}: {e['message']}" for e in errors)
        if for_a_person(request):
            readable = "; ".join(f"{e['where'].split('.')[-1]}: {e['message']}"
                                 for e in errors)
            return html_problem(422, "Invalid request", readable)
        return problem(422, "Invalid request", scrub(words), errors=errors)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        titles = {400: "Bad request", 401: "Unauthorised", 403: "Forbidden", 404: "Not found",
                  405: "Method not allowed", 411: "Length required", 413: "Upload too large",
                  415: "Unsupported media type"}
        if for_a_person(request):
            return html_problem(exc.status_code, titles.get(exc.status_code, "Error"),
                                scrub(str(exc.detail)), headers=getattr(exc, "headers", None))
        return problem(exc.status_code, titles.get(exc.status_code, "Error"),
                       scrub(str(exc.detail)), headers=getattr(exc, "headers", None))

    app.add_exception_handler(AllianceError, on_alliance_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(neo4j_errors.Neo4jError, on_driver_error)
    app.add_exception_handler(neo4j_errors.DriverError, on_driver_error)
