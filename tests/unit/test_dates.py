"""Partial dates become the span of days they may mean."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graph.model import Programme
from graph.schema import PartialDate


@pytest.mark.parametrize(
    ("text", "lo", "hi", "precision"),
    [
        ("2004", "2004-01-01", "2004-12-31", "year"),
        ("2004-02", "2004-02-01", "2004-02-29", "month"),
        ("2005-02", "2005-02-01", "2005-02-28", "month"),
        ("1900-02", "1900-02-01", "1900-02-28", "month"),
        ("2000-02", "2000-02-01", "2000-02-29", "month"),
        ("2004-12", "2004-12-01", "2004-12-31", "month"),
        ("2004-07-23", "2004-07-23", "2004-07-23", "day"),
    ],
)
def test_parse_date_spans_the_days_a_partial_date_may_mean(text, lo, hi, precision) -> None:
    parsed = PartialDate.parse(text)
    assert parsed is not None
    assert (parsed.lo, parsed.hi, parsed.precision) == (lo, hi, precision)


@pytest.mark.parametrize("text", ["23/07/2004", "2004-13", "2004-02-30", "04", "2004-7-3", "x",
                                  "0000", "\u0662\u0660\u0660\u0664", "2004-07-23T00:00"])
def test_parse_date_rejects_malformed_dates(text: str) -> None:
    assert PartialDate.parse(text) is None


def test_a_record_keeps_an_interval_as_days_with_their_precision() -> None:
    """"2004" as a start is 1 January, as an end 31 December; a day stored with its precision
    (as a record is read back) keeps it."""
    p = Programme(id="prog.x", title="X", start="2004", end="2004-02")
    assert (p.start, p.start_precision, p.end, p.end_precision) == (
        "2004-01-01", "year", "2004-02-29", "month")
    again = Programme.model_validate(p.model_dump())
    assert (again.start, again.start_precision) == ("2004-01-01", "year")


def test_an_interval_may_not_end_before_it_starts_and_says_so_as_written() -> None:
    with pytest.raises(ValidationError) as caught:
        Programme(id="prog.x", title="X", start="2005", end="2004")
    [err] = caught.value.errors()
    assert err["msg"] == "a date not before start (2005)"
    assert err["ctx"]["field"] == "end" and err["ctx"]["got"] == "2004"
