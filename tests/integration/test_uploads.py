"""Uploads are checked before they are stored (issue 15): the key and the declared length
before a byte of the body is read, the body streamed under a running cap, zip entries capped
and checked, nothing loaded from a file that yields nothing, errors without server paths."""

from __future__ import annotations

import random
import socket
import string
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.settings import Settings
from tests.conftest import serving
from tests.integration.zips import COUNTRIES, SOURCES, folder_zip, generated_folder

KEY = {"X-API-Key": "s3cret"}
LIMIT = 20_000
PROBLEM = "application/problem+json"
ORGS = "id,name,type,scope,sources,checked\n"


@pytest.fixture(scope="module")
def upload_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("uploads")


@pytest.fixture(scope="module")
def settings(neo4j_settings: Settings, upload_dir: Path) -> Settings:
    return neo4j_settings.model_copy(update={
        "api_key": SecretStr("s3cret"), "max_upload_bytes": LIMIT,
        "max_unpacked_bytes": 200_000, "upload_dir": upload_dir})


@pytest.fixture(scope="module")
def client(session_store, settings: Settings) -> Iterator[TestClient]:
    session_store.clear()
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def roomy(session_store, settings: Settings) -> Iterator[TestClient]:
    """The same API with room for a megabyte: to reach the checks after the size's."""
    with TestClient(create_app(settings.model_copy(update={"max_upload_bytes": 10**6}))) as c:
        yield c


@pytest.fixture(scope="module")
def url(session_store, settings: Settings) -> Iterator[str]:
    with serving(create_app(settings)) as base:
        yield base


@pytest.fixture(autouse=True)
def nothing_left_behind(upload_dir: Path) -> Iterator[None]:
    yield
    assert list(upload_dir.iterdir()) == [], "an upload was left on disk"


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    return response.json()


def post_zip(client: TestClient, data: bytes, name: str = "folder.zip") -> httpx.Response:
    return client.post("/load/folder", headers=KEY, files={"file": (name, data)})


def nodes(store) -> int:
    return store.read_text("MATCH (n) WHERE NOT n:Load RETURN count(n) AS n")[0]["n"]


