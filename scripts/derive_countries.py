#!/usr/bin/env python3
"""Derive countries, memberships (OSCE, Council of Europe, EU, UN) and treaty ratifications.

Writes into data/:
  countries.countries.csv     every ISO 3166-1 country (lukes/ISO-3166-Countries-with-Regional-Codes all.csv),
                              plus Kosovo (XKX, user-assigned code) because the US grant data names it
  memberships.countries.csv   OSCE participating States / Partners for Co-operation, CoE and EU member
                              states, UN members and observer States: CIA World Factbook of January 2026 (factbook.json, GEC codes mapped
                              with dieghernan's Countrycodes.csv), compared with the January 2020 snapshot
                              (dieghernan CountrycodesOrgs.csv); sourced dates below override both
  ratifications.treaties.csv  UNTOC and Palermo Protocol (Kelley & Simmons, year only) and CETS 197
                              (only what /work/shared/data/reference/facts.md states, hard-coded below
                              with the page each fact comes from)
  sources.derived.csv         the sources cited
"""
from __future__ import annotations

import csv
import re

from derive_common import (
    DATA,
    REL_COLS,
    input_path,
    iso3_by_gec,
    iso_countries,
    parser,
    read_csv,
    write_csv,
    write_sources,
)

DS_ISO = "src.ds.lukes-iso3166"
DS_ORGS = "src.ds.dieghernan-country-orgs"
DS_ORGS_2026 = "src.ds.factbook-2026-intl-orgs"
DS_GEC = "src.ds.dieghernan-countrycodes"
NOT_LISTED_END = "2026-01"  # end of a membership the January 2026 Factbook no longer lists, when no better date is known
DS_KS = "src.ds.kelley-simmons-ratification"

# org_id in CountrycodesOrgs.csv -> (organisation id, {org_member value -> role})
ORG_MAP = {
    "OSCE": ("org.osce", {"member": "participating_state", "partner": "partner_for_cooperation"}),
    "CE": ("org.coe", {"member": "member_state", "observer": "observer"}),
    "EU": ("org.eu", {"member": "member_state"}),
    # UN members and observer States: who can deposit an instrument with the UN Secretary-General
    # (the need function adds "not party to Palermo" only for them; Kosovo cannot be a party).
    "UN": ("org.un", {"member": "member_state", "observer": "observer"}),
}
# Sourced dates that override / complete the 2020 snapshot: (member, organisation) -> fields.
MEMBERSHIP_FACTS = {
    ("RUS", "org.coe"): dict(start="1996-02-28", end="2022-03-16", checked="seen",
                             sources=f"src.ref.eeas-russia-coe-2022;{DS_ORGS};{DS_ORGS_2026}",
                             note="Member in the CIA Factbook snapshots of January 2020 and (not updated) January 2026; joined "
                                  "28 Feb 1996 and ceased to be a member on 16 Mar 2022 (Committee of Ministers decision under "
                                  "Article 8 of the Statute), per EEAS, which is preferred."),
    ("GBR", "org.eu"): dict(end="2020-01-31", checked="seen", sources=f"src.ref.govnl-brexit;{DS_ORGS_2026}",
                            note="The January 2026 Factbook still lists 'EU' for the United Kingdom (not updated; the January "
                                 "2020 snapshot did not list it); the UK left the European Union on 31 Jan 2020 "
                                 "(Government of the Netherlands). Start not in these sources."),
}
# Organisations whose country memberships are curated in other files: the 2026 Factbook is only compared with them.
CHECK_ONLY = {"CBSS": "org.cbss", "SELEC": "org.selec"}
# Factbook token suffix -> the status words of the 2020 table ("OSCE (partner)" -> "partner").
TOKEN = re.compile(r"^(?P<org>[^(]+?)\s*(?:\((?P<status>[^)]*)\))?$")

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


def factbook_2026(shared, known: set[str], report: list[str]) -> dict[tuple[str, str, str], str]:
    """(iso3, organisation, role) -> raw token, from the January 2026 Factbook (ORG_MAP organisations only)."""
    by_gec = iso3_by_gec(shared)
    out, unmapped = {}, set()
    for r in read_csv(input_path(shared, "countries/current/factbook_2026_intl_org_participation.csv")):
        m = TOKEN.match(r["organization"].strip())
        if not m or m.group("org") not in ORG_MAP:
            continue
        org, roles = ORG_MAP[m.group("org")]
        status = (m.group("status") or "member").strip()
        gec = r["gec_file"].strip().rsplit("/", 1)[-1].split(".")[0].upper()
        iso3 = by_gec.get(gec)
        if iso3 not in known:
            unmapped.add(f"{gec} ({r['country'].strip()}) {r['organization'].strip()}")
            continue
        if status not in roles:
            report.append(f"2026: skipped {r['organization'].strip()} {iso3} (not a membership role)")
            continue
        out[(iso3, org, roles[status])] = r["organization"].strip()
    for u in sorted(unmapped):
        report.append(f"2026: no country for GEC {u} (EE is the Factbook's European Union entry)")
    return out


