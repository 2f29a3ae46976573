"""The graph around records: partnerships, shortest paths, neighbourhoods, and exports."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from api.deps import AsOf, ServiceDep, StoreDep, require_read_key
from api.schemas import Link, NodeLink
from api.schemas import Path as PathModel
from graph import exports
from graph.errors import NotFound

router = APIRouter(dependencies=[Depends(require_read_key)])


def _kind(store: Any, record_id: str, wanted: str | None = None) -> str:
    """The kind of the record `record_id` (of kind `wanted`, if given), or a 404."""
    kind = store.kind_of(record_id)
    if kind is None or (wanted is not None and kind != wanted):
        raise NotFound(f"no {(wanted or 'record').lower()} with id {record_id!r}")
    return kind


@router.get("/organisations/{org_id}/partnerships", response_model=list[Link],
            tags=["graph"], summary="The links of an organisation, or only those with `other`")
def partnerships(
    store: StoreDep,
    as_of: AsOf,
    org_id: Annotated[str, Path(examples=["org.osce-osr-cthb"])],
    other: Annotated[str | None, Query(description="Only the links with this organisation.",
                                       examples=["org.coe"])] = None,
) -> list[dict[str, Any]]:
    _kind(store, org_id, "Organisation")
    if other is not None:
        _kind(store, other, "Organisation")
    return store.read("partnerships", id=org_id, other=other, as_of=as_of)


@router.get("/paths", response_model=list[PathModel], tags=["graph"],
            summary="Shortest paths (up to 6 steps) between two records")
def paths(
    store: StoreDep,
    a: Annotated[str, Query(description="First record id.", examples=["org.greta"])],
    b: Annotated[str, Query(description="Second record id.", examples=["org.iom"])],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    kinds = {"start": _kind(store, a), "end": _kind(store, b)}
    return store.read("shortest_paths", identifiers=kinds, a=a, b=b, limit=limit)


@router.get("/graph/neighbourhood/{record_id}", response_model=NodeLink, tags=["graph"],
            summary="The records within `depth` steps of one record, as node-link JSON")
def neighbourhood(
    store: StoreDep,
    record_id: Annotated[str, Path(examples=["org.osce-osr-cthb"])],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=20000, description="At most this many paths.")] = 2000,
) -> dict[str, Any]:
    label = _kind(store, record_id)
    [row] = store.read("neighbourhood", identifiers={"label": label}, id=record_id,
                       depth=depth, limit=limit)
    return {"directed": True, "multigraph": True, **row}


@router.get("/export", tags=["exports"], summary="The graph, or a part of it, for Gephi and "
            "other tools", response_class=Response,
            responses={200: {"content": {t: {} for t in exports.FORMATS.values()}}})
def export(
    store: StoreDep,
    service: ServiceDep,
    format: Annotated[Literal["graphml", "gexf", "json", "csv"], Query()] = "graphml",
    kind: Annotated[list[str] | None, Query(description="Only these kinds of node.",
                                            examples=[["Organisation", "Programme"]])] = None,
    around: Annotated[str | None, Query(description="Only records near this one.")] = None,
    depth: Annotated[int, Query(ge=1, le=4)] = 1,
    part: Annotated[Literal["nodes", "edges"], Query(description="For CSV.")] = "nodes",
) -> Response:
    G = service.analytics.graph()
    if around is not None and around not in G:
        raise NotFound(f"no record with id {around!r}")
    sub = exports.subgraph(G, kinds=kind, around=around, depth=depth)
    name = f"alliance-graph.{format if format != 'json' else 'json'}"
    if format == "csv":
        name = f"alliance-graph-{part}.csv"
    return Response(exports.render(sub, format, part=part), media_type=exports.FORMATS[format],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
