"""What a field of the domain model holds beyond its Python type: markers and the checks they make.

The records of `model.py` and `relations.py` declare each field once, as
``Annotated[type, marker, ...]``. A marker either says what a value refers to (`Ref`), which
relationship a field becomes (`Edge`) or that a field is never stated in data (`Derived`), or it
also validates the value (`Id`, `CountryCode`, `Url`, `Currency`, `Slug`, `Date`, `Interval`), or
turns a text into the field's type (`WholeNumber`, `Number`, `YesNo`).
Readers derive their formats from these markers (see `ingest/tables.py`); a failed check is a
pydantic error of type ``expected`` whose message says what was expected, in words a person
editing a spreadsheet understands.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, model_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError, core_schema

from graph.vocabulary import NodeLabel, RelType

# `[0-9]`, not `\d`: `\d` also matches other scripts' digits, which no reader downstream expects.
ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")
ISO3_RE = re.compile(r"[A-Z]{3}")
SLUG_RE = re.compile(r"[a-z0-9_]+")
URL_RE = re.compile(r"https?://\S+")
DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
WHOLE_RE = re.compile(r"-?[0-9]+")
NUMBER_RE = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
YES, NO = frozenset({"yes", "true", "1"}), frozenset({"no", "false", "0"})


def expected(what: str, got: object, **ctx: Any) -> PydanticCustomError:
    """The error of a value that is not `what` (`got` is the offending value, for messages)."""
    # The message is a template: braces in `what` would be read as placeholders.
    return PydanticCustomError("expected", what.replace("{", "(").replace("}", ")"),
                               {"got": got, **ctx})


# --- dates ---------------------------------------------------------------------------------


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day: `lo` and `hi` are the first and last ISO
    days it may mean, so that intervals compare as plain strings (a programme that ends "2004"
    is still running on 2004-07-23)."""

    text: str
    lo: str
    hi: str
    precision: Precision

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits) as the span of days; None if not.

        >>> PartialDate.parse("2004-02").hi
        '2004-02-29'
        >>> PartialDate.parse("2005-02-29") is None
        True
        """
        match = DATE_RE.fullmatch(text)
        if not match:
            return None
        y, m, d = (int(g) if g else None for g in match.groups())
        assert y is not None
        try:
            if m is None:
                return cls(text, date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat(),
                           Precision.YEAR)
            first = date(y, m, 1)
            if d is None:
                # The last day of the month: the day before the first of the next one.
                following = date(y + m // 12, m % 12 + 1, 1)
                last = date.fromordinal(following.toordinal() - 1)
                return cls(text, first.isoformat(), last.isoformat(), Precision.MONTH)
            return cls(text, date(y, m, d).isoformat(), text, Precision.DAY)
        except ValueError:  # month 13, 30 February, year 0
            return None


def bound_text(day: str | None, precision: str | None) -> str:
    """The date as it was written, from the day a bound was stored as and its precision."""
    if day is None:
        return ""
    return {Precision.YEAR: day[:4], Precision.MONTH: day[:7]}.get(Precision(precision or "day"),
                                                                    day)


# --- markers -------------------------------------------------------------------------------


class _Check:
    """A marker that validates each text of the value: the value itself or each item of a list."""

    what: ClassVar[str]

    def accepts(self, text: str) -> bool:
        raise NotImplementedError

    def __get_pydantic_core_schema__(self, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self._validate, handler(source))

    def _validate(self, value: Any) -> Any:
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and not self.accepts(text):
                raise expected(self.what, text)
        return value


class _Pattern(_Check):
    pattern: ClassVar[re.Pattern[str]]

    def accepts(self, text: str) -> bool:
        return self.pattern.fullmatch(text) is not None


class Ref:
    """The value (or each item of a list) is the id of a record with one of these labels."""

    def __init__(self, *labels: NodeLabel) -> None:
        self.labels = labels

    def __repr__(self) -> str:
        return f"Ref({', '.join(self.labels)})"


class Id(_Check):
    what = "an id of lowercase letters, digits, '.', '_' or '-' (ISO3 for countries)"

    def accepts(self, text: str) -> bool:
        return bool(ID_RE.fullmatch(text) or ISO3_RE.fullmatch(text))


class CountryCode(Ref, _Pattern):
    """An ISO 3166-1 alpha-3 code, which is also the id of the country's record."""

    what = "an ISO 3166-1 alpha-3 country code in capitals, e.g. AUT"
    pattern = ISO3_RE

    def __init__(self) -> None:
        super().__init__(NodeLabel.COUNTRY)


class Url(_Pattern):
    what = "a web address starting with http:// or https://"
    pattern = URL_RE


class Currency(_Pattern):
    what = "an ISO 4217 currency code, e.g. EUR or USD"
    pattern = ISO3_RE


class Slug(_Pattern):
    what = "a lowercase name of letters, digits and '_'"
    pattern = SLUG_RE


