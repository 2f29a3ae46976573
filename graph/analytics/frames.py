"""pandas helpers: findings as DataFrames for notebooks. The analytics themselves know no pandas."""

from __future__ import annotations

import json
from collections.abc import Iterable

import pandas as pd

from .findings import Finding

_COLUMNS = [
    "rank",
    "kind",
    "score",
    "countries",
    "themes",
    "actors",
    "programmes",
    "explanation",
    "subject",
    "evidence_nodes",
    "evidence_edges",
    "sources",
]


def _flat(value: object) -> object:
    """A cell value a spreadsheet shows as it is: scalars kept, lists joined, the rest as JSON."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def findings_frame(findings: Iterable[Finding], *, details: bool = True) -> pd.DataFrame:
    """Return one row per finding, in the given order, with flat columns.

    Columns: ``rank``, ``kind``, ``score``, the names of the countries, themes, actors and
    programmes it is about (joined by ``; ``), ``explanation``, ``subject`` (ids joined by
    ``; ``), the evidence counts and source ids, then (with `details`) one column per
    top-level key of ``details`` prefixed ``details.`` (lists joined, nested values as JSON).
    Parameters and snapshot are the same for a whole result, so they go in
    ``frame.attrs["params"]`` and ``frame.attrs["snapshot"]`` (of the first finding).
    """
    findings = list(findings)
    rows = []
    for f in findings:
        row: dict[str, object] = {
            "rank": f.rank,
            "kind": f.kind,
            "score": f.score,
            "countries": "; ".join(r.name for r in f.about.countries),
            "themes": "; ".join(r.name for r in f.about.themes),
            "actors": "; ".join(r.name for r in f.about.actors),
            "programmes": "; ".join(r.name for r in f.about.programmes),
            "explanation": f.explanation,
            "subject": "; ".join(f.subject),
            "evidence_nodes": len(f.evidence.nodes),
            "evidence_edges": len(f.evidence.edges),
            "sources": "; ".join(f.evidence.sources),
        }
        if details:
            row.update({f"details.{k}": _flat(v) for k, v in f.details.items()})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=None if rows else _COLUMNS)
    if findings:
        frame.attrs["params"] = findings[0].params
        frame.attrs["snapshot"] = findings[0].snapshot
    return frame


def coverage_frame(findings: Iterable[Finding], *, value: str = "coverage") -> pd.DataFrame:
    """Return a country × theme table of one value of `coverage` (or `coverage_gaps`) findings.

    `value` is a key of the findings' details: ``coverage``, ``gap``, ``need`` or ``status``.
    Cells absent from the findings are NaN.
    """
    rows = [
        {"country": f.details["country"], "theme": f.details["theme"], value: f.details.get(value)}
        for f in findings
        if "theme" in f.details
    ]
    if not rows:
        return pd.DataFrame()
    return pd.DataFrame(rows).pivot(index="country", columns="theme", values=value)
