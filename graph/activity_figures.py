"""How much the curated activities of a dataset cover: the figures the data issue asks for.

Pure counting over a `Dataset` (no Neo4j). `scripts/activity_counts.py` prints them and
`tests/unit/test_bundled_data.py` holds the bundled data to its thresholds with them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graph.model import Dataset, Programme


@dataclass(frozen=True)
class ActivityFigures:
    activities: int
    undated: int
    since_2015: int
    since_2022: int
    #: participating State -> its activities dated 2015 or later
    per_state: dict[str, int]
    led_outside_osce: int
    #: current field operations and the Special Representative's office -> the activities
    #: (any year) they implement, partner or fund
    per_osce_body: dict[str, int]


SPECIAL_REPRESENTATIVE = "org.osce-osr-cthb"


def activity_figures(data: Dataset, today: str) -> ActivityFigures:
    """Count the curated programmes (not grants) by start year (else end year), per
    participating State, by lead outside the OSCE, and per OSCE field operation working on
    `today`."""
    acts = [e for e in data.entities if isinstance(e, Programme) and e.kind and e.kind != "grant"]
    year = {p.id: (p.start or p.end or "")[:4] for p in acts}
    recent = [p for p in acts if year[p.id] >= "2015"]
    states = {r.start_id for r in data.relations if r.type == "MEMBER_OF"
              and r.end_id == "org.osce" and r.properties().get("role") == "participating_state"}
    per_country = Counter(c for p in recent for c in p.countries)
    types = {e.id: getattr(e, "type", None) for e in data.entities}
    current = {r.start_id for r in data.relations if r.type == "OPERATES_IN"
               and types.get(r.start_id) == "field_operation" and (r.end or "9999") >= today}
    involved: Counter[str] = Counter()
    for p in acts:
        for org in {*p.implementers, *p.partners, *p.funders}:
            involved[org] += 1
    return ActivityFigures(
        activities=len(acts),
        undated=sum(1 for p in acts if not year[p.id]),
        since_2015=len(recent),
        since_2022=sum(1 for p in recent if year[p.id] >= "2022"),
        per_state={s: per_country[s] for s in sorted(states)},
        led_outside_osce=sum(1 for p in recent if p.implementers
                             and not any(o.startswith("org.osce") for o in p.implementers)),
        per_osce_body={o: involved[o] for o in sorted(current | {SPECIAL_REPRESENTATIVE})},
    )
