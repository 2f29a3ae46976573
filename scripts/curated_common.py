"""What the three curation scripts share: the column lists and the writer of one folder part.

The columns come from the project's own table definitions (`alliance.ingest.tables`), so a
curated file cannot drift from the format `alliance validate` checks.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from alliance.ingest.tables import TABLES as FORMAT  # noqa: E402

DATA = REPO / "data"
ACCESSED = "2026-11-28"
MIRROR = "mirror of the original; re-check against the publisher"
COLUMNS = {kind: table.names for kind, table in FORMAT.items()}
ENTITY_KINDS = {kind for kind, table in FORMAT.items() if table.entity is not None}


def ids_elsewhere(out: Path, part: str) -> dict[str, str]:
    """Ids that entity files of the folder other than `*.PART.csv` define, and where."""
    found: dict[str, str] = {}
    for path in sorted(out.glob("*.csv")):
        if path.name.endswith(f".{part}.csv") or path.name.split(".")[0] not in ENTITY_KINDS:
            continue
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("id"):
                    found[row["id"].strip()] = path.name
    return found


def write_part(part: str, tables: dict[str, list[dict]], doc: str,
               argv: list[str] | None = None) -> int:
    """The command line of a curation script: write `KIND.PART.csv` for every table.

    An entity whose id another part already defines is skipped (and said), so that two
    curators citing the same body do not make a duplicate; a duplicate within the part is an
    error.
    """
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DATA,
                    help=f"folder to write the *.{part}.csv files into (default: data/)")
    ap.add_argument("--keep-duplicates", action="store_true",
                    help="write entity rows even if another file already defines the id")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    elsewhere = {} if args.keep_duplicates else ids_elsewhere(args.out, part)
    for kind, rows in tables.items():
        seen: set[object] = set()
        out_rows = []
        for row in rows:
            key = row["id"] if kind in ENTITY_KINDS else tuple(row[c] for c in COLUMNS[kind][:3])
            if key in seen:
                print(f"error: duplicate {kind} record {key}", file=sys.stderr)
                return 1
            seen.add(key)
            if kind in ENTITY_KINDS and key in elsewhere:
                print(f"skipped {key}: already defined in {elsewhere[key]}", file=sys.stderr)
                continue
            out_rows.append(row)
        path = args.out / f"{kind}.{part}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS[kind], lineterminator="\n")
            writer.writeheader()
            writer.writerows(out_rows)
        print(f"{path.name}: {len(out_rows)} rows")
    return 0
