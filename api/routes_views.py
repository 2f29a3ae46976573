"""The views for analysts in the browser: HTML pages over the same store and analytics.

Every page carries a Content-Security-Policy that allows scripts from this server only; the
scripts are vendored in `viz/static/` and served at /static (no CDN). The routes only parse
parameters: `viz.reading` gets the graph and the findings from the service and the pure view
builders turn them into pages. Errors on these paths are HTML pages too (see `api.problems`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.deps import ServiceDep, no_unknown_params, require_read_key
from graph.service import AllianceService
from viz import reading
from viz.graphview import NODE_CAP
from viz.pages import CSP, docs_page, render, static_dir
from viz.views import MAX_NODE_LIMIT

# A parameter a view does not take is refused (422 naming those it takes), as on the API: a
# typo must not quietly show everything.
router = APIRouter(dependencies=[Depends(require_read_key), Depends(no_unknown_params)],
                   tags=["views"],
                   include_in_schema=True)
docs_router = APIRouter(include_in_schema=False)

HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin"}

Date = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$",
                                   description="YYYY-MM-DD; empty means every date.")]
FindingDate = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$",
                                          description="YYYY-MM-DD; default today.")]
CountryQ = Annotated[str | None, Query(description="ISO3 country, any case (mda is MDA).")]
OrgTypeQ = Annotated[str | None, Query(description="Organisation type, e.g. ngo.")]
ThemeQ = Annotated[str | None, Query(description="Theme id or name (a pillar includes its "
                                     "sub-themes).")]
PillarQ = Annotated[str | None, Query(description="prevention, protection, prosecution or "
                                      "partnership.")]
LimitQ = Annotated[int, Query(ge=2, le=MAX_NODE_LIMIT, description="At most this many nodes "
                              "are drawn (the most important); the others are counted in "
                              "groups.")]
GroupQ = Annotated[str, Query(pattern=r"^(type|country|community)$", description="How the "
                              "records not drawn are grouped.")]
RegionQ = Annotated[str | None, Query(description="osce (default), osce-states, osce-field, "
                                      "world, region:Europe, subregion:Eastern Europe…")]


def page(service: AllianceService, context: dict[str, Any]) -> HTMLResponse:
    # Every view says when its data is incomplete or its findings previous (a banner).
    return HTMLResponse(render(reading.with_banners(service, context)), headers=HEADERS)


def filters(type: OrgTypeQ = None, theme: ThemeQ = None, pillar: PillarQ = None,
            country: CountryQ = None, as_of: Date = None, node_limit: LimitQ = NODE_CAP,
            group: GroupQ = "type") -> dict[str, Any]:
    return {"type": type or None, "theme": theme or None, "pillar": pillar or None,
            "country": country or None, "as_of": as_of or None, "node_limit": node_limit,
            "group": group}


FiltersDep = Annotated[dict[str, Any], Depends(filters)]


@router.get("/", response_class=HTMLResponse, summary="The landing page: search, every view "
            "and finding, and the data's snapshot")
def landing(service: ServiceDep) -> HTMLResponse:
    return page(service, reading.landing(service))


@router.get("/views/actor/{record_id}", response_class=HTMLResponse,
            summary="The neighbourhood of a record (an organisation, a person, a programme…)")
def actor(service: ServiceDep, f: FiltersDep,
          record_id: Annotated[str, Path(examples=["org.iom"])],
          depth: Annotated[int, Query(ge=1, le=3)] = 1) -> HTMLResponse:
    return page(service, reading.actor(service, record_id, depth=depth, **f))


@router.get("/views/country/{iso3}", response_class=HTMLResponse,
            summary="A country: who is active there, and who is known but not active")
def country(service: ServiceDep, f: FiltersDep,
            iso3: Annotated[str, Path(examples=["MDA"], description="ISO3, any case.")]
            ) -> HTMLResponse:
    return page(service, reading.country(service, iso3, **{k: v for k, v in f.items()
                                                           if k != "country"}))


@router.get("/views/theme/{theme_id}", response_class=HTMLResponse,
            summary="A theme's actors, programmes and mandates")
def theme(service: ServiceDep, f: FiltersDep,
          theme_id: Annotated[str, Path(examples=["theme.protection"])]) -> HTMLResponse:
    return page(service, reading.theme(service, theme_id,
                                       **{k: v for k, v in f.items() if k != "theme"}))


@router.get("/views/network", response_class=HTMLResponse,
            summary="The collaboration network of organisations, the most important drawn")
def network(service: ServiceDep, f: FiltersDep) -> HTMLResponse:
    return page(service, reading.network(service, **f))


@router.get("/views/map", response_class=HTMLResponse,
            summary="A map of coverage, need or gaps by country (OSCE region or the world)")
def map_view(service: ServiceDep, as_of: FindingDate = None, region: RegionQ = None,
             theme: ThemeQ = None,
             metric: Annotated[str, Query(pattern=r"^(actors|coverage|need|gap)$",
                                          description="actors, coverage, need or gap.")]
             = "actors") -> HTMLResponse:
    return page(service, reading.map_(service, as_of=as_of or None, region=region or None,
                             theme=theme or None, metric=metric))


@router.get("/views/coverage", response_class=HTMLResponse,
            summary="Country × theme heatmap: organisations active per cell, need beside it")
def coverage(service: ServiceDep, as_of: FindingDate = None, region: RegionQ = None,
             sort: Annotated[str, Query(pattern=r"^(need|gap|name)$",
                                        description="need, gap or name.")] = "need",
             themes: Annotated[str, Query(pattern=r"^(all|pillars)$",
                                          description="all or pillars.")] = "all"
             ) -> HTMLResponse:
    return page(service, reading.coverage(service, as_of=as_of or None, region=region or None,
                                 sort=sort, themes=themes))


@router.get("/views/gaps", response_class=HTMLResponse,
            summary="Coordination gaps: missing links drawn dashed on the network")
def gaps(service: ServiceDep, f: FiltersDep, region: RegionQ = None) -> HTMLResponse:
    return page(service, reading.gaps(service, region=region or None, **f))


@router.get("/views/overlaps", response_class=HTMLResponse,
            summary="Duplicate programmes side by side, ranked and paged")
def overlaps(service: ServiceDep, as_of: FindingDate = None, country: CountryQ = None,
             region: RegionQ = None,
             page_: Annotated[int, Query(alias="page", ge=1, le=100_000,
                                         description="Page of 20 pairs.")] = 1
             ) -> HTMLResponse:
    return page(service, reading.overlaps(service, as_of=as_of or None,
                                          country=country or None, region=region or None,
                                          page=page_))


@router.get("/views/whatif", response_class=HTMLResponse,
            summary="What-if: coverage before and after, each change alone and together")
def whatif(service: ServiceDep, as_of: FindingDate = None, move_to: FindingDate = None,
           remove_actor: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    return page(service, reading.whatif(service, remove_actor=remove_actor, move_to=move_to or None,
                               as_of=as_of or None))


@docs_router.get("/docs", response_class=HTMLResponse)
def swagger_docs() -> HTMLResponse:
    """Swagger UI from the vendored swagger-ui-dist (no CDN), under the views' CSP."""
    return HTMLResponse(docs_page("swagger", title="Alliance Graph API"), headers=HEADERS)


@docs_router.get("/redoc", response_class=HTMLResponse)
def redoc_docs() -> HTMLResponse:
    """Redoc from the vendored redoc bundle (no CDN), under the views' CSP."""
    return HTMLResponse(docs_page("redoc", title="Alliance Graph API"), headers=HEADERS)


def mount_static(app: Any) -> None:
    """Serve the vendored scripts, the map and the views' own script and style at /static."""
    app.mount("/static", StaticFiles(directory=str(static_dir())), name="static")
