#!/usr/bin/env python3
"""Derive need indicators per country-year: US TIP report tiers and criminalisation level.

Writes data/indicators.tip.csv (and sources.derived.csv). See docs/indicators.md.
  tip_tier         editions 2001-2015 from tip_reports/tip_tiers_orig.csv (Heiss & Kelley; 1999/2000 rows are NA);
                   edition 2025 (all tiers) from tip_reports/current/tip_2025_tier_placements.csv;
                   Tier 2 Watch List and Tier 3 of editions 2020 and 2022-2025 from
                   tip_reports/current/tip_watchlist_tier3_by_edition.csv (CIA World Factbook; its 2014/2015 lists
                   cross-check the Heiss & Kelley rows and add a country-edition those lack);
                   editions named by a report link in tip_reports/current/tip_country_tier_text_history.csv
                   (Factbook country pages: 2024, 2025, incl. the 2025 special cases).
                   A country-edition that no file lists gets no row: no tier is inferred.
  criminalisation  from tip_reports/map_criminalization.csv (Kelley, Scorecard Diplomacy; 2001 and 2014)
"""
from __future__ import annotations

import re
from collections import defaultdict

from derive_common import (
    fold,
    input_path,
    iso3_by_gec,
    iso3_by_name,
    iso_countries,
    parser,
    read_csv,
    write_csv,
    write_sources,
)

# value in the data -> (value as published in the TIP report, score; higher = more need)
TIERS = {
    "Tier 1": ("Tier 1", "1"),
    "Tier 2": ("Tier 2", "2"),
    "Watchlist": ("Tier 2 Watch List", "2.5"),
    "Tier 2 Watch List": ("Tier 2 Watch List", "2.5"),
    "Tier 3": ("Tier 3", "3"),
    "Special case": ("Special case", ""),
}
ISO_FIX = {"KOS": "XKX"}  # the data uses KOS for Kosovo; the project uses the user-assigned XKX
CRIM = {  # crim_level -> score = 2 - crim
    "No criminalization": ("No criminalization", "2"),
    "Partial criminalization": ("Partial criminalization", "1"),
    "Full criminalization": ("Full criminalization", "0"),
}
# Country names of the State Department / Factbook lists that the ISO names of all.csv spell differently.
TIP_NAMES = {
    "bahamas the": "BHS", "cote divoire": "CIV", "bolivia": "BOL", "brunei": "BRN", "burma": "MMR", "congo republic of": "COG",
    "republic of congo": "COG", "republic of the congo": "COG", "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD", "cote d ivoire": "CIV", "gambia the": "GMB", "the gambia": "GMB",
    "hong kong s a r": "HKG", "macau s a r": "MAC", "macau": "MAC", "iran": "IRN", "laos": "LAO", "moldova": "MDA",
    "korea democratic republic of": "PRK",  # so spelled in the 2025 table; the DPRK is the one on Tier 3
    "north korea": "PRK", "democratic people s republic of korea": "PRK", "people s republic of china": "CHN",
    "kosovo": "XKX", "netherlands": "NLD", "russia": "RUS", "sint maarten": "SXM", "syria": "SYR", "taiwan": "TWN",
    "tanzania": "TZA", "turkey turkiye": "TUR", "united kingdom": "GBR", "united states": "USA", "venezuela": "VEN",
    "vietnam": "VNM",
}
NOTE_YEAR = "Tier placement in the US TIP report of that year (report year, covering the previous April-March)."
WL_SRC = "src.ds.factbook-tip-watchlist"
HIST_SRC = "src.ds.factbook-tip-text-history"
P2025_SRC = "src.ds.tip-2025-tier-placements"
EDITION_URL = re.compile(r"state\.gov/reports/(\d{4})-trafficking-in-persons-report")


def tier_label(raw: str) -> str:
    raw = raw.strip()
    if raw.lower() == "tier 2 watch list":
        return "Tier 2 Watch List"
    if raw.lower().startswith("special case") or raw.lower().startswith("special category"):
        return "Special case"
    return raw


def recent_tiers(shared, known: set[str], report: list[str]) -> dict[tuple[str, str], dict]:
    """(iso3, edition) -> {"tier": value, "sources": {dataset ids}, "notes": [...]} from the three 'current' files."""
    by_name = iso3_by_name(shared)
    by_gec = iso3_by_gec(shared)

    def iso3(name: str) -> str | None:
        k = fold(name.replace("&nbsp;", " "))
        c = TIP_NAMES.get(k) or by_name.get(k)
        return c if c in known else None

    found: dict[tuple[str, str], dict] = {}
    conflicts = []

    def add(c, year, tier, src, note):
        cell = found.setdefault((c, year), {"tier": tier, "sources": set(), "notes": []})
        if cell["tier"] != tier:
            conflicts.append(f"{c} {year}: {cell['tier']} ({'/'.join(sorted(cell['sources']))}) vs {tier} ({src})")
            return
        cell["sources"].add(src)
        if note and note not in cell["notes"]:
            cell["notes"].append(note)

    for r in read_csv(input_path(shared, "tip_reports/current/tip_2025_tier_placements.csv")):
        c = iso3(r["country_as_published"])
        if not c:
            report.append(f"tip_2025_tier_placements: unmapped country {r['country_as_published']!r}")
            continue
        add(c, r["tip_report_edition"].strip(), tier_label(r["tier"]), P2025_SRC, "")
    for r in read_csv(input_path(shared, "tip_reports/current/tip_watchlist_tier3_by_edition.csv")):
        c = iso3(r["country"])
        if not c:
            report.append(f"tip_watchlist_tier3_by_edition: unmapped country {r['country']!r}")
            continue
        add(c, r["tip_report_edition"].strip(), tier_label(r["tier"]), WL_SRC,
            f"Factbook world/xx.json at commit {r['factbook_commit'].strip()[:8]} ({r['commit_date'].strip()}).")
    skipped_hist = 0
    for r in read_csv(input_path(shared, "tip_reports/current/tip_country_tier_text_history.csv")):
        m = EDITION_URL.search(r["tier_rating_text"])
        if not m:  # no link to an edition: the text's first year is not the edition (see the source's note)
            skipped_hist += 1
            continue
        gec = r["gec_file"].strip().rsplit("/", 1)[-1].split(".")[0].upper()
        c = by_gec.get(gec)
        if c not in known:
            report.append(f"tip_country_tier_text_history: unmapped GEC {gec} ({r['country']})")
            continue
        tier = tier_label(r["tier"] or r["tier_rating_text"])
        if tier not in TIERS:
            report.append(f"tip_country_tier_text_history: no tier in {r['country']} {m.group(1)}: {r['tier_rating_text'][:60]!r}")
            continue
        add(c, m.group(1), tier, HIST_SRC,
            f"Factbook {r['gec_file'].strip()} at commit {r['example_commit'].strip()[:8]} "
            f"(text seen {r['first_seen_commit_date'].strip()} to {r['last_seen_commit_date'].strip()}).")
    report.append(f"tip_country_tier_text_history: {skipped_hist} rows without a link to a report edition not used")
    report.extend("CONFLICT (row dropped) " + c for c in conflicts)
    return found


