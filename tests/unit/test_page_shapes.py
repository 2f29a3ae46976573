"""One test per shape of text the page ingester reads, on short made-up snippets.

Each test names the shape; none uses a page of the corpus, so a rule that only works on one
page fails here. Resolution tests run over a small hand-built list of known entities (`KNOWN`).
"""

from __future__ import annotations

import pytest

from graph.errors import InvalidData
from ingest.gazetteer import Gazetteer
from ingest.org_shapes import org_shaped, split_names
from ingest.page import Span, read_text
from ingest.page_dates import find_dates
from ingest.page_events import reported
from ingest.page_reader import parse_page
from ingest.page_records import page_dataset, slug
from ingest.page_roles import org_phrases, split_role
from ingest.resolve import Known, Resolver
from ingest.tokens import normalise

KNOWN = [
    Known("ALB", "Country", "Albania", iso2="AL"),
    Known("MDA", "Country", "Moldova, Republic of", iso2="MD"),
    Known("FIN", "Country", "Finland", iso2="FI"),
    Known("GRC", "Country", "Greece", iso2="GR"),
    Known("AUT", "Country", "Austria", iso2="AT"),
    Known("UKR", "Country", "Ukraine", iso2="UA"),
    Known("NLD", "Country", "Netherlands, Kingdom of the", iso2="NL"),
    Known("org.osce", "Organisation", "Organization for Security and Co-operation in Europe",
          acronym="OSCE"),
    Known("org.osce-odihr", "Organisation", "Office for Democratic Institutions and Human "
          "Rights", acronym="ODIHR", parent="org.osce"),
    Known("org.osce-secretariat", "Organisation", "OSCE Secretariat", parent="org.osce"),
    Known("org.osce-osr", "Organisation", "Office of the Special Representative and "
          "Co-ordinator for Combating Trafficking in Human Beings", acronym="OSR/CTHB",
          parent="org.osce-secretariat"),
    Known("org.alb-interior", "Organisation", "Ministry of Interior of Albania", country="ALB"),
    Known("SRB", "Country", "Serbia", iso2="RS"),
    Known("org.srb-interior", "Organisation", "Ministry of Interior of Serbia", country="SRB"),
    Known("org.fin-justice", "Organisation", "Ministry of Justice of Finland", country="FIN"),
    Known("org.alb-magistrates", "Organisation", "School of Magistrates (Albania)",
          country="ALB"),
    Known("org.lsi", "Organisation", "La Strada International", acronym="LSI",
          aliases=("La Strada",), country="NLD"),
    Known("org.iom", "Organisation", "International Organization for Migration",
          acronym="IOM"),
    Known("org.pact", "Organisation", "Pact", aliases=("Pact, IOM", "IOM"), checked="derived"),
    Known("org.civil", "Organisation", "Civil Society", checked="derived"),
    Known("org.several", "Organisation", "Several", checked="derived"),
    Known("org.un-sr", "Organisation", "UN Special Rapporteur on trafficking in persons, "
          "especially women and children"),
    Known("mandate.cets-197", "Mandate", "Council of Europe Convention on Action against "
          "Trafficking in Human Beings", aliases=("CETS No. 197",)),
    Known("mandate.mc-6-17", "Mandate", "Ministerial Council Decision No. 6/17 Strengthening "
          "Efforts to Prevent Trafficking in Human Beings", aliases=("MC Decision 6/17",)),
    Known("org.coe", "Organisation", "Council of Europe", acronym="CoE"),
    Known("person.kari-johnstone", "Person", "Kari Johnstone",
          orgs=("org.osce-osr",)),
    Known("person.sg", "Person", "Ana Kovač", orgs=("org.osce-secretariat",)),
    Known("event.alliance-24", "Event", "24th Conference of the Alliance against Trafficking "
          "in Persons: Beyond Awareness", start="2024-04-15", end="2024-04-16", place="Vienna",
          organiser="org.osce", kind="conference"),
    Known("event.training-2024", "Event", "A training in Vienna", start="2024-04-15",
          end="2024-04-16", place="Vienna", organiser="org.osce", kind="training"),
]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.over(KNOWN)


