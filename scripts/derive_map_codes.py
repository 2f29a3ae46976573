#!/usr/bin/env python3
"""Derive the table that joins the vendored world map to the graph's countries.

world-atlas (Natural Earth) names each country by its ISO 3166-1 numeric code; the graph uses
ISO3. This reads data/raw/countries/all.csv (lukes/ISO-3166-Countries-with-Regional-Codes, the
same input as derive_countries.py; see data/raw/README.md) and writes
viz/static/world-atlas/iso-numeric.csv (numeric,iso3). Natural Earth shapes with no numeric
code are joined by name in `viz.geo` (Kosovo → XKX).

    python3 scripts/derive_map_codes.py
"""
from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "raw" / "countries" / "all.csv"
OUT = ROOT / "viz" / "static" / "world-atlas" / "iso-numeric.csv"


def main() -> None:
    with SOURCE.open(encoding="utf-8", newline="") as f:
        rows = sorted((r["country-code"], r["alpha-3"]) for r in csv.DictReader(f))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["numeric", "iso3"])
        w.writerows(rows)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(rows)} countries)")


if __name__ == "__main__":
    main()
