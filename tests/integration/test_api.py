"""The HTTP API against the real Neo4j: every endpoint, and every documented error."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.loader import load_dataset
from graph.settings import Settings
from ingest.folder import read_folder
from tests.conftest import FIXTURES

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(session_store, neo4j_settings: Settings) -> Iterator[TestClient]:
    """An API over the `small` fixture folder, loaded once for the module."""
    session_store.clear()
    load_dataset(session_store, read_folder(FIXTURES / "small"), what="small")
    settings = neo4j_settings.model_copy(
        update={"api_key": SecretStr("s3cret"), "max_upload_bytes": 20000})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_health_and_ready_report_neo4j_and_schema(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok", "neo4j": None,
                                            "schema_in_place": None, "incomplete_loads": None,
                                            "detail": None}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json()["schema_in_place"] is True
    assert ready.json()["status"] == "ready"


def test_organisations_are_paged_in_a_stable_order_with_a_total(client: TestClient) -> None:
    first = client.get("/organisations", params={"limit": 4}).json()
    second = client.get("/organisations", params={"limit": 4, "skip": 4}).json()
    assert first["total"] == second["total"] == 10
    names = [o["name"] for o in first["items"] + second["items"]]
    assert names == sorted(names, key=str.lower)
    assert not {o["id"] for o in first["items"]} & {o["id"] for o in second["items"]}


def test_organisations_filter_by_type_country_theme_and_pillar(client: TestClient) -> None:
    ngos = client.get("/organisations", params={"type": "ngo"}).json()
    assert {o["id"] for o in ngos["items"]} == {"org.ngo-a", "org.ngo-b", "org.ngo-c",
                                                 "org.hostile"}
    in_mda = client.get("/organisations", params={"country": "MDA", "as_of": "2005-06-01"}).json()
    assert {"org.ngo-a", "org.ngo-b", "org.donor", "org.osce-osr"} <= {
        o["id"] for o in in_mda["items"]}
    assistance = client.get("/organisations", params={"theme": "theme.assistance",
                                                      "as_of": "2005-06-01"}).json()
    assert {o["id"] for o in assistance["items"]} == {"org.ngo-a", "org.ngo-b", "org.donor"}
    # A pillar includes its sub-themes; GRETA is there through its mandate.
    protection = client.get("/organisations", params={"pillar": "protection",
                                                      "as_of": "2005-06-01"}).json()
    assert {"org.ngo-a", "org.ngo-c", "org.greta", "org.osce-osr"} <= {
        o["id"] for o in protection["items"]}


def test_name_search_forgives_accents_case_and_acronyms(client: TestClient) -> None:
    by_alias = client.get("/organisations", params={"q": "buro sonderbeauftragten"}).json()
    assert by_alias["items"][0]["id"] == "org.osce-osr"
    by_acronym = client.get("/search", params={"q": "iom"}).json()
    assert by_acronym[0]["id"] == "org.iom"
    typo = client.get("/search", params={"q": "Strda Moldova"}).json()
    assert typo and typo[0]["id"] == "org.ngo-a"
    hostile = client.get("/search", params={"q": "<img onerror=alert(1)>"})
    assert hostile.status_code == 200


def test_organisation_detail_has_parents_units_programmes_partners_and_sources(
    client: TestClient,
) -> None:
    osr = client.get("/organisations/org.osce-osr").json()
    assert [p["id"] for p in osr["parents"]] == ["org.osce"]
    assert {p["id"] for p in osr["partners"]} == {"org.iom"}
    assert {p["id"] for p in osr["programmes"]} == {"prog.osce-mda"}
    assert {p["id"] for p in osr["people"]} == {"person.helga-konrad"}
    assert {s["id"] for s in osr["sources"]} >= {"src.osce-2004", "src.test-data"}
    osce = client.get("/organisations/org.osce").json()
    assert {u["id"] for u in osce["units"]} == {"org.osce-osr"}
    greta = client.get("/organisations/org.greta").json()
    assert greta["mandates"][0]["id"] == "mandate.cets-197"


def test_country_detail_has_actors_programmes_ratifications_indicators_and_coverage(
    client: TestClient,
) -> None:
    mda = client.get("/countries/MDA", params={"as_of": "2005-06-01"}).json()
    assert mda["as_of"] == "2005-06-01"
    assert {"prog.shelter-a", "prog.shelter-b", "prog.osce-mda"} == {
        p["id"] for p in mda["programmes"]}
    assert mda["ratifications"][0]["id"] == "mandate.cets-197"
    assert mda["indicators"][0]["value"] == "Tier 3"
    assert {m["id"] for m in mda["memberships"]} == {"org.osce", "org.coe"}
    assert mda["coverage"] and all(c["subject"][0] == "MDA" for c in mda["coverage"])
    later = client.get("/countries/MDA", params={"as_of": "2020-01-01"}).json()
    assert later["programmes"] == []


def test_lists_of_countries_programmes_and_other_kinds(client: TestClient) -> None:
    osce = client.get("/countries", params={"member_of": "org.osce"}).json()
    assert osce["total"] == 3
    progs = client.get("/programmes", params={"country": "MDA", "theme": "theme.protection",
                                              "as_of": "2005-01-01", "active_only": True}).json()
    assert {p["id"] for p in progs["items"]} == {"prog.shelter-a", "prog.shelter-b",
                                                  "prog.osce-mda"}
    for path, expected in [("/mandates", 1), ("/themes", 4), ("/people", 1), ("/sources", 2)]:
        assert client.get(path).json()["total"] == expected, path
    detail = client.get("/programmes/prog.albania").json()
    assert detail["kind"] == "Programme"
    assert {r["other"]["id"] for r in detail["relationships"]} >= {"org.ngo-c", "org.iom", "ALB"}
    assert client.get("/people/person.helga-konrad").json()["record"]["name"] == "Helga Konrad"
    assert client.get("/themes/theme.assistance").status_code == 200
    assert client.get("/mandates/mandate.cets-197").json()["sources"]


def test_partnerships_of_one_actor_and_between_two(client: TestClient) -> None:
    links = client.get("/organisations/org.ngo-a/partnerships",
                       params={"as_of": "2005-06-01"}).json()
    # Funder and implementer of one programme are linked through it.
    assert [(link["id"], link["link"], link["via"]) for link in links] == [
        ("org.donor", "joint_programme", "prog.shelter-a")]
    osr = client.get("/organisations/org.osce-osr/partnerships").json()
    assert {(link["id"], link["link"]) for link in osr} == {("org.iom", "partnership"),
                                                            ("org.osce", "part_of")}
    between = client.get("/organisations/org.ngo-c/partnerships",
                         params={"other": "org.iom", "as_of": "2005-06-01"}).json()
    assert [link["link"] for link in between] == ["joint_programme"]


def test_shortest_paths_and_neighbourhood(client: TestClient) -> None:
    paths = client.get("/paths", params={"a": "org.greta", "b": "org.osce"}).json()
    assert paths and paths[0]["nodes"][0]["id"] == "org.greta"
    assert paths[0]["nodes"][-1]["id"] == "org.osce"
    hood = client.get("/graph/neighbourhood/org.osce-osr", params={"depth": 1}).json()
    ids = {n["id"] for n in hood["nodes"]}
    assert {"org.osce-osr", "org.osce", "org.iom", "prog.osce-mda"} <= ids
    assert all(link["source"] in ids and link["target"] in ids for link in hood["links"])


def test_findings_carry_evidence_params_and_snapshot(client: TestClient) -> None:
    kinds = client.get("/findings").json()
    assert {k["kind"] for k in kinds} >= {"gaps", "unlinked-pairs", "duplicate-programmes"}
    gaps = client.get("/findings/gaps", params={"as_of": "2005-06-01"}).json()
    assert gaps["params"]["as_of"] == "2005-06-01"
    assert gaps["snapshot"]["loads"]
    pairs = client.get("/findings/unlinked-pairs", params={"as_of": "2005-06-01"}).json()
    subjects = [set(f["subject"]) for f in pairs["findings"]]
    # The two shelters share a funder, so they are linked; neither is linked to the OSCE office
    # that works on protection in Moldova too.
    assert not any({"org.ngo-a", "org.ngo-b"} <= s for s in subjects)
    assert any({"org.ngo-a", "org.osce-osr"} <= s for s in subjects)
    first = pairs["findings"][0]
    assert first["evidence"]["nodes"] and first["evidence"]["sources"]
    dup = client.get("/findings/duplicate-programmes", params={"as_of": "2005-06-01"}).json()
    assert any({"prog.shelter-a", "prog.shelter-b"} <= set(f["subject"])
               for f in dup["findings"])
    for kind in ("coverage", "brokers", "isolated", "mandates-without-action",
                 "programmes-without-mandate", "similar-actors", "centrality", "communities",
                 "community-alignment"):
        response = client.get(f"/findings/{kind}", params={"as_of": "2005-06-01"})
        assert response.status_code == 200, (kind, response.text)
    rec = client.get("/findings/recommend/org.ngo-a", params={"as_of": "2005-06-01"}).json()
    assert rec["findings"] and rec["findings"][0]["explanation"]
    whatif = client.get("/findings/what-if", params={"as_of": "2005-06-01",
                                                     "remove_actor": "org.ngo-c"}).json()
    assert whatif["params"]["remove_actors"] == ["org.ngo-c"]
    moved = client.get("/findings/what-if", params={"as_of": "2005-06-01",
                                                    "move_to": "2009-01-01"}).json()
    assert any(f["kind"] == "coverage_lost" for f in moved["findings"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_exports_in_every_format(client: TestClient, fmt: str) -> None:
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200
    assert "org.osce-osr" in response.text
    part = client.get("/export", params={"format": fmt, "kind": "Organisation"})
    assert "prog.albania" not in part.text


def test_unknown_ids_are_404_problems(client: TestClient) -> None:
    for path in ("/organisations/org.nope", "/countries/XXX", "/programmes/prog.nope",
                 "/organisations/org.nope/partnerships", "/graph/neighbourhood/nope",
                 "/findings/recommend/org.nope"):
        assert_problem(client.get(path), 404)
    assert_problem(client.get("/paths", params={"a": "org.osce", "b": "org.nope"}), 404)


def test_bad_parameters_are_422_problems(client: TestClient) -> None:
    for path, params in [
        ("/organisations", {"as_of": "yesterday"}),
        ("/organisations", {"type": "charity"}),
        ("/organisations", {"limit": 0}),
        ("/countries/MDA", {"as_of": "2005-13-01"}),
        ("/search", {"q": "!!!"}),
        ("/findings/what-if", {"move_to": "soon"}),
        ("/export", {"format": "pdf"}),
    ]:
        body = assert_problem(client.get(path, params=params), 422)
        assert body["detail"]


def test_loading_needs_the_api_key(client: TestClient) -> None:
    files = {"file": ("data.zip", b"not a zip", "application/zip")}
    assert_problem(client.post("/load/folder", files=files), 401)
    assert_problem(client.post("/load/folder", files=files,
                               headers={"X-API-Key": "wrong"}), 401)


def _zip(folder: Path) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for path in folder.glob("*.csv"):
            archive.write(path, f"data/{path.name}")
    return buf.getvalue()


def test_upload_of_a_valid_folder_loads_it_and_an_invalid_one_writes_nothing(
    client: TestClient, tmp_path: Path,
) -> None:
    headers = {"X-API-Key": "s3cret"}
    ok = client.post("/load/folder", headers=headers,
                     files={"file": ("minimal.zip", _zip(FIXTURES / "minimal"))})
    assert ok.status_code == 200, ok.text
    assert ok.json()["counts"]["Organisation"] == 3
    before = client.get("/stats").json()["counts"]
    (tmp_path / "organisations.csv").write_text(
        "id,name,type,scope,sources,checked\norg.new,New,ngo,national,src.nope,seen\n")
    bad = client.post("/load/folder", headers=headers,
                      files={"file": ("bad.zip", _zip(tmp_path))})
    body = assert_problem(bad, 422)
    assert body["errors"][0]["file"] == "organisations.csv"
    assert body["errors"][0]["line"] == 2
    assert client.get("/stats").json()["counts"] == before
    assert_problem(client.post("/load/folder", headers=headers,
                               files={"file": ("x.zip", b"not a zip")}), 422)


def test_uploads_over_the_size_limit_are_413(client: TestClient) -> None:
    big = b"x" * 30000
    assert_problem(client.post("/load/folder", headers={"X-API-Key": "s3cret"},
                               files={"file": ("big.zip", big)}), 413)


def test_loading_is_refused_when_no_key_is_configured(neo4j_settings: Settings) -> None:
    with TestClient(create_app(neo4j_settings)) as plain:
        assert_problem(plain.post("/load/folder", files={"file": ("x.zip", b"x")}), 403)


def test_a_read_key_when_set_is_required_for_reads(client: TestClient,
                                                  neo4j_settings: Settings) -> None:
    settings = neo4j_settings.model_copy(update={"read_key": SecretStr("r3ad")})
    with TestClient(create_app(settings)) as guarded:
        assert_problem(guarded.get("/organisations"), 401)
        assert guarded.get("/organisations", headers={"X-API-Key": "r3ad"}).status_code == 200
        assert guarded.get("/health").status_code == 200
        # A kept response is answered before routing: the key is still asked for.
        org = "/organisations/org.osce"
        assert guarded.get(org, headers={"X-API-Key": "r3ad"}).status_code == 200
        assert guarded.get(org, headers={"X-API-Key": "r3ad"}).status_code == 200
        assert_problem(guarded.get(org), 401)
        assert_problem(guarded.get(org, headers={"X-API-Key": "wrong"}), 401)


def test_openapi_has_an_example_on_every_parameter_of_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert op.get("summary"), f"{method} {path} has no summary"
            for param in op.get("parameters", []):
                if param["in"] == "path":
                    assert param.get("examples") or param["schema"].get("examples"), (
                        f"{method} {path}: path parameter {param['name']} has no example")


def test_upload_of_an_iati_file_loads_its_activities_behind_the_key(client: TestClient) -> None:
    iati = (FIXTURES / "iati" / "legacy_worked_example.xml").read_bytes()
    assert_problem(client.post("/ingest/iati", files={"file": ("a.xml", iati)}), 401)
    small = b"""<?xml version="1.0"?>
