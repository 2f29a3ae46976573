"""Reads of records: organisations, countries, programmes, mandates, themes, people, documents."""


from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from api.cache import cached_json
from api.deps import AsOf, Limit, Paging, ServiceDep, StoreDep, require_read_key
from api.schemas import (
    CountryDetail,
    OrganisationDetail,
    OrganisationPage,
    RecordDetail,
    RecordPage,
    SearchHit,
)
from graph.errors import NotFound
from graph.model import NodeLabel, OrgType
from graph.search import exact_key, lucene_query

router = APIRouter(dependencies=[Depends(require_read_key)])

OrgId = Annotated[str, Path(description="An organisation id.", examples=["org.osce-osr-cthb"])]
SEARCHABLE = ["Organisation", "Country", "Theme", "Person", "Mandate", "Programme", "Event"]


def _theme_id(value: str | None) -> str | None:
    if value is None:
        return None
    return value if value.startswith("theme.") else f"theme.{value}"


@router.get("/search", response_model=list[SearchHit], tags=["records"],
            summary="Search names, acronyms and aliases of every kind of record")
async def search(
    request: Request,
    service: ServiceDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to look for; "
                            "accents and case do not matter.", examples=["La Strada"])],
    kind: Annotated[list[str] | None, Query(description="Keep only these kinds.",
                                            examples=[["Organisation"]])] = None,
    limit: Limit = 20,
) -> Response:
    kinds = [k for k in SEARCHABLE if kind is None or k in kind]
    query, exact = lucene_query(q), exact_key(q)  # an empty query is a 422, and not kept
    return await cached_json(request, service, list[SearchHit], lambda: (service.store.read(
        "search_names", q=query, exact=exact, kinds=kinds, limit=limit), True))


@router.get("/organisations", response_model=OrganisationPage, tags=["organisations"],
            summary="Organisations, filtered and paged in a stable order")
def list_organisations(
    store: StoreDep,
    as_of: AsOf,
    type: Annotated[OrgType | None, Query(description="Organisation type.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO3: based in, "
                       "present in, or running a programme in it on as_of.",
                       examples=["MDA"])] = None,
    theme: Annotated[str | None, Query(description="Theme id; a pillar includes its "
                     "sub-themes.", examples=["theme.protection"])] = None,
    pillar: Annotated[str | None, Query(description="prevention, protection, prosecution or "
                      "partnership.", pattern=r"^(theme\.)?(prevention|protection|prosecution|"
                      r"partnership)$")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Name search (full-text, "
                 "forgiving of accents and acronyms); results ranked by relevance.")] = None,
    skip: Paging = 0,
    limit: Limit = 50,
) -> dict[str, Any]:
    theme_id = _theme_id(theme) or _theme_id(pillar)
    if q:
        hits = store.read("search_names", q=lucene_query(q), exact=exact_key(q),
                          kinds=["Organisation"], limit=500)
        ids = [h["id"] for h in hits]
        page = store.read("organisations_by_ids", ids=ids, type=type.value if type else None)
        items = [r["o"] for r in page]
        return {"total": len(items), "skip": skip, "limit": limit,
                "items": items[skip: skip + limit]}
    [row] = store.read("organisations_list", type=type.value if type else None, country=country,
                       theme=theme_id, as_of=as_of, skip=skip, limit=limit)
    return {"total": row["total"], "skip": skip, "limit": limit, "items": row["items"]}


@router.get("/organisations/{org_id}", response_model=OrganisationDetail, tags=["organisations"],
            summary="One organisation with its parents, units, mandates, a page of its "
                    "programmes, partners, memberships and sources")
async def get_organisation(
    request: Request,
    service: ServiceDep,
    org_id: OrgId,
    as_of: AsOf,
    programmes_skip: Annotated[int, Query(ge=0, le=1_000_000, description="Programmes to "
                                          "skip (newest first).")] = 0,
    programmes_limit: Annotated[int, Query(ge=1, le=500, description="Programmes to return "
                                           "(at most 500); `programme_count` says how many "
                                           "there are.")] = 50,
) -> Response:
    def read() -> tuple[dict[str, Any], bool]:
        rows = service.store.read("organisation_detail", id=org_id, as_of=as_of,
                                  programmes_skip=programmes_skip,
                                  programmes_limit=programmes_limit)
        if not rows:
            raise NotFound(f"no organisation with id {org_id!r}")
        row = rows[0]
        row["organisation"].pop("alias_text", None)
        quoted = quote(org_id, safe="")
        row["links"] = {
            "programmes": f"/programmes?organisation={quoted}&as_of={as_of}",
            "partnerships": f"/organisations/{quoted}/partnerships?as_of={as_of}",
        }
        return row, True

    return await cached_json(request, service, OrganisationDetail, read)


