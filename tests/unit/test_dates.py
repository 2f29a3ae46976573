"""Partial dates become the span of days they may mean."""

from __future__ import annotations

import pytest

from ingest.folder import parse_date


@pytest.mark.parametrize(
    ("text", "lo", "hi", "precision"),
    [
        ("2004", "2004-01-01", "2004-12-31", "year"),
        ("2004-02", "2004-02-01", "2004-02-29", "month"),
        ("2005-02", "2005-02-01", "2005-02-28", "month"),
        ("1900-02", "1900-02-01", "1900-02-28", "month"),
        ("2004-07-23", "2004-07-23", "2004-07-23", "day"),
    ],
)
def test_parse_date_spans_the_days_a_partial_date_may_mean(text, lo, hi, precision) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.lo, parsed.hi, parsed.precision) == (lo, hi, precision)


@pytest.mark.parametrize("text", ["23/07/2004", "2004-13", "2004-02-30", "04", "2004-7-3", "x"])
def test_parse_date_rejects_malformed_dates(text: str) -> None:
    assert parse_date(text) is None
