"""Print the figures the data issue asks of the curated activities, read from a data folder.

    python scripts/activity_counts.py [--data data] [--today 2026-12-01]

Without Neo4j: activities (curated programmes, not grants) dated 2015 or later and 2022 or later
(by start, else end), the participating States with at least 3 of them, how many are led by an
implementer outside the OSCE, and how many activities each current field operation and the
Special Representative's office implement, partner or fund (any year). The thresholds are
checked by tests/unit/test_bundled_data.py; this prints the figures behind them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.activity_figures import activity_figures
from ingest.folder import read_folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / "data",
                        help="the data folder (default: the bundled data/)")
    parser.add_argument("--today", default=dt.date.today().isoformat(),
                        help="the date that decides which field operations are current")
    args = parser.parse_args()
    data = read_folder(args.data)
    figures = activity_figures(data, args.today)
    names = {e.id: getattr(e, "name", e.id) for e in data.entities}
    print(f"curated activities: {figures.activities} ({figures.undated} undated)")
    print(f"  dated 2015 or later: {figures.since_2015}, of them 2022 or later: "
          f"{figures.since_2022}")
    print(f"  participating States with 3 or more since 2015: "
          f"{sum(1 for n in figures.per_state.values() if n >= 3)} of {len(figures.per_state)}")
    print(f"  led by an implementer outside the OSCE since 2015: {figures.led_outside_osce}")
    print("activities per current field operation and the Special Representative's office:")
    for org, n in figures.per_osce_body.items():
        print(f"  {n:4d}  {names.get(org, org)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
