"""Encoded responses of the heavier reads, kept until the graph changes (`graph.read_cache`).

A kept response skips Neo4j, the response model's validation and JSON encoding, the thread
pool, and (through `KeptResponses`) routing and the parameters' checks: a repeated read on an
unchanged graph is answered on the event loop, with no query (the graph's fingerprint is read
again once `ALLIANCE_READ_STALENESS` has passed, or at once after a load by this process).
Each worker process keeps its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from api.deps import read_key_given
from graph.service import AllianceService


@lru_cache
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


def encode(model: Any, content: Any) -> bytes:
    """`content` as FastAPI sends it for a route with `response_model=model`."""
    adapter = _adapter(model)
    return adapter.dump_json(adapter.validate_python(content), by_alias=True)


def request_key(request: Request) -> tuple[Any, ...]:
    """What a kept response is kept under: the path and every query parameter, and today's
    date (the default of `as_of`)."""
    return (request.url.path, tuple(sorted(request.query_params.multi_items())),
            dt.date.today().isoformat())


class KeptResponses:
    """ASGI middleware: a GET whose response is kept is answered before routing, without the
    parameters' validation and the dependencies, which cost a kept read more than the rest.

    Only a request that was valid is ever kept (`cached_json` runs after the route's checks),
    and under the same key, so the same URL gets the same response; the read key, when the
    operator set one, is checked here as `api.deps.require_read_key` does, and anything else
    (a miss, a stale fingerprint, a missing key) goes on to the route as usual.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            request = Request(scope)
            state = request.app.state
            service = getattr(state, "service", None)
            if service is not None and read_key_given(state.settings,
                                                      request.headers.get("x-api-key")):
                body = service.reads.peek(request_key(request))
                if body is not None:
                    await Response(body, media_type="application/json")(scope, receive, send)
                    return
        await self.app(scope, receive, send)


async def cached_json(request: Request, service: AllianceService, model: Any,
                      compute: Callable[[], tuple[Any, bool]]) -> Response:
    """The response to `request`: kept, or `compute()`d in a worker thread, encoded as `model`
    and kept if `compute` says it may be. The key is the path and every query parameter, and
    today's date (the default of `as_of`)."""
    key = request_key(request)

    def run() -> tuple[bytes, bool]:
        content, keep = compute()
        return encode(model, content), keep

    body = service.reads.peek(key)
    if body is None:  # not kept, or the fingerprint must be read again: both may block
        body = await run_in_threadpool(service.reads.get, key, run)
    return Response(body, media_type="application/json")
