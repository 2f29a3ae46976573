"""The views over HTTP (TestClient, real Neo4j, the `small` fixture): every parameter once the way
it works and once the way it fails, errors as HTML pages that list the valid choices, and the
offline API documentation."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.loader import load_dataset
from graph.settings import Settings
from ingest.folder import read_folder
from tests.conftest import FIXTURES
from viz.pages import CSP

pytestmark = pytest.mark.neo4j
AS_OF = "2005-06-01"


@pytest.fixture(scope="module")
def client(session_store, neo4j_settings: Settings) -> Iterator[TestClient]:
    session_store.clear()
    load_dataset(session_store, read_folder(FIXTURES / "small"), what="small")
    with TestClient(create_app(neo4j_settings)) as test_client:
        yield test_client


def html(response, status: int = 200) -> str:
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CSP
    return response.text


@pytest.mark.parametrize("path", [
    "/views/country/MDA", "/views/country/mda", "/views/country/Mda?as_of=2005-06-01",
    "/views/network?country=mda", "/views/theme/protection", "/views/theme/Protection",
    "/views/map", "/views/map?region=world&metric=need", "/views/map?theme=theme.protection"
    "&metric=gap&region=subregion:Eastern Europe", "/views/map?metric=coverage&as_of=2005-06-01",
    "/views/coverage?region=world&sort=gap&themes=pillars", "/views/coverage?sort=name",
    "/views/overlaps?as_of=2005-06-01&page=1", "/views/overlaps?country=mda&as_of=2005-06-01",
    "/views/gaps?as_of=2005-06-01&country=mda", "/views/network?group=community&node_limit=5",
    "/views/whatif?as_of=2005-06-01&remove_actor=org.ngo-a&remove_actor=org.ngo-c",
])
def test_views_accept_their_parameters_and_iso_codes_in_any_case(client: TestClient,
                                                                path: str) -> None:
    html(client.get(path))


@pytest.mark.parametrize(("path", "status", "listed"), [
    ("/views/country/XXX", 404, "Moldova"),
    ("/views/country/Moldova", 404, "Albania"),
    ("/views/theme/theme.nope", 404, "Protection"),
    ("/views/network?type=charity", 422, "NGO"),
    ("/views/network?country=XXX", 422, "Austria"),
    ("/views/coverage?region=Atlantis", 422, "World"),
    ("/views/map?theme=nope", 422, "Prevention"),
    ("/views/overlaps?as_of=2005-06-01&page=99", 422, "page"),
    ("/views/map?metric=colour", 422, "metric"),
    ("/views/coverage?as_of=yesterday", 422, "as_of"),
    ("/views/whatif?remove_actor=org.nobody", 422, "org.nobody"),
    ("/views/actor/org.nobody", 404, "org.nobody"),
])
def test_view_errors_are_pages_that_list_the_valid_choices(client: TestClient, path: str,
                                                          status: int, listed: str) -> None:
    text = html(client.get(path), status)
    assert listed in text
    assert "<script src=\"http" not in text


def test_unknown_country_page_links_every_country_by_name(client: TestClient) -> None:
    text = html(client.get("/views/country/xx1"), 404)
    assert 'href="/views/country/MDA"' in text
    names = re.findall(r'<a href="/views/country/[A-Z]{3}">([^<]+)</a>', text)
    assert names == sorted(names, key=str.lower)


def test_dropdowns_are_sorted_by_name(client: TestClient) -> None:
    text = html(client.get("/views/network"))
    countries = re.search(r'<select name="country">(.*?)</select>', text, re.S)
    assert countries
    names = re.findall(r'<option value="[A-Z]{3}"[^>]*>([^<]+)</option>', countries.group(1))
    assert names == sorted(names, key=str.lower) and names[0] == "Albania"


def test_country_view_offers_no_country_filter(client: TestClient) -> None:
    assert 'name="country"' not in html(client.get("/views/country/MDA"))


def test_gaps_and_overlaps_say_why_they_are_empty_and_offer_covered_dates(
        client: TestClient) -> None:
    for path in ("/views/gaps?as_of=1990-01-01", "/views/overlaps?as_of=1990-01-01"):
        text = html(client.get(path))
        assert "No programme in the data runs on 1990-01-01" in text
        assert re.search(r'href="/views/(gaps|overlaps)\?as_of=\d{4}-06-30"', text)


def test_api_docs_are_served_from_vendored_files_under_the_csp(client: TestClient) -> None:
    for path, script in (("/docs", "/static/swagger-ui/swagger-ui-bundle.js"),
                         ("/redoc", "/static/redoc/redoc.standalone.js")):
        text = html(client.get(path))
        assert script in text and "http" not in text.replace("http-equiv", "")
        assert client.get(script).status_code == 200
    assert client.get("/static/world-atlas/countries-50m.json").status_code == 200


def test_json_endpoints_still_answer_errors_as_problems(client: TestClient) -> None:
    response = client.get("/countries/XXX")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_views_refuse_a_parameter_they_do_not_take_and_name_those_they_do(
        client: TestClient) -> None:
    response = client.get("/views/overlaps?regoin=osce")
    assert response.status_code == 422
    assert "regoin" in response.text and "region" in response.text


@pytest.mark.parametrize("view", ["gaps", "overlaps"])
def test_gaps_and_overlaps_keep_to_the_region_chosen(client: TestClient, view: str) -> None:
    """The Moldovan shelters overlap (and their implementers are unlinked): Eastern Europe
    keeps them, Southern Europe (Albania only) does not, and the form offers the region."""
    east = html(client.get(f"/views/{view}?as_of={AS_OF}&region=subregion:Eastern Europe"))
    south = html(client.get(f"/views/{view}?as_of={AS_OF}&region=subregion:Southern Europe"))
    shown = "Shelter for victims in Moldova" if view == "overlaps" else "La Strada Moldova"
    assert shown in east
    assert shown not in south.split('name="region"')[1].split("</form>")[1]
    assert 'name="region"' in east
    assert re.search(r'<option value="subregion:Eastern Europe"[^>]*selected', east)
    html(client.get(f"/views/{view}?region=Atlantis"), 422)