<iati-activities version="2.03"><iati-activity default-currency="EUR">
<iati-identifier>XM-TEST-1</iati-identifier>
<reporting-org ref="XM-TEST" type="21"><narrative>Test NGO</narrative></reporting-org>
<title><narrative>Shelter against trafficking in Moldova</narrative></title>
<activity-status code="2"/>
<activity-date type="1" iso-date="2005-01-01"/>
<participating-org role="4" type="21"><narrative>La Strada Moldova</narrative></participating-org>
<recipient-country code="MD"/>
</iati-activity></iati-activities>"""
    ok = client.post("/ingest/iati", headers={"X-API-Key": "s3cret"},
                     files={"file": ("one.xml", small, "application/xml")})
    assert ok.status_code == 200, ok.text
    assert ok.json()["loaded"] == 1
    legacy = client.post("/ingest/iati", headers={"X-API-Key": "s3cret"},
                         files={"file": ("legacy.xml", iati, "application/xml")})
    body = assert_problem(legacy, 422)
    assert "1.0" in body["detail"] or "version" in body["detail"]


def test_upload_of_an_iati_file_with_a_bad_activity_is_a_422_unless_lenient(
        client: TestClient) -> None:
    bad = b"""<?xml version="1.0"?>
<iati-activities version="2.03"><iati-activity default-currency="EUR">
<iati-identifier>XM-TEST-2</iati-identifier>
<title><narrative>A programme</narrative></title><activity-status code="99"/>
</iati-activity></iati-activities>"""
    strict = client.post("/ingest/iati", headers={"X-API-Key": "s3cret"},
                         files={"file": ("two.xml", bad, "application/xml")})
    body = assert_problem(strict, 422)
    assert body["errors"][0]["file"] == "two.xml" and body["errors"][0]["line"] == 2
    assert "alliance-upload" not in strict.text  # the server's folder is never shown
    lenient = client.post("/ingest/iati", headers={"X-API-Key": "s3cret"},
                          params={"lenient": True},
                          files={"file": ("two.xml", bad, "application/xml")})
    assert lenient.status_code == 200, lenient.text
    assert lenient.json()["loaded"] == 0 and len(lenient.json()["bad"]) == 1


def test_uploading_a_page_again_changes_nothing_and_never_stores_the_upload_path(
        client: TestClient, session_store) -> None:
    page = (FIXTURES / "pages" / "eval" / "ngo_atina_reintegration.txt").read_bytes()
    first = client.post("/ingest/page", headers={"X-API-Key": "s3cret"},
                        files={"file": ("atina.txt", page, "text/plain")})
    assert first.status_code == 200, first.text
    counts = session_store.counts()
    again = client.post("/ingest/page", headers={"X-API-Key": "s3cret"},
                        files={"file": ("atina.txt", page, "text/plain")})
    assert again.json() == first.json() and session_store.counts() == counts
    [src] = session_store.read_text("MATCH (s:Source {id: $s}) RETURN s.url AS url",
                                    s=first.json()["document"].replace("doc.", "src."))
    assert src["url"].startswith("urn:sha1:")
    named = client.post("/ingest/page", headers={"X-API-Key": "s3cret"},
                        data={"url": "https://example.org/atina"},
                        files={"file": ("atina.txt", page, "text/plain")})
    assert named.json()["url"] == "https://example.org/atina"
    assert named.json()["document"] == first.json()["document"]
    bad = client.post("/ingest/page", headers={"X-API-Key": "s3cret"},
                      data={"url": "not a url"},
                      files={"file": ("atina.txt", page, "text/plain")})
    assert "http" in assert_problem(bad, 422)["detail"]


def test_upload_of_a_page_links_it_and_an_unreadable_one_is_a_422(client: TestClient) -> None:
    page = (FIXTURES / "pages" / "osce_alliance_2004.txt").read_bytes()
    ok = client.post("/ingest/page", headers={"X-API-Key": "s3cret"},
                     files={"file": ("osce.txt", page, "text/plain")})
    assert ok.status_code == 200, ok.text
    assert ok.json()["date"] == "2004-07-23"
    bad = client.post("/ingest/page", headers={"X-API-Key": "s3cret"},
                      files={"file": ("bad.txt", b"\xff\xfe\x00\x00garbage", "text/plain")})
    body = assert_problem(bad, 422)
    assert body["errors"][0]["file"] == "bad.txt" and "/tmp" not in bad.text


def test_gaps_can_keep_to_the_four_pillars(client: TestClient) -> None:
    pillars = {"theme.prevention", "theme.protection", "theme.prosecution"}
    gaps = client.get("/findings/gaps", params={"as_of": "2005-06-01",
                                                "pillars_only": True}).json()
    assert gaps["count"] and {f["subject"][1] for f in gaps["findings"]} <= pillars
    everything = client.get("/findings/gaps", params={"as_of": "2005-06-01"}).json()
    assert everything["count"] > gaps["count"]
