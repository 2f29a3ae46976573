"""The folder format, its documentation and its templates say the same thing."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.folder import read_folder
from ingest.tables import TABLES

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")


def test_every_file_kind_and_column_is_documented() -> None:
    for kind, table in TABLES.items():
        assert f"`{kind}.csv`" in DOC, f"{kind}.csv is not documented"
        for column in table.names:
            assert re.search(rf"\b{re.escape(column)}\b", DOC), f"{kind}.{column} undocumented"


def test_every_enum_value_is_documented() -> None:
    for table in TABLES.values():
        for column in table.columns:
            for member in column.enum or ():
                assert f"`{member.value}`" in DOC, f"{table.kind}.{column.name}={member.value}"


def test_templates_hold_exactly_the_header_of_each_kind_and_validate() -> None:
    folder = ROOT / "data" / "templates"
    assert {p.stem for p in folder.glob("*.csv")} == set(TABLES)
    for kind, table in TABLES.items():
        header = (folder / f"{kind}.csv").read_text(encoding="utf-8").strip()
        assert header.split(",") == table.names, kind
    assert read_folder(folder).entities == []
