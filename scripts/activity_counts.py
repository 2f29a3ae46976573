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
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.model import Programme
from ingest.folder import read_folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / "data",
                        help="the data folder (default: the bundled data/)")
    parser.add_argument("--today", default=dt.date.today().isoformat(),
                        help="the date that decides which field operations are current")
    args = parser.parse_args()
    data = read_folder(args.data)
    acts = [e for e in data.entities if isinstance(e, Programme) and e.kind and e.kind != "grant"]
    year = {p.id: (p.start or p.end or "")[:4] for p in acts}
    recent = [p for p in acts if year[p.id] >= "2015"]
    states = {r.start_id for r in data.relations if r.type == "MEMBER_OF"
              and r.end_id == "org.osce" and r.properties().get("role") == "participating_state"
              and not r.end}
    per_country = Counter(c for p in recent for c in p.countries)
    outside = [p for p in recent
               if p.implementers and not any(o.startswith("org.osce") for o in p.implementers)]
    print(f"curated activities: {len(acts)} ({sum(1 for p in acts if not year[p.id])} undated)")
    print(f"  dated 2015 or later: {len(recent)}, "
          f"of them 2022 or later: {sum(1 for p in recent if year[p.id] >= '2022')}")
    print(f"  participating States with 3 or more since 2015: "
          f"{sum(1 for s in states if per_country[s] >= 3)} of {len(states)}")
    print(f"  led by an implementer outside the OSCE since 2015: {len(outside)}")
    types = {e.id: getattr(e, "type", None) for e in data.entities}
    names = {e.id: getattr(e, "name", e.id) for e in data.entities}
    current = {r.start_id for r in data.relations if r.type == "OPERATES_IN"
               and types.get(r.start_id) == "field_operation" and (r.end or "9999") >= args.today}
    involved: Counter[str] = Counter()
    for p in acts:
        for org in {*p.implementers, *p.partners, *p.funders}:
            involved[org] += 1
    print("activities per current field operation and the Special Representative's office:")
    for org in sorted(current | {"org.osce-osr-cthb"}):
        print(f"  {involved[org]:4d}  {names.get(org, org)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
