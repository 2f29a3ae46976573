"""Typed dependencies of the API: the store, the settings, the date, the keys.

They block on nothing, so they are `async`: FastAPI runs a plain `def` dependency in its
thread pool, a hop per dependency per request that, under load, cost more than the kept
response they lead to.
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError

from graph.service import AllianceService
from graph.settings import Settings
from graph.store import GraphStore


async def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


async def get_service(request: Request) -> AllianceService:
    return request.app.state.service


async def get_store(request: Request) -> GraphStore:
    return request.app.state.service.store


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ServiceDep = Annotated[AllianceService, Depends(get_service)]
StoreDep = Annotated[GraphStore, Depends(get_store)]


async def as_of_param(
    as_of: Annotated[dt.date | None, Query(description="The date to look at (YYYY-MM-DD); "
                                            "default today.", examples=["2010-06-30"])] = None,
) -> str:
    return (as_of or dt.date.today()).isoformat()


AsOf = Annotated[str, Depends(as_of_param)]


def _key_matches(given: str | None, wanted: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), wanted.encode())


def read_key_given(settings: Settings, given: str | None) -> bool:
    """Whether a request with this X-API-Key may read: any, unless the operator set a key."""
    return settings.read_key is None or _key_matches(given,
                                                     settings.read_key.get_secret_value())


async def require_read_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="Needed only if the operator set a "
                                            "read key (ALLIANCE_READ_KEY).")] = None,
) -> None:
    if not read_key_given(settings, x_api_key):
        raise HTTPException(401, "this server needs an X-API-Key header for reads",
                            headers={"WWW-Authenticate": "ApiKey"})


async def require_write_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="The key set in ALLIANCE_API_KEY.")]
    = None,
) -> None:
    if settings.api_key is None:
        raise HTTPException(403, "loading over HTTP is off: the operator has not set "
                                 "ALLIANCE_API_KEY")
    if not _key_matches(x_api_key, settings.api_key.get_secret_value()):
        raise HTTPException(401, "a valid X-API-Key header is needed to load data",
                            headers={"WWW-Authenticate": "ApiKey"})


#: The query parameters each route takes, by its dependant (found once, not per request).
_KNOWN: dict[int, tuple[Any, frozenset[str]]] = {}


def _known_params(dependant: Any) -> frozenset[str]:
    kept = _KNOWN.get(id(dependant))
    if kept is not None and kept[0] is dependant:
        return kept[1]
    known: set[str] = set()
    stack = [dependant]
    while stack:  # the route's own parameters and those of its dependencies
        current = stack.pop()
        known.update(p.alias for p in current.query_params)
        stack.extend(current.dependencies)
    _KNOWN[id(dependant)] = (dependant, frozenset(known))
    return frozenset(known)


async def no_unknown_params(request: Request) -> None:
    """Refuse query parameters the route does not take (a typo would silently do nothing)."""
    if not request.query_params:
        return
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _known_params(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise RequestValidationError([
            {"type": "extra_forbidden", "loc": ("query", name),
             "msg": "unknown parameter; this endpoint takes: " + ", ".join(sorted(known)),
             "input": request.query_params[name][:100]} for name in unknown])


Paging = Annotated[int, Query(ge=0, le=1_000_000, description="Records to skip.")]
Limit = Annotated[int, Query(ge=1, le=500, description="Records to return (at most 500).")]