@router.get("/countries", response_model=RecordPage, tags=["countries"],
            summary="Countries with their memberships")
def list_countries(
    store: StoreDep,
    member_of: Annotated[str | None, Query(description="Only members of this organisation.",
                                           examples=["org.osce"])] = None,
    skip: Paging = 0,
    limit: Limit = 100,
) -> dict[str, Any]:
    [row] = store.read("countries_list", member_of=member_of, skip=skip, limit=limit)
    return {"total": row["total"], "skip": skip, "limit": limit, "items": row["items"]}


@router.get("/countries/{iso3}", response_model=CountryDetail, tags=["countries"],
            summary="One country: actors, programmes, ratifications, need indicators, coverage")
def get_country(
    store: StoreDep,
    service: ServiceDep,
    as_of: AsOf,
    iso3: Annotated[str, Path(pattern=r"^[A-Z]{3}$", examples=["MDA"])],
) -> dict[str, Any]:
    rows = store.read("country_detail", id=iso3, as_of=as_of)
    if not rows:
        raise NotFound(f"no country with ISO3 code {iso3!r}")
    coverage = service.analytics.coverage(as_of=as_of, country=iso3)
    return {**rows[0], "as_of": as_of, "coverage": coverage}


@router.get("/programmes", response_model=RecordPage, tags=["programmes"],
            summary="Programmes by country, theme and organisation")
def list_programmes(
    store: StoreDep,
    as_of: AsOf,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", examples=["MDA"])] = None,
    theme: Annotated[str | None, Query(examples=["theme.protection"])] = None,
    organisation: Annotated[str | None, Query(examples=["org.iom"])] = None,
    active_only: Annotated[bool, Query(description="Only programmes running on as_of.")] = False,
    skip: Paging = 0,
    limit: Limit = 50,
) -> dict[str, Any]:
    [row] = store.read("programmes_list", country=country, theme=_theme_id(theme),
                       organisation=organisation, as_of=as_of, active_only=active_only,
                       skip=skip, limit=limit)
    return {"total": row["total"], "skip": skip, "limit": limit, "items": row["items"]}


def _list(store: Any, label: NodeLabel, skip: int, limit: int) -> dict[str, Any]:
    [row] = store.read("nodes_list", labels=[label.value], skip=skip, limit=limit)
    for item in row["items"]:
        item.pop("alias_text", None)
    return {"total": row["total"], "skip": skip, "limit": limit, "items": row["items"]}


def _detail(store: Any, label: NodeLabel, record_id: str) -> dict[str, Any]:
    rows = store.read("node_detail", identifiers={"label": label}, id=record_id)
    if not rows:
        raise NotFound(f"no {label.value.lower()} with id {record_id!r}")
    rows[0]["record"].pop("alias_text", None)
    return rows[0]


_KINDS = {
    "programmes": (NodeLabel.PROGRAMME, "prog.usdos-2004-0001"),
    "mandates": (NodeLabel.MANDATE, "mandate.cets-197"),
    "themes": (NodeLabel.THEME, "theme.protection"),
    "people": (NodeLabel.PERSON, "person.helga-konrad"),
    "documents": (NodeLabel.DOCUMENT, "doc.osce-2004-07-23-alliance"),
    "events": (NodeLabel.EVENT, "event.vienna-2004-07-23"),
    "sources": (NodeLabel.SOURCE, "src.osce-2004-07-23-alliance"),
}


def _register(path: str, label: NodeLabel, example: str) -> None:
    tag = path
    if path != "programmes":
        @router.get(f"/{path}", response_model=RecordPage, tags=[tag],
                    summary=f"{label.value} records, paged in a stable order")
        def list_kind(store: StoreDep, skip: Paging = 0, limit: Limit = 50) -> dict[str, Any]:
            return _list(store, label, skip, limit)

    @router.get(f"/{path}/{{record_id}}", response_model=RecordDetail, tags=[tag],
                summary=f"One {label.value.lower()} with its relationships and sources")
    def get_kind(store: StoreDep,
                 record_id: Annotated[str, Path(examples=[example])]) -> dict[str, Any]:
        return _detail(store, label, record_id)


for _path, (_label, _example) in _KINDS.items():
    _register(_path, _label, _example)
