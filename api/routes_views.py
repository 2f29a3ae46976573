"""The views for analysts in the browser: HTML pages over the same store and analytics.

Every page carries a Content-Security-Policy that allows scripts from this server only; the
scripts are vendored in `alliance/viz/static/` and served at /static (no CDN).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.deps import ServiceDep, require_read_key
from viz import finding_views, views
from viz.graphview import NODE_LIMIT
from viz.pages import CSP, render, static_dir

router = APIRouter(dependencies=[Depends(require_read_key)], tags=["views"],
                   include_in_schema=True)

HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin"}

Date = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$",
                                   description="YYYY-MM-DD; empty means every date.")]
Iso3 = Annotated[str | None, Query(pattern=r"^([A-Z]{3})?$", description="ISO3 country.")]
OrgTypeQ = Annotated[str | None, Query(description="Organisation type, e.g. ngo.")]
ThemeQ = Annotated[str | None, Query(description="Theme id (a pillar includes its "
                                     "sub-themes).")]
PillarQ = Annotated[str | None, Query(description="prevention, protection, prosecution or "
                                      "partnership.")]
LimitQ = Annotated[int, Query(ge=2, le=20000, description="Above this many nodes the view "
                              "shows groups.")]
GroupQ = Annotated[str, Query(pattern=r"^(type|country|community)$", description="How a large "
                              "view groups its nodes.")]


def page(context: dict[str, Any]) -> HTMLResponse:
    return HTMLResponse(render(context), headers=HEADERS)


def filters(type: OrgTypeQ = None, theme: ThemeQ = None, pillar: PillarQ = None,
            country: Iso3 = None, as_of: Date = None, node_limit: LimitQ = NODE_LIMIT,
            group: GroupQ = "type") -> views.Filters:
    return views.Filters.of(type=type or None, theme=theme or None, pillar=pillar or None,
                            country=country or None, as_of=as_of or None,
                            node_limit=node_limit, group=group)


FiltersDep = Annotated[views.Filters, Depends(filters)]


@router.get("/", response_class=HTMLResponse, summary="The landing page: search, every view "
            "and finding, and the data's snapshot")
def landing(service: ServiceDep) -> HTMLResponse:
    return page(finding_views.landing(service))


@router.get("/views/actor/{record_id}", response_class=HTMLResponse,
            summary="The neighbourhood of a record (an organisation, a person, a programme…)")
def actor(service: ServiceDep, f: FiltersDep,
          record_id: Annotated[str, Path(examples=["org.iom"])],
          depth: Annotated[int, Query(ge=1, le=3)] = 1) -> HTMLResponse:
    return page(views.actor_view(service, record_id, depth=depth, filters=f))


@router.get("/views/country/{iso3}", response_class=HTMLResponse,
            summary="A country's actors and programmes")
def country(service: ServiceDep, f: FiltersDep,
            iso3: Annotated[str, Path(pattern=r"^[A-Z]{3}$", examples=["MDA"])]) -> HTMLResponse:
    return page(views.country_view(service, iso3, filters=f))


@router.get("/views/theme/{theme_id}", response_class=HTMLResponse,
            summary="A theme's actors, programmes and mandates")
def theme(service: ServiceDep, f: FiltersDep,
          theme_id: Annotated[str, Path(examples=["theme.protection"])]) -> HTMLResponse:
    return page(views.theme_view(service, theme_id, filters=f))


@router.get("/views/network", response_class=HTMLResponse,
            summary="The whole collaboration network of organisations")
def network(service: ServiceDep, f: FiltersDep) -> HTMLResponse:
    return page(views.network_view(service, filters=f))


@router.get("/views/coverage", response_class=HTMLResponse,
            summary="Country × theme coverage and gap heatmap")
def coverage(service: ServiceDep, as_of: Date = None) -> HTMLResponse:
    return page(finding_views.coverage_view(service, as_of=as_of or None))


@router.get("/views/gaps", response_class=HTMLResponse,
            summary="Coordination gaps: missing links drawn dashed on the network")
def gaps(service: ServiceDep, f: FiltersDep) -> HTMLResponse:
    return page(finding_views.gaps_view(service, filters=f))


@router.get("/views/overlaps", response_class=HTMLResponse,
            summary="Duplicate programmes side by side")
def overlaps(service: ServiceDep, as_of: Date = None, country: Iso3 = None) -> HTMLResponse:
    return page(finding_views.overlaps_view(service, as_of=as_of or None, country=country or None))


@router.get("/views/whatif", response_class=HTMLResponse,
            summary="What-if: coverage before and after actors stop or time moves on")
def whatif(service: ServiceDep, as_of: Date = None, move_to: Date = None,
           remove_actor: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    return page(finding_views.whatif_view(service, remove_actor=remove_actor,
                                          move_to=move_to or None, as_of=as_of or None))


def mount_static(app: Any) -> None:
    """Serve the vendored vis-network and the views' own script and style at /static."""
    app.mount("/static", StaticFiles(directory=str(static_dir())), name="static")
