"""Loading writes what the folder says, and loading it again changes nothing."""

from __future__ import annotations

import json

from graph.loader import load_dataset
from ingest.folder import read_folder
from tests.conftest import FIXTURES


def _snapshot(store) -> tuple[list, list]:
    nodes = store.read_text(
        "MATCH (n) WHERE NOT n:Load RETURN labels(n) AS labels, properties(n) AS props "
        "ORDER BY n.id"
    )
    rels = store.read_text(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props "
        "ORDER BY r.id"
    )
    return nodes, rels


def test_loading_the_same_folder_twice_leaves_the_same_graph(store) -> None:
    dataset = read_folder(FIXTURES / "minimal")
    first = load_dataset(store, dataset, what="minimal")
    before = _snapshot(store)
    second = load_dataset(store, read_folder(FIXTURES / "minimal"), what="minimal")
    assert _snapshot(store) == before
    assert first.content_hash == second.content_hash
    assert len(before[0]) == 11 and len(before[1]) == 12


def test_a_load_leaves_one_record_of_itself_per_source(store) -> None:
    dataset = read_folder(FIXTURES / "minimal")
    load_dataset(store, dataset, what="minimal")
    load_dataset(store, dataset, what="minimal")
    loads = store.read("last_loads", limit=10)
    assert len(loads) == 1
    assert loads[0]["runs"] == 2 and loads[0]["status"] == "complete"
    assert json.loads(loads[0]["counts"])["Organisation"] == 3
    assert len(loads[0]["content_hash"]) == 64


def test_loaded_records_keep_their_sources_dates_and_precision(store) -> None:
    load_dataset(store, read_folder(FIXTURES / "minimal"), what="minimal")
    [prog] = store.read_text("MATCH (p:Programme {id: 'prog.shelter'}) RETURN properties(p) AS p")
    assert prog["p"]["start"] == "2004-01-01" and prog["p"]["start_precision"] == "year"
    assert prog["p"]["end"] == "2005-06-30" and prog["p"]["end_precision"] == "month"
    assert prog["p"]["sources"] == ["src.test-data"]
    assert prog["p"]["budget"] == 125000.5
    [funds] = store.read_text(
        "MATCH (:Organisation {id: 'org.osce'})-[r:FUNDS]->(:Programme) RETURN properties(r) AS r"
    )
    assert funds["r"]["amount"] == 125000.5 and funds["r"]["start"] == "2004-01-01"
    assert funds["r"]["id"].startswith("rel.")


def test_schema_is_in_place_and_applying_it_again_is_harmless(store) -> None:
    store.apply_schema(force=True)
    store.apply_schema(force=True)
    assert store.schema_in_place()


def test_full_text_search_finds_names_aliases_and_accents(store) -> None:
    load_dataset(store, read_folder(FIXTURES / "minimal"), what="minimal")
    query = ("CALL db.index.fulltext.queryNodes('name_search', $q) YIELD node "
             "RETURN node.id AS id")
    assert {"id": "org.osce"} in store.read_text(query, q="Organisation Security")
    assert {"id": "org.osce-osr"} in store.read_text(query, q="buro sonderbeauftragten")
    assert {"id": "org.osce-osr"} in store.read_text(query, q="OSR")


def test_reads_run_in_read_transactions(store) -> None:
    import pytest
    from neo4j.exceptions import ClientError

    from graph.errors import StoreFailed

    with pytest.raises(StoreFailed) as raised:
        store.read_text("CREATE (n:Organisation {id: 'x'}) RETURN n")
    assert isinstance(raised.value.__cause__, ClientError)


def test_batches_of_one_record_give_the_graph_one_batch_gives(store) -> None:
    dataset = read_folder(FIXTURES / "minimal")
    load_dataset(store, dataset, what="minimal")  # one batch per label and shape
    whole = _snapshot(store)
    store.clear()
    report = load_dataset(store, dataset, what="minimal", batch_size=1)
    assert _snapshot(store) == whole
    assert report.written == len(whole[0]) + len(whole[1])
