"""Findings: the analytics the CLI runs, each result with evidence, parameters and snapshot."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from api.cache import cached_json
from api.deps import AsOf, Limit, Paging, ServiceDep, no_unknown_params, require_read_key
from api.schemas import Findings
from graph.analytics.findings import Finding
from graph.analytics.scope import GROUPINGS, Scope
from graph.findings_service import ANALYTICS
from graph.service import AllianceService

router = APIRouter(prefix="/findings", tags=["findings"],
                   dependencies=[Depends(require_read_key), Depends(no_unknown_params)])

Region = Annotated[str, Query(description="Countries of a region: " + ", ".join(GROUPINGS)
                              + " (OSCE participating States, Partners for Co-operation, "
                              "countries with an OSCE field operation, every country), or a UN "
                              "region of the country records (Europe, Asia…). Default: the "
                              "OSCE region.", examples=["osce"])]


@dataclass
class Filters:
    """The scope of a findings request; every value is checked against the graph."""

    country: Annotated[str | None, Query(description="ISO3 code (any case) or name; several "
                                         "with commas.", examples=["MDA"])] = None
    theme: Annotated[str | None, Query(description="Theme id or name; a pillar includes its "
                                       "finer themes.", examples=["theme.protection"])] = None
    region: Region = "osce"
    subregion: Annotated[str | None, Query(description="A UN subregion, e.g. Southern Europe.",
                                           examples=["Central Asia"])] = None
    actor_type: Annotated[str | None, Query(description="Findings involving an organisation "
                                            "of this type.", examples=["ngo"])] = None
    actor_scope: Annotated[str | None, Query(description="… of this reach: global, regional, "
                                             "national, local.", examples=["national"])] = None
    actor: Annotated[str | None, Query(description="Findings involving this organisation.",
                                       examples=["org.iom"])] = None


async def _filters(**values: Any) -> Filters:
    return Filters(**values)


# The dataclass's own fields, through a coroutine: FastAPI runs a plain callable dependency in
# its thread pool, a hop per request that costs more than the kept response it leads to.
_filters.__signature__ = inspect.signature(Filters)  # type: ignore[attr-defined]
FiltersDep = Annotated[Filters, Depends(_filters)]


PREVIOUS = ("computed on the graph as it was before its latest change; the findings on the "
            "graph as it is now are being computed: ask again in a moment")


def _respond(service: AllianceService, kind: str,
             marked: tuple[list[Finding], Scope, bool], skip: int, limit: int,
             params: dict[str, Any]) -> dict:
    found, scope, previous = marked
    first = found[0] if found else None
    page = found[skip: skip + limit]
    # With no finding there is no snapshot to copy; the graph's says whether it is complete.
    snapshot = first.snapshot if first else service.analytics.snapshot()
    if previous:
        snapshot = {**snapshot, "previous": True, "note": PREVIOUS}
    return {"kind": kind, "params": first.params if first else params, "scope": scope.description,
            "snapshot": snapshot, "count": len(found), "skip": skip,
            "limit": limit,
            "findings": [f.model_dump(exclude={"params", "snapshot"}) for f in page]}


async def _cached(request: Request, service: AllianceService, kind: str,
                  marked: Callable[[], tuple[list[Finding], Scope, bool]], skip: int, limit: int,
                  params: dict[str, Any]) -> Response:
    """The response, kept until the graph changes; findings computed on the graph as it was
    before (`previous`) are sent but not kept."""
    def compute() -> tuple[dict, bool]:
        found = marked()
        return _respond(service, kind, found, skip, limit, params), not found[2]

    return await cached_json(request, service, Findings, compute)


@router.get("", summary="The kinds of findings there are")
def list_kinds() -> list[dict[str, str]]:
    return [{"kind": k, "summary": v.summary, "path": f"/findings/{k}"}
            for k, v in ANALYTICS.items()]


def _simple(kind: str) -> None:
    @router.get(f"/{kind}", response_model=Findings, summary=ANALYTICS[kind].summary,
                name=f"findings_{kind.replace('-', '_')}")
    async def run(request: Request, service: ServiceDep, as_of: AsOf, f: FiltersDep,
                  skip: Paging = 0, limit: Limit = 50) -> Response:
        return await _cached(request, service, kind, lambda: service.analytics.scoped_marked(
            kind, asdict(f), as_of=as_of), skip, limit, {"as_of": as_of})


def _cells(kind: str) -> None:
    """Country × theme analytics, which may keep to the four pillars."""

    @router.get(f"/{kind}", response_model=Findings, summary=ANALYTICS[kind].summary,
                name=f"findings_{kind}")
    async def run(request: Request, service: ServiceDep, as_of: AsOf, f: FiltersDep,
                  pillars_only: Annotated[bool, Query(description="Only the four pillars, not "
                                                      "the finer themes.")] = False,
                  skip: Paging = 0, limit: Limit = 50) -> Response:
        return await _cached(request, service, kind, lambda: service.analytics.scoped_marked(
            kind, asdict(f), as_of=as_of, pillars_only=pillars_only), skip, limit,
            {"as_of": as_of})


for _kind in ANALYTICS:
    if _kind in {"coverage", "gaps"}:
        _cells(_kind)
    elif _kind not in {"recommend", "what-if"}:
        _simple(_kind)


@router.get("/recommend/{actor}", response_model=Findings,
            summary=ANALYTICS["recommend"].summary)
def recommend(service: ServiceDep, as_of: AsOf,
              actor: Annotated[str, Path(examples=["org.iom"])],
              limit: Limit = 10) -> dict:
    marked = service.analytics.scoped_marked("recommend", None, actor=actor, as_of=as_of,
                                             limit=limit)
    return _respond(service, "recommend", marked, 0, limit, {"as_of": as_of, "actor": actor})


@router.get("/what-if", response_model=Findings, summary=ANALYTICS["what-if"].summary)
def what_if(
    service: ServiceDep,
    as_of: AsOf,
    remove_actor: Annotated[list[str] | None, Query(description="Organisations that stop.",
                                                    examples=[["org.iom"]])] = None,
    end_programme: Annotated[list[str] | None, Query(description="Programmes that end on "
                                                     "as_of.")] = None,
    move_to: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="Look "
                                         "again on this later date (nothing renewed).",
                                         examples=["2012-06-30"])] = None,
    skip: Paging = 0,
    limit: Limit = 50,
) -> dict:
    marked = service.analytics.scoped_marked(
        "what-if", None, as_of=as_of, remove_actors=remove_actor or (),
        end_programmes=end_programme or (), move_to=move_to)
    return _respond(service, "what-if", marked, skip, limit,
                    {"as_of": as_of, "remove_actors": remove_actor or [],
                     "end_programmes": end_programme or [], "move_to": move_to})
