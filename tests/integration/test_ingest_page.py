"""`alliance ingest page` on the OSCE page that founded the Alliance (Vienna, 23 July 2004).

The graph loaded first (tests/fixtures/page_graph) holds org.osce, its Special Representative's
office (spelled differently from the page), org.coe with the alias "CoE", IOM (spelled
"Organisation"), Europol (as an alias), two organisations that are both "ILO", Helga Konrad,
and OSCE memberships and field operations that differ from the page's navigation on purpose
(Japan listed as participating State; a Mission in Georgia; none in Skopje).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InvalidData
from graph.loader import load_dataset
from ingest.folder import read_folder
from ingest.page_load import ingest_pages, read_page
from tests.conftest import FIXTURES

PAGE = FIXTURES / "pages" / "osce_alliance_2004.txt"
EVAL = FIXTURES / "pages" / "eval"

MARKDOWN = """---
title: "ILO and Council of Europe join forces against forced labour"
date: 2024-03-05
publisher: Example Press Agency
url: https://example.org/press/2024-03-05
---

# ILO and Council of Europe join forces against forced labour

STRASBOURG, 5 March 2024 - The ILO and the CoE agreed today to work together on
forced labour and trafficking in human beings in Europe.

"Nobody should work under threat", said Jane Example, Director of the Council of
Europe's Department of Anti-Trafficking.
"""


def _snapshot(store) -> tuple[list, list]:
    nodes = store.read_text("MATCH (n) WHERE NOT n:Load RETURN labels(n) AS l, "
                            "properties(n) AS p ORDER BY n.id")
    rels = store.read_text("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, "
                           "properties(r) AS p ORDER BY r.id")
    return nodes, rels


@pytest.fixture
def graph(store):
    load_dataset(store, read_folder(FIXTURES / "page_graph"), what="page graph")
    return store


def test_founding_page_yields_the_meeting_in_vienna_on_2004_07_23(graph) -> None:
    [report], errors = ingest_pages(graph, [PAGE])
    assert not errors
    [event] = graph.read_text(
        "MATCH (:Document {id: $d})-[:MENTIONS]->(e:Event)-[:HELD_IN]->(c:Country) "
        "MATCH (e)-[:ORGANISED_BY]->(o) RETURN e.start AS start, e.place AS place, "
        "e.kind AS kind, c.id AS country, o.id AS organiser", d=report.document)
    assert event == {"start": "2004-07-23", "place": "Vienna", "kind": "meeting",
                     "country": "AUT", "organiser": "org.osce"}


def test_founding_page_yields_three_speakers_with_roles_and_organisations(graph) -> None:
    [report], _ = ingest_pages(graph, [PAGE])
    rows = graph.read_text(
        "MATCH (p:Person)-[r:SPOKE_FOR]->(o:Organisation) RETURN p.id AS person, "
        "r.role AS role, o.id AS org, r.span_start AS s, r.span_end AS e, r.quote AS quote "
        "ORDER BY person")
    text = PAGE.read_text(encoding="utf-8")
    assert [(r["person"], r["org"]) for r in rows] == [
        ("person.helga-konrad", "org.osce-osr"),  # the existing node, not a new one
        ("person.marco-gramegna", "org.iom"),
        ("person.maud-de-boer-buquicchio", "org.coe"),
    ]
    roles = {r["person"]: r["role"] for r in rows}
    assert "Special Representative on Combating Trafficking" in roles["person.helga-konrad"]
    assert roles["person.maud-de-boer-buquicchio"].startswith("Deputy Secretary General")
    assert roles["person.marco-gramegna"].startswith("Director of the International")
    for r in rows:
        assert text[r["s"]:r["e"]].startswith(graph.read_text(
            "MATCH (p:Person {id: $id}) RETURN p.name AS n", id=r["person"])[0]["n"])
    assert rows[0]["quote"] == "We have to pool our forces and resources"
    created = [c for c in report.created if c.startswith("Person")]
    assert len(created) == 2  # Helga Konrad was already in the graph


def test_founding_page_yields_figures_and_who_gave_them(graph) -> None:
    [report], _ = ingest_pages(graph, [PAGE])
    [estimate] = graph.read_text(
        "MATCH (:Document)-[r:MENTIONS {role: 'estimator'}]->(o) RETURN o.id AS org, "
        "r.low AS low, r.high AS high, r.figure AS figure")
    assert estimate == {"org": "org.europol", "low": 3000.0, "high": 4000.0,
                        "figure": "more than 3,000 to 4,000"}
    [doc] = graph.read_text("MATCH (d:Document {id: $d}) RETURN d.figures AS f", d=report.document)
    assert len(doc["f"]) == 4
    assert any("800,000 to 900,000" in f and "unattributed" in f for f in doc["f"])
    assert any("30 per cent" in f for f in doc["f"])


def test_duplicated_paragraphs_are_counted_once(graph) -> None:
    [report], _ = ingest_pages(graph, [PAGE])
    [doc] = graph.read_text("MATCH (d:Document {id: $d}) RETURN d.paragraphs AS n, "
                            "d.repeated AS r", d=report.document)
    assert doc == {"n": 12, "r": 11}
    [konrad] = graph.read_text("MATCH (:Document)-[r:MENTIONS]->(:Person {id: "
                               "'person.helga-konrad'}) RETURN r.quotes AS q")
    assert konrad["q"] == 4  # not 8: her paragraphs appear twice on the page


def test_mentions_link_to_existing_nodes_by_acronym_alias_and_spelling(graph) -> None:
    ingest_pages(graph, [PAGE])
    linked = {r["id"] for r in graph.read_text(
        "MATCH (:Document)-[:MENTIONS]->(o:Organisation) RETURN DISTINCT o.id AS id")}
    assert {"org.osce", "org.osce-osr", "org.coe", "org.iom", "org.europol"} <= linked
    # Only the one body the page names that this small graph lacks is created.
    created = graph.read_text("MATCH (o:Organisation {origin: 'document'}) RETURN o.name AS n, "
                              "o.checked AS c")
    assert created == [{"n": "European Union", "c": "ingested"}]


def test_navigation_lists_are_compared_with_the_graph(graph) -> None:
    [report], _ = ingest_pages(graph, [PAGE])
    nav = "\n".join(report.navigation)
    assert "JPN is a participating State in the graph, not on the page" in nav
    assert "North Macedonia (MKD) is a participating State on the page" in nav
    assert "'Mission to Skopje' (MKD) is on the page, not in the graph" in nav
    assert "a field operation in GEO is in the graph, not on the page" in nav
    assert "Austria" not in nav and "MDA" not in nav  # those agree


def _loads(store) -> int:
    return store.read_text("MATCH (l:Load) RETURN count(l) AS n")[0]["n"]


def test_ingesting_the_page_twice_changes_nothing(graph) -> None:
    [first], _ = ingest_pages(graph, [PAGE])
    before, loads = _snapshot(graph), _loads(graph)
    [second], _ = ingest_pages(graph, [PAGE])
    assert _snapshot(graph) == before
    assert _loads(graph) == loads  # the same records: the same load, not a new one
    assert second == first


def test_markdown_press_release_with_front_matter_and_an_ambiguous_acronym(graph,
                                                                            tmp_path) -> None:
    path = tmp_path / "press.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [report], errors = ingest_pages(graph, [path])
    assert not errors
    assert report.title == "ILO and Council of Europe join forces against forced labour"
    assert report.date == "2024-03-05" and report.place == "Strasbourg"
    assert any("org.ilo, org.ilo-office" in a for a in report.ambiguous)
    [src] = graph.read_text("MATCH (d:Document {id: $d}) MATCH (s:Source) "
                            "WHERE s.id IN d.sources RETURN s.publisher AS p, s.url AS u",
                            d=report.document)
    assert src == {"p": "Example Press Agency", "u": "https://example.org/press/2024-03-05"}
    ilo = graph.read_text("MATCH (:Document {id: $d})-[:MENTIONS]->(o) WHERE o.id STARTS "
                          "WITH 'org.ilo' RETURN o.id", d=report.document)
    assert ilo == []  # ambiguous: reported, not guessed
    [spoke] = graph.read_text("MATCH (p:Person)-[:SPOKE_FOR]->(o) WHERE p.name = "
                              "'Jane Example' RETURN o.id AS org")
    assert spoke["org"] == "org.coe"


def test_an_unreadable_page_writes_nothing_and_every_error_names_its_file(graph,
                                                                          tmp_path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    missing = tmp_path / "missing.txt"
    before = graph.counts()
    with pytest.raises(InvalidData) as caught:
        ingest_pages(graph, [bad, missing, PAGE])
    assert [e.file for e in caught.value.errors] == [str(bad), str(missing)]
    assert graph.counts() == before
    with pytest.raises(InvalidData, match=r"broken\.txt"):
        read_page(Path(bad))


def test_lenient_loads_the_readable_pages_and_returns_the_errors_of_the_others(
        graph, tmp_path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    reports, errors = ingest_pages(graph, [bad, PAGE], lenient=True)
    assert [r.file for r in reports] == [str(PAGE)]
    assert [e.errors[0].file for e in errors] == [str(bad)]


def test_a_bad_date_in_front_matter_names_the_line_and_the_field(graph, tmp_path) -> None:
    path = tmp_path / "dated.md"
    path.write_text("---\ntitle: A page\ndate_published: 31 Febtember 2024\n---\n\n"
                    "A paragraph of article text that is long enough to be read.\n",
                    encoding="utf-8")
    with pytest.raises(InvalidData) as caught:
        ingest_pages(graph, [path])
    [error] = caught.value.errors
    assert (error.line, error.column, error.got) == (3, "date_published", "31 Febtember 2024")


def test_the_page_is_known_by_its_url_or_else_by_its_content(graph, tmp_path) -> None:
    text = (EVAL / "usdos_note_palermo.md").read_text(encoding="utf-8")
    bare = tmp_path / "bare.md"
    bare.write_text(text.replace("canonical_url: https://example.org/state/tip/"
                                 "palermo-anniversary\n", ""), encoding="utf-8")
    [report], _ = ingest_pages(graph, [bare])
    [src] = graph.read_text("MATCH (d:Document {id: $d}) MATCH (s:Source) WHERE s.id IN "
                            "d.sources RETURN s.url AS url, s.publisher AS p, s.date AS date",
                            d=report.document)
    assert src["url"].startswith("urn:sha1:") and str(tmp_path) not in src["url"]
    assert (src["p"], src["date"]) == ("U.S. Department of State", "2023-12-15")
    copy = tmp_path / "elsewhere" / "renamed.md"
    copy.parent.mkdir()
    copy.write_bytes(bare.read_bytes())
    [again], _ = ingest_pages(graph, [copy], url="https://example.org/palermo")
    assert again.document == report.document  # the same page, wherever it was read from
    [src] = graph.read_text("MATCH (s:Source {id: $s}) RETURN s.url AS url",
                            s=report.document.replace("doc.", "src."))
    assert src["url"] == "https://example.org/palermo"
    with pytest.raises(InvalidData, match="http"):
        ingest_pages(graph, [copy], url="ftp://example.org/palermo")