def people(text: str) -> dict[str, object]:
    return {p.name.text: p for p in parse_page(text, "t.txt").people}


def records(text: str, resolver: Resolver, name: str = "t.md"):
    fresh = Resolver.over(KNOWN)
    return page_dataset(parse_page(text, name), fresh, gazetteer=Gazetteer.over(fresh))


ARTICLE = "This is a paragraph of article text that says nothing in particular at all."

# --- people --------------------------------------------------------------------------------


def test_quote_then_said_name_and_role() -> None:
    found = people('"We must act," said Ana Petrović, Minister of Justice of Finland.')
    assert found["Ana Petrović"].role == "Minister of Justice of Finland"
    assert found["Ana Petrović"].quotes[0].text == "We must act,"


def test_name_then_role_in_apposition_then_verb() -> None:
    found = people("Ștefan Munteanu, a prosecutor from Bălți, said the exercise helped.")
    person = found["Ștefan Munteanu"]
    assert (person.role, person.place) == ("prosecutor from Bălți", "Bălți")


def test_role_first_then_name_between_commas() -> None:
    found = people("The President of the Parliamentary Assembly, Margit Holm, urged parliaments "
                   "to act.")
    assert found["Margit Holm"].role == "President of the Parliamentary Assembly"


def test_title_before_the_name() -> None:
    found = people("OSCE Secretary General Ana Kovač said the Organization would help.")
    assert found["Ana Kovač"].role == "OSCE Secretary General"


def test_list_of_speakers_with_roles_and_places() -> None:
    found = people("Among the speakers were Ian Borg, Deputy Prime Minister of Malta; Dara Ní "
                   "Bhriain, a judge of the High Court; and Ana Petrović, a survivor advocate "
                   "from Serbia.")
    assert list(found) == ["Ian Borg", "Dara Ní Bhriain", "Ana Petrović"]
    assert found["Ana Petrović"].place == "Serbia"


def test_bullet_list_under_speakers() -> None:
    text = (f"{ARTICLE}\n\nAmong the speakers:\n\n- Leena Meri, Minister of Justice of Finland\n"
            "- Nadia Haddad (نادية حداد), youth delegate, Lebanon\n")
    found = people(text)
    assert found["Leena Meri"].role == "Minister of Justice of Finland"
    assert (found["Nadia Haddad"].alias, found["Nadia Haddad"].place) == ("نادية حداد",
                                                                          "Lebanon")


def test_name_in_another_script_beside_it() -> None:
    found = people("Olena Kovalenko (Олена Коваленко), a social worker from Kharkiv, said so.")
    assert found["Olena Kovalenko"].alias == "Олена Коваленко"


def test_affiliations_of_two_people_joined_by_and() -> None:
    found = people("Liisa Tamm from the Estonian Ministry of Justice and Pēteris Kalniņš of the "
                   "State Police of Latvia presented joint inspections.")
    assert found["Liisa Tamm"].affiliation == "Estonian Ministry of Justice"
    assert found["Pēteris Kalniņš"].affiliation == "State Police of Latvia"


def test_pronoun_and_surname_carry_quotes_to_the_speaker() -> None:
    text = ('"First," said Maud de Boer Buquicchio, Deputy Secretary General.\n\n'
            '"Second," she said.\n\n"Third," Ms Buquicchio urged.')
    [person] = people(text).values()
    assert [q.text for q in person.quotes] == ["First,", "Second,", "Third,"]


def test_places_bodies_and_honorifics_are_not_people() -> None:
    found = people("UN Women have supported services in Banja Luka, the second city. "
                   "Ms Konrad urged the Western Balkans, the region, to act.")
    assert found == {}


def test_names_keep_their_letters_in_ids() -> None:
    assert slug("Łukasz Wiśniewski") == "lukasz-wisniewski"
    assert slug("Milica Đorđević") == "milica-dordevic"
    assert slug("Олена Коваленко").startswith("x-")


# --- roles ---------------------------------------------------------------------------------