class Date(_Check):
    """A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), kept as written."""

    what = "a date written YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits"

    def accepts(self, text: str) -> bool:
        return PartialDate.parse(text) is not None


class Interval(Date):
    """One bound of the record's interval: a partial date stored as the first day it may mean
    (`start`) or the last (`end`), its precision in the field `<name>_precision`."""

    def __init__(self, bound: Literal["start", "end"]) -> None:
        self.bound = bound


class Derived:
    """Filled by a reader or computed from other fields: never stated by hand in a data folder."""


@dataclass(frozen=True)
class Edge:
    """The field (an id, or a list of ids) also becomes a relationship of `type` from the record
    to each id it names (`reverse`: from the id to the record). Where a typed relationship record
    exists for `type` (`relations.LINKS`), the edge is that record, with the `fixed` values
    (e.g. role ``lead``); `sourced=False`: the edge does not carry the record's sources."""

    type: RelType
    reverse: bool = False
    fixed: tuple[tuple[str, str], ...] = ()
    sourced: bool = True


def edge(rel: RelType, *, reverse: bool = False, sourced: bool = True, **fixed: str) -> Edge:
    return Edge(rel, reverse, tuple(fixed.items()), sourced)


M = TypeVar("M")


def marker(field: FieldInfo, kind: type[M]) -> M | None:
    """The field's marker of this kind, if it has one."""
    return next((m for m in field.metadata if isinstance(m, kind)), None)


def marked(model: type[BaseModel], kind: type[M]) -> Iterator[tuple[str, FieldInfo, M]]:
    """Each field of the model with a marker of this kind: its name, the field and the marker."""
    for name, field in model.model_fields.items():
        found = marker(field, kind)
        if found is not None:
            yield name, field, found


@cache
def _intervals(model: type[BaseModel]) -> tuple[tuple[str, Interval], ...]:
    # Asked on every validation of every record: found once per class.
    return tuple((name, interval) for name, _, interval in marked(model, Interval))


# --- conversions of values that may arrive as text ----------------------------------------


class _Convert:
    """A marker that turns a text into the field's type before pydantic checks it."""

    def convert(self, value: Any) -> Any:
        raise NotImplementedError

    def __get_pydantic_core_schema__(self, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_before_validator_function(self.convert, handler(source))


class WholeNumber(_Convert):
    def convert(self, value: Any) -> Any:
        if isinstance(value, str):
            if not WHOLE_RE.fullmatch(value):
                raise expected("a whole number in ASCII digits (e.g. 2010)", value)
            return int(value)
        return value


class Number(_Convert):
    """A finite number; as text, with '.' as decimal point (no thousands separator)."""

    def convert(self, value: Any) -> Any:
        if isinstance(value, str):
            if NUMBER_RE.fullmatch(value):
                value = float(value)
            else:
                # `nan`, `infinity`, `1_000` and other scripts' digits all land here
                raise expected("a number in ASCII digits with '.' as decimal point and no "
                               "thousands separator (e.g. 1000.5)", value)
        if isinstance(value, float) and not math.isfinite(value):
            raise expected("a finite number", value)
        return value


class YesNo(_Convert):
    """A truth value; as text yes/no, true/false or 1/0 (in any case)."""

    def convert(self, value: Any) -> Any:
        if isinstance(value, str):
            lowered = value.lower()
            if lowered not in YES | NO:
                raise expected("yes or no", value)
            return lowered in YES
        return value


# --- the base of every record --------------------------------------------------------------


class Marked(BaseModel):
    """A record whose fields carry the markers above: interval bounds given as partial dates
    become days with a precision, and an interval may not end before it starts."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    @model_validator(mode="before")
    @classmethod
    def _bounds_to_days(cls, data: Any) -> Any:
        intervals = _intervals(cls)
        if not isinstance(data, dict) or not intervals:
            return data
        data = dict(data)
        for name, interval in intervals:
            value, precision = data.get(name), f"{name}_precision"
            parsed = PartialDate.parse(value) if isinstance(value, str) else None
            if parsed is None:
                continue  # left for the field's own check to report
            if parsed.precision == Precision.DAY and data.get(precision):
                continue  # a day stored with the precision it was written at
            data[name] = parsed.lo if interval.bound == "start" else parsed.hi
            data[precision] = parsed.precision
        return data

    @model_validator(mode="after")
    def _ends_after_start(self) -> Marked:
        bounds = {i.bound: name for name, i in _intervals(type(self))}
        if {"start", "end"} <= bounds.keys():
            start, end = getattr(self, bounds["start"]), getattr(self, bounds["end"])
            if start and end and end < start:
                text = bound_text(start, getattr(self, f"{bounds['start']}_precision"))
                got = bound_text(end, getattr(self, f"{bounds['end']}_precision"))
                raise expected(f"a date not before start ({text})", got, field=bounds["end"])
        return self
