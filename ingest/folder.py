"""Read and validate a data folder of CSV files into a `Dataset`, collecting every error.

Nothing here writes anywhere: `read_folder` either returns a complete, consistent `Dataset`
or raises `InvalidData` with every problem found, each naming file, line, column, the value
and what was expected.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.errors import FieldError, InvalidData
from graph.model import (
    Dataset,
    NodeLabel,
    PartialDate,
    Record,
    Relation,
    RelType,
)
from ingest.tables import TABLES, Column, Table

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
SLUG_RE = re.compile(r"^[a-z0-9_]+$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTH_END = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def parse_date(text: str) -> PartialDate | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the span of days it may mean; None if malformed."""
    match = DATE_RE.match(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if month is None:
        return PartialDate(text=text, lo=f"{year:04d}-01-01", hi=f"{year:04d}-12-31",
                           precision="year")
    if not 1 <= month <= 12:
        return None
    last = 29 if (month == 2 and leap) else _MONTH_END[month]
    if day is None:
        return PartialDate(text=text, lo=f"{year:04d}-{month:02d}-01",
                           hi=f"{year:04d}-{month:02d}-{last:02d}", precision="month")
    if not 1 <= day <= last:
        return None
    return PartialDate(text=text, lo=text, hi=text, precision="day")


@dataclass
class Row:
    """One parsed row: where it came from and its typed values."""

    table: Table
    file: str
    line: int
    values: dict[str, Any]


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, file: str, line: int, column: str, got: object, expected: str) -> None:
        self.errors.append(FieldError(file, line, column, "" if got is None else str(got),
                                      expected))


def table_for(path: Path) -> Table | None:
    return TABLES.get(path.name.split(".")[0])


def _decode(path: Path, raw: bytes, errors: _Collector) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        errors.add(path.name, line, "", raw[exc.start : exc.start + 4].hex(" "),
                   "text encoded as UTF-8 (save the file as 'CSV UTF-8')")
        return None


def _convert(col: Column, text: str, file: str, line: int, errors: _Collector) -> Any:
    """Turn one cell into its typed value, or record why it cannot be."""
    def bad(expected: str) -> None:
        errors.add(file, line, col.name, text, expected)

    if col.kind == "list":
        return [part.strip() for part in text.split(";") if part.strip()]
    if col.kind in {"date", "start", "end"}:
        parsed = parse_date(text)
        if parsed is None:
            bad("a date written YYYY, YYYY-MM or YYYY-MM-DD")
        return parsed
    if col.kind == "number":
        try:
            value = float(text)
        except ValueError:
            bad("a number with '.' as decimal point and no thousands separator")
            return None
        if value != value or value in (float("inf"), float("-inf")):
            bad("a finite number")
            return None
        return value
    if col.kind == "int":
        if not re.fullmatch(r"-?\d+", text):
            bad("a whole number")
            return None
        return int(text)
    if col.kind == "bool":
        lowered = text.lower()
        if lowered not in {"yes", "no", "true", "false", "1", "0"}:
            bad("yes or no")
            return None
        return lowered in {"yes", "true", "1"}
    if col.kind == "enum":
        assert col.enum is not None
        allowed = [e.value for e in col.enum]
        if text not in allowed:
            bad("one of " + ", ".join(allowed))
            return None
        return text
    if col.kind == "id" and not ID_RE.match(text) and not ISO3_RE.match(text):
        bad("an id of lowercase letters, digits, '.', '_' or '-' (ISO3 for countries)")
        return None
    if col.kind == "country" and not ISO3_RE.match(text):
        bad("an ISO 3166-1 alpha-3 country code in capitals, e.g. AUT")
        return None
    if col.kind == "url" and not re.match(r"^https?://\S+$", text):
        bad("a web address starting with http:// or https://")
        return None
    if col.kind == "currency" and not CURRENCY_RE.match(text):
        bad("an ISO 4217 currency code, e.g. EUR or USD")
        return None
    if col.kind == "slug" and not SLUG_RE.match(text):
        bad("a lowercase name of letters, digits and '_'")
        return None
    return text


def _read_file(path: Path, table: Table, errors: _Collector) -> list[Row]:
    text = _decode(path, path.read_bytes(), errors)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return []  # an empty file is an empty table
    except csv.Error as exc:
        errors.add(path.name, 1, "", str(exc), "a CSV header row")
        return []
    columns = {c.name: c for c in table.columns}
    for name in header:
        if name not in columns:
            errors.add(path.name, 1, name, name,
                       f"only the columns of {table.kind}: " + ", ".join(table.names))
    for name in {h for h in header if header.count(h) > 1}:
        errors.add(path.name, 1, name, name, "each column once")
    missing = [c.name for c in table.columns if c.required and c.name not in header]
    for name in missing:
        errors.add(path.name, 1, name, "", f"a column named '{name}' (it is required)")
    if missing:
        return []
    rows: list[Row] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.add(path.name, line, "", str(exc), "well-formed CSV (check the quotes)")
            break
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            errors.add(path.name, line, "", f"{len(cells)} fields",
                       f"{len(header)} fields, one per column of the header")
            continue
        values: dict[str, Any] = {}
        for name, cell in zip(header, cells, strict=True):
            col = columns.get(name)
            cell = cell.strip()
            if col is None:
                continue
            if not cell:
                if col.required:
                    errors.add(path.name, line, name, "", "a value (the column is required)")
                continue
            value = _convert(col, cell, path.name, line, errors)
            if value is not None:
                values[name] = value
        rows.append(Row(table, path.name, line, values))
    return rows


