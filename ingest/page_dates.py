"""Dates as releases write them: one day, a range of days or months, 'today', 'until August'.

Pure. `find_dates(text, base)` returns every date or range in `text`, each as the first and
last day it may mean with its precision (day or month), as the data format stores dates;
`base` is the page's own date, which gives 'today' and 'yesterday' their day and a date
written without its year ('on 12 May') its year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_M = r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d\d"
_TO = r"\s*(?:[-–—]|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_PATTERNS = (
    # 31 March – 1 April 2025; 15–16 April 2024; from 11 to 14 June 2024; 18 and 19 April
    ("days", re.compile(rf"\b(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?(?:\s+(?P<y1>{_Y}))?{_TO}"
                        rf"(?P<d2>{_D})\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?")),
    # April 15-16, 2024
    ("days", re.compile(rf"\b(?P<m2>{_M})\s+(?P<d1>{_D})\s*[-–—]\s*(?P<d2>{_D}),?\s+(?P<y2>{_Y})")),
    # from April to September 2022; January 2025 to December 2027
    ("months", re.compile(rf"\b(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?{_TO}(?P<m2>{_M})\s+(?P<y2>{_Y})")),
    # until August 2025
    ("until", re.compile(rf"\b(?:until|till|through|to)\s+(?:(?P<d2>{_D})\s+)?(?P<m2>{_M})"
                         rf"\s+(?P<y2>{_Y})")),
    # 23 July 2004; 12 May
    ("day", re.compile(rf"\b(?P<d1>{_D})\s+(?P<m1>{_M})(?:,?\s+(?P<y1>{_Y}))?")),
    # July 23, 2004
    ("day", re.compile(rf"\b(?P<m1>{_M})\s+(?P<d1>{_D}),\s+(?P<y1>{_Y})")),
    # 2004-07-23
    ("day", re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")),
    # in June 2024
    ("month", re.compile(rf"\b(?P<m1>{_M})\s+(?P<y1>{_Y})\b")),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|this week)\b", re.I)),
)


@dataclass(frozen=True)
class DateSpan:
    """A date or a range as written; `start` and `end` are ISO days."""

    text: str
    at: int
    start: str | None
    end: str
    start_precision: str | None
    end_precision: str
    kind: str  # days, months, until, day, month, relative

    @property
    def is_range(self) -> bool:
        return self.start != self.end


def parse_date(text: str) -> str | None:
    """'23 July 2004', 'July 23, 2004', '2004-07-23' (or an ISO timestamp) as an ISO day.

    >>> parse_date("16 April 2024"), parse_date("2023-12-15T09:00:00Z"), parse_date("soon")
    ('2024-04-16', '2023-12-15', None)
    """
    text = text.strip().strip("\"'")
    if re.match(r"^\d{4}-\d\d-\d\dT", text):
        text = text[:10]
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _month(word: str | None) -> int | None:
    return MONTHS.get(word.lower().rstrip(".")) if word else None


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _last(year: int, month: int) -> str:
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def find_dates(text: str, base: str | None = None, offset: int = 0) -> list[DateSpan]:
    """Every date and range in `text`, left to right; a place already read by a longer
    pattern is not read again, and a date without its year is read only with `base`.

    >>> [(d.start, d.end) for d in find_dates("on 15–16 April 2024, not on 31 March – 1 April")]
    [('2024-04-15', '2024-04-16')]
    >>> [(d.start, d.end) for d in find_dates("31 March – 1 April", "2025-03-28")]
    [('2025-03-31', '2025-04-01')]
    >>> [(d.start, d.end, d.end_precision) for d in find_dates("from April to September 2022")]
    [('2022-04-01', '2022-09-30', 'month')]
    >>> [d.start for d in find_dates("closed today", "2024-04-16")]
    ['2024-04-16']
    """
    base_day = date.fromisoformat(base) if base else None
    taken: list[tuple[int, int]] = []
    out: list[DateSpan] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            span = _read(kind, m, base_day)
            taken.append((m.start(), m.end()))
            if span is None:
                continue
            out.append(DateSpan(m.group(0), offset + m.start(), *span, kind))
    return sorted(out, key=lambda d: d.at)


def _read(kind: str, m: re.Match[str], base: date | None
          ) -> tuple[str | None, str, str | None, str] | None:
    groups = m.groupdict()
    if kind == "relative":
        if base is None:
            return None
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "this week": 0}[
            groups["rel"].lower()]
        day = (base + timedelta(days=shift)).isoformat()
        return day, day, "day", "day"
    if groups.get("iso"):
        return groups["iso"], groups["iso"], "day", "day"
    year2 = int(groups["y2"]) if groups.get("y2") else None
    year1 = int(groups["y1"]) if groups.get("y1") else None
    year = year2 or year1 or (base.year if base else None)
    if year is None:
        return None
    m1, m2 = _month(groups.get("m1")), _month(groups.get("m2"))
    if kind == "days":
        end = _iso(year, m2 or 1, _day(groups["d2"]))
        start_month = m1 or m2 or 1
        start_year = year1 or (year - 1 if start_month > (m2 or 1) and not year1 else year)
        start = _iso(start_year, start_month, _day(groups["d1"]))
        return (start, end, "day", "day") if start and end else None
    if kind == "months":
        start_year = year1 or (year - 1 if (m1 or 1) > (m2 or 1) else year)
        return (_iso(start_year, m1 or 1, 1), _last(year, m2 or 12), "month", "month")
    if kind == "until":
        if groups.get("d2"):
            end = _iso(year, m2 or 1, _day(groups["d2"]))
            return (None, end, None, "day") if end else None
        return None, _last(year, m2 or 12), None, "month"
    if kind == "month":
        return _iso(year, m1 or 1, 1), _last(year, m1 or 12), "month", "month"
    one = _iso(year, m1 or 1, _day(groups["d1"]))
    return (one, one, "day", "day") if one else None