def raw_request(url: str, head: str, body: bytes = b"") -> str:
    """Send a request's head (and the start of a body) over a socket; the status line that
    comes back within 5 s, while the rest of the declared body is still unsent."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(head.encode() + b"\r\n" + body)
        return sock.recv(200).decode("latin-1").split("\r\n")[0]


MULTIPART_HEAD = ("POST /load/folder HTTP/1.1\r\nHost: x\r\n"
                  "Content-Type: multipart/form-data; boundary=b0undary\r\n"
                  "Content-Length: 314572800\r\n")
PART = (b'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="big.zip"\r\n'
        b"Content-Type: application/zip\r\n\r\n" + b"\0" * 1000)


def test_the_key_is_checked_before_the_body_is_read(url: str) -> None:
    """A 300 MB upload without a key was spooled whole before its 401 (issue 15)."""
    assert raw_request(url, MULTIPART_HEAD, PART) == "HTTP/1.1 401 Unauthorized"


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read(url) -> None:
    head = MULTIPART_HEAD + "X-API-Key: s3cret\r\n"
    assert raw_request(url, head, PART) == "HTTP/1.1 413 Request Entity Too Large"


def test_a_body_without_a_length_stops_at_the_limit(url: str) -> None:
    def body() -> Iterator[bytes]:
        yield PART
        for _ in range(100):  # 1.6 MB in all, 80 times the limit
            yield b"\0" * 16_000

    response = httpx.post(f"{url}/load/folder", content=body(), timeout=30, headers={
        **KEY, "Content-Type": "multipart/form-data; boundary=b0undary"})
    assert "content-length" not in response.request.headers
    assert problem(response, 413)["detail"].startswith("the upload is larger than the limit")


def test_a_zip_bomb_is_refused_by_its_compression_ratio(client, session_store) -> None:
    """400 KB that unpacked to 400 MB took the server from 360 MB to 2.7 GB (issue 15)."""
    bomb = folder_zip({"sources.csv": SOURCES, "organisations.csv": ORGS + "x" * 150_000})
    assert len(bomb) < LIMIT
    body = problem(post_zip(client, bomb), 422)
    assert "compression ratio of at most 200:1" in body["errors"][0]["expected"]
    assert nodes(session_store) == 0


def test_a_zip_of_too_many_entries_or_too_much_unpacked_is_refused(client, roomy) -> None:
    many = folder_zip({f"{i}.txt": "" for i in range(1001)}, compression=zipfile.ZIP_STORED)
    assert "at most 1000 entries" in problem(post_zip(roomy, many), 422)["detail"]
    # Under the ratio, over the unpacked limit of 200 KB in all.
    text = "".join(f"org.n{i},Organisation number {i} {i * 7919 % 10007},ngo,national,src.z,"
                   "seen\n" for i in range(4000))
    wide = folder_zip({"sources.csv": SOURCES, "organisations.csv": ORGS + text})
    assert len(text) > 200_000 and len(wide) < 100_000
    assert "unpacked folder is larger" in problem(post_zip(roomy, wide), 413)["detail"]


def test_a_zip_with_a_bad_checksum_is_a_422_problem(client) -> None:
    """A bad CRC was a 500 in text/plain (issue 15)."""
    data = bytearray(folder_zip({"sources.csv": SOURCES, "countries.csv": COUNTRIES},
                                compression=zipfile.ZIP_STORED))
    at = data.index(b"Austria")
    data[at] = ord("O")  # the stored bytes change; the CRC in the headers does not
    body = problem(post_zip(client, bytes(data)), 422)
    assert "checksum does not match" in body["errors"][0]["expected"]
    assert "countries.csv" in body["errors"][0]["got"]


def test_two_files_of_one_name_in_different_folders_are_refused(client) -> None:
    """The second used to replace the first without a word (issue 15)."""
    data = folder_zip({"a/sources.csv": SOURCES, "b/sources.csv": SOURCES,
                       "a/countries.csv": COUNTRIES})
    body = problem(post_zip(client, data), 422)
    assert body["errors"][0]["got"] == "folder.zip: b/sources.csv"
    assert "already a/sources.csv" in body["errors"][0]["expected"]


def test_a_folder_that_holds_no_record_is_a_422(client, session_store) -> None:
    data = folder_zip({"sources.csv": "id,title,publisher,url\n", "organisations.csv": ORGS})
    assert "at least one record" in problem(post_zip(client, data), 422)["detail"]
    assert nodes(session_store) == 0


def test_a_garbage_iati_upload_is_a_422_and_adds_nothing(client, session_store) -> None:
    """It answered 200 with 0 activities and still added a node (issue 15)."""
    for name, data in [("garbage.xml", b"\x89PNG not xml at all"),
                       ("empty.xml", b'<iati-activities version="2.03"></iati-activities>')]:
        response = client.post("/ingest/iati", headers=KEY, files={"file": (name, data)})
        assert name in problem(response, 422)["errors"][0]["file"]
    assert nodes(session_store) == 0


def test_error_texts_show_no_server_path_and_only_a_short_excerpt(client, roomy,
                                                                  upload_dir) -> None:
    """They revealed temporary paths and echoed 100 KB values (issue 15)."""
    other = client.post("/ingest/iati", headers=KEY, files={
        "file": ("other.xml", b"<rss version='2.0'><channel/></rss>")})
    detail = problem(other, 422)["detail"]
    assert "other.xml" in detail
    assert str(upload_dir) not in other.text and "alliance-upload" not in other.text

    long_value = "".join(random.Random(1).choices(string.ascii_letters, k=100_000))
    data = folder_zip({"sources.csv": SOURCES,
                       "organisations.csv": f"{ORGS}org.long,Long,{long_value},national,src.z,"
                                            "seen\n"})
    response = post_zip(roomy, data)
    body = problem(response, 422)
    assert len(response.content) < 5_000
    [bad_type] = body["errors"]
    assert bad_type["column"] == "type" and bad_type["got"].endswith("(100000 characters)")


def test_an_upload_must_be_one_non_empty_file_sent_as_multipart(client) -> None:
    assert problem(client.post("/load/folder", headers=KEY, content=b"PK..."), 415)
    empty = client.post("/load/folder", headers=KEY, files={"file": ("e.zip", b"")})
    assert "an empty file" in problem(empty, 422)["errors"][0]["got"]
    two = client.post("/load/folder", headers=KEY,
                      files=[("file", ("a.zip", b"1")), ("file", ("b.zip", b"2"))])
    assert "one file per upload" in problem(two, 422)["detail"]
    none = client.post("/load/folder", headers=KEY, files={"note": (None, "no file here")})
    assert "form field 'file'" in problem(none, 422)["detail"]


def test_a_valid_upload_replaces_what_the_folder_of_its_name_said(client, session_store):
    first = post_zip(client, folder_zip(generated_folder(8, tag="up")), name="up.zip")
    assert first.status_code == 200, first.text
    assert first.json()["source"] == "folder up"
    smaller = post_zip(client, folder_zip(generated_folder(4, tag="up")), name="up.zip")
    # Programmes 4–7 go with their edges; 1 and 3 move from org.up-1 (gone) to org.up-0.
    assert smaller.json()["retracted"] == {"HEADQUARTERED_IN": 1, "IMPLEMENTS": 6,
                                           "Organisation": 1, "Programme": 4, "TARGETS": 4}
    count = "MATCH (p:Programme) RETURN count(p) AS n"
    assert session_store.read_text(count) == [{"n": 4}]
    session_store.clear()