def test_a_minister_names_the_ministry() -> None:
    assert "Ministry of Justice of Finland" in org_phrases("Minister of Justice of Finland")
    assert "Ministry of Interior of Serbia" in org_phrases(
        "Assistant Minister of Interior of Serbia")


def test_a_role_joining_titles_with_and_is_several_roles() -> None:
    assert split_role("Minister of Foreign Affairs of Liechtenstein and OSCE Chairperson") == [
        "Minister of Foreign Affairs of Liechtenstein", "OSCE Chairperson"]


def test_an_acronym_before_a_title_is_the_body() -> None:
    assert org_phrases("IOM Deputy Director General")[-1] == "IOM"


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "start", "end"), [
    ("held on 15–16 April 2024", "2024-04-15", "2024-04-16"),
    ("from 31 March – 1 April 2025", "2025-03-31", "2025-04-01"),
    ("on 2 and 3 October 2024", "2024-10-02", "2024-10-03"),
    ("from April to September 2022", "2022-04-01", "2022-09-30"),
    ("April 15-16, 2024", "2024-04-15", "2024-04-16"),
    ("yesterday", "2024-04-22", "2024-04-22"),
    ("on 12 May", "2024-05-12", "2024-05-12"),
])
def test_dates_ranges_and_relative_days(text: str, start: str, end: str) -> None:
    [found] = find_dates(text, "2024-04-23")
    assert (found.start, found.end) == (start, end)


def test_until_gives_an_end_only() -> None:
    [found] = find_dates("The study will run until August 2025.", "2023-09-12")
    assert (found.start, found.end, found.end_precision) == (None, "2025-08-31", "month")


# --- the page's text -----------------------------------------------------------------------


def test_front_matter_keys_of_other_tools_are_read() -> None:
    page = read_text('---\ntitle: "T"\ndate_published: "2023-12-15"\npublisher: U.S. '
                     "Department of State\ncanonical_url: https://example.org/x\ntags:\n"
                     f"  - UNTOC\n  - Palermo Protocol\n---\n\n{ARTICLE}\n", "n.md")
    assert (page.title, page.date, page.publisher, page.url) == (
        "T", "2023-12-15", "U.S. Department of State", "https://example.org/x")
    assert page.keywords == ["UNTOC", "Palermo Protocol"]


def test_a_bad_front_matter_url_names_its_line() -> None:
    with pytest.raises(InvalidData) as caught:
        read_text(f"---\ntitle: T\nurl: example.org\n---\n\n{ARTICLE}\n", "n.md")
    [error] = caught.value.errors
    assert (error.file, error.line, error.column) == ("n.md", 3, "url")


def test_near_duplicate_paragraphs_are_reported_and_counted_once() -> None:
    first = "Theresa May told participants that modern slavery laws only work when companies "
    first += "are held to account for their supply chains."
    second = "Theresa May told participants that modern slavery laws only work when supply "
    second += "chains are held to account and companies too."
    page = read_text(f"{first}\n\n{second}\n", "t.txt")
    assert len(page.paragraphs) == 1 and page.repeated == 1
    assert "in other words" in page.near_duplicates[0]


def test_markdown_markup_is_blanked_and_positions_stay_exact() -> None:
    text = f"# Title\n\n**Amsterdam, 23 April 2024.** See [the report](https://x.org/r). {ARTICLE}"
    page = read_text(text, "t.md")
    [para] = page.paragraphs
    assert (page.place, page.date) == ("Amsterdam", "2024-04-23")
    assert len(para.text) == len(text[para.start:para.end])
    at = para.text.index("the report")
    assert text[para.start + at:para.start + at + 10] == "the report"


def test_header_lines_above_the_article_give_the_title() -> None:
    page = read_text(f"OSCE Mission to Moldova\nPress release\n\nA title of the release\n\n"
                     f"CHISINAU, 14 June 2024 - {ARTICLE}\n", "t.txt")
    assert (page.title, page.kind, page.place) == ("A title of the release", "press_release",
                                                   "Chisinau")


# --- names the graph knows ----------------------------------------------------------------


