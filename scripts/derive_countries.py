#!/usr/bin/env python3
"""Derive countries, memberships (OSCE, Council of Europe, EU) and treaty ratifications.

Writes into data/:
  countries.countries.csv     every ISO 3166-1 country (lukes/ISO-3166-Countries-with-Regional-Codes all.csv),
                              plus Kosovo (XKX, user-assigned code) because the US grant data names it
  memberships.countries.csv   OSCE participating States / Partners for Co-operation, CoE and EU member
                              states (dieghernan CountrycodesOrgs.csv = CIA World Factbook, Jan 2020)
  ratifications.treaties.csv  UNTOC and Palermo Protocol (Kelley & Simmons, year only) and CETS 197
                              (only what /work/shared/data/reference/facts.md states, hard-coded below
                              with the page each fact comes from)
  sources.derived.csv         the sources cited
"""
from __future__ import annotations

import csv

from derive_common import (
    REL_COLS,
    input_path,
    iso_countries,
    parser,
    read_csv,
    write_csv,
    write_sources,
)

DS_ISO = "src.ds.lukes-iso3166"
DS_ORGS = "src.ds.dieghernan-country-orgs"
DS_KS = "src.ds.kelley-simmons-ratification"

# org_id in CountrycodesOrgs.csv -> (organisation id, {org_member value -> role})
ORG_MAP = {
    "OSCE": ("org.osce", {"member": "participating_state", "partner": "partner_for_cooperation"}),
    "CE": ("org.coe", {"member": "member_state", "observer": "observer"}),
    "EU": ("org.eu", {"member": "member_state"}),
}
# Sourced dates that override / complete the 2020 snapshot: (member, organisation) -> fields.
MEMBERSHIP_FACTS = {
    ("RUS", "org.coe"): dict(start="1996-02-28", end="2022-03-16", checked="seen",
                             sources=f"src.ref.eeas-russia-coe-2022;{DS_ORGS}",
                             note="Member in the CIA Factbook 2020 snapshot; joined 28 Feb 1996 and ceased to be a member "
                                  "on 16 Mar 2022 (Committee of Ministers decision under Article 8 of the Statute), per EEAS."),
}

# Names in the 2025 osce.org navigation (seed page 000_148967f61c365e9b.txt; facts.md row "OSCE participating
# States": 57) that are spelled differently from ISO: used only to report differences with the 2020 snapshot.
OSCE_SEED_ISO3 = ["ALB", "AND", "ARM", "AUT", "AZE", "BEL", "BLR", "BIH", "BGR", "CAN", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "GEO", "DEU", "GRC", "VAT", "HUN", "ISL", "IRL", "ITA", "KAZ", "KGZ", "LVA", "LIE", "LTU", "LUX", "MLT", "MDA", "MCO", "MNG", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "TJK", "TUR", "TKM", "UKR", "GBR", "USA", "UZB"]

# Kelley & Simmons use a few non-ISO abbreviations.
KS_ABB_FIX = {"ROM": "ROU", "ZAR": "COD"}
KS_NAME_FIX = {"Lithuania": "LTU"}  # state_abb empty in the source
KS_CENSORED = "2012"  # "not ratified by end of the panel (2011)"

# CETS 197 facts from facts.md section 3 (each with its page).  iso3 -> fields.
FIRST_TEN = ["ALB", "AUT", "BGR", "HRV", "CYP", "DNK", "GEO", "MDA", "ROU", "SVK"]
CETS_FACTS = {}
for _c in FIRST_TEN:
    CETS_FACTS[_c] = dict(action="ratification", start="", sources="src.ref.stopvaw-cets197", checked="seen",
                          note="One of the first ten parties, for which the Convention entered into force on 1 Feb 2008; "
                               "date of ratification not in the source (on or before 24 Oct 2007, the 10th ratification).")
CETS_FACTS["CYP"] = dict(action="ratification", start="2007-10-24",
                         sources="src.ref.coe-fsconv;src.ref.stopvaw-cets197", checked="seen",
                         note="The 10th ratification (24 Oct 2007), which brought the Convention into force on 1 Feb 2008.")
for _c in ["BIH", "FRA", "NOR"]:
    CETS_FACTS[_c] = dict(action="ratification", start="", sources="src.ref.stopvaw-cets197", checked="seen",
                          note="Convention entered into force for this party on 1 May 2008; ratification date not in the source.")
CETS_FACTS["BLR"] = dict(action="accession", start="2013-11", sources="src.ref.123dok-osce-review", checked="seen",
                         note="Non-member of the Council of Europe; acceded November 2013 (document mirror; re-check).")
CETS_FACTS["ISR"] = dict(action="accession", start="", sources="src.ref.algemeiner-israel-2022;src.ref.coe-cets197-page",
                         checked="seen",
                         note="First non-European party (48th), reported 15 Jun 2022; signed 25 Apr 2021; accession date and "
                              "year of entry into force (a 1 September) not in the excerpts read.")


def countries(shared, needs_kosovo: bool) -> list[dict]:
    rows = []
    for iso3, r in iso_countries(shared).items():
        rows.append(dict(id=iso3, iso2=r["alpha-2"], name=r["name"], region=r["region"], subregion=r["sub-region"],
                         sources=DS_ISO, checked="derived",
                         note="" if r["region"] else "No UN M49 region in the source."))
    if needs_kosovo:
        rows.append(dict(id="XKX", iso2="XK", name="Kosovo", region="Europe", subregion="Southern Europe",
                         sources="src.ds.scorecard-funding;src.ds.trenches-tip-tiers", checked="inferred",
                         note="Not an ISO 3166-1 code: XKX/XK are user-assigned codes used by the EU, IMF and many datasets. "
                              "Added because the US G/TIP grant data and the TIP tier data (code KOS) name Kosovo; region/subregion "
                              "follow those of its neighbours (Serbia, North Macedonia) in the M49 table. References to Kosovo "
                              "are without prejudice to positions on status (UNSCR 1244)."))
    return sorted(rows, key=lambda r: r["id"])


