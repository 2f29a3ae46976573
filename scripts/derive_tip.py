#!/usr/bin/env python3
"""Derive need indicators per country-year: US TIP report tiers and criminalisation level.

Writes data/indicators.tip.csv (and sources.derived.csv). See docs/indicators.md.
  tip_tier         from tip_reports/tip_tiers_orig.csv (Heiss & Kelley; TIP reports 2001-2015; 1999/2000 rows are NA)
  criminalisation  from tip_reports/map_criminalization.csv (Kelley, Scorecard Diplomacy; 2001 and 2014)
"""
from __future__ import annotations

from derive_common import input_path, iso_countries, parser, read_csv, write_csv, write_sources

# value in the data -> (value as published in the TIP report, score; higher = more need)
TIERS = {
    "Tier 1": ("Tier 1", "1"),
    "Tier 2": ("Tier 2", "2"),
    "Watchlist": ("Tier 2 Watch List", "2.5"),
    "Tier 3": ("Tier 3", "3"),
    "Special case": ("Special case", ""),
}
ISO_FIX = {"KOS": "XKX"}  # the data uses KOS for Kosovo; the project uses the user-assigned XKX
CRIM = {  # crim_level -> score = 2 - crim
    "No criminalization": ("No criminalization", "2"),
    "Partial criminalization": ("Partial criminalization", "1"),
    "Full criminalization": ("Full criminalization", "0"),
}


def main(argv=None):
    args = parser(__doc__.split("\n")[0]).parse_args(argv)
    known = set(iso_countries(args.shared)) | {"XKX"}
    rows, skipped = [], []
    for r in read_csv(input_path(args.shared, "tip_reports/tip_tiers_orig.csv")):
        tier, iso3 = r["tier"].strip(), ISO_FIX.get(r["iso"].strip(), r["iso"].strip())
        if tier in ("", "NA"):
            continue
        if iso3 not in known or tier not in TIERS:
            skipped.append(f"tip_tier {r['countryname']} {r['year']} {tier}")
            continue
        value, score = TIERS[tier]
        rows.append(dict(country=iso3, indicator="tip_tier", year=r["year"].strip(), value=value, score=score,
                         sources="src.ds.trenches-tip-tiers", checked="derived",
                         note="Tier placement in the US TIP report of that year (report year, covering the previous April-March)."))
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
    rows = sorted(unique.values(), key=lambda r: (r["indicator"], r["country"], int(r["year"])))
    write_csv(args.out / "indicators.tip.csv",
              ["country", "indicator", "year", "value", "score", "sources", "checked", "note"], rows)
    write_sources(args.out)
    for s in skipped:
        print("  skipped " + s)


if __name__ == "__main__":
    main()
