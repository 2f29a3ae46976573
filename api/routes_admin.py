"""Health, readiness, counts, and loading data over HTTP (behind the API key).

The loading routes are plain functions: FastAPI runs them in its worker threads, so that
reading and loading an upload never holds up the event loop (and `/health` with it). The
upload itself is read and checked by `api.uploads` before the route runs.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from api import uploads
from api.deps import SettingsDep, StoreDep, require_read_key, require_write_key
from api.schemas import Health, LoadResult, problem_responses
from graph.errors import FieldError, InvalidData, QueryTimeout, StoreFailed, StoreUnavailable
from graph.loader import load_dataset
from ingest.folder import read_folder

router = APIRouter()


@router.get("/health", response_model=Health, tags=["service"],
            summary="The service is up (whatever the state of Neo4j)")
async def health() -> dict[str, Any]:
    # async on purpose: it touches nothing that blocks, so it needs no worker thread and
    # answers even when every thread waits on Neo4j.
    return {"status": "ok"}


@router.get("/ready", response_model=Health, tags=["service"],
            summary="Ready: Neo4j answers and the schema is in place (503 otherwise); "
                    "status 'incomplete' while a load has begun and not completed",
            responses={503: {"model": Health}})
def ready(store: StoreDep) -> Any:
    try:
        store.verify()
        in_place = store.schema_in_place()
        incomplete = store.read("incomplete_loads") if in_place else []
    except (StoreUnavailable, StoreFailed, QueryTimeout) as exc:
        return JSONResponse({"status": "unavailable", "neo4j": store.uri, "detail": str(exc)},
                            status_code=503, headers={"Retry-After": "5"})
    if not in_place:
        return JSONResponse({"status": "starting", "neo4j": store.uri, "schema_in_place": False,
                             "detail": "the schema is not in place yet"},
                            status_code=503, headers={"Retry-After": "5"})
    if incomplete:
        names = ", ".join(f"{row['what']} ({row['status']} since {row['started_at']})"
                          for row in incomplete)
        return {"status": "incomplete", "neo4j": store.uri, "schema_in_place": True,
                "incomplete_loads": incomplete,
                "detail": f"the graph may hold part of a load: {names}; load it again to "
                          "complete it"}
    return {"status": "ready", "neo4j": store.uri, "schema_in_place": True}


@router.get("/stats", tags=["service"], dependencies=[Depends(require_read_key)],
            summary="Counts of records by kind, and the loads that made the graph")
def stats(store: StoreDep) -> dict[str, Any]:
    return {"counts": store.counts(), "loads": store.read("last_loads", limit=10)}


@router.post("/load/folder", response_model=LoadResult, tags=["loading"],
             dependencies=[Depends(require_write_key)],
             summary="Load a data folder sent as a zip: all of it, or nothing if any error. "
                     "The folder replaces what a folder of the same name said before (the "
                     "zip's name without .zip: data.zip is the folder 'data')",
             responses=problem_responses(400, 401, 403, 413, 415, 422, 503, 504),
             openapi_extra=uploads.OPENAPI_FILE)
def load_folder(store: StoreDep, settings: SettingsDep, upload: uploads.Upload
                ) -> dict[str, Any]:
    folder = uploads.unpack_folder(upload, max_unpacked=settings.max_unpacked_bytes)
    dataset = read_folder(folder)
    if not dataset.entities and not dataset.relations:
        raise InvalidData([FieldError(upload.filename, 0, "", "no record",
                                      "a data folder with at least one record")])
    name = upload.filename.removesuffix(".zip") or "upload"
    report = load_dataset(store, dataset, what=f"upload {upload.filename}",
                          source=f"folder {name}", replace=True)
    return {"what": report.what, "source": report.source, "content_hash": report.content_hash,
            "counts": report.counts, "retracted": report.retracted}


def _report(obj: Any) -> dict[str, Any]:
    """A dataclass report as plain JSON (sets become sorted lists)."""
    out = {}
    for key, value in dataclasses.asdict(obj).items():
        out[key] = sorted(value) if isinstance(value, set) else value
    return out


@router.post("/ingest/iati", tags=["loading"], dependencies=[Depends(require_write_key)],
             summary="Ingest an IATI activity file (2.01–2.03); any bad activity writes "
                     "nothing (422 listing every problem) unless lenient, as in the CLI",
             responses=problem_responses(400, 401, 403, 413, 415, 422, 503, 504),
             openapi_extra=uploads.OPENAPI_FILE)
def ingest_iati_file(
    store: StoreDep, upload: uploads.IatiUpload,
    only_trafficking: Annotated[bool, Query(description="Keep only activities mapped to a "
                                            "trafficking theme.")] = False,
    lenient: Annotated[bool, Query(description="Load the valid activities and report the "
                                   "bad ones, instead of writing nothing.")] = False,
) -> dict[str, Any]:
    from ingest.iati_load import ingest_iati

    # The reader streams from the stored upload, which keeps the client's file name (never
    # the temporary folder's) for its messages.
    report = ingest_iati(store, [upload.path], only_trafficking=only_trafficking,
                         lenient=lenient)
    return _report(report)


@router.post("/ingest/page", tags=["loading"], dependencies=[Depends(require_write_key)],
             summary="Ingest a web page or press release (plain text or Markdown): people, "
                     "event or activity, mandates, countries and figures, linked to the graph; "
                     "the same page sent again changes nothing",
             responses=problem_responses(400, 401, 403, 413, 415, 422, 503, 504),
             openapi_extra=uploads.OPENAPI_PAGE)
def ingest_page_file(store: StoreDep, upload: uploads.Upload) -> dict[str, Any]:
    from ingest.page_load import PageInput, ingest_pages

    # The page's address: its front matter, else the form field `url`; without either the page
    # is known by its content (never by the server's temporary path).
    url = upload.fields.get("url", "").strip() or None
    reports, _ = ingest_pages(store, [PageInput(upload.path.read_bytes(), upload.filename, url)])
    return _report(reports[0])
