"""Organisation detail in pages, and reads kept until the graph changes (issue 16)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.loader import load_dataset
from graph.service import folder_source
from graph.settings import Settings
from graph.store import GraphStore
from ingest.folder import read_folder
from tests.conftest import FIXTURES


def load(store: GraphStore, folder: Path) -> None:
    load_dataset(store, read_folder(folder), what=f"folder {folder}",
                 source=folder_source(folder), replace=True)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / "small", tmp_path / "small"))


@pytest.fixture
def client(store: GraphStore, folder: Path, neo4j_settings: Settings) -> Iterator[TestClient]:
    load(store, folder)
    with TestClient(create_app(neo4j_settings)) as test_client:
        yield test_client


def test_organisation_detail_pages_its_programmes_with_their_count_and_links(
    client: TestClient,
) -> None:
    whole = client.get("/organisations/org.donor", params={"as_of": "2010-01-01"}).json()
    assert whole["programme_count"] == 2
    assert [p["id"] for p in whole["programmes"]] == ["prog.shelter-b", "prog.shelter-a"]
    first = client.get("/organisations/org.donor",
                       params={"as_of": "2010-01-01", "programmes_limit": 1}).json()
    second = client.get("/organisations/org.donor", params={
        "as_of": "2010-01-01", "programmes_limit": 1, "programmes_skip": 1}).json()
    assert [p["id"] for p in first["programmes"]] == ["prog.shelter-b"]
    assert [p["id"] for p in second["programmes"]] == ["prog.shelter-a"]
    assert first["programme_count"] == second["programme_count"] == 2
    assert first["sources"] == whole["sources"]
    full = client.get(first["links"]["programmes"]).json()
    assert {p["id"] for p in full["items"]} == {"prog.shelter-a", "prog.shelter-b"}
    assert client.get(first["links"]["partnerships"]).status_code == 200


def test_organisation_detail_refuses_a_page_out_of_range_or_an_unknown_parameter(
    client: TestClient,
) -> None:
    low = client.get("/organisations/org.donor", params={"programmes_limit": 0})
    assert low.status_code == 422
    assert "programmes_limit" in low.text and "greater than or equal to 1" in low.text
    negative = client.get("/organisations/org.donor", params={"programmes_skip": -1})
    assert negative.status_code == 422 and "programmes_skip" in negative.text
    typo = client.get("/organisations/org.donor", params={"programme_limit": 5})
    assert typo.status_code == 422
    assert "programmes_limit" in typo.text and "programmes_skip" in typo.text


def test_a_load_replaces_every_kept_read(client: TestClient, store: GraphStore,
                                         folder: Path) -> None:
    org = "/organisations/org.osce-osr"
    search = "/search?q=Special%20Representative"
    finding = "/findings/duplicate-programmes?as_of=2005-06-30"
    before = {path: client.get(path).json() for path in (org, search, finding)}
    assert before[org]["organisation"]["name"] == "Office of the Special Representative"
    assert before[search][0]["name"] == "Office of the Special Representative"
    assert client.get(org).json() == before[org]  # kept, and the same

    organisations = folder / "organisations.csv"
    organisations.write_text(organisations.read_text(encoding="utf-8").replace(
        "Office of the Special Representative", "Office of the Special Envoy"),
        encoding="utf-8")
    programmes = folder / "programmes.csv"
    programmes.write_text(programmes.read_text(encoding="utf-8").replace(
        "prog.shelter-b,Shelter for victims in Moldova (B),,completed,2005,2007",
        "prog.shelter-b,Shelter for victims in Moldova (B),,completed,2008,2009"),
        encoding="utf-8")
    load(store, folder)  # another driver, as another process would: only the graph changed

    after = client.get(org).json()
    assert after["organisation"]["name"] == "Office of the Special Envoy"
    names = {h["id"]: h["name"] for h in client.get(search).json()}
    assert names["org.osce-osr"] == "Office of the Special Envoy"
    assert client.get(finding).json() != before[finding]


@pytest.mark.parametrize("staleness", [0, 60])
def test_a_change_by_another_process_is_seen_once_the_staleness_bound_has_passed(
        store: GraphStore, folder: Path, neo4j_settings: Settings, staleness: float) -> None:
    """A load by this process is seen at once (above); one by another process, whose writes
    this one cannot count, once `read_staleness` has passed since the fingerprint was read."""
    import neo4j

    load(store, folder)
    org = "/organisations/org.osce-osr"
    settings = neo4j_settings.model_copy(update={"read_staleness": staleness})
    with TestClient(create_app(settings)) as client:
        assert client.get(org).json()["organisation"]["name"] == (
            "Office of the Special Representative")
        # Another process: its own driver, not a store of this one (a load changes the counts).
        password = neo4j_settings.neo4j_password
        auth = (neo4j_settings.neo4j_user, password.get_secret_value()) if password else None
        with neo4j.GraphDatabase.driver(store.uri, auth=auth) as other:
            other.execute_query("MATCH (o:Organisation {id: 'org.osce-osr'}) SET o.name = $name "
                                "CREATE (:Organisation {id: 'org.elsewhere'})",
                                name="Office of the Special Envoy",
                                database_=neo4j_settings.neo4j_database)
        name = client.get(org).json()["organisation"]["name"]
    assert name == ("Office of the Special Envoy" if staleness == 0
                    else "Office of the Special Representative")
