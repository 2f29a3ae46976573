"""Findings: the analytics the CLI runs, each result with evidence, parameters and snapshot."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from api.deps import AsOf, Limit, Paging, ServiceDep, require_read_key
from api.schemas import Findings
from graph.findings_service import ANALYTICS, filter_subject
from graph.service import AllianceService

router = APIRouter(prefix="/findings", tags=["findings"], dependencies=[Depends(require_read_key)])

Country = Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="Keep findings about "
                                      "this country.", examples=["MDA"])]
Theme = Annotated[str | None, Query(description="Keep findings about this theme.",
                                    examples=["theme.protection"])]
Actor = Annotated[str | None, Query(description="Keep findings about this organisation.",
                                    examples=["org.iom"])]


PREVIOUS = ("computed on the graph as it was before its latest change; the findings on the "
            "graph as it is now are being computed: ask again in a moment")


def _respond(service: AllianceService, kind: str, marked: tuple[list, bool], skip: int,
             limit: int, params: dict[str, Any]) -> dict:
    found, previous = marked
    # With no finding there is no snapshot to copy; the graph's says whether it is complete.
    snapshot = found[0].snapshot if found else service.analytics.snapshot()
    if previous:
        snapshot = {**snapshot, "previous": True, "note": PREVIOUS}
    used = found[0].params if found else params
    return {"kind": kind, "params": used, "snapshot": snapshot, "count": len(found),
            "findings": found[skip: skip + limit]}


@router.get("", summary="The kinds of findings there are")
def list_kinds() -> list[dict[str, str]]:
    return [{"kind": k, "summary": v.summary, "path": f"/findings/{k}"}
            for k, v in ANALYTICS.items()]


def _simple(kind: str) -> None:
    @router.get(f"/{kind}", response_model=Findings, summary=ANALYTICS[kind].summary,
                name=f"findings_{kind.replace('-', '_')}")
    def run(service: ServiceDep, as_of: AsOf, country: Country = None, theme: Theme = None,
            actor: Actor = None, skip: Paging = 0, limit: Limit = 50) -> dict:
        found, previous = service.analytics.run_marked(kind, as_of=as_of)
        found = filter_subject(found, country=country, theme=theme, actor=actor)
        return _respond(service, kind, (found, previous), skip, limit, {"as_of": as_of})


def _cells(kind: str) -> None:
    """Country × theme analytics, which may keep to the four pillars."""

    @router.get(f"/{kind}", response_model=Findings, summary=ANALYTICS[kind].summary,
                name=f"findings_{kind}")
    def run(service: ServiceDep, as_of: AsOf, country: Country = None, theme: Theme = None,
            pillars_only: Annotated[bool, Query(description="Only the four pillars, not the "
                                                "finer themes.")] = False,
            skip: Paging = 0, limit: Limit = 50) -> dict:
        found, previous = service.analytics.run_marked(kind, as_of=as_of,
                                                       pillars_only=pillars_only)
        found = filter_subject(found, country=country, theme=theme)
        return _respond(service, kind, (found, previous), skip, limit, {"as_of": as_of})


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
    marked = service.analytics.run_marked("recommend", actor=actor, as_of=as_of, limit=limit)
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
    marked = service.analytics.run_marked(
        "what-if", as_of=as_of, remove_actors=remove_actor or (),
        end_programmes=end_programme or (), move_to=move_to)
    return _respond(service, "what-if", marked, skip, limit,
                    {"as_of": as_of, "remove_actors": remove_actor or [],
                     "end_programmes": end_programme or [], "move_to": move_to})
