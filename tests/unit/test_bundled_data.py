"""The bundled dataset validates, is as large as promised, and every fact in it has a source."""

from __future__ import annotations

from collections import Counter

import pytest

from graph.model import Dataset, NodeLabel
from graph.resources import bundled_data_dir
from ingest.folder import read_folder


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return read_folder(bundled_data_dir())


def test_bundled_data_is_valid_and_large_enough(dataset: Dataset) -> None:
    counts = Counter(e.label for e in dataset.entities)
    assert counts[NodeLabel.ORGANISATION] >= 300
    assert counts[NodeLabel.MANDATE] >= 30
    assert counts[NodeLabel.PROGRAMME] >= 1000
    assert len(dataset.relations) >= 3000


def test_every_sourced_record_and_relationship_cites_a_source(dataset: Dataset) -> None:
    sources = {e.id for e in dataset.entities if e.label == NodeLabel.SOURCE}
    for entity in dataset.entities:
        if type(entity).sourced:
            assert entity.sources and set(entity.sources) <= sources, entity.id
            assert entity.checked, entity.id
    for rel in dataset.relations:
        if rel.type not in {"RESOLVES_TO", "SUBTHEME_OF"}:
            assert rel.sources and set(rel.sources) <= sources, (rel.type, rel.start_id)


def test_osce_has_its_57_participating_states_and_11_partners(dataset: Dataset) -> None:
    roles = Counter(r.props.get("role") for r in dataset.relations
                    if r.type == "MEMBER_OF" and r.end_id == "org.osce"
                    and r.start_label == NodeLabel.COUNTRY)
    assert roles["participating_state"] == 57
    assert roles["partner_for_cooperation"] == 11


def test_the_founding_meeting_and_its_speakers_are_in_the_data(dataset: Dataset) -> None:
    ids = {e.id for e in dataset.entities}
    assert {"event.vienna-2004-07-23", "person.helga-konrad", "org.alliance-atip"} <= ids
    speakers = {r.start_id for r in dataset.relations
                if r.type == "PARTICIPATED_IN" and r.end_id == "event.vienna-2004-07-23"}
    assert len(speakers & {e.id for e in dataset.entities
                           if e.label == NodeLabel.PERSON}) >= 3
