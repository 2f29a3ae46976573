"""List the curated rows that no field-by-field audit has checked yet, so the next audit starts there.

    python scripts/unchecked_rows.py [--data data] [--ledgers docs/fact-checks] [--summary]

The population is the one `sample_facts.py` draws from. A row counts as checked when an audit
ledger (`docs/fact-checks/rows-*.tsv`, `audit-*.tsv`: tab-separated, with `file` and `id`
columns) names it by its key: its `id`, or for a relation row without one
`first -> second (third)`, its first three columns (member, organisation, role; participant,
event, role…), with a verdict other than `open`. Prints one line per unchecked row (file, row number, key); `--summary` prints the
count per file instead.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_facts import population

ROOT = Path(__file__).resolve().parents[1]


def row_key(row: dict[str, str]) -> str:
    """The key an audit ledger names a row by."""
    if row.get("id"):
        return row["id"]
    first, second, third = [*row.values(), "", "", ""][:3]
    return f"{first} -> {second} ({third})"


def checked_keys(ledgers: Path) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for path in sorted([*ledgers.glob("rows-*.tsv"), *ledgers.glob("audit-*.tsv")]):
        with open(path, newline="", encoding="utf-8") as fh:
            for line in csv.DictReader(fh, delimiter="\t"):
                # An open verdict is a row still wrong: the next audit starts with it.
                if line.get("file") and line.get("id") and not (
                        line.get("verdict") or "").startswith("open"):
                    keys.add((line["file"], line["id"]))
    return keys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder")
    parser.add_argument("--ledgers", type=Path, default=ROOT / "docs" / "fact-checks",
                        help="the folder of audit ledgers")
    parser.add_argument("--summary", action="store_true", help="counts per file only")
    args = parser.parse_args()
    rows = population(args.data)
    done = checked_keys(args.ledgers)
    left = [(name, i, row_key(row)) for name, i, row in rows if (name, row_key(row)) not in done]
    if args.summary:
        print(f"# {len(rows) - len(left)} of {len(rows)} curated rows checked; {len(left)} left")
        for name, n in sorted(Counter(name for name, _, _ in left).items()):
            print(f"{n}\t{name}")
    else:
        for name, i, key in left:
            print(f"{name}\t{i}\t{key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