def read_folder(folder: Path | str) -> Dataset:
    """Read every `KIND[.PART].csv` in `folder`; return a Dataset or raise InvalidData."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidData([FieldError(str(folder), 0, "", str(folder), "a folder of CSV files")])
    return read_files(sorted(folder.glob("*.csv")))


def read_files(paths: list[Path]) -> Dataset:
    """Read the given `KIND[.PART].csv` files as one folder; a Dataset or InvalidData."""
    errors = _Collector()
    rows: list[Row] = []
    for path in paths:
        table = table_for(path)
        if table is None:
            errors.add(path.name, 0, "", path.name,
                       "a file named after a known kind: " + ", ".join(sorted(TABLES)))
            continue
        rows.extend(_read_file(path, table, errors))
    return _assemble(rows, errors)


def _assemble(rows: list[Row], errors: _Collector) -> Dataset:
    entity_rows = [r for r in rows if r.table.entity is not None]
    relation_rows = [r for r in rows if r.table.rel is not None]

    # Indicators and name resolutions get ids from their natural keys.
    for row in entity_rows:
        if row.table.kind == "indicators" and {"country", "indicator", "year"} <= row.values.keys():
            v = row.values
            row.values["id"] = f"ind.{v['country'].lower()}.{v['indicator']}.{v['year']}"
        elif row.table.kind == "resolutions" and {"raw_name", "organisation"} <= row.values.keys():
            v = row.values
            key = f"{v['raw_name']}\x1f{v.get('context', '')}\x1f{v['organisation']}"
            row.values["id"] = "res." + hashlib.sha1(key.encode()).hexdigest()[:16]

    labels: dict[str, NodeLabel] = {}
    first_seen: dict[str, Row] = {}
    for row in entity_rows:
        rid = row.values.get("id")
        if rid is None:
            continue
        if rid in first_seen:
            prev = first_seen[rid]
            errors.add(row.file, row.line, "id", rid,
                       f"an id used once (already used at {prev.file}:{prev.line})")
            continue
        first_seen[rid] = row
        assert row.table.entity is not None
        labels[rid] = row.table.entity.label
    source_ids = {i for i, lab in labels.items() if lab == NodeLabel.SOURCE}

    for row in rows:
        _check_row(row, labels, source_ids, errors)
    _check_duplicate_relations(relation_rows, errors)
    _check_cycles(entity_rows, "organisations", "parent", errors)
    _check_cycles(entity_rows, "themes", "parent", errors)

    entities: list[Record] = []
    relations: list[Relation] = []
    for row in entity_rows:
        if row.values.get("id") is None or first_seen.get(row.values["id"]) is not row:
            continue
        record = _build_entity(row, errors)
        if record is not None:
            entities.append(record)
            relations.extend(_entity_edges(row, labels))
    for row in relation_rows:
        relations.extend(_build_relation(row, labels))
    if errors.errors:
        raise InvalidData(errors.errors)
    return Dataset(entities=entities, relations=relations)


def _check_row(row: Row, labels: dict[str, NodeLabel], source_ids: set[str],
               errors: _Collector) -> None:
    table, v = row.table, row.values
    for col in table.columns:
        if col.name not in v:
            continue
        targets = v[col.name] if isinstance(v[col.name], list) else [v[col.name]]
        if col.kind == "country" or (col.refs == (NodeLabel.COUNTRY,)):
            for t in targets:
                if labels.get(t) != NodeLabel.COUNTRY:
                    errors.add(row.file, row.line, col.name, t,
                               "an ISO 3166-1 alpha-3 code of a country in countries*.csv")
        elif col.refs and col.name != "sources":
            for t in targets:
                if labels.get(t) not in col.refs:
                    kinds = " or ".join(label.value.lower() for label in col.refs)
                    article = "an" if kinds[0] in "aeiou" else "a"
                    errors.add(row.file, row.line, col.name, t,
                               f"the id of {article} {kinds} defined in this folder")
    if table.sourced:
        if not v.get("sources"):
            errors.add(row.file, row.line, "sources", "",
                       "at least one source id from sources*.csv (every fact has a source)")
        if "checked" not in v:
            errors.add(row.file, row.line, "checked", "",
                       "how the record was checked: seen, inferred, derived or ingested")
    for sid in v.get("sources", []):
        if sid not in source_ids:
            errors.add(row.file, row.line, "sources", sid, "the id of a source in sources*.csv")
    start, end = v.get("start"), v.get("end")
    if isinstance(start, PartialDate) and isinstance(end, PartialDate) and end.hi < start.lo:
        errors.add(row.file, row.line, "end", end.text, f"a date not before start ({start.text})")


def _relation_key(row: Row) -> tuple[Any, ...]:
    """What makes two relationship rows the same fact: kind, ends, distinguishing columns, dates."""
    def text(value: Any) -> str:
        return value.text if isinstance(value, PartialDate) else str(value or "")

    table, v = row.table, row.values
    return (table.kind, text(v.get(table.start or "")), text(v.get(table.end or "")),
            *(text(v.get(d)) for d in table.discriminators if d not in ("start", "end")),
            text(v.get("start")), text(v.get("end")))


def _check_duplicate_relations(rows: list[Row], errors: _Collector) -> None:
    """A relationship stated twice (same kind, ends, role/kind and dates) is reported with both
    places instead of being merged silently: one of the two is a copy, or a date is missing."""
    first: dict[tuple[Any, ...], Row] = {}
    for row in rows:
        key = _relation_key(row)
        if key in first:
            prev = first[key]
            errors.add(row.file, row.line, row.table.start or "", " → ".join(key[1:3]),
                       f"a {row.table.kind} row stated once (the same kind, ends and dates as "
                       f"{prev.file}:{prev.line}): remove one, or tell them apart by their dates")
        else:
            first[key] = row


def _check_cycles(rows: list[Row], kind: str, column: str, errors: _Collector) -> None:
    parent = {r.values["id"]: (r.values[column], r) for r in rows
              if r.table.kind == kind and "id" in r.values and column in r.values}
    reported: set[str] = set()
    for start in parent:
        path, node = [], start
        while node in parent and node not in path:
            path.append(node)
            node = parent[node][0]
        if node in path:
            cycle = path[path.index(node):]
            if reported.isdisjoint(cycle):
                reported.update(cycle)
                row = parent[cycle[0]][1]
                errors.add(row.file, row.line, column, parent[cycle[0]][0],
                           "a parent that is not part of its own descendants (cycle: "
                           + " → ".join([*cycle, cycle[0]]) + ")")


def _build_entity(row: Row, errors: _Collector) -> Record | None:
    table = row.table
    assert table.entity is not None
    data: dict[str, Any] = {}
    for key, value in row.values.items():
        if isinstance(value, PartialDate):
            if key in {"start", "end"}:
                data[key] = value.lo if key == "start" else value.hi
                data[f"{key}_precision"] = value.precision
            else:
                data[key] = value.text
        else:
            data[key] = value
    if table.kind == "organisations":
        data["origin"] = "dataset"
    try:
        return table.entity.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            column = str(err["loc"][0]) if err["loc"] else ""
            errors.add(row.file, row.line, column, row.values.get(column), err["msg"])
        return None


def _provenance(row: Row) -> dict[str, Any]:
    return {k: row.values[k] for k in ("sources", "checked", "note") if k in row.values}


def _entity_edges(row: Row, labels: dict[str, NodeLabel]) -> list[Relation]:
    out = []
    rid = row.values["id"]
    for edge in row.table.edges:
        targets = row.values.get(edge.column)
        if targets is None:
            continue
        for target in targets if isinstance(targets, list) else [targets]:
            if target not in labels:
                continue
            a, b = (target, rid) if edge.reverse else (rid, target)
            props = dict(edge.props)
            out.append(Relation(
                type=edge.type, start_label=labels[a], start_id=a,
                end_label=labels[b], end_id=b, props=props,
                discriminator="|".join(v for _, v in edge.props), **_provenance(row),
            ))
    if row.table.kind == "indicators":
        out.append(Relation(type=RelType.HAS_INDICATOR, start_label=NodeLabel.COUNTRY,
                            start_id=row.values["country"], end_label=NodeLabel.INDICATOR,
                            end_id=rid, **_provenance(row)))
    if row.table.kind == "resolutions":
        out.append(Relation(type=RelType.RESOLVES_TO, start_label=NodeLabel.NAME_RESOLUTION,
                            start_id=rid, end_label=NodeLabel.ORGANISATION,
                            end_id=row.values["organisation"]))
    return out


def _build_relation(row: Row, labels: dict[str, NodeLabel]) -> list[Relation]:
    table, v = row.table, row.values
    assert table.rel is not None and table.start and table.end
    a, b = v.get(table.start), v.get(table.end)
    if a not in labels or b not in labels:
        return []
    start, end = v.get("start"), v.get("end")
    props: dict[str, Any] = {}
    for name in table.props:
        value = v.get(name)
        props[name] = value.text if isinstance(value, PartialDate) else value
    if isinstance(start, PartialDate):
        props["start_precision"] = start.precision
    if isinstance(end, PartialDate):
        props["end_precision"] = end.precision
    discriminator = "|".join(
        (v[d].text if isinstance(v.get(d), PartialDate) else str(v.get(d, "")))
        for d in table.discriminators
    )
    return [Relation(
        type=table.rel, start_label=labels[a], start_id=a, end_label=labels[b], end_id=b,
        start=start.lo if isinstance(start, PartialDate) else None,
        end=end.hi if isinstance(end, PartialDate) else None,
        props=props, discriminator=discriminator, **_provenance(row),
    )]
