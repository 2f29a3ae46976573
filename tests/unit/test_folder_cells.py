"""Every cell of a data folder is checked (issue 15): files that are not regular files, control
characters, digits that are not ASCII, and error texts that quote a bad value briefly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.errors import InvalidData
from ingest.folder import read_folder

SOURCES = "id,title,publisher,url\nsrc.t,A test source,Tests,https://example.org/t\n"
COUNTRIES = "id,name,sources,checked\nAUT,Austria,src.t,seen\n"
ORGS = "id,name,type,scope,description,sources,checked\n"


def folder(tmp_path: Path, **files: str) -> Path:
    for kind, text in {"sources": SOURCES, "countries": COUNTRIES, **files}.items():
        (tmp_path / f"{kind}.csv").write_text(text, encoding="utf-8")
    return tmp_path


def errors_of(path: Path) -> list[tuple[str, int, str, str, str]]:
    with pytest.raises(InvalidData) as raised:
        read_folder(path)
    return [(e.file, e.line, e.column, e.got, e.expected) for e in raised.value.errors]


def test_a_folder_named_like_a_csv_file_is_an_error_naming_it(tmp_path: Path) -> None:
    """It was a traceback (IsADirectoryError)."""
    (folder(tmp_path) / "organisations.csv").mkdir()
    [(file, _, _, got, expected)] = errors_of(tmp_path)
    assert (file, got, expected) == ("organisations.csv", "a folder", "a regular CSV file")


def test_a_link_to_nothing_named_like_a_csv_file_is_an_error_naming_it(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.csv", folder(tmp_path) / "people.csv")
    [(file, _, _, got, _)] = errors_of(tmp_path)
    assert (file, got) == ("people.csv", "a link to nothing")


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "orgs.txt").write_text(ORGS + "org.a,A,ngo,national,,src.t,seen\n")
    data = tmp_path / "data"
    data.mkdir()
    os.symlink(elsewhere / "orgs.txt", folder(data) / "organisations.csv")
    assert [e.id for e in read_folder(data).entities if e.id.startswith("org.")] == ["org.a"]


@pytest.mark.parametrize("char,name", [("\x00", "NULL"), ("\x1b", "ESCAPE"),
                                       ("\x7f", "control"), ("\ufffe", "control")])
def test_control_characters_are_refused_in_every_text_field(tmp_path: Path, char: str,
                                                            name: str) -> None:
    """NUL and ESC passed in names and broke the GraphML and GEXF exports."""
    errors = errors_of(folder(
        tmp_path, organisations=ORGS + f"org.a,Name{char},ngo,national,,src.t,seen\n"
        f'org.b,B,ngo,national,"Line one\nline two{char}",src.t,seen\n',
        people=f"id,name,sources,checked,note\nperson.p,P,src.t,seen,a note{char}\n"))
    assert [(f, line, col) for f, line, col, _, _ in errors] == [
        ("organisations.csv", 2, "name"), ("organisations.csv", 3, "description"),
        ("people.csv", 2, "note")]
    assert all(f"({name}) at character" in expected for *_, expected in errors)


def test_line_breaks_and_tabs_in_a_quoted_cell_are_kept(tmp_path: Path) -> None:
    dataset = read_folder(folder(tmp_path, organisations=ORGS
                                 + 'org.a,A,ngo,national,"Line one\nline\ttwo",src.t,seen\n'))
    [org] = [e for e in dataset.entities if e.id == "org.a"]
    assert org.description == "Line one\nline\ttwo"


@pytest.mark.parametrize("column,value", [
    ("start", "٢٠١٠-٠١-١٥"),  # Arabic-Indic digits: stored verbatim, never "active"
    ("start", "２０１０"),  # fullwidth
    ("end", "2010-0１-15"),
    ("budget", "1_000"),
    ("budget", "１０００"),
    ("budget", "nan"),
    ("budget", "infinity"),
])
def test_dates_and_numbers_take_ascii_digits_only(tmp_path: Path, column: str,
                                                  value: str) -> None:
    header = "id,title,start,end,budget,currency,sources,checked\n"
    cells = {"start": "2010", "end": "2012", "budget": "5", column: value}
    row = f"prog.p,P,{cells['start']},{cells['end']},{cells['budget']},EUR,src.t,seen\n"
    [(file, line, col, got, expected)] = errors_of(folder(tmp_path, programmes=header + row))
    assert (file, line, col, got) == ("programmes.csv", 2, column, value)
    assert "ASCII digits" in expected


def test_a_year_takes_ascii_digits_only(tmp_path: Path) -> None:
    indicators = ("country,indicator,year,value,sources,checked\n"
                  "AUT,tip_tier,２０３０,Tier 1,src.t,seen\n")
    [(_, _, col, got, expected)] = errors_of(folder(tmp_path, indicators=indicators))
    assert (col, got) == ("year", "２０３０") and "ASCII digits" in expected


def test_plain_numbers_still_read(tmp_path: Path) -> None:
    header = "id,title,budget,currency,sources,checked\n"
    rows = "".join(f"prog.p{i},P,{v},EUR,src.t,seen\n"
                   for i, v in enumerate(["1000", "-2.5", "125000.50", ".5", "1e6", "+3"]))
    budgets = [e.budget for e in read_folder(folder(tmp_path, programmes=header + rows)).entities
               if e.id.startswith("prog.")]
    assert budgets == [1000.0, -2.5, 125000.5, 0.5, 1e6, 3.0]


def test_an_error_quotes_a_long_value_briefly_and_once(tmp_path: Path) -> None:
    errors = errors_of(folder(tmp_path, organisations=ORGS
                              + f"org.a,A,{'x' * 100_000},national,,src.t,seen\n"))
    [(_, _, col, got, _)] = errors  # not also pydantic's "Field required" for the same cell
    assert col == "type" and len(got) < 120 and got.endswith("(100000 characters)")
