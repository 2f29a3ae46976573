"""Health, readiness, counts, and loading data over HTTP (behind the API key)."""

from __future__ import annotations

import dataclasses
import io
import tempfile
import zipfile
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from api.deps import SettingsDep, StoreDep, require_read_key, require_write_key
from api.schemas import Health, LoadResult, problem_responses
from graph.errors import FieldError, InvalidData, StoreUnavailable
from graph.loader import load_dataset
from ingest.folder import read_folder

router = APIRouter()


@router.get("/health", response_model=Health, tags=["service"],
            summary="The service is up (whatever the state of Neo4j)")
def health() -> dict[str, Any]:
    return {"status": "ok"}


@router.get("/ready", response_model=Health, tags=["service"],
            summary="Ready: Neo4j answers and the schema is in place (503 otherwise)",
            responses={503: {"model": Health}})
def ready(store: StoreDep) -> Any:
    try:
        store.verify()
        in_place = store.schema_in_place()
    except StoreUnavailable as exc:
        return JSONResponse({"status": "unavailable", "neo4j": store.uri, "detail": str(exc)},
                            status_code=503, headers={"Retry-After": "5"})
    if not in_place:
        return JSONResponse({"status": "starting", "neo4j": store.uri, "schema_in_place": False,
                             "detail": "the schema is not in place yet"},
                            status_code=503, headers={"Retry-After": "5"})
    return {"status": "ready", "neo4j": store.uri, "schema_in_place": True}


@router.get("/stats", tags=["service"], dependencies=[Depends(require_read_key)],
            summary="Counts of records by kind, and the loads that made the graph")
def stats(store: StoreDep) -> dict[str, Any]:
    return {"counts": store.counts(), "loads": store.read("last_loads", limit=10)}


async def read_upload(request: Request, upload: UploadFile, limit: int) -> bytes:
    """Read an upload, refusing it with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + 1_000_000:
        raise HTTPException(413, f"the upload is larger than the limit of {limit} bytes "
                                 "(ALLIANCE_MAX_UPLOAD_BYTES)")
    chunks, size = [], 0
    while chunk := await upload.read(1 << 20):
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the upload is larger than the limit of {limit} bytes "
                                     "(ALLIANCE_MAX_UPLOAD_BYTES)")
        chunks.append(chunk)
    return b"".join(chunks)


def _extract(data: bytes, target: FsPath, limit: int) -> FsPath:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InvalidData.single("file", "(upload)", "a zip archive of a data folder") from None
    total = 0
    for info in archive.infolist():
        name = FsPath(info.filename)
        if name.is_absolute() or ".." in name.parts:
            raise InvalidData.single("file", info.filename, "paths inside the zip's folder")
        total += info.file_size
        if total > 10 * limit:  # a zip bomb stops here, before anything is written
            raise HTTPException(413, "the unpacked upload is too large")
        if not info.is_dir() and name.suffix == ".csv":
            (target / name.name).write_bytes(archive.read(info))
    if not any(target.glob("*.csv")):
        raise InvalidData([FieldError("(upload)", 0, "", "no .csv file",
                                      "a zip with the CSV files of a data folder")])
    return target


@router.post("/load/folder", response_model=LoadResult, tags=["loading"],
             dependencies=[Depends(require_write_key)],
             summary="Load a data folder sent as a zip: all of it, or nothing if any error",
             responses=problem_responses(400, 401, 403, 413, 422, 503, 504))
async def load_folder(request: Request, store: StoreDep, settings: SettingsDep,
                      file: UploadFile) -> dict[str, Any]:
    data = await read_upload(request, file, settings.max_upload_bytes)
    with tempfile.TemporaryDirectory(prefix="alliance-upload-") as tmp:
        folder = _extract(data, FsPath(tmp), settings.max_upload_bytes)
        dataset = read_folder(folder)
    report = load_dataset(store, dataset, what=f"upload {file.filename}")
    return {"what": report.what, "content_hash": report.content_hash, "counts": report.counts}




def _report(obj: Any) -> dict[str, Any]:
    """A dataclass report as plain JSON (sets become sorted lists)."""
    out = {}
    for key, value in dataclasses.asdict(obj).items():
        out[key] = sorted(value) if isinstance(value, set) else value
    return out


async def _saved(request: Request, upload: UploadFile, limit: int, folder: FsPath) -> FsPath:
    name = FsPath(upload.filename or "upload").name or "upload"
    path = folder / name
    path.write_bytes(await read_upload(request, upload, limit))
    return path


@router.post("/ingest/iati", tags=["loading"], dependencies=[Depends(require_write_key)],
             summary="Ingest an IATI activity file (2.01–2.03); any bad activity writes "
                     "nothing (422 listing every problem) unless lenient, as in the CLI",
             responses=problem_responses(400, 401, 403, 413, 422, 503, 504))
async def ingest_iati_file(
    request: Request, store: StoreDep, settings: SettingsDep, file: UploadFile,
    only_trafficking: Annotated[bool, Query(description="Keep only activities mapped to a "
                                            "trafficking theme.")] = False,
    lenient: Annotated[bool, Query(description="Load the valid activities and report the "
                                   "bad ones, instead of writing nothing.")] = False,
) -> dict[str, Any]:
    from ingest.iati_load import ingest_iati

    # The reader streams from a file; it names the file by the upload's name, never the
    # temporary folder's.
    with tempfile.TemporaryDirectory(prefix="alliance-upload-") as tmp:
        path = await _saved(request, file, settings.max_upload_bytes, FsPath(tmp))
        report = ingest_iati(store, [path], only_trafficking=only_trafficking, lenient=lenient)
    return _report(report)


@router.post("/ingest/page", tags=["loading"], dependencies=[Depends(require_write_key)],
             summary="Ingest a web page or press release (plain text or Markdown): people, "
                     "event or activity, mandates, countries and figures, linked to the graph; "
                     "the same page sent again changes nothing",
             responses=problem_responses(400, 401, 403, 413, 422, 503, 504))
async def ingest_page_file(
    request: Request, store: StoreDep, settings: SettingsDep, file: UploadFile,
    url: Annotated[str | None, Form(description="The page's address, when its front matter "
                                    "does not give one; without either the page is known "
                                    "by its content.")] = None,
) -> dict[str, Any]:
    from ingest.page_load import PageInput, ingest_pages

    raw = await read_upload(request, file, settings.max_upload_bytes)
    name = FsPath(file.filename or "upload").name or "upload"
    reports, _ = ingest_pages(store, [PageInput(raw, name, url or None)])
    return _report(reports[0])
