"""Shared helpers for the derivation scripts (``scripts/derive_*.py``).

Every derivation reads real data files from the shared data folder (``--shared``, default
``../shared`` relative to the repository) and, when a file is absent there, from the copies in
``data/raw/``.  Output is written to ``data/`` with sorted rows and stable ids, so running a script
twice gives byte-identical files.
"""
from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
RAW = DATA / "raw"
DEFAULT_SHARED = REPO.parent / "shared"

REL_COLS = ["start", "end", "sources", "checked", "note"]

# --------------------------------------------------------------------------------------------
# Sources used by the derived files.  Datasets cite the GitHub repository; the note names the
# file path and commit from /work/shared/data/SOURCES.md and the primary source behind it.
# --------------------------------------------------------------------------------------------
SCORECARD = "https://github.com/andrewheiss/scorecard-diplomacy"
SCORECARD_COMMIT = "f8c06be83c75c34c97bc3992e24fedc8d275c83b"
TRENCHES = "https://github.com/andrewheiss/From-the-Trenches-Anti-TIP-NGOs-and-US"
TRENCHES_COMMIT = "475c15bab196e3584d3c089234efb53e5bf1c7b7"
FACTBOOK_JSON = "https://github.com/factbook/factbook.json"
HAWKEYE_COMMIT = "cf2050cbbbd7901e20d4c6b2b2533228b5ce6e79"

