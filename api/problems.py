"""One place that turns errors into `application/problem+json` responses (RFC 9457)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import (
    AllianceError,
    InvalidData,
    NotFound,
    QueryTimeout,
    StoreUnavailable,
    UnsafeIdentifier,
    UnsupportedInput,
)

PROBLEM = "application/problem+json"
Response = JSONResponse | HTMLResponse
RETRY_AFTER_SECONDS = 5


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
                {"file": e.file, "line": e.line, "column": e.column, "got": e.got,
                 "expected": e.expected} for e in exc.errors
            ]
        detail = str(exc) if status != 500 else "an unexpected error; see the server log"
        return problem(status, title, detail, headers=headers, **extra)

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
        return problem(422, "Invalid request", words, errors=errors)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        titles = {400: "Bad request", 401: "Unauthorised", 403: "Forbidden", 404: "Not found",
                  405: "Method not allowed", 413: "Upload too large"}
        if for_a_person(request):
            return html_problem(exc.status_code, titles.get(exc.status_code, "Error"),
                                str(exc.detail), headers=getattr(exc, "headers", None))
        return problem(exc.status_code, titles.get(exc.status_code, "Error"), str(exc.detail),
                       headers=getattr(exc, "headers", None))

    app.add_exception_handler(AllianceError, on_alliance_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
