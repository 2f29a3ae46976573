"""Encoded responses of the heavier reads, kept until the graph changes (`graph.read_cache`).

A kept response skips Neo4j, the response model's validation and JSON encoding, and the
thread pool: a repeated read on an unchanged graph is answered on the event loop, with no
query (the graph's fingerprint is read again once `ALLIANCE_READ_STALENESS` has passed, or at
once after a load by this process). Each worker process keeps its own.
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

from graph.service import AllianceService


@lru_cache
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


def encode(model: Any, content: Any) -> bytes:
    """`content` as FastAPI sends it for a route with `response_model=model`."""
    adapter = _adapter(model)
    return adapter.dump_json(adapter.validate_python(content), by_alias=True)


async def cached_json(request: Request, service: AllianceService, model: Any,
                      compute: Callable[[], tuple[Any, bool]]) -> Response:
    """The response to `request`: kept, or `compute()`d in a worker thread, encoded as `model`
    and kept if `compute` says it may be. The key is the path and every query parameter, and
    today's date (the default of `as_of`)."""
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())),
           dt.date.today().isoformat())

    def run() -> tuple[bytes, bool]:
        content, keep = compute()
        return encode(model, content), keep

    body = service.reads.peek(key)
    if body is None:  # not kept, or the fingerprint must be read again: both may block
        body = await run_in_threadpool(service.reads.get, key, run)
    return Response(body, media_type="application/json")
