#!/usr/bin/env python3
"""Derive need indicators from the Walk Free Global Slavery Index, editions 2016, 2018 and 2023.

Reads need/gsi/gsi_{2016,2018,2023}_country_data.csv (copies in Jaina007/slavery_capstone of Walk Free's country
tables) and writes data/indicators.gsi.csv (and sources.derived.csv). See docs/indicators.md.

  gsi_prevalence           victims of modern slavery per 1,000 population (2016: the file gives a percentage of the
                           population, converted here to per 1,000); score = min(prevalence / 20, 1)
  gsi_vulnerability        total vulnerability score, 0-100; score = vulnerability / 100
  gsi_government_response  total government response, % (2016: total score out of 100 after the deduction for
                           corruption or state-sanctioned forced labour, with the rating); score = 1 - response / 100,
                           clipped to [0, 1] (a few totals are below 0)

`year` is the edition year. A country-edition whose cell is empty gets no row.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from derive_common import (
    fold,
    input_path,
    iso3_by_name,
    iso_countries,
    parser,
    read_csv,
    write_csv,
    write_sources,
)

# Country names of the GSI tables that the ISO names of all.csv (derive_common.iso3_by_name) spell differently,
# mapped by hand.  Keys are fold()ed names; "c te d ivoire" and "t rkiye" are the files' broken encodings
# (U+FFFD for ô and ü).
GSI_NAMES = {
    "bolivia": "BOL", "brunei": "BRN", "cape verde": "CPV", "czech republic": "CZE", "ivory coast": "CIV",
    "cte d ivoire": "CIV", "democratic republic of the congo": "COD", "republic of the congo": "COG",
    "hong kong sar china": "HKG", "hong kong china": "HKG", "iran": "IRN", "kosovo": "XKX", "laos": "LAO",
    "lao pdr": "LAO", "macedonia": "MKD", "macedonia the former yugoslav republic of": "MKD", "moldova": "MDA",
    "netherlands": "NLD", "north korea": "PRK", "south korea": "KOR", "russia": "RUS", "swaziland": "SWZ",
    "syria": "SYR", "taiwan": "TWN", "taiwan china": "TWN", "tanzania": "TZA", "turkey": "TUR", "trkiye": "TUR",
    "united kingdom": "GBR", "united states": "USA", "venezuela": "VEN", "vietnam": "VNM",
}

# edition -> file and the columns read (the headers differ per edition; several end in a space).
EDITIONS = {
    "2016": dict(file="need/gsi/gsi_2016_country_data.csv", country="Country",
                 prevalence="ESTIMATED PROPORTION OF POPULATION IN MODERN SLAVERY",
                 vulnerability="Mean Vulnerability ", response="Total score (AA - AC)",
                 response_gross="Total score (/100)",
                 deduction="Corruption or state sanctioned forced labour score (/-2)", rating="CREDIT rating",
                 estimates=""),
    "2018": dict(file="need/gsi/gsi_2018_country_data.csv", country="Country ",
                 prevalence="Est. prevalence of population in modern slavery (victims per 1,000 population)",
                 vulnerability="Final overall (normalised, weighted) vulnerability score", response="TOTAL",
                 rating="Credit rating", estimates="2016"),
    "2023": dict(file="need/gsi/gsi_2023_country_data.csv", country="Country",
                 prevalence="Estimated prevalence of modern slavery per 1,000 population",
                 vulnerability="Total Vulnerability score (%)", response="Government response total (%)",
                 estimates="2021"),
}
PREVALENCE_CAP = Decimal(20)  # per 1,000: at or above it the score is 1
DS = "src.ds.slavery-capstone-gsi"


def num(s: str) -> Decimal | None:
    s = s.strip()
    if not s:
        return None
    try:
        return Decimal(s)
    except ArithmeticError:
        return None


def text(d: Decimal) -> str:
    """Decimal as plain text without exponent or trailing zeros ('11.3', '1', '0.2')."""
    s = format(d.normalize(), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def score(d: Decimal) -> str:
    return text(min(max(d, Decimal(0)), Decimal(1)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def main(argv=None):
    args = parser(__doc__.split("\n")[0]).parse_args(argv)
    known = set(iso_countries(args.shared)) | {"XKX"}
    by_name = iso3_by_name(args.shared)
    rows, report, unmapped = [], [], set()
    for year, ed in EDITIONS.items():
        srcs = f"src.walkfree-gsi-{year};{DS}"
        seen = {}
        base = f"Walk Free, Global Slavery Index {year}" + (f" (estimates for {ed['estimates']})." if ed["estimates"] else ".")
        for r in read_csv(input_path(args.shared, ed["file"])):
            name = r[ed["country"]].strip()
            if not name:  # blank rows and the footnote row at the end of the 2016 table
                continue
            k = fold(name)
            iso3 = GSI_NAMES.get(k) or by_name.get(k)
            if iso3 not in known:
                unmapped.add(f"{year} {name!r}")
                continue
            if iso3 in seen:
                report.append(f"{year}: {name!r} and {seen[iso3]!r} both map to {iso3}; the second is skipped")
                continue
            seen[iso3] = name
            found = []  # (indicator, value, score, note)

            prev = num(r[ed["prevalence"]])
            if prev is not None:
                note = f"Score = min(prevalence / {PREVALENCE_CAP}, 1)."
                if year == "2016":
                    pct = prev
                    prev = prev * 10
                    note = (f"The 2016 table gives the estimated proportion of the population in modern slavery as a "
                            f"percentage ({text(pct)}%); value converted to victims per 1,000 population (x 10). " + note)
                    if text(pct) == "1.13" and iso3 in ("AFG", "IRQ", "LBY", "SOM", "SYR", "YEM"):
                        note += (" The six conflict countries Afghanistan, Iraq, Libya, Somalia, Syria and Yemen all carry "
                                 "1.13% in this table, which suggests a common imputed figure rather than a survey estimate.")
                found.append(("gsi_prevalence", text(prev), score(prev / PREVALENCE_CAP), note))
            vul = num(r[ed["vulnerability"]])
            if vul is not None:
                col = ed["vulnerability"].strip()
                found.append(("gsi_vulnerability", text(vul), score(vul / 100),
                              f"Column '{col}' (0-100). Score = vulnerability / 100."))
            resp = num(r[ed["response"]])
            if resp is not None:
                rating = r.get(ed.get("rating", ""), "").strip()
                if year == "2016":
                    note = (f"Total government response score out of 100 after the deduction for corruption or "
                            f"state-sanctioned forced labour (column 'Total score (AA - AC)': "
                            f"{text(num(r[ed['response_gross']]) or Decimal(0))} minus "
                            f"{text(abs(num(r[ed['deduction']]) or Decimal(0)))}); the 2016 index also rates it {rating or 'without a rating'} (AAA best .. D worst).")
                else:
                    note = "Total government response (%)."
                    if rating:
                        note += f" Rating {rating} (AAA best .. D worst)."
                    if rating.endswith("*"):
                        note += " The asterisk: a government that arrested victims could not be rated above BBB."
                note += " Score = 1 - response / 100, clipped to [0, 1]"
                note += " (this total is below 0, so the score is 1)." if resp < 0 else "."
                found.append(("gsi_government_response", text(resp), score(1 - resp / 100), note))
            for indicator, value, sc, note in found:
                rows.append(dict(country=iso3, indicator=indicator, year=year, value=value, score=sc,
                                 sources=srcs, checked="derived", note=f"{base} {note}".strip()))
    rows.sort(key=lambda r: (r["indicator"], r["country"], int(r["year"])))
    write_csv(args.out / "indicators.gsi.csv",
              ["country", "indicator", "year", "value", "score", "sources", "checked", "note"], rows)
    write_sources(args.out)
    for line in sorted(unmapped):
        print(f"  unmapped country name (add it to GSI_NAMES): {line}")
    for line in report:
        print("  " + line)
    counts = {}
    for r in rows:
        counts[(r["indicator"], r["year"])] = counts.get((r["indicator"], r["year"]), 0) + 1
    for (ind, year), n in sorted(counts.items()):
        print(f"  {ind} {year}: {n} rows")


if __name__ == "__main__":
    main()
