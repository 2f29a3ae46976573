"""`alliance ingest page` on the written corpus (tests/fixtures/pages/eval), against the
bundled data loaded into the test Neo4j: what it finds, what it links to, and that reading
any page again leaves the graph as it was.

The corpus and its expected extractions are described in the corpus's README; the figures
per kind are printed by `benchmarks/ingest_eval.py`, whose scoring this test reuses.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.loader import load_dataset
from graph.resources import bundled_data_dir
from graph.store import GraphStore
from ingest.folder import read_folder
from ingest.page_load import ingest_pages, known_entities
from tests.conftest import FIXTURES

pytestmark = pytest.mark.neo4j
CORPUS = FIXTURES / "pages" / "eval"
ROOT = Path(__file__).resolve().parents[2]


def _evaluation():  # the benchmark script is not a package; load it as a module
    spec = importlib.util.spec_from_file_location("ingest_eval",
                                                  ROOT / "benchmarks" / "ingest_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundled(session_store: GraphStore) -> Iterator[GraphStore]:
    session_store.clear()
    load_dataset(session_store, read_folder(bundled_data_dir()), what="bundled")
    yield session_store
    session_store.clear()


def _page_records(store: GraphStore, source: str) -> tuple[list, list]:
    """Every node and relationship the page's source backs, with all their properties."""
    nodes = store.read_text(
        "MATCH (n) WHERE $s IN coalesce(n.sources, []) OR n.id = $s "
        "RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id", s=source)
    rels = store.read_text(
        "MATCH (a)-[r]->(b) WHERE $s IN coalesce(r.sources, []) "
        "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY r.id",
        s=source)
    return nodes, rels


def test_people_and_organisations_are_found_with_90_percent_precision_and_recall(
        bundled: GraphStore) -> None:
    result = _evaluation().evaluate(known_entities(bundled), CORPUS)
    assert result["pages"] >= 20
    for kind in ("people", "organisations"):
        right, found, expected = result["totals"][kind]
        assert right / found >= 0.9, f"{kind}: precision {right}/{found}"
        assert right / expected >= 0.9, f"{kind}: recall {right}/{expected}"


def test_a_conference_release_links_to_the_event_and_the_people_the_graph_holds(
        bundled: GraphStore) -> None:
    """The 24th Alliance conference page names five speakers, four in the data."""
    [report], _ = ingest_pages(bundled, [CORPUS / "osce_alliance_24_conference.md"])
    rows = bundled.read_text(
        "MATCH (p:Person)-[:PARTICIPATED_IN {role: 'speaker'}]->(e:Event {id: $e}) "
        "MATCH (:Document {id: $d})-[:MENTIONS]->(p) RETURN p.id AS id, p.checked AS c "
        "ORDER BY id", e="event.alliance-24", d=report.document)
    ids = {r["id"] for r in rows}
    assert {"person.ian-borg", "person.dominique-hasler", "person.ugochi-daniels",
            "person.kari-johnstone"} <= ids
    [new] = [r for r in rows if r["id"] not in {"person.ian-borg", "person.dominique-hasler",
                                                 "person.ugochi-daniels",
                                                 "person.kari-johnstone"}]
    assert new == {"id": "person.ana-petrovic", "c": "ingested"}
    assert bundled.read_text("MATCH (e:Event {id: 'event.alliance-24'}) RETURN e.checked AS c"
                             ) == [{"c": "seen"}]  # linked, not rewritten
    mandates = bundled.read_text("MATCH (:Document {id: $d})-[:MENTIONS]->(m:Mandate) "
                                 "RETURN m.id AS id ORDER BY id", d=report.document)
    assert [m["id"] for m in mandates] == ["mandate.osce-action-plan-2003",
                                           "mandate.palermo-protocol"]


def test_a_training_release_yields_a_programme_of_its_kind_with_its_roles(
        bundled: GraphStore) -> None:
    [report], _ = ingest_pages(bundled, [CORPUS / "osce_moldova_simulation.md"])
    [prog] = bundled.read_text(
        "MATCH (:Document {id: $d})-[:MENTIONS]->(p:Programme) RETURN p.kind AS kind, "
        "p.start AS start, p.end AS end, p.checked AS checked, p.sources AS sources, "
        "p.implementers AS lead, p.partners AS partners, p.funders AS funders, "
        "p.countries AS countries, p.status AS status", d=report.document)
    assert prog == {"kind": "simulation_exercise", "start": "2024-06-11", "end": "2024-06-14",
                    "checked": "ingested", "sources": [report.document.replace("doc.", "src.")],
                    "lead": ["org.osce-fo-moldova"],
                    "partners": ["org.mda-permanent-secretariat-thb"],
                    "funders": ["org.deu-federal-foreign-office"], "countries": ["MDA"],
                    "status": "completed"}
    edges = bundled.read_text(
        "MATCH (o)-[r:IMPLEMENTS|FUNDS]->(:Programme {id: $p}) RETURN o.id AS o, type(r) AS t, "
        "r.role AS role ORDER BY t, role", p=report.activities[0].split(":")[0])
    assert edges == [
        {"o": "org.deu-federal-foreign-office", "t": "FUNDS", "role": None},
        {"o": "org.osce-fo-moldova", "t": "IMPLEMENTS", "role": "lead"},
        {"o": "org.mda-permanent-secretariat-thb", "t": "IMPLEMENTS", "role": "partner"}]


def test_reading_any_corpus_page_again_leaves_the_graph_identical(bundled: GraphStore) -> None:
    pages = sorted(p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt")
                   and p.name != "README.md")
    for page in pages:
        [first], _ = ingest_pages(bundled, [page])
        source = first.document.replace("doc.", "src.")
        before = (_page_records(bundled, source), bundled.counts())
        [second], _ = ingest_pages(bundled, [page])
        assert (_page_records(bundled, source), bundled.counts()) == before, page.name
        assert second == first, page.name