def compare_curated(shared, report: list[str]) -> None:
    """Report where the 2026 Factbook members of CHECK_ONLY differ from the member_state rows of data/memberships*.csv."""
    by_gec = iso3_by_gec(shared)
    fb = {org: set() for org in CHECK_ONLY.values()}
    for r in read_csv(input_path(shared, "countries/current/factbook_2026_intl_org_participation.csv")):
        org = CHECK_ONLY.get(r["organization"].strip())
        gec = r["gec_file"].strip().rsplit("/", 1)[-1].split(".")[0].upper()
        if org:
            fb[org].add(by_gec.get(gec, f"{gec}?"))
    for org, members in fb.items():
        cur = {k[0] for k in stated_elsewhere("memberships.countries.csv", ended=False)
               if k[1] == org and k[2] == "member_state"}
        report.append(f"{org} (curated elsewhere): Factbook 2026 only {sorted(members - cur)}; "
                      f"curated only {sorted(cur - members)}")


def stated_elsewhere(own: str, ended: bool = True) -> dict[tuple[str, str, str, str], str]:
    """(member, organisation, role, start) of the membership rows of the other data/memberships*.csv files."""
    out = {}
    for path in sorted(DATA.glob("memberships*.csv")):
        if path.name == own:
            continue
        for r in read_csv(path):
            if ended or not r["end"].strip():
                out[(r["member"].strip(), r["organisation"].strip(), r["role"].strip(), r["start"].strip())] = path.name
    return out


def memberships(shared, known: set[str]) -> tuple[list[dict], list[str]]:
    rows, report = [], []
    old = {}
    for r in read_csv(input_path(shared, "countries/CountrycodesOrgs.csv")):
        oid = r["org_id"].strip()
        if oid not in ORG_MAP:
            continue
        org, roles = ORG_MAP[oid]
        status = r["org_member"].strip()
        iso3 = r["ISO_3166_3"].strip()
        if status not in roles:
            report.append(f"2020: skipped {oid} {iso3} status '{status}' (not a membership role)")
            continue
        if iso3 not in known:
            report.append(f"2020: skipped {oid} {iso3}: not in countries")
            continue
        old[(iso3, org, roles[status])] = f"{oid} '{status}'"
    new = factbook_2026(shared, known, report)
    elsewhere = stated_elsewhere("memberships.countries.csv")
    seen = {}
    for key in sorted(set(old) | set(new)):
        iso3, org, role = key
        if key in old and key in new:
            row = dict(sources=f"{DS_ORGS_2026};{DS_GEC};{DS_ORGS}",
                       note=f"CIA World Factbook January 2026 ('{new[key]}') and January 2020 (CountrycodesOrgs.csv: {old[key]}).")
        elif key in new:
            row = dict(sources=f"{DS_ORGS_2026};{DS_GEC}",
                       note=f"CIA World Factbook January 2026 ('{new[key]}'); not in the January 2020 snapshot, so a member "
                            "since an unknown date after it (start unknown).")
            report.append(f"DIFF new in 2026: {iso3} {org} {role}")
        else:
            row = dict(end=NOT_LISTED_END, sources=f"{DS_ORGS};{DS_ORGS_2026};{DS_GEC}",
                       note=f"CIA World Factbook January 2020 (CountrycodesOrgs.csv: {old[key]}); not listed in January 2026, "
                            "so the end is given as 2026-01 (actual date unknown).")
            report.append(f"DIFF no longer listed in 2026: {iso3} {org} {role}")
        row = dict(member=iso3, organisation=org, role=role, start="", end="", checked="derived", **row)
        if (iso3, org) in MEMBERSHIP_FACTS:
            row.update(MEMBERSHIP_FACTS[(iso3, org)])
            report.append(f"sourced dates applied: {iso3} {org} {role} start={row['start'] or '?'} end={row['end'] or '-'}")
        dup = elsewhere.get((iso3, org, role, row["start"]))
        if dup:
            report.append(f"skipped {iso3} {org} {role}: the same membership is stated in {dup}")
            continue
        seen.setdefault(org, []).append(row)
        rows.append(row)
    # Compare the OSCE list with the 2025 osce.org navigation (seed page).
    ps = {r["member"] for r in seen.get("org.osce", []) if r["role"] == "participating_state" and not r["end"]}
    pt = {r["member"] for r in seen.get("org.osce", []) if r["role"] == "partner_for_cooperation" and not r["end"]}
    report.append(f"OSCE participating States: {len(ps)}; partners: {len(pt)}; "
                  f"only in the Factbook: {sorted(ps - set(OSCE_SEED_ISO3))}; only on osce.org 2025 menu: "
                  f"{sorted(set(OSCE_SEED_ISO3) - ps)}")
    for org in ("org.coe", "org.eu"):
        cur = [r for r in seen.get(org, []) if not r["end"]]
        report.append(f"{org}: {len(seen.get(org, []))} rows, {len(cur)} without an end")
    compare_curated(shared, report)
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
