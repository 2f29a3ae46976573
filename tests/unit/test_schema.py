"""The model declares each field once: the checks, the edges and the relationship records all
come from its markers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graph.model import Indicator, NodeLabel, Programme, Relation, RelType
from graph.relations import LINKS, Implementation, Membership, entity_relations
from ingest.tables import TABLES


@pytest.mark.parametrize(("field", "text"), [
    ("year", "\u0662\u0660\u0660\u0664"),  # 2004 in Arabic-Indic digits
    ("year", "2004.0"),
    ("year", "1_000"),
    ("score", "\u0661.5"),
    ("score", "1_000"),
])
def test_numbers_are_written_in_ascii_digits_only(field: str, text: str) -> None:
    cells = {"country": "AUT", "indicator": "tip_tier", "year": "2004", "value": "Tier 1",
             field: text}
    with pytest.raises(ValidationError) as caught:
        Indicator.model_validate(cells)
    [err] = caught.value.errors()
    assert err["loc"] == (field,) and err["type"] == "expected"


def test_a_relation_carries_typed_properties_not_a_free_dict() -> None:
    with pytest.raises(ValidationError):
        Relation(type=RelType.FUNDS, start_label=NodeLabel.ORGANISATION, start_id="org.a",
                 end_label=NodeLabel.PROGRAMME, end_id="prog.b", props={"weight": 1})
    with pytest.raises(ValidationError):
        Membership(member="AUT", organisation="org.osce", role="chairman")


def test_programme_columns_become_the_relationship_records_they_name() -> None:
    """`implementers` are Implementation records with role lead, so an implementer named on the
    programme and the same lead stated in implementations.csv are one edge (one id)."""
    prog = Programme(id="prog.p", title="P", implementers=["org.a"], partners=["org.b"],
                     funders=["org.c"], countries=["AUT"], sources=["src.s"], checked="seen")
    labels = {"prog.p": NodeLabel.PROGRAMME, "AUT": NodeLabel.COUNTRY,
              **{o: NodeLabel.ORGANISATION for o in ("org.a", "org.b", "org.c")}}
    edges = {(r.type, r.start_id, r.end_id): r for r in entity_relations(prog, labels)}
    assert set(edges) == {("IMPLEMENTS", "org.a", "prog.p"), ("IMPLEMENTS", "org.b", "prog.p"),
                          ("FUNDS", "org.c", "prog.p"), ("TARGETS", "prog.p", "AUT")}
    lead = edges[("IMPLEMENTS", "org.a", "prog.p")]
    assert lead.properties()["role"] == "lead" and lead.properties()["sources"] == ["src.s"]
    stated = Implementation(organisation="org.a", programme="prog.p", role="lead")
    assert stated.relation(NodeLabel.ORGANISATION, NodeLabel.PROGRAMME).id == lead.id
    assert edges[("IMPLEMENTS", "org.b", "prog.p")].properties()["role"] == "partner"


def test_a_relationship_dated_by_year_keeps_the_year_in_its_id_and_the_day_on_the_edge() -> None:
    m = Membership(member="AUT", organisation="org.osce", role="participating_state",
                   start="1995")
    rel = m.relation(NodeLabel.COUNTRY, NodeLabel.ORGANISATION)
    assert rel.discriminator == "participating_state|1995"
    assert (rel.start, rel.properties()["start_precision"]) == ("1995-01-01", "year")
    assert "member" not in rel.properties() and rel.properties()["role"] == "participating_state"


def test_every_relationship_record_is_a_kind_of_the_data_folder() -> None:
    assert {t.record for t in TABLES.values() if t.is_link} == set(LINKS.values())
