"""Stored queries are documented, and only allow-listed identifiers reach Cypher."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import cypher
from graph.errors import UnsafeIdentifier
from graph.model import NodeLabel, RelType

INJECTIONS = [
    "Organisation {id: 'x'}) DETACH DELETE n //",
    "Organisation`) MATCH (m) DETACH DELETE m //",
    "Organisation:Admin",
    "organisation",
    "",
    "Organisation\nMATCH (n) DELETE n",
    "`Organisation`",
    "PART_OF]->() DELETE r //",
    "Person|Organisation",
    "Organisation\u0000",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_render_rejects_labels_not_on_the_allow_list(value: str) -> None:
    with pytest.raises(UnsafeIdentifier):
        cypher.render(cypher.load("merge_nodes"), label=value)


@pytest.mark.parametrize("value", INJECTIONS)
def test_render_rejects_relationship_types_not_on_the_allow_list(value: str) -> None:
    with pytest.raises(UnsafeIdentifier):
        cypher.render(cypher.load("merge_relations"), type=value, start="Organisation",
                      end="Programme")


def test_render_rejects_a_label_where_a_relationship_type_is_expected() -> None:
    with pytest.raises(UnsafeIdentifier):
        cypher.render(cypher.load("merge_relations"), type="Organisation", start="Organisation",
                      end="Programme")


def test_render_requires_exactly_the_template_placeholders() -> None:
    with pytest.raises(UnsafeIdentifier):
        cypher.render(cypher.load("merge_nodes"))
    with pytest.raises(UnsafeIdentifier):
        cypher.render(cypher.load("merge_nodes"), label="Organisation", type="PART_OF")


def test_render_quotes_allowed_identifiers_and_keeps_values_as_parameters() -> None:
    text = cypher.render(cypher.load("merge_relations"), type=RelType.FUNDS,
                         start=NodeLabel.ORGANISATION, end=NodeLabel.PROGRAMME)
    assert "(a:`Organisation` {id: row.start})" in text
    assert "[r:`FUNDS` {id: row.id}]" in text
    assert "$rows" in text


def test_every_stored_query_has_a_header_naming_it_its_purpose_params_and_mode() -> None:
    queries = cypher.all_queries()
    assert queries, "cypher/ holds no queries"
    for stem, query in queries.items():
        assert query.name == stem, f"{stem}.cypher names itself {query.name!r}"
        for key in ("purpose", "params", "mode"):
            assert query.header.get(key), f"{stem}.cypher has no '// {key}:' line"
        assert query.mode in {"read", "write", "schema"}, f"{stem}.cypher: mode {query.mode!r}"


def test_cypher_readme_indexes_every_stored_query() -> None:
    readme = (cypher.cypher_dir() / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([a-z_0-9]+)\.cypher`", readme))
    assert listed == set(cypher.all_queries()), "cypher/README.md and cypher/*.cypher differ"


def test_values_are_never_spliced_into_stored_queries() -> None:
    # Placeholders are the only non-parameter inputs, and only identifiers fill them.
    for query in cypher.all_queries().values():
        assert query.placeholders <= {"LABEL", "START", "END", "TYPE"}
        assert "{" + "0}" not in query.text and "%s" not in query.text


def test_the_cypher_twins_judge_one_off_programmes_by_the_kinds_python_does() -> None:
    from graph.analytics.activity import ONE_OFF_KINDS

    for name in ("gaps_no_actor", "duplicate_programmes", "country_mandates_without_action"):
        text = (Path(__file__).resolve().parents[2] / "cypher" / f"{name}.cypher").read_text()
        lists = re.findall(r"\.kind IN \[([^\]]*)\]", text)
        assert lists, name
        for found in lists:
            assert set(re.findall(r"'([a-z_]+)'", found)) == ONE_OFF_KINDS, name
