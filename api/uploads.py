"""Uploads, checked before they are stored: the key, then the size, then the body, streamed.

An upload route declares no body parameter (FastAPI would read and spool the whole body before
any dependency runs); it depends on `Upload` instead, after the key check of its decorator:

* `Content-Length`, when sent, is checked before a byte of the body is read (413);
* the multipart body is streamed into a private temporary folder with a running size cap, so
  a body without a length, or that lies about it, stops at the limit too (413);
* one file, in the field `file`, not empty (422); its name is kept without any folder;
* the folder is removed when the request ends, whatever happened.

A data folder comes as a zip (`unpack_folder`): entries capped in number, in unpacked size
(declared and actually read) and in compression ratio; a damaged entry (bad CRC) is a 422, two
CSV files of one name in different folders are refused, and a folder that holds no record is a
422. An IATI upload (`IatiUpload`) must hold at least one `iati-activity`. Error texts name the
client's file, never the server's folders (see `problems.scrub`).
"""

from __future__ import annotations

import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Annotated, Any

from fastapi import Depends, HTTPException, Request
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect

from api.deps import SettingsDep
from graph.errors import FieldError, InvalidData, UnsupportedInput

#: Room for the multipart headers and boundaries around the file.
MULTIPART_OVERHEAD = 64 * 1024
#: Form fields other than the file (e.g. a page's `url`) are kept as text, up to this size each.
FIELD_LIMIT = 64 * 1024
MAX_ZIP_ENTRIES = 1000
#: Past this ratio of unpacked to packed size an entry is a zip bomb, not a CSV file.
MAX_RATIO = 200
#: Entries this small are not held to the ratio (tiny files compress oddly).
RATIO_FLOOR = 64 * 1024

#: The request body of an upload route, for the OpenAPI document.
OPENAPI_FILE: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary",
                                "description": "The file to load."}}}}}}}

#: The request body of the page route: the file, and the page's address if it has no front matter.
OPENAPI_PAGE: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary",
                                "description": "The page (text or Markdown)."},
                       "url": {"type": "string", "description": "The page's address, when "
                               "its front matter gives none."}}}}}}}


@dataclass
class SavedUpload:
    """An upload as stored: `path` in a private folder that lives as long as the request."""

    folder: Path
    filename: str
    path: Path
    size: int = 0
    fields: dict[str, str] = field(default_factory=dict)


def too_large(limit: int, what: str = "the upload") -> HTTPException:
    return HTTPException(413, f"{what} is larger than the limit of {limit} bytes "
                              "(ALLIANCE_MAX_UPLOAD_BYTES)")


def safe_name(filename: str | None) -> str:
    """The client's file name without folders, in characters safe in a path and a message.

    >>> safe_name("C:\\\\Users\\\\x\\\\Données 2024.zip")
    'Donn_es_2024.zip'
    >>> safe_name("../../etc/passwd"), safe_name(None)
    ('passwd', 'upload')
    """
    base = PurePosixPath((filename or "").replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")[:100]
    return base or "upload"


class _Form:
    """Callbacks of the streaming multipart parser: the file part goes to disk, capped."""

    def __init__(self, folder: Path, limit: int):
        self.folder, self.limit = folder, limit
        self.saved: SavedUpload | None = None
        self.fields: dict[str, str] = {}
        self._name: str | None = None
        self._text = b""
        self._headers: dict[str, bytes] = {}
        self._field, self._value = b"", b""
        self._out: IO[bytes] | None = None
        self._other = 0
        self.callbacks = {
            "on_part_begin": self._part_begin, "on_header_field": self._header_field,
            "on_header_value": self._header_value, "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished, "on_part_data": self._data,
            "on_part_end": self._part_end,
        }

    def _part_begin(self) -> None:
        self._headers, self._field, self._value, self._other = {}, b"", b"", 0
        self._name, self._text = None, b""

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._field.decode("latin-1").lower()] = self._value
        self._field, self._value = b"", b""

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get("content-disposition", b""))
        if options.get(b"name") != b"file" or b"filename" not in options:
            if b"filename" not in options and options.get(b"name"):
                self._name = options[b"name"].decode("utf-8", "replace")
            return
        if self.saved is not None:
            raise InvalidData.single("file", "a second file", "one file per upload")
        filename = options[b"filename"].decode("utf-8", "replace")
        name = safe_name(filename)
        # In a folder of its own: whatever its name, it cannot meet what is unpacked beside it.
        (self.folder / "file").mkdir()
        self.saved = SavedUpload(folder=self.folder, filename=name,
                                 path=self.folder / "file" / name)
        self._out = open(self.saved.path, "xb")  # noqa: SIM115 - closed at the part's end

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self._out is None:
            self._other += end - start
            if self._other > FIELD_LIMIT:
                raise HTTPException(413, f"a form field is larger than {FIELD_LIMIT} bytes")
            if self._name is not None:
                self._text += data[start:end]
            return
        assert self.saved is not None
        self.saved.size += end - start
        if self.saved.size > self.limit:
            raise too_large(self.limit)
        self._out.write(data[start:end])

    def _part_end(self) -> None:
        if self._out is None and self._name is not None:
            self.fields[self._name] = self._text.decode("utf-8", "replace")
        self.close()

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


