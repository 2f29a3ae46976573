"""Draw a random sample of hand-curated rows for a fact check, reproducibly.

    python scripts/sample_facts.py [--seed 20261204] [--n 30] [--data data]

The population is every row of the hand-curated files (not the derived ones: grants,
indicators, country tables), files sorted by name and rows in file order; the draw is
`random.Random(seed).sample(population, n)`. Each drawn row is printed with its file, row number
and every field, for a reviewer to check against the pages it cites. The 2026-12-01 samples used
seeds 20261204 (30 rows) and 20261211 (60 rows); a new check should take a new seed.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

CURATED = [
    "programmes.activities-*.csv", "organisations.activities-*.csv",
    "organisations.intl.csv", "organisations.osce.csv", "organisations.regional.csv",
    "people.*.csv", "events.*.csv", "mandates.*.csv", "mandates_held.*.csv",
    "memberships.intl.csv", "memberships.osce.csv", "memberships.regional.csv",
    "partnerships.*.csv", "participations.*.csv", "presences.*.csv", "ratifications.curated.csv",
    "ratifications.osce-states.csv",
]


def population(data: Path) -> list[tuple[str, int, dict[str, str]]]:
    files = sorted({f.name for pattern in CURATED for f in data.glob(pattern)})
    rows = []
    for name in files:
        with open(data / name, newline="", encoding="utf-8-sig") as fh:
            rows += [(name, i, row) for i, row in enumerate(csv.DictReader(fh), start=1)]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=20261204, help="the draw's seed")
    parser.add_argument("--n", type=int, default=30, help="rows to draw")
    parser.add_argument("--data", type=Path, default=Path("data"), help="the data folder")
    args = parser.parse_args()
    rows = population(args.data)
    print(f"# seed {args.seed}; {args.n} of {len(rows)} curated rows")
    for n, (name, i, row) in enumerate(random.Random(args.seed).sample(rows, args.n), start=1):
        print(f"{n:2d}\t{name}\trow {i}\t{row.get('id') or ''}")
        for key, value in row.items():
            if value:
                print(f"\t\t{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
