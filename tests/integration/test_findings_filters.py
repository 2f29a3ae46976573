"""Filters narrow every analytic they apply to, and refuse what the graph does not hold.

Over HTTP against the real Neo4j, on the `small` fixture (AUT, MDA, ALB are OSCE participating
States; MDA's name is "Moldova, Republic of"; the shelters in Moldova are NGOs).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from cli.main import app as cli_app
from graph.loader import load_dataset
from graph.settings import Settings, get_settings
from ingest.folder import read_folder
from tests.conftest import FIXTURES

pytestmark = pytest.mark.neo4j
AS_OF = {"as_of": "2005-06-01", "region": "world"}
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(session_store, neo4j_settings: Settings) -> Iterator[TestClient]:
    session_store.clear()
    load_dataset(session_store, read_folder(FIXTURES / "small"), what="small")
    with TestClient(create_app(neo4j_settings)) as test_client:
        yield test_client


def findings(client: TestClient, kind: str, **params: str) -> list[dict]:
    response = client.get(f"/findings/{kind}", params={**AS_OF, **params})
    assert response.status_code == 200, response.text
    return response.json()["findings"]


def countries_of(found: list[dict]) -> set[str]:
    return {c["id"] for f in found for c in f["about"]["countries"]}


@pytest.mark.parametrize("kind", ["coverage", "gaps", "unlinked-pairs", "duplicate-programmes",
                                  "brokers", "isolated"])
def test_country_filter_keeps_only_findings_about_that_country(client: TestClient,
                                                               kind: str) -> None:
    everything = findings(client, kind)
    moldova = findings(client, kind, country="mda")
    assert len(moldova) <= len(everything)
    for f in moldova:
        named = {c["id"] for c in f["about"]["countries"]}
        assert not named or "MDA" in named, f
    if countries_of(everything) - {"MDA"}:
        assert len(moldova) < len(everything), "the filter did not narrow anything"


def test_unlinked_pairs_of_a_country_are_scored_on_its_cells_only(client: TestClient) -> None:
    """The service passes the scope's countries: a pair's cells, and so its score, are MDA's."""
    everything = {tuple(f["subject"]): f for f in findings(client, "unlinked-pairs")}
    response = client.get("/findings/unlinked-pairs", params={**AS_OF, "country": "MDA"})
    assert response.json()["params"]["countries"] == ["MDA"]
    moldova = response.json()["findings"]
    assert moldova
    for f in moldova:
        assert {cell[0] for cell in f["details"]["cells"]} == {"MDA"}, f
        assert f["score"] <= everything[tuple(f["subject"])]["score"]


def test_a_country_is_found_by_code_in_any_case_and_by_its_short_name(client: TestClient) -> None:
    by_code = findings(client, "coverage", country="MDA")
    assert by_code
    assert findings(client, "coverage", country="mda") == by_code
    assert findings(client, "coverage", country="Moldova") == by_code


def test_filters_on_findings_without_a_country_use_the_actors_places(client: TestClient) -> None:
    """Centrality is about organisations; a country filter keeps those working there."""
    everything = findings(client, "centrality")
    albania = findings(client, "centrality", country="ALB")
    assert albania and len(albania) < len(everything)


def test_theme_filter_takes_a_name_and_a_pillar_includes_its_finer_themes(
        client: TestClient) -> None:
    protection = findings(client, "coverage", theme="Protection")
    themes = {t["id"] for f in protection for t in f["about"]["themes"]}
    assert "theme.assistance" in themes and "theme.prevention" not in themes


def test_region_and_osce_groupings_narrow_to_their_countries(client: TestClient) -> None:
    osce = countries_of(findings(client, "coverage", region="osce"))
    assert osce and osce <= {"AUT", "MDA", "ALB"}
    world = countries_of(findings(client, "coverage"))
    assert world > osce
    southern = countries_of(findings(client, "coverage", subregion="Southern Europe"))
    assert southern == {"ALB"}


def test_the_default_scope_of_findings_is_the_osce_region(client: TestClient) -> None:
    body = client.get("/findings/coverage", params={"as_of": "2005-06-01"}).json()
    assert body["scope"].startswith("region osce")
    assert countries_of(body["findings"]) <= {"AUT", "MDA", "ALB"}


def test_actor_type_filter_keeps_findings_involving_such_an_actor(client: TestClient) -> None:
    ngo = findings(client, "unlinked-pairs", actor_type="ngo")
    assert ngo
    everything = findings(client, "unlinked-pairs")
    assert len(ngo) <= len(everything)


@pytest.mark.parametrize(("params", "named"), [
    ({"country": "XXX"}, "ISO 3166-1"),
    ({"theme": "protektion"}, "Protection"),
    ({"region": "Narnia"}, "osce"),
    ({"region": "Southern Europe"}, "subregion"),
    ({"actor_type": "charity"}, "ngo"),
    ({"actor_scope": "galactic"}, "national"),
    ({"actor": "org.nobody"}, "org.iom"),
])
def test_unknown_filter_values_are_422_naming_the_valid_choices(client: TestClient,
                                                                params: dict, named: str) -> None:
    response = client.get("/findings/coverage", params={"as_of": "2005-06-01", **params})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert named in response.json()["detail"]


def test_unknown_parameters_are_422_listing_the_ones_taken(client: TestClient) -> None:
    for path in ("/findings/duplicate-programmes", "/organisations", "/countries"):
        response = client.get(path, params={"regio": "Central Asia"})
        assert response.status_code == 422, (path, response.text)
        assert "regio" in response.text and "unknown parameter" in response.text


def test_findings_responses_carry_params_and_snapshot_once(client: TestClient) -> None:
    body = client.get("/findings/gaps", params=AS_OF).json()
    assert body["params"]["as_of"] == "2005-06-01" and body["snapshot"]
    assert body["findings"] and all("params" not in f and "snapshot" not in f
                                    for f in body["findings"])
    assert [f["rank"] for f in body["findings"]][:3] == [1, 2, 3]


def test_search_puts_the_exact_acronym_first_and_forgives_stop_words(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "OSCE"}).json()
    assert hits[0]["id"] == "org.osce" and hits[0]["exact_match"]
    full = client.get("/search", params={
        "q": "Organization for Security and Co-operation in Europe"}).json()
    assert full and full[0]["id"] == "org.osce"
    typo = client.get("/search", params={"q": "Ofice of the Special Representativ"}).json()
    assert "org.osce-osr" in [h["id"] for h in typo]


def test_cli_filters_error_with_exit_2_naming_the_valid_choices(
        client: TestClient, session_store, monkeypatch) -> None:
    monkeypatch.setenv("NEO4J_URI", session_store.uri)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        bad = runner.invoke(cli_app, ["overlaps", "--country", "Mordor"])
        assert bad.exit_code == 2 and "ISO 3166-1" in bad.output
        good = runner.invoke(cli_app, ["gaps", "--as-of", "2005-06-01", "--country", "Moldova",
                                       "--format", "json"])
        assert good.exit_code == 0, good.output
        import json

        body = json.loads(good.output)
        assert body["findings"] and {c["id"] for f in body["findings"]
                                     for c in f["about"]["countries"]} == {"MDA"}
    finally:
        get_settings.cache_clear()