SOURCES = [
    # id, title, publisher, url, date, kind, note
    ("src.ds.lukes-iso3166", "ISO-3166 Countries with Regional Codes (all/all.csv)", "Luke Duncalfe (lukes)",
     "https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes", "", "dataset",
     "File all/all.csv at commit 145f1ad3caff212ed25f42b0ee2c8b92a75af895 (CC BY-SA 4.0). Primary: ISO 3166-1 and UN M49 regions."),
    ("src.ds.dieghernan-country-orgs", "Country Codes and International Organizations (outputs/CountrycodesOrgs.csv)",
     "Diego Hernangómez (dieghernan)", "https://github.com/dieghernan/Country-Codes-and-International-Organizations",
     "2020-01", "dataset",
     "File outputs/CountrycodesOrgs.csv at commit 3a7203aa5fa6085ef0f472691c41feb309446272 (MIT). Primary: CIA World Factbook, "
     "appendix B International Organizations and Groups, snapshot January 2020 (src.cia-world-factbook)."),
    ("src.ds.trenches-tip-tiers", "From the Trenches: TIP report tier placements 1999-2015 (data/tip_tiers_orig.csv)",
     "Andrew Heiss and Judith Kelley", TRENCHES, "2017", "dataset",
     f"File data/tip_tiers_orig.csv at commit {TRENCHES_COMMIT} (no licence stated; cite Heiss & Kelley 2017, Journal of Human "
     "Trafficking). Primary: US Department of State, Trafficking in Persons Report 2001-2015 (src.usdos-tip-report)."),
    ("src.ds.scorecard-criminalization", "Scorecard Diplomacy: national criminalisation of trafficking 2001 and 2014 (data/processed/map_criminalization.csv)",
     "Judith G. Kelley and Andrew Heiss", SCORECARD, "2017", "dataset",
     f"File data/processed/map_criminalization.csv at commit {SCORECARD_COMMIT} (MIT). Coding by Kelley (2017) Scorecard Diplomacy, "
     "Cambridge University Press, from national laws and the US TIP reports."),
    ("src.ds.scorecard-funding", "Scorecard Diplomacy: US State Department G/TIP anti-trafficking grants 2001-2014 (data/original/funding_clean.csv)",
     "Judith G. Kelley and Andrew Heiss", SCORECARD, "2017", "dataset",
     f"File data/original/funding_clean.csv at commit {SCORECARD_COMMIT} (MIT). Primary: US Department of State, Office to Monitor "
     "and Combat Trafficking in Persons (G/TIP), annual lists of anti-trafficking grants/projects."),
    ("src.ds.scorecard-igo-abbreviations", "Scorecard Diplomacy: TIP grant recipient to IGO abbreviation table (data/processed/igo_abbreviations.csv)",
     "Judith G. Kelley and Andrew Heiss", SCORECARD, "2017", "dataset",
     f"File data/processed/igo_abbreviations.csv at commit {SCORECARD_COMMIT} (MIT). Used for entity resolution of grant recipients."),
    ("src.ds.kelley-simmons-ratification", "Kelley & Simmons (AJPS 2015) replication panel: UNTOC and Palermo Protocol ratification year",
     "Judith G. Kelley and Beth A. Simmons (via andrewheiss/scorecard-diplomacy)", SCORECARD, "2015", "dataset",
     f"Derived per-country subset (treaties/palermo_untoc_ratification_year_by_country_kelley_simmons.csv, columns protocoldate and "
     f"unctocdate taken from the last panel year) of data/original/kelley_simmons_ajps_2014_replication.dta at commit {SCORECARD_COMMIT} (MIT). "
     "Primary: UN Treaty Collection, chapter XVIII-12 (UNTOC) and XVIII-12-a (Palermo Protocol) (src.untc-xviii-12, src.untc-xviii-12-a). "
     "Year only; ratification and accession are not distinguished; 2012 is a censoring code (not party by end of 2011)."),
    # Primary sources named in the notes above.
    ("src.usdos-tip-report", "Trafficking in Persons Report (annual, 2001-)", "US Department of State",
     "https://www.state.gov/trafficking-in-persons-report/", "", "document",
     "Primary source of the TIP tier placements; the derived files read them from src.ds.trenches-tip-tiers."),
    ("src.untc-xviii-12-a", "UN Treaty Collection, Chapter XVIII 12.a: Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
     "United Nations", "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en", "", "treaty_text",
     "Primary status list of the Palermo Protocol; the derived ratifications read it via src.ds.kelley-simmons-ratification."),
    ("src.untc-xviii-12", "UN Treaty Collection, Chapter XVIII 12: United Nations Convention against Transnational Organized Crime",
     "United Nations", "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18&clang=_en", "", "treaty_text",
     "Primary status list of UNTOC; the derived ratifications read it via src.ds.kelley-simmons-ratification."),
    ("src.cia-world-factbook", "The World Factbook: International Organizations and Groups", "US Central Intelligence Agency",
     "https://www.cia.gov/the-world-factbook/", "2020-01", "web_page",
     "Primary source of the membership table in src.ds.dieghernan-country-orgs (snapshot January 2020)."),
    ("src.ds.factbook-2026-intl-orgs", "The World Factbook, January 2026: International organization participation "
     "(factbook/factbook.json, region/GEC.json)", "CIA (World Factbook), via factbook/factbook.json", FACTBOOK_JSON,
     "2026-01-22", "dataset",
     "Country x organisation tokens ('OSCE', 'OSCE (partner)', 'CE', 'CE (observer)', 'EU', 'EU (candidate country)' ...) "
     "of every country page at commit 783ed27f7a1116663c10e7b39d162d0c4500505d (2026-01-22, the last data update before the "
     "Factbook was retired; CC0-1.0, Factbook text public domain); file countries/current/"
     "factbook_2026_intl_org_participation.csv of the shared data. Some entries were not updated (Russia still in the "
     "Council of Europe and the CBSS, the United Kingdom in the EU). Countries by GEC code, mapped with "
     "src.ds.dieghernan-countrycodes."),
    ("src.ds.dieghernan-countrycodes", "Country Codes and International Organizations (outputs/Countrycodes.csv)",
     "Diego Hernangómez (dieghernan)", "https://github.com/dieghernan/Country-Codes-and-International-Organizations",
     "", "dataset",
     "File outputs/Countrycodes.csv at commit 3a7203aa5fa6085ef0f472691c41feb309446272 (MIT): ISO 3166, FIPS/GEC and other "
     "codes per country; used to map the Factbook's GEC codes to ISO3."),
    ("src.ref.govnl-brexit", "When did the United Kingdom leave the European Union?", "Government of the Netherlands",
     "https://www.government.nl/topics/brexit/question-and-answer/when-will-the-united-kingdom-leave-the-european-union",
     "", "web_page", "States that the United Kingdom left the European Union on 31 January 2020."),
    # Pages cited in /work/shared/data/reference/facts.md (or found with the stored-page search).
    ("src.ref.eeas-russia-coe-2022", "Committee of Ministers decides Russia ceases to be a member of the Council of Europe",
     "European External Action Service, EU Delegation to the Council of Europe",
     "https://www.eeas.europa.eu/delegations/council-europe/committee-ministers-decides-russia-ceases-be-member-council-europe_en",
     "2022-03", "press_release", "States that Russia ceased to be a member on 16 March 2022 and had joined on 28 February 1996."),
    ("src.ref.coe-cets197-page", "Council of Europe Convention on Action against Trafficking in Human Beings", "Council of Europe",
     "https://www.coe.int/en/web/anti-human-trafficking/anti-trafficking-convention", "", "web_page",
     "facts.md section 3: 48 State Parties, all 46 CoE member states plus Belarus and Israel."),
    ("src.ref.coe-fsconv", "Council of Europe Convention on Action against Trafficking in Human Beings: fact sheet", "Council of Europe",
     "http://www.coe.int/t/dghl/monitoring/trafficking/Docs/Convntn/FSConv_en.asp", "", "web_page",
     "facts.md section 3: Cyprus the 10th ratification, 24 October 2007."),
    ("src.ref.stopvaw-cets197", "The Council of Europe Convention on Action against Trafficking in Human Beings", "StopVAW (The Advocates for Human Rights)",
     "http://stopvaw.org/the_council_of_europe_convention_on_action_against_trafficking_in_human_beings", "", "web_page",
     "facts.md section 3: first ten parties (in force 1 Feb 2008); BiH, France, Norway from 1 May 2008."),
    ("src.ref.123dok-osce-review", "Review of OSCE anti-trafficking commitments (copy)", "123dok (document copy)",
     "https://123dok.co/article/review-osce-anti-trafficking-commitments.zkw67xke", "", "document",
     "facts.md: Belarus acceded to CETS 197 in November 2013. Mirror of a document; re-check against the original publisher."),
    ("src.ref.algemeiner-israel-2022", "Israel joins pan-European group against human trafficking", "The Algemeiner",
     "https://www.algemeiner.com/2022/06/15/israel-joins-pan-european-group-against-human-trafficking/", "2022-06-15", "web_page",
     "facts.md section 3: Israel the 48th party to CETS 197."),
    ("src.ref.osce-pc-55513", "OSCE Permanent Council (site navigation listing participating States)", "OSCE",
     "https://www.osce.org/pc/55513", "", "web_page",
     "facts.md section 1: the site menu lists the 57 participating States, incl. Mongolia and the Holy See."),
    # Walk Free Global Slavery Index (scripts/derive_gsi.py).
    *[(f"src.walkfree-gsi-{_y}", f"Global Slavery Index {_y}", "Walk Free", "https://www.walkfree.org/global-slavery-index/",
       _y, "dataset", f"Primary source of the gsi_* indicators of {_y} in indicators.gsi.csv (country data table{_e}); "
       "read from the copy in src.ds.slavery-capstone-gsi.")
      for _y, _e in (("2016", ""), ("2018", "; estimates for 2016"), ("2023", "; estimates for 2021"))],
    ("src.ds.slavery-capstone-gsi", "Global Slavery Index country tables 2016, 2018 and 2023 (Datasets/slavery_YYYY.csv)",
     "Jaina007 (slavery_capstone)", "https://github.com/Jaina007/slavery_capstone", "", "dataset",
     "Files Datasets/slavery_2016.csv, slavery_2018.csv and slavery_2023.csv at commit f89f0095b03ac28ca8639e114d21ed243ca56636 "
     "(need/gsi/gsi_YYYY_country_data.csv of the shared data). No licence in the repository; the figures are Walk Free's "
     "(src.walkfree-gsi-YYYY): cite Walk Free and check its terms of use before redistributing the tables themselves. "
     "Spot checks match the published 2023 figures (Russia 13.0, Eritrea 90.3 per 1,000)."),
    # US TIP Report editions 2016- (scripts/derive_tip.py) and the files they are read from.
    *[(f"src.usdos-tip-report-{_y}", f"{_y} Trafficking in Persons Report", "US Department of State",
       f"https://www.state.gov/reports/{_y}-trafficking-in-persons-report/", _d, "document",
       f"Primary source of the {_y} tier placements in indicators.tip.csv; read from the datasets the rows cite.")
      for _y, _d in (("2020", "2020"), ("2022", "2022"), ("2023", "2023"), ("2024", "2024"), ("2025", "2025-09-29"))],
    ("src.ds.tip-2025-tier-placements", "US TIP Report 2025 tier placements (transcribed fact table, 184 countries)",
     "Alliance Graph project (transcription)", "https://github.com/trex0092/HAWKEYE-STERLING-RA", "2026-10-08", "dataset",
     f"File tip_reports/current/tip_2025_tier_placements.csv of the shared data: tier and country as published, transcribed from "
     f"data/country-indicators.json of trex0092/HAWKEYE-STERLING-RA at commit {HAWKEYE_COMMIT}, which cites the State "
     "Department's 2025 TIP Report (src.usdos-tip-report-2025). Only the facts were taken; that repository's files are not "
     "reusable. The 4 special cases are absent; Tier 1/Tier 2 placements not yet re-checked against the report's country pages."),
    ("src.ds.factbook-tip-watchlist", "CIA World Factbook: Tier 2 Watch List and Tier 3 countries by TIP report edition "
     "(world/xx.json, Transnational Issues, git history)", "CIA (World Factbook), via factbook/factbook.json", FACTBOOK_JSON,
     "", "dataset",
     "File tip_reports/current/tip_watchlist_tier3_by_edition.csv of the shared data: one row per edition, tier and country, with "
     "the factbook.json commit that carries it (2015-10-26 .. 2025-10-07; CC0-1.0, Factbook text public domain). Editions "
     "2014, 2015, 2020, 2022-2025; 2016-2019 and 2021 absent. Primary: the State Department's TIP Report of each edition."),
    ("src.ds.factbook-tip-text-history", "CIA World Factbook: per-country TIP tier sentence over time (region/GEC.json, "
     "Transnational Issues / Trafficking in persons, git history)", "CIA (World Factbook), via factbook/factbook.json",
     FACTBOOK_JSON, "", "dataset",
     "File tip_reports/current/tip_country_tier_text_history.csv of the shared data (482 rows, 127 countries, first/last "
     "commit dates seen 2015-10-26 .. 2026-05-17). Only rows whose text links the report of an edition "
     "(state.gov/reports/YYYY-trafficking-in-persons-report) are used: the file's own tip_edition_year_parsed column is the "
     "first year mentioned in the text (often the reporting period), not the edition."),
]
SOURCE_COLS = ["id", "title", "publisher", "url", "date", "accessed", "kind", "note"]


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                   help="shared read-only material (default: ../shared relative to the repository); "
                        "files missing there are read from data/raw/")
    p.add_argument("--out", type=Path, default=DATA, help="output folder (default: data/)")
    return p


