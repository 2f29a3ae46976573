"""`alliance ingest iati` on real IATI files and on small hand-written edge cases.

dportal_subset.xml is cut from the shared dportal.xml (2.7 MB) by
tests/fixtures/iati/cut_subset.py: every third activity plus every SDG-tagged or bad one.
Expected counts are computed here independently, with plain ElementTree XPath over the file.
The subset holds bad activities on purpose, so it is read with `lenient=True`: strict (the
default) it writes nothing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from graph.errors import InvalidData
from graph.loader import load_dataset
from graph.model import Country, Dataset, Organisation
from ingest.iati import UnsupportedVersion
from ingest.iati_load import ingest_iati
from tests.conftest import FIXTURES

SUBSET = FIXTURES / "iati" / "dportal_subset.xml"
HEAD = '<?xml version="1.0"?>\n<iati-activities version="2.03">\n'


def activity(ident: str, body: str = "", title: str = "A programme") -> str:
    return (f'<iati-activity default-currency="EUR"><iati-identifier>{ident}</iati-identifier>'
            f'<reporting-org ref="XM-DAC-47066" type="40"><narrative>IOM</narrative>'
            f'</reporting-org><title><narrative>{title}</narrative></title>'
            f'<activity-status code="2"/>{body}</iati-activity>\n')


def write(tmp_path, name: str, *activities: str) -> object:
    path = tmp_path / name
    path.write_text(HEAD + "".join(activities) + "</iati-activities>\n", encoding="utf-8")
    return path


@pytest.fixture
def graph(store):
    countries = [Country(id="ARG", iso2="AR", name="Argentina", sources=["s"], checked="seen"),
                 Country(id="MDA", iso2="MD", name="Moldova", sources=["s"], checked="seen")]
    iom = Organisation(id="org.iom", name="International Organization for Migration",
                       acronym="IOM", type="un_agency", scope="global", iati_id="XM-DAC-47066",
                       sources=["s"], checked="seen")
    undp = Organisation(id="org.undp", name="United Nations Development Programme",
                        acronym="UNDP", type="un_agency", scope="global", sources=["s"],
                        checked="seen")
    load_dataset(store, Dataset(entities=[*countries, iom, undp]), what="iati graph")
    return store


def test_real_file_counts_match_an_independent_xpath_count(graph) -> None:
    report = ingest_iati(graph, [SUBSET], lenient=True)
    root = ET.parse(SUBSET).getroot()
    bad = {b.split("activity ")[1].split(":")[0] for b in report.bad}
    good = [a for a in root.findall("iati-activity") if a.findtext("iati-identifier") not in bad]
    assert report.activities == len(root.findall("iati-activity"))
    assert len(bad) == len(report.bad) > 0
    [n] = graph.read_text("MATCH (p:Programme {origin: 'iati'}) RETURN count(p) AS n")
    assert n["n"] == len(good)
    expected: dict[str, set] = {"1": set(), "2": set(), "3": set(), "4": set()}
    for a in good:
        for p in a.findall("participating-org"):
            who = p.get("ref") or "".join(p.findtext("narrative") or "").strip()
            expected[p.get("role")].add((a.findtext("iati-identifier"), who.casefold()))
    [funds] = graph.read_text("MATCH ()-[r:FUNDS]->(:Programme) RETURN count(r) AS n")
    assert funds["n"] == len(expected["1"])
    for code, role in (("2", "accountable"), ("3", "extending"), ("4", "implementing")):
        [row] = graph.read_text("MATCH ()-[r:IMPLEMENTS {role: $role}]->() RETURN count(r) AS n",
                                role=role)
        assert row["n"] == len(expected[code]), role
    # UNDP is found by name (the graph has no iati_id for it); no second UNDP is created.
    undp = graph.read_text("MATCH (o:Organisation) WHERE toLower(o.name) = "
                           "'united nations development programme' RETURN o.id AS id")
    assert undp == [{"id": "org.undp"}]
    [arg] = graph.read_text("MATCH (:Programme)-[r:TARGETS]->(:Country {id: 'ARG'}) "
                            "RETURN count(r) AS n")
    assert arg["n"] == sum(1 for a in good for c in a.findall("recipient-country")
                           if c.get("code") == "AR")


def test_real_file_sdg_5_2_activities_map_to_a_theme_with_the_reason(graph) -> None:
    ingest_iati(graph, [SUBSET], lenient=True)
    root = ET.parse(SUBSET).getroot()
    tagged = {a.findtext("iati-identifier") for a in root.findall("iati-activity")
              if a.find("tag[@vocabulary='3'][@code='5.2']") is not None}
    rows = graph.read_text("MATCH (p:Programme)-[r:ADDRESSES]->(t:Theme) RETURN p.iati_id AS "
                           "id, t.id AS theme, r.reason AS reason")
    assert {r["id"] for r in rows} == tagged and tagged
    assert all(r["reason"].startswith("tag: SDG target 5.2") for r in rows)


def test_ingesting_a_file_twice_changes_nothing(graph) -> None:
    ingest_iati(graph, [SUBSET], lenient=True)
    query = ("MATCH (n) WHERE NOT n:Load OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS n, "
             "properties(n) AS p, type(r) AS t, m.id AS m, properties(r) AS rp "
             "ORDER BY n, t, m, rp.id")
    before = graph.read_text(query)
    ingest_iati(graph, [SUBSET], lenient=True)
    assert graph.read_text(query) == before


def test_sdg_8_7_tag_and_text_map_to_themes_and_only_trafficking_keeps_them(graph,
                                                                           tmp_path) -> None:
    path = write(
        tmp_path, "small.xml",
        activity("XX-1-T", '<recipient-country code="MD"/><tag vocabulary="3" code="8.7"/>'
                 '<participating-org ref="XM-DAC-47066" role="4"><narrative>IOM</narrative>'
                 '</participating-org>'),
        activity("XX-1-TEXT", title="Shelters for victims of human trafficking"),
        activity("XX-1-OTHER", title="Roads and drug trafficking routes"))
    report = ingest_iati(graph, [path], only_trafficking=True)
    assert report.loaded == 2 and report.skipped_not_trafficking == 1
    rows = graph.read_text("MATCH (p:Programme)-[r:ADDRESSES]->(t) RETURN p.iati_id AS p, "
                           "t.id AS t, r.reason AS why ORDER BY p")
    assert [(r["p"], r["t"]) for r in rows] == [("XX-1-T", "theme.labour-exploitation"),
                                                ("XX-1-TEXT", "theme.prevention")]
    assert "human trafficking" in rows[1]["why"]
    [impl] = graph.read_text("MATCH (o)-[r:IMPLEMENTS]->(:Programme {iati_id: 'XX-1-T'}) "
                             "-[:TARGETS]->(c) RETURN o.id AS o, r.role AS role, c.id AS c")
    assert impl == {"o": "org.iom", "role": "implementing", "c": "MDA"}


def test_a_bad_activity_writes_nothing_and_every_problem_names_file_line_and_field(
        graph, tmp_path) -> None:
    path = write(tmp_path, "codes.xml", activity("XX-2-GOOD"),
                 activity("XX-2-BAD", '<sector code="99999"/><recipient-country code="ZZ"/>'))
    before = graph.counts()
    with pytest.raises(InvalidData) as caught:
        ingest_iati(graph, [path])
    errors = caught.value.errors
    assert [(e.file, e.line, e.column, e.got) for e in errors] == [
        ("codes.xml", 4, "recipient-country", "ZZ"), ("codes.xml", 4, "sector", "99999")]
    assert all("XX-2-BAD" in e.expected and "codelist" in e.expected for e in errors)
    assert graph.counts() == before  # not even the good activity


def test_lenient_loads_the_good_activities_and_reports_the_bad_with_identifier(
        graph, tmp_path) -> None:
    path = write(tmp_path, "codes.xml", activity("XX-2-BAD", '<sector code="99999"/>'),
                 activity("XX-2-GOOD"))
    report = ingest_iati(graph, [path], lenient=True)
    assert report.loaded == 1
    assert len(report.bad) == 1 and "XX-2-BAD" in report.bad[0] and "'99999'" in report.bad[0]
    assert graph.read_text("MATCH (p:Programme) RETURN p.iati_id AS id") == [{"id": "XX-2-GOOD"}]


def test_malformed_xml_is_reported_after_the_last_good_activity(graph, tmp_path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(HEAD + activity("XX-3-OK") + "<iati-activity><title>oops</iati-activity>",
                    encoding="utf-8")
    with pytest.raises(InvalidData, match=r"broken\.xml:4: column 'column 28'"):
        ingest_iati(graph, [path])
    report = ingest_iati(graph, [path], lenient=True)
    assert report.loaded == 1
    assert "malformed XML at line" in report.bad[0] and "XX-3-OK" in report.bad[0]


def test_a_version_1_file_is_refused_naming_the_version(graph) -> None:
    with pytest.raises(UnsupportedVersion, match=r"IATI version 1\.0x"):
        ingest_iati(graph, [FIXTURES / "iati" / "legacy_worked_example.xml"])
