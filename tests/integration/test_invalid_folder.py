"""A folder with many kinds of broken input: every error is reported, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from graph.errors import InvalidData
from graph.loader import load_dataset
from ingest.folder import read_folder

TRAILER = "sources,checked,note"

FILES = {
    # A BOM is fine: this file must not produce an error.
    "sources.csv": "\ufeffid,title,publisher,url,date,accessed,kind,note\n"
    "src.ok,A page,Publisher,https://example.org/a,2004,,web_page,\n"
    "src.badurl,A page,Publisher,www.example.org,,,web_page,\n",  # line 3: url
    "countries.csv": f"id,iso2,name,region,subregion,{TRAILER}\n"
    "AUT,AT,Austria,Europe,,src.ok,derived,\n",
    "themes.csv": "id,name,pillar,parent,description,sources,checked,note\n"
    "theme.protection,Protection,yes,,,,,\n"
    "theme.odd,Odd,maybe,theme.protection,,,,\n",  # line 3: pillar
    "organisations.csv": "id,name,acronym,aliases,type,scope,hq_country,parent,iati_id,"
    f"wikidata,url,founded,description,{TRAILER}\n"
    "org.good,Good,,,igo,regional,AUT,,,,,,,src.ok,seen,\n"  # 2: fine
    "org.good,Twin,,,ngo,national,,,,,,,,src.ok,seen,\n"  # 3: duplicate id
    "org.orphan,Orphan,,,ngo,national,,org.nope,,,,,,src.ok,seen,\n"  # 4: unknown parent
    "org.nowhere,Nowhere,,,ngo,national,XXA,,,,,,,src.ok,seen,\n"  # 5: unknown country
    "org.spelled,Spelled,,,ngo,national,Austria,,,,,,,src.ok,seen,\n"  # 6: malformed country
    "org.cyc-a,Cycle A,,,ngo,national,,org.cyc-b,,,,,,src.ok,seen,\n"  # 7: cycle
    "org.cyc-b,Cycle B,,,ngo,national,,org.cyc-a,,,,,,src.ok,seen,\n"  # 8: cycle
    "org.unsourced,Unsourced,,,ngo,national,,,,,,,,,seen,\n"  # 9: no source
    "org.badsrc,Bad source,,,ngo,national,,,,,,,,src.nope,seen,\n"  # 10: unknown source
    "org.baddate,Bad date,,,ngo,national,,,,,,23/07/2004,,src.ok,seen,\n"  # 11: date
    "org.badtype,Bad type,,,charity,national,,,,,,,,src.ok,seen,\n"  # 12: enum
    "org.unchecked,Unchecked,,,ngo,national,,,,,,,,src.ok,,\n"  # 13: checked missing
    "Org A,Bad id,,,ngo,national,,,,,,,,src.ok,seen,\n"  # 14: id shape
    ",No id,,,ngo,national,,,,,,,,src.ok,seen,\n"  # 15: required id empty
    "org.extra,Extra,,,ngo,national,,,,,,,,src.ok,seen,,surplus\n",  # 16: field count
    "programmes.csv": "id,title,description,status,start,end,budget,currency,countries,"
    f"themes,iati_id,{TRAILER}\n"
    "prog.back,Backwards,,completed,2005,2004,,,AUT,theme.protection,,src.ok,seen,\n"  # 2: end
    "prog.money,Money,,completed,2004,,\"1,000\",dollars,AUT,theme.nope,,src.ok,seen,\n",  # 3
    "implementations.csv": f"organisation,programme,start,end,{TRAILER}\n"  # no role column
    "org.good,prog.back,,,src.ok,seen,\n",
    "fundings.csv": f"funder,programme,amount,currency,start,end,{TRAILER}\n"
    "prog.back,prog.money,10,USD,,,src.ok,seen,\n",  # 2: funder is a programme
    "indicators.csv": f"country,indicator,year,value,score,{TRAILER}\n"
    "AUT,tip_tier,two thousand,Tier 1,1,src.ok,derived,\n",  # 2: year
    "organizations.csv": "id,name\norg.typo,Typo\n",  # unknown file
    "memberships.csv": f"member,organisation,role,start,end,{TRAILER}\n"
    "AUT,org.good,member,2004,,src.ok,seen,\n"
    "AUT,org.good,member,2004,,src.ok,seen,copy\n",  # 3: the same relationship twice
    "partnerships.csv": f"organisation,partner,kind,website,start,end,{TRAILER}\n"  # 1: column
    "org.good,org.orphan,cooperation,x,,,src.ok,seen,\n",
}
LATIN1 = "id,name,aliases,description,sources,checked,note\nperson.x,Sch\xf6n,,,src.ok,seen,\n"

EXPECTED = [
    ("sources.csv", 3, "url", "http"),
    ("themes.csv", 3, "pillar", "yes or no"),
    ("organisations.csv", 3, "id", "already used at organisations.csv:2"),
    ("organisations.csv", 4, "parent", "organisation defined in this folder"),
    ("organisations.csv", 5, "hq_country", "country in countries"),
    ("organisations.csv", 6, "hq_country", "alpha-3"),
    ("organisations.csv", 7, "parent", "cycle"),
    ("organisations.csv", 9, "sources", "at least one source"),
    ("organisations.csv", 10, "sources", "source in sources"),
    ("organisations.csv", 11, "founded", "YYYY-MM-DD"),
    ("organisations.csv", 12, "type", "one of igo"),
    ("organisations.csv", 13, "checked", "seen, inferred, derived or ingested"),
    ("organisations.csv", 14, "id", "lowercase"),
    ("organisations.csv", 15, "id", "required"),
    ("organisations.csv", 16, "", "fields, one per column"),
    ("programmes.csv", 2, "end", "not before start"),
    ("programmes.csv", 3, "budget", "no thousands separator"),
    ("programmes.csv", 3, "currency", "ISO 4217"),
    ("programmes.csv", 3, "themes", "theme defined in this folder"),
    ("implementations.csv", 1, "role", "required"),
    ("fundings.csv", 2, "funder", "organisation defined"),
    ("indicators.csv", 2, "year", "whole number"),
    ("organizations.csv", 0, "", "known kind"),
    ("partnerships.csv", 1, "website", "only the columns"),
    ("people.csv", 2, "", "UTF-8"),
    ("memberships.csv", 3, "member", "stated once (the same kind, ends and dates as "
     "memberships.csv:2)"),
]


@pytest.fixture
def broken_folder(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "people.csv").write_bytes(LATIN1.encode("latin-1"))
    return tmp_path


def test_validation_reports_every_kind_of_broken_input_with_file_line_and_column(
    broken_folder: Path,
) -> None:
    with pytest.raises(InvalidData) as caught:
        read_folder(broken_folder)
    errors = caught.value.errors
    for file, line, column, words in EXPECTED:
        matching = [e for e in errors if (e.file, e.line, e.column) == (file, line, column)]
        assert matching, f"no error reported at {file}:{line} column {column!r}"
        assert any(words in e.expected for e in matching), (
            f"{file}:{line} {column}: {[str(e) for e in matching]} does not say {words!r}"
        )
    assert len(EXPECTED) >= 20
    # The BOM and the valid rows produce nothing.
    assert not [e for e in errors if e.file == "sources.csv" and e.line == 2]
    assert not [e for e in errors if e.file == "organisations.csv" and e.line == 2]


def test_error_messages_name_the_value_and_what_was_expected(broken_folder: Path) -> None:
    with pytest.raises(InvalidData) as caught:
        read_folder(broken_folder)
    text = str(caught.value)
    assert "organisations.csv:5: column 'hq_country': got 'XXA', expected" in text


def test_load_of_an_invalid_folder_writes_nothing(broken_folder: Path, store, neo4j_settings,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLIANCE_STATE_DIR", str(neo4j_settings.state_dir))
    monkeypatch.setenv("ALLIANCE_LOCAL_PORT", str(neo4j_settings.local_port))
    from graph.settings import get_settings

    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["load", str(broken_folder)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "nothing was written" in result.output
    assert "organisations.csv:5: column 'hq_country'" in result.output
    rows = store.read_text("MATCH (n) RETURN count(n) AS n")
    assert rows == [{"n": 0}]


def test_a_valid_folder_loads_after_an_invalid_attempt(store) -> None:
    from tests.conftest import FIXTURES

    load_dataset(store, read_folder(FIXTURES / "minimal"), what="test")
    assert store.read_text("MATCH (o:Organisation) RETURN count(o) AS n") == [{"n": 3}]