def test_country_by_name_adjective_capital_and_short_name(resolver: Resolver) -> None:
    gaz = Gazetteer.over(resolver)
    hits = gaz.countries("Greek and Finnish experts met in Vienna and Moldova.")
    assert [(h.text, h.ids[0]) for h in hits] == [("Greek", "GRC"), ("Finnish", "FIN"),
                                                  ("Vienna", "AUT"), ("Moldova", "MDA")]


def test_a_body_of_a_country_is_known_by_every_way_of_writing_the_country(
        resolver: Resolver) -> None:
    for written in ("School of Magistrates of Albania", "Albania's School of Magistrates",
                    "Albanian School of Magistrates", "School of Magistrates"):
        assert resolver.resolve(written).id == "org.alb-magistrates", written


def test_a_unit_is_known_under_its_parent_acronym(resolver: Resolver) -> None:
    match = resolver.resolve("OSCE Office for Democratic Institutions and Human Rights")
    assert (match.id, match.rule) == ("org.osce-odihr", "name under its parent")


def test_the_special_representative_office_by_its_spellings(resolver: Resolver) -> None:
    gaz = Gazetteer.over(resolver)
    text = "the OSCE's new Special Representative on Combating Trafficking in Human Beings"
    [hit] = [h for h in gaz.scan(text) if h.label == "Organisation"]
    assert hit.ids == ("org.osce-osr",) and hit.rule == "office spelling"


def test_a_mandate_by_reference_without_no_and_by_its_name_up_to_its_number(
        resolver: Resolver) -> None:
    assert resolver.resolve("CETS 197", "Mandate").id == "mandate.cets-197"
    assert resolver.resolve("Ministerial Council Decision No. 6/17", "Mandate").id == (
        "mandate.mc-6-17")


def test_a_name_before_its_especially_clause(resolver: Resolver) -> None:
    assert resolver.resolve("UN Special Rapporteur on trafficking in persons").id == "org.un-sr"


def test_an_ambiguous_name_is_reported_unless_the_page_country_settles_it(
        resolver: Resolver) -> None:
    assert resolver.resolve("Ministry of Interior").status == "ambiguous"
    settled = resolver.resolve("the Ministry of Interior", countries={"ALB"})
    assert settled.id == "org.alb-interior" and "country" in settled.rule


def test_the_acronym_column_wins_over_an_alias_from_a_grant_record(resolver: Resolver) -> None:
    assert resolver.resolve("IOM").id == "org.iom"


def test_a_name_is_found_only_written_as_a_name(resolver: Resolver) -> None:
    gaz = Gazetteer.over(resolver)
    text = "Civil society statement. Several delegations welcomed it."
    assert [h.text for h in gaz.scan(text)] == []  # derived one-word names and lower case


def test_a_name_with_the_and_a_possessive_inside_is_one_name(resolver: Resolver) -> None:
    gaz = Gazetteer.over(resolver)
    [hit] = gaz.scan("the Office of the OSCE Special Representative and Co-ordinator for "
                     "Combating Trafficking in Human Beings")
    assert hit.ids == ("org.osce-osr",)


# --- names the graph does not know -------------------------------------------------------


@pytest.mark.parametrize(("phrase", "name"), [
    ("Supreme Court of Tajikistan", "Supreme Court of Tajikistan"),
    ("High Judicial and Prosecutorial Council", "High Judicial and Prosecutorial Council"),
    ("Office of the Spokesperson", "Office of the Spokesperson"),
    ("the NGO Different and Equal", "Different and Equal"),
    ("Head of Department", None),
    ("Ministerial Council Decision", None),
    ("German Presidency", None),
])
def test_what_reads_as_a_new_body(phrase: str, name: str | None) -> None:
    assert org_shaped(phrase.removeprefix("the ")) == name


def test_two_names_joined_by_and_the_are_two() -> None:
    parts = split_names(Span("Hellenic Police and the Ministry of Migration and Asylum", 0, 56))
    assert [p.text for p in parts] == ["Hellenic Police", "Ministry of Migration and Asylum"]


