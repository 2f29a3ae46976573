"""Pure parsing of pages and IATI activities, and entity resolution over a list of names."""

from __future__ import annotations

import doctest
import xml.etree.ElementTree as ET

import pytest

from graph.errors import InvalidData
from ingest import iati_codes, iati_load, page, resolve
from ingest.iati import Activity, BadActivity, parse_activity
from ingest.page_reader import parse_page
from ingest.resolve import Known, Resolver
from tests.conftest import FIXTURES

SEED = (FIXTURES / "pages" / "osce_alliance_2004.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("module", [page, resolve, iati_codes, iati_load])
def test_docstring_examples_hold(module) -> None:
    assert doctest.testmod(module).failed == 0


def test_page_separates_navigation_from_the_article_and_counts_repeats_once() -> None:
    p = parse_page(SEED, "seed.txt")
    assert p.title.startswith("OSCE Special Representative calls for creation")
    assert (p.date, p.place, p.source, p.kind) == ("2004-07-23", "Vienna", "OSCE Secretariat",
                                                   "press_release")
    assert len(p.paragraphs) == 12 and p.repeated == 11
    assert not any(par.text.startswith("- ") for par in p.paragraphs)
    assert "Moldova" in [s.text for s in p.nav["Participating States"]]
    assert p.event_kind == "meeting" and p.organiser == "OSCE"


def test_page_speakers_carry_quotes_across_paragraphs() -> None:
    speakers = {s.name.text: s for s in parse_page(SEED, "seed.txt").speakers}
    assert list(speakers) == ["Helga Konrad", "Maud de Boer Buquicchio", "Marco Gramegna"]
    assert len(speakers["Helga Konrad"].quotes) == 4  # "she said", "Ms Konrad urged"
    assert speakers["Maud de Boer Buquicchio"].role == (
        "Deputy Secretary General of the Council of Europe")
    assert "International Organization for Migration" in speakers["Marco Gramegna"].org_phrases
    konrad = speakers["Helga Konrad"].name
    assert SEED[konrad.start:konrad.end] == "Helga Konrad"


def test_page_figures_name_who_estimated_them() -> None:
    figures = parse_page(SEED, "seed.txt").figures
    assert [(f.text, f.estimated_by) for f in figures] == [
        ("more than 3,000 to 4,000", "Europol"), ("tens of billions", None),
        ("a total 800,000 to 900,000", None), ("More than 30 per cent", None)]
    assert (figures[2].low, figures[2].high) == (800000.0, 900000.0)


def test_a_page_without_article_text_is_refused_naming_the_file() -> None:
    with pytest.raises(InvalidData, match=r"empty\.txt"):
        parse_page("- Home\n- About\n", "empty.txt")


def test_resolver_links_by_acronym_alias_and_spelling_and_reports_ambiguity() -> None:
    r = Resolver.over([
        Known("org.coe", "Organisation", "Council of Europe", aliases=("CoE",)),
        Known("org.iom", "Organisation", "International Organisation for Migration", "IOM"),
        Known("org.osr", "Organisation", "OSCE Special Representative's office"),
        Known("org.ilo", "Organisation", "International Labour Organization", "ILO"),
        Known("org.ilo2", "Organisation", "International Labour Office", "ILO"),
    ])
    assert r.resolve("CoE").id == "org.coe"
    assert r.resolve("International Organization for Migration").id == "org.iom"
    assert r.resolve("Office of the Special Representative and Co-ordinator for Combating "
                     "Trafficking in Human Beings").id == "org.osr"
    assert r.resolve("ILO").status == "ambiguous"
    assert r.resolve("Council of the European Union").status == "new"  # no fuzzy merge


def activity(body: str) -> ET.Element:
    return ET.fromstring(f"<iati-activity><iati-identifier>X-1</iati-identifier>"
                         f"<title><narrative>T</narrative></title>{body}</iati-activity>")


def test_iati_activity_keeps_dates_budgets_sectors_and_maps_sdg_sectors() -> None:
    act = parse_activity(activity(
        '<activity-date type="1" iso-date="2020-01-01"/><activity-date type="2" '
        'iso-date="2020-02-01"/><sector vocabulary="8" code="16.2"/>'
        '<budget type="1"><period-start iso-date="2020-01-01"/><period-end iso-date='
        '"2020-12-31"/><value currency="EUR">100</value></budget>'
        '<budget type="2"><period-start iso-date="2020-01-01"/><period-end iso-date='
        '"2020-12-31"/><value currency="EUR">150</value></budget>'))
    assert isinstance(act, Activity)
    assert act.start == "2020-02-01"
    assert iati_load._total_budget(act) == (150.0, "EUR")
    assert list(act.themes) == ["theme.child-trafficking"]


def test_iati_unknown_codes_are_all_listed() -> None:
    bad = parse_activity(activity('<activity-status code="9"/><recipient-country code="ZZ"/>'))
    assert isinstance(bad, BadActivity) and len(bad.problems) == 2