def main(argv=None):
    args = parser(__doc__.split("\n")[0]).parse_args(argv)
    known = set(iso_countries(args.shared)) | {"XKX"}
    rows, skipped, report = [], [], []
    for r in read_csv(input_path(args.shared, "tip_reports/tip_tiers_orig.csv")):
        tier, iso3 = r["tier"].strip(), ISO_FIX.get(r["iso"].strip(), r["iso"].strip())
        if tier in ("", "NA"):
            continue
        if iso3 not in known or tier not in TIERS:
            skipped.append(f"tip_tier {r['countryname']} {r['year']} {tier}")
            continue
        value, score = TIERS[tier]
        rows.append(dict(country=iso3, indicator="tip_tier", year=r["year"].strip(), value=value, score=score,
                         sources="src.ds.trenches-tip-tiers", checked="derived", note=NOTE_YEAR))
    for r in read_csv(input_path(args.shared, "tip_reports/map_criminalization.csv")):
        level, iso3 = r["crim_level"].strip(), ISO_FIX.get(r["iso3"].strip(), r["iso3"].strip())
        if level not in CRIM or iso3 not in known:
            skipped.append(f"criminalisation {iso3} {r['year']} {level!r}")
            continue
        value, score = CRIM[level]
        note = "Score = 2 - crim (0 none, 1 partial, 2 full), so higher means more need."
        if r["crim"].strip() in ("", "NA"):
            note += " The numeric crim column is NA in the source; the value is its crim_level label."
        rows.append(dict(country=iso3, indicator="criminalisation", year=r["year"].strip(), value=value, score=score,
                         sources="src.ds.scorecard-criminalization", checked="derived", note=note))
    # The source repeats a few country-years word for word (e.g. Somalia 2001): keep one.
    unique = {(r["indicator"], r["country"], r["year"]): r for r in rows}

    # Editions after 2015. The Factbook lists of 2014 and 2015 only cross-check the Heiss & Kelley rows.
    recent = recent_tiers(args.shared, known, report)
    checks = defaultdict(lambda: [0, []])
    added = defaultdict(int)
    for (c, year), cell in sorted(recent.items()):
        value, score = TIERS[cell["tier"]]
        old = unique.get(("tip_tier", c, year))
        if old:  # editions 2014 and 2015: Heiss & Kelley rows exist
            if old["value"] == value:
                checks[year][0] += 1
                old["sources"] += ";" + ";".join(sorted(cell["sources"]))
                old["note"] += " The CIA World Factbook's list of this edition agrees (src.ds.factbook-tip-watchlist)."
            else:  # keep the Heiss & Kelley row, say so
                checks[year][1].append(f"{c}: Factbook {value} vs Heiss & Kelley {old['value']}")
                old["note"] += f" DISAGREE: the CIA World Factbook's list of this edition gives {value}."
            continue
        if int(year) <= 2015:
            checks[year][1].append(f"{c}: Factbook {value}, no Heiss & Kelley row (row added)")
        sources = [f"src.usdos-tip-report-{year}" if int(year) > 2015 else "src.usdos-tip-report", *sorted(cell["sources"])]
        note = NOTE_YEAR + " " + " ".join(cell["notes"])
        if cell["tier"] == "Special case":
            note += " Not ranked: the report treats the country as a special case, so the score is empty."
        unique[("tip_tier", c, year)] = dict(country=c, indicator="tip_tier", year=year, value=value, score=score,
                                              sources=";".join(sources), checked="derived", note=note.strip())
        added[(year, value)] += 1
    rows = sorted(unique.values(), key=lambda r: (r["indicator"], r["country"], int(r["year"])))
    write_csv(args.out / "indicators.tip.csv",
              ["country", "indicator", "year", "value", "score", "sources", "checked", "note"], rows)
    write_sources(args.out)
    for s in skipped:
        print("  skipped " + s)
    for line in report:
        print("  " + line)
    for year, (n, bad) in sorted(checks.items()):
        print(f"  edition {year}: Factbook Watch List/Tier 3 list agrees with Heiss & Kelley for {n} countries "
              f"(source added to their rows); otherwise {len(bad)}: {bad}")
    for (year, value), n in sorted(added.items()):
        print(f"  added tip_tier {year} {value}: {n}")


if __name__ == "__main__":
    main()