def input_path(shared: Path, rel: str) -> Path:
    """``shared/data/rel`` if present, else the copy in ``data/raw/rel``."""
    for p in (shared / "data" / rel, RAW / rel):
        if p.exists():
            return p
    raise SystemExit(f"input not found: {rel} (looked in {shared / 'data'} and {RAW})")


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def write_csv(path: Path, cols: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}: {len(rows)} rows")


def write_sources(out: Path) -> None:
    rows = [dict(zip(["id", "title", "publisher", "url", "date", "kind", "note"], s, strict=False)) for s in SOURCES]
    write_csv(out / "sources.derived.csv", SOURCE_COLS, sorted(rows, key=lambda r: r["id"]))


def fold(s: str) -> str:
    """ASCII-fold, lowercase, keep letters/digits as words."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def slug(s: str, maxlen: int = 60) -> str:
    out = fold(s).replace(" ", "-")
    if len(out) > maxlen:
        out = out[:maxlen].rsplit("-", 1)[0]
    return out.strip("-") or "x"


def iso_countries(shared: Path) -> dict[str, dict]:
    """ISO3 -> row of all.csv."""
    return {r["alpha-3"]: r for r in read_csv(input_path(shared, "countries/all.csv"))}


def iso3_by_name(shared: Path) -> dict[str, str]:
    """fold(ISO 3166 name in all.csv) -> ISO3: the name mapping of the derivation scripts; each script adds a small
    table of its own for the names its source spells differently."""
    return {fold(r["name"]): k for k, r in iso_countries(shared).items()}


def iso3_by_gec(shared: Path) -> dict[str, str]:
    """FIPS/GEC code of the CIA World Factbook (upper case) -> ISO3, from dieghernan's countries/Countrycodes.csv."""
    return {r["FIPS_GEC"].strip().upper(): r["ISO_3166_3"].strip()
            for r in read_csv(input_path(shared, "countries/Countrycodes.csv"))
            if r["FIPS_GEC"].strip() and r["ISO_3166_3"].strip()}