async def receive(request: Request, settings: SettingsDep) -> AsyncIterator[SavedUpload]:
    """The uploaded file, stored with every check of the module docstring."""
    limit = settings.max_upload_bytes
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "Content-Length is not a number")
        if int(declared) > limit + MULTIPART_OVERHEAD:
            raise too_large(limit)
    kind, options = parse_options_header(request.headers.get("content-type"))
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise HTTPException(415, "send the file as multipart/form-data, in a field named 'file'")
    folder = Path(tempfile.mkdtemp(prefix="alliance-upload-", dir=settings.upload_dir))
    form = _Form(folder, limit)
    try:
        parser = MultipartParser(boundary, form.callbacks)  # type: ignore[arg-type]
        received = 0
        try:
            async for chunk in request.stream():
                received += len(chunk)
                if received > limit + MULTIPART_OVERHEAD:
                    raise too_large(limit)
                parser.write(chunk)
            parser.finalize()
        except MultipartParseError:
            raise HTTPException(400, "the multipart body is malformed") from None
        except ClientDisconnect:
            raise HTTPException(400, "the client went away before the end of the upload") \
                from None
        finally:
            form.close()
        saved = form.saved
        if saved is not None:
            saved.fields = form.fields
        if saved is None:
            raise InvalidData.single("file", "(no file)", "a file in the form field 'file'")
        if saved.size == 0:
            raise InvalidData([FieldError(saved.filename, 0, "", "an empty file",
                                          "a file with something to load")])
        yield saved
    finally:
        shutil.rmtree(folder, ignore_errors=True)


Upload = Annotated[SavedUpload, Depends(receive)]


def iati_upload(upload: Upload) -> SavedUpload:
    """An upload that holds at least one IATI activity (read up to the first one only)."""
    from ingest.iati import BadActivity, read_activities

    activities = read_activities(upload.path)
    try:
        first = next(activities, None)
    except UnsupportedInput as exc:
        raise UnsupportedInput(str(exc).replace(str(upload.path), upload.filename)) from None
    finally:
        close = getattr(activities, "close", None)  # a generator: let it close its file
        if close is not None:
            close()
    if first is None:
        raise InvalidData([FieldError(upload.filename, 0, "", "no <iati-activity>",
                                      "an IATI activity file with at least one activity")])
    if isinstance(first, BadActivity) and first.identifier.startswith("after "):
        raise InvalidData([FieldError(upload.filename, 0, "", "; ".join(first.problems),
                                      "an IATI activity file (well-formed XML)")])
    return upload


IatiUpload = Annotated[SavedUpload, Depends(iati_upload)]


@dataclass
class _Entries:
    chosen: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    declared: int = 0


def unpack_folder(upload: SavedUpload, *, max_unpacked: int) -> Path:
    """The CSV files of a zipped data folder, unpacked flat into a folder of their own."""
    target = upload.folder / "unpacked"
    target.mkdir()
    try:
        archive = zipfile.ZipFile(upload.path)
    except (zipfile.BadZipFile, OSError):
        raise InvalidData.single("file", upload.filename,
                                 "a zip archive of a data folder") from None
    with archive:
        entries = _entries(archive, upload.filename, max_unpacked)
        written = 0
        for base, info in entries.chosen.items():
            try:
                with archive.open(info) as src, open(target / base, "xb") as dst:
                    while chunk := src.read(1 << 20):
                        written += len(chunk)
                        if written > max_unpacked:
                            raise too_large(max_unpacked, "the unpacked folder")
                        dst.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise InvalidData.single(
                    "file", f"{upload.filename}: {info.filename}",
                    f"an intact zip entry ({_why(exc)})") from None
            except (NotImplementedError, RuntimeError) as exc:
                raise InvalidData.single(
                    "file", f"{upload.filename}: {info.filename}",
                    f"a zip entry stored or deflated without a password ({exc})") from None
    if not entries.chosen:
        raise InvalidData([FieldError(upload.filename, 0, "", "no .csv file",
                                      "a zip with the CSV files of a data folder")])
    return target


def _why(exc: Exception) -> str:
    text = str(exc)
    if "CRC" in text:
        return "its checksum does not match: the file is damaged"
    return f"it cannot be unpacked: {text[:120]}"


def _entries(archive: zipfile.ZipFile, zip_name: str, max_unpacked: int) -> _Entries:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InvalidData.single("file", f"{zip_name}: {len(infos)} entries",
                                 f"a zip of at most {MAX_ZIP_ENTRIES} entries")
    out = _Entries()
    for info in infos:
        where = f"{zip_name}: {info.filename}"
        parts = PurePosixPath(info.filename.replace("\\", "/")).parts
        if info.filename.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise InvalidData.single("file", where, "paths inside the zip's folder")
        if info.is_dir() or not parts:
            continue
        base = parts[-1]
        if base.startswith(".") or "__MACOSX" in parts or not base.endswith(".csv"):
            continue  # a Mac's resource forks, a README: not part of the folder
        mode = info.external_attr >> 16
        if stat.S_IFMT(mode) and not stat.S_ISREG(mode):
            raise InvalidData.single("file", where, "a regular file (not a link or a device)")
        if info.flag_bits & 0x1:
            raise InvalidData.single("file", where, "a zip entry without a password")
        if base in out.chosen:
            raise InvalidData.single(
                "file", where, f"one file of each name (already {out.chosen[base].filename}: "
                "the folder's CSV files are read flat, so the second would replace the first)")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size,
                                                                            1):
            raise InvalidData.single(
                "file", where, f"a compression ratio of at most {MAX_RATIO}:1 (this one "
                f"unpacks {info.compress_size} bytes into {info.file_size})")
        out.declared += info.file_size
        if out.declared > max_unpacked:
            raise too_large(max_unpacked, "the unpacked folder")
        out.chosen[base] = info
    return out
