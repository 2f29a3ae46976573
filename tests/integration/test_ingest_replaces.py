"""A page or IATI file ingested again replaces what that document said (issue 15: page and
IATI ingests only added, so an edited document kept what its new version no longer says),
and what another document or a folder says stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.cypher import safe_identifier
from graph.loader import load_dataset
from graph.model import Country, Dataset, Organisation
from graph.vocabulary import NodeLabel
from ingest.iati_load import ingest_iati
from ingest.page_load import PageInput, ingest_pages

PAGE = """---
title: "{title}"
date: 2024-03-05
publisher: Example Press Agency
url: {url}
---

# {title}

VIENNA, 5 March 2024 - {article}
"""
JANE = ('"Nobody should work under threat", said Jane Example, Director of the Nowhere '
        'Institute for Labour Studies.')
JOHN = ('"Shelters need funds", said John Sample, Director of the Elsewhere Foundation for '
        'Shelters.')


def ingest_page(store, url: str, title: str, article: str):
    text = PAGE.format(title=title, url=url, article=article)
    [report], _ = ingest_pages(store, [PageInput(text.encode(), "page.md")])
    return report


def ids(store, label: str) -> list[str]:
    # The label from the model's allow-list, as the project's own queries take it.
    label = safe_identifier(label, NodeLabel)
    rows = store.read_text(f"MATCH (n:{label}) RETURN n.id AS id ORDER BY id")
    return [r["id"] for r in rows]


def owners(store, record_id: str) -> list[str]:
    [row] = store.read_text("MATCH (n {id: $id}) RETURN n._asserted_by AS by", id=record_id)
    return row["by"]


def mentioned(store, doc: str) -> list[str]:
    rows = store.read_text("MATCH (:Document {id: $d})-[:MENTIONS]->(n) RETURN n.id AS id "
                           "ORDER BY id", d=doc)
    return [r["id"] for r in rows]


def test_a_page_edited_and_ingested_again_says_only_what_its_new_version_says(store) -> None:
    url = "https://example.org/press/edited"
    first = ingest_page(store, url, "Directors speak on forced labour", JANE)
    assert "person.jane-example" in ids(store, "Person")

    second = ingest_page(store, url, "A director speaks on shelters", JOHN)
    assert second.document != first.document
    assert ids(store, "Document") == [second.document]  # the old version's document is gone
    assert ids(store, "Person") == ["person.john-sample"]
    assert "person.john-sample" in mentioned(store, second.document)
    [org] = store.read_text("MATCH (:Person)-[:SPOKE_FOR]->(o) RETURN o.name AS name")
    assert "Elsewhere" in org["name"]
    assert not [n for n in ids(store, "Organisation") if "nowhere" in n]
    loads = [(x["source"], x["status"]) for x in store.read("last_loads", limit=5)]
    assert loads == [(f"page {url}", "complete")]


def test_the_same_page_ingested_again_changes_nothing(store) -> None:
    url = "https://example.org/press/same"
    ingest_page(store, url, "Directors speak on forced labour", JANE)
    query = ("MATCH (n) WHERE NOT n:Load OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS n, "
             "properties(n) AS p, type(r) AS t, m.id AS m, properties(r) AS rp "
             "ORDER BY n, t, m, rp.id")
    before = store.read_text(query)
    ingest_page(store, url, "Directors speak on forced labour", JANE)
    assert store.read_text(query) == before


def test_a_person_two_pages_name_stays_until_both_stop_naming_them(store) -> None:
    """Page a names Jane first (it makes her record); page b names her too, links to that
    record and asserts it as well. Jane stays while either page names her."""
    a, b = "https://example.org/press/a", "https://example.org/press/b"
    ingest_page(store, a, "Page a", JANE)
    second_b = ingest_page(store, b, "Page b", JANE + " " + JOHN)
    assert owners(store, "person.jane-example") == [f"page {a}", f"page {b}"]

    ingest_page(store, a, "Page a, edited", JOHN)
    assert owners(store, "person.jane-example") == [f"page {b}"]
    assert "person.jane-example" in mentioned(store, second_b.document)
    [jane] = store.read_text("MATCH (p:Person {id: 'person.jane-example'}) "
                             "RETURN p.name AS name, p.sources AS sources")
    assert jane["name"] == "Jane Example" and jane["sources"] == [f"src.{second_b.document[4:]}"]

    ingest_page(store, b, "Page b, edited", JOHN)
    assert "person.jane-example" not in ids(store, "Person")
    assert ids(store, "Person") == ["person.john-sample"]


HEAD = '<?xml version="1.0"?>\n<iati-activities version="2.03">\n'


def activity(ident: str, title: str, body: str = "") -> str:
    return (f'<iati-activity default-currency="EUR"><iati-identifier>{ident}</iati-identifier>'
            f'<reporting-org ref="XM-DAC-47066" type="40"><narrative>IOM</narrative>'
            f'</reporting-org><title><narrative>{title}</narrative></title>'
            f'<activity-status code="2"/>{body}</iati-activity>\n')


SMALL_NGO = ('<participating-org ref="XX-NGO-1" role="4" type="22"><narrative>Small Shelter '
             'Network</narrative></participating-org>')


def iati_file(folder: Path, name: str, *activities: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(HEAD + "".join(activities) + "</iati-activities>\n", encoding="utf-8")
    return path


@pytest.fixture
def iati_graph(store):
    load_dataset(store, Dataset(entities=[
        Country(id="MDA", iso2="MD", name="Moldova", sources=["s"], checked="seen"),
        Country(id="ARG", iso2="AR", name="Argentina", sources=["s"], checked="seen"),
        Organisation(id="org.iom", name="International Organization for Migration",
                     acronym="IOM", type="un_agency", scope="global", iati_id="XM-DAC-47066",
                     sources=["s"], checked="seen")]), what="iati graph")
    return store


def programmes(store) -> dict[str, str]:
    rows = store.read_text("MATCH (p:Programme) RETURN p.iati_id AS id, p.title AS title")
    return {r["id"]: r["title"] for r in rows}


def targets(store, iati_id: str) -> list[str]:
    rows = store.read_text("MATCH (:Programme {iati_id: $i})-[:TARGETS]->(c) RETURN c.id AS c "
                           "ORDER BY c", i=iati_id)
    return [r["c"] for r in rows]


def test_an_iati_file_edited_and_ingested_again_says_what_its_new_version_says(
        iati_graph, tmp_path) -> None:
    folder = tmp_path / "v1"
    ingest_iati(iati_graph, [iati_file(
        folder, "iom.xml",
        activity("XX-1-A", "Shelters", '<recipient-country code="MD"/>'),
        activity("XX-1-B", "Hotline", '<recipient-country code="AR"/>' + SMALL_NGO))])
    assert programmes(iati_graph) == {"XX-1-A": "Shelters", "XX-1-B": "Hotline"}
    assert "org.iati-xx-ngo-1" in ids(iati_graph, "Organisation")

    # The second version: A renamed and moved to Argentina, B gone (with the NGO it made).
    ingest_iati(iati_graph, [iati_file(
        tmp_path / "v2", "iom.xml",
        activity("XX-1-A", "Shelters and hotlines", '<recipient-country code="AR"/>'))])
    assert programmes(iati_graph) == {"XX-1-A": "Shelters and hotlines"}
    assert targets(iati_graph, "XX-1-A") == ["ARG"]
    assert ids(iati_graph, "Organisation") == ["org.iom"]
    assert ids(iati_graph, "Country") == ["ARG", "MDA"]  # the folder's records stay
    assert iati_graph.read("incomplete_loads") == []


def test_an_iati_file_read_in_several_batches_replaces_as_one_load(iati_graph, tmp_path):
    acts = [activity(f"XX-2-{i}", f"Programme {i}") for i in range(5)]
    ingest_iati(iati_graph, [iati_file(tmp_path / "v1", "big.xml", *acts)], batch=2)
    ingest_iati(iati_graph, [iati_file(tmp_path / "v2", "big.xml", *acts[:3])], batch=2)
    assert sorted(programmes(iati_graph)) == ["XX-2-0", "XX-2-1", "XX-2-2"]
    [load] = [x for x in iati_graph.read("last_loads", limit=5)
              if x["source"] == "iati file big.xml"]
    assert load["status"] == "complete" and load["runs"] == 2


def test_an_activity_and_an_organisation_two_files_hold_stay_until_both_drop_them(
        iati_graph, tmp_path) -> None:
    """One activity is published in two files; file one makes the NGO (its first mention),
    file two links to it. Each file dropping them withdraws only its own claim."""
    shared = activity("XX-3-S", "Shared", SMALL_NGO)
    one = iati_file(tmp_path / "v1", "one.xml", shared, activity("XX-3-1", "Only in one"))
    two = iati_file(tmp_path / "v1", "two.xml", shared)
    ingest_iati(iati_graph, [one, two])
    both = ["iati file one.xml", "iati file two.xml"]
    assert owners(iati_graph, "prog.iati-xx-3-s") == both
    assert owners(iati_graph, "org.iati-xx-ngo-1") == both

    ingest_iati(iati_graph, [iati_file(tmp_path / "v2", "one.xml",
                                       activity("XX-3-1", "Only in one"))])
    assert sorted(programmes(iati_graph)) == ["XX-3-1", "XX-3-S"]
    assert owners(iati_graph, "org.iati-xx-ngo-1") == ["iati file two.xml"]
    [link] = iati_graph.read_text("MATCH (o:Organisation)-[r:IMPLEMENTS]->(p:Programme) "
                                  "WHERE o.id = 'org.iati-xx-ngo-1' RETURN p.iati_id AS p")
    assert link == {"p": "XX-3-S"}

    ingest_iati(iati_graph, [iati_file(tmp_path / "v2", "two.xml",
                                       activity("XX-3-2", "Only in two"))])
    assert sorted(programmes(iati_graph)) == ["XX-3-1", "XX-3-2"]
    assert ids(iati_graph, "Organisation") == ["org.iom"]


KEY = {"X-API-Key": "s3cret"}


@pytest.fixture
def api(store, neo4j_settings) -> Iterator[TestClient]:
    with TestClient(create_app(neo4j_settings.model_copy(
            update={"api_key": SecretStr("s3cret")}))) as client:
        yield client


def test_a_page_posted_again_under_its_url_replaces_what_it_said(api, store) -> None:
    def post(article: str):
        text = PAGE.format(title="A release", url="", article=article).replace("url: \n", "")
        return api.post("/ingest/page", headers=KEY, data={"url": "https://example.org/r"},
                        files={"file": ("release.md", text.encode())})

    assert post(JANE).status_code == 200
    second = post(JOHN)
    assert second.status_code == 200, second.text
    assert ids(store, "Person") == ["person.john-sample"]
    assert len(ids(store, "Document")) == 1
    assert [x["source"] for x in store.read("last_loads", limit=5)] == [
        "page https://example.org/r"]
    bad = api.post("/ingest/page", headers=KEY, data={"url": "ftp://example.org/r"},
                   files={"file": ("release.md", PAGE.format(
                       title="A release", url="", article=JOHN).replace("url: \n", "")
                       .encode())})
    assert bad.status_code == 422 and "url" in bad.text
    assert ids(store, "Person") == ["person.john-sample"]


def test_an_iati_file_uploaded_again_replaces_what_it_said(api, iati_graph) -> None:
    def post(*activities: str):
        body = HEAD + "".join(activities) + "</iati-activities>\n"
        return api.post("/ingest/iati", headers=KEY, files={"file": ("iom.xml", body.encode())})

    assert post(activity("XX-4-A", "Shelters"), activity("XX-4-B", "Hotline")).status_code == 200
    again = post(activity("XX-4-A", "Shelters, renamed"))
    assert again.status_code == 200, again.text
    assert programmes(iati_graph) == {"XX-4-A": "Shelters, renamed"}