def test_a_known_name_followed_by_a_country_is_that_country_body(resolver: Resolver) -> None:
    dataset, report = records(f"{ARTICLE}\n\nLa Strada Ukraine runs a hotline in Kyiv.",
                              resolver)
    names = {e.name for e in dataset.entities if e.label == "Organisation"}
    assert names == {"La Strada Ukraine"}
    assert not any("org.lsi" in line for line in report.linked)


# --- events and activities -------------------------------------------------------------


def test_an_activity_needs_a_kind_and_a_verb_of_doing() -> None:
    found = reported(parse_page("The Mission held a two-day workshop for judges in Tirana on "
                                "2 and 3 October 2024.", "t.txt"))
    assert found and (found.kind, found.dates.start, found.dates.end) == (
        "workshop", "2024-10-02", "2024-10-03")
    assert reported(parse_page("Parliaments should give victim support services budgets that "
                               "match their laws.", "t.txt")) is None


def test_the_first_kind_word_gives_the_kind() -> None:
    found = reported(parse_page("The NGO has started a reintegration programme offering "
                                "housing and job training.", "t.txt"))
    assert found and found.kind == "assistance_service"


def test_partners_and_funders_from_sentences_about_the_activity(resolver: Resolver) -> None:
    text = ("VIENNA, 16 April 2024 - ODIHR organized a training course for judges, in "
            "co-operation with the Ministry of Interior of Albania.\n\nThe course was funded by "
            "the Ministry of Justice of Finland. The Council of Europe runs a shelter.")
    dataset, _ = records(text, resolver)
    [prog] = [e for e in dataset.entities if e.label == "Programme"]
    assert (prog.kind, prog.implementers, prog.partners, prog.funders) == (
        "training", ["org.osce-odihr"], ["org.alb-interior"], ["org.fin-justice"])
    assert prog.checked == "ingested" and prog.sources[0].startswith("src.page-")


def test_the_graph_event_with_the_same_ordinal_and_dates_is_linked(resolver: Resolver) -> None:
    text = ("VIENNA, 16 April 2024 - The 24th Alliance conference closed today in Vienna. It "
            "was held on 15–16 April 2024.\n\n\"Act,\" said Kari Johnstone, the OSCE Special "
            "Representative.")
    dataset, _ = records(text, resolver)
    assert not [e for e in dataset.entities if e.label == "Event"]
    speaker = [r for r in dataset.relations if r.type == "PARTICIPATED_IN"]
    assert [(r.start_id, r.end_id) for r in speaker] == [("person.kari-johnstone",
                                                          "event.alliance-24")]


def test_a_meeting_is_not_linked_to_a_training_of_the_same_days(resolver: Resolver) -> None:
    text = ("VIENNA, 16 April 2024 - A meeting of experts was held in Vienna on 15–16 April "
            "2024 by the OSCE Secretariat.")
    dataset, _ = records(text, resolver)
    [event] = [e for e in dataset.entities if e.label == "Event"]
    assert (event.kind, event.start, event.place, event.country) == (
        "meeting", "2024-04-15", "Vienna", "AUT")
    assert "event.training-2024" not in {r.end_id for r in dataset.relations}


def test_an_online_event_is_placed_online(resolver: Resolver) -> None:
    text = "A seminar on referral was held online on 24 and 25 June 2021 by ODIHR."
    dataset, _ = records(text, resolver)
    [event] = [e for e in dataset.entities if e.label == "Event"]
    assert (event.place, event.country, event.organiser) == ("online", None, "org.osce-odihr")


def test_a_known_holder_speaks_for_the_unit_the_graph_gives(resolver: Resolver) -> None:
    dataset, _ = records('"Act," said Ana Kovač, OSCE Secretary General.', resolver)
    [spoke] = [r for r in dataset.relations if r.type == "SPOKE_FOR"]
    assert spoke.end_id == "org.osce-secretariat"


def test_the_same_text_gives_the_same_records(resolver: Resolver) -> None:
    text = f"{ARTICLE}\n\n\"Act,\" said Ana Petrović, a judge of the Supreme Court of Albania."
    first, _ = records(text, resolver)
    again, _ = records(text, resolver)
    assert first == again
    assert normalise("Supreme Court of Albania") in {normalise(e.name) for e in first.entities
                                                     if e.label == "Organisation"}