def memberships(shared, known: set[str]) -> tuple[list[dict], list[str]]:
    rows, report = [], []
    seen = {}
    for r in read_csv(input_path(shared, "countries/CountrycodesOrgs.csv")):
        oid = r["org_id"].strip()
        if oid not in ORG_MAP:
            continue
        org, roles = ORG_MAP[oid]
        status = r["org_member"].strip()
        iso3 = r["ISO_3166_3"].strip()
        if status not in roles:
            report.append(f"skipped {oid} {iso3} status '{status}' (not a membership role)")
            continue
        if iso3 not in known:
            report.append(f"skipped {oid} {iso3}: not in countries")
            continue
        row = dict(member=iso3, organisation=org, role=roles[status], start="", end="", sources=DS_ORGS,
                   checked="derived", note=f"CIA World Factbook Jan 2020 via CountrycodesOrgs.csv: {oid} '{status}'.")
        row.update(MEMBERSHIP_FACTS.get((iso3, org), {}))
        seen.setdefault(org, []).append(row)
        rows.append(row)
    # Compare the OSCE list with the 2025 osce.org navigation (seed page).
    ps = {r["member"] for r in seen.get("org.osce", []) if r["role"] == "participating_state"}
    pt = {r["member"] for r in seen.get("org.osce", []) if r["role"] == "partner_for_cooperation"}
    report.append(f"OSCE participating States: {len(ps)}; partners: {len(pt)}; "
                  f"only in 2020 snapshot: {sorted(ps - set(OSCE_SEED_ISO3))}; only on osce.org 2025 menu: "
                  f"{sorted(set(OSCE_SEED_ISO3) - ps)}")
    for org in ("org.coe", "org.eu"):
        report.append(f"{org}: {len(seen.get(org, []))} member rows")
    return sorted(rows, key=lambda r: (r["organisation"], r["role"], r["member"])), report


def ratifications(shared, known: set[str], coe_members: list[str]) -> tuple[list[dict], list[str]]:
    rows, report = [], []
    path = input_path(shared, "treaties/palermo_untoc_ratification_year_by_country_kelley_simmons.csv")
    for r in read_csv(path):
        iso3 = KS_ABB_FIX.get(r["state_abb"].strip(), r["state_abb"].strip()) or KS_NAME_FIX.get(r["name"].strip(), "")
        if iso3 not in known:
            report.append(f"Kelley-Simmons: unknown country {r['name']} ({r['state_abb']})")
            continue
        for mandate, col, prim in (("mandate.untoc", "untoc_ratification_year", "UN Treaty Collection XVIII-12"),
                                   ("mandate.palermo-protocol", "palermo_protocol_ratification_year",
                                    "UN Treaty Collection XVIII-12-a")):
            y = r[col].strip()
            if not y or y == KS_CENSORED:
                continue
            rows.append(dict(country=iso3, mandate=mandate, action="ratification", signed="", start=y, end="",
                             sources=DS_KS, checked="derived",
                             note=f"Year of becoming party as coded by Kelley & Simmons (primary: {prim}); the data does not "
                                  "distinguish ratification from accession/acceptance/approval, so 'ratification' may stand for "
                                  "any of them."))
    for iso3 in coe_members:
        if iso3 in CETS_FACTS:
            continue
        note = ("Inferred: the Council of Europe convention page (48 State Parties = all 46 CoE member states + Belarus and "
                "Israel) combined with the CoE member list (CIA Factbook 2020, without Russia). Date and whether "
                "ratification/acceptance/approval not sourced.")
        if iso3 == "CZE":
            note += " DISAGREE: an EFE wire (radiofiji.com.fj) listed Czechia as not party; the CoE page is preferred."
        rows.append(dict(country=iso3, mandate="mandate.cets-197", action="ratification", signed="", start="", end="",
                         sources=f"src.ref.coe-cets197-page;{DS_ORGS}", checked="inferred", note=note))
    for iso3, f in CETS_FACTS.items():
        rows.append(dict(country=iso3, mandate="mandate.cets-197", signed="", end="", **f))
    return sorted(rows, key=lambda r: (r["mandate"], r["country"])), report


def main(argv=None):
    args = parser(__doc__.split("\n")[0]).parse_args(argv)
    shared, out = args.shared, args.out
    with open(input_path(shared, "tip_reports/funding_clean.csv"), newline="", encoding="utf-8") as f:
        needs_kosovo = any(r["country"].strip() == "Kosovo" for r in csv.DictReader(f))
    crows = countries(shared, needs_kosovo)
    known = {r["id"] for r in crows}
    write_csv(out / "countries.countries.csv", ["id", "iso2", "name", "region", "subregion", "sources", "checked", "note"], crows)
    mrows, rep1 = memberships(shared, known)
    write_csv(out / "memberships.countries.csv", ["member", "organisation", "role", *REL_COLS], mrows)
    coe_now = sorted(r["member"] for r in mrows
                     if r["organisation"] == "org.coe" and r["role"] == "member_state" and not r["end"])
    rrows, rep2 = ratifications(shared, known, coe_now)
    write_csv(out / "ratifications.treaties.csv", ["country", "mandate", "action", "signed", *REL_COLS], rrows)
    write_sources(out)
    for line in rep1 + rep2:
        print("  " + line)


if __name__ == "__main__":
    main()
