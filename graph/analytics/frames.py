"""pandas helpers: findings as DataFrames for notebooks. The analytics themselves know no pandas."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .findings import Finding

_COLUMNS = [
    "kind",
    "subject",
    "score",
    "explanation",
    "evidence_nodes",
    "evidence_edges",
    "sources",
]


def findings_frame(findings: Iterable[Finding], *, details: bool = True) -> pd.DataFrame:
    """Return one row per finding, in the given order.

    Columns: ``kind``, ``subject`` (ids joined by `` | ``), ``score``, ``explanation``, the
    evidence counts and source ids, then (with `details`) one column per top-level key of
    ``details``. Parameters and snapshot are the same for a whole result, so they go in
    ``frame.attrs["params"]`` and ``frame.attrs["snapshot"]`` (of the first finding).
    """
    findings = list(findings)
    rows = []
    for f in findings:
        row = {
            "kind": f.kind,
            "subject": " | ".join(f.subject),
            "score": f.score,
            "explanation": f.explanation,
            "evidence_nodes": len(f.evidence.nodes),
            "evidence_edges": len(f.evidence.edges),
            "sources": ";".join(f.evidence.sources),
        }
        if details:
            row.update({k: v for k, v in f.details.items() if k not in row})
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
