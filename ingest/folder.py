"""Read and validate a data folder of CSV files into a `Dataset`, collecting every error.

Each row becomes its record through the domain model, which types and checks every cell
(`graph/schema.py`); what is left here is the CSV itself (encoding, header, field counts, `;`
lists) and the checks across rows: ids unique, references and sources that exist, no cycles
of parents, no relationship stated twice. Nothing here writes anywhere: `read_folder` either
returns a complete, consistent `Dataset` or raises `InvalidData` with every problem found, each
naming file, line, column, the value and what was expected.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.errors import FieldError, InvalidData, excerpt
from graph.model import Dataset, NodeLabel, Record, Relation
from graph.relations import Link, entity_relations
from ingest.tables import TABLES, Table

# Who created the node, for records a reader creates rather than an analyst states.
ORIGIN = {"organisations": "dataset"}
# Control characters (tab and line breaks aside, which a quoted cell may hold) and the two
# non-characters: XML cannot hold them, terminals act on them, and no name needs them.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass
class Row:
    """One row: where it came from, its cells as written, and the record they make (if valid)."""

    table: Table
    file: str
    line: int
    cells: dict[str, str | list[str]]  # non-empty cells; a list column's items split at ';'
    record: Record | Link | None = None
    failed: set[str] = field(default_factory=set)  # columns whose cell is not valid

    @property
    def values(self) -> dict[str, str | list[str]]:
        """The valid cells, for the checks across rows."""
        return {k: v for k, v in self.cells.items() if k not in self.failed}

    @property
    def id(self) -> str | None:
        if isinstance(self.record, Record):
            return self.record.id  # some kinds derive it (indicators, resolutions)
        value = self.values.get("id")
        return value if isinstance(value, str) else None


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, file: str, line: int, column: str, got: object, expected: str) -> None:
        # A bad value is quoted, not echoed whole: a cell may hold 100 KB.
        self.errors.append(FieldError(file, line, excerpt(column),
                                      "" if got is None else excerpt(str(got)), expected))


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


def control_character(text: str) -> str | None:
    r"""Where `text` holds a control character, in words; None if it holds none.

    >>> control_character("Org\x1b[31m"), control_character("Line one\nline two")
    ('U+001B (ESCAPE) at character 4', None)
    """
    found = CONTROL_RE.search(text)
    if found is None:
        return None
    char = found.group()
    name = unicodedata.name(char, "") or {"\x00": "NULL", "\x1b": "ESCAPE"}.get(char, "control")
    return f"U+{ord(char):04X} ({name}) at character {found.start() + 1}"


def _not_regular(path: Path) -> str | None:
    """What `path` is, if it is not a regular file (or a link to one) that can be read."""
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return f"a file that cannot be read ({exc.strerror})"
    if stat.S_ISLNK(mode):
        try:
            mode = path.stat().st_mode
        except OSError:
            return "a link to nothing"
    if stat.S_ISDIR(mode):
        return "a folder"
    if not stat.S_ISREG(mode):
        return "a special file (a pipe, a socket or a device)"
    return None


def _read_file(path: Path, table: Table, errors: _Collector) -> list[Row]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        errors.add(path.name, 0, "", f"a file that cannot be read ({exc.strerror})",
                   "a readable CSV file")
        return []
    text = _decode(path, raw, errors)
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
        if (where := control_character(name)) is not None:
            errors.add(path.name, 1, "", name, f"a column name without control characters "
                       f"(found {where})")
        elif name not in columns:
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
        values: dict[str, str | list[str]] = {}
        refused: set[str] = set()
        for name, cell in zip(header, cells, strict=True):
            col = columns.get(name)
            if col is None:
                continue
            if (where := control_character(cell)) is not None:
                errors.add(path.name, line, name, cell,
                           f"text without control characters (found {where})")
                refused.add(name)
                continue
            cell = cell.strip()
            if not cell:
                continue
            values[name] = ([part.strip() for part in cell.split(";") if part.strip()]
                            if col.is_list else cell)
        row = Row(table, path.name, line, values, failed=set(refused))
        _validate(row, errors, already=refused)
        rows.append(row)
    return rows


def _validate(row: Row, errors: _Collector, already: set[str] | None = None) -> None:
    """Make the row's record through the model, reporting each cell that is not valid
    (a cell `already` refused is not reported again as missing)."""
    data: dict[str, Any] = dict(row.cells)
    if row.table.kind in ORIGIN:
        data["origin"] = ORIGIN[row.table.kind]
    try:
        row.record = row.table.record.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            ctx = err.get("ctx") or {}
            column = str(err["loc"][0]) if err["loc"] else str(ctx.get("field", ""))
            got = ctx.get("got", err["input"] if isinstance(err["input"], str) else "")
            if already and column in already:
                continue
            row.failed.add(column)
            errors.add(row.file, row.line, column, got, _expected(row.table, column, err))


def _expected(table: Table, column: str, err: Any) -> str:
    """What was expected, in the words of the folder format (the model's, for its own checks)."""
    if err["type"] == "missing":
        return "a value (the column is required)"
    col = next((c for c in table.columns if c.name == column), None)
    if err["type"] == "enum" and col is not None and col.enum is not None:
        return "one of " + ", ".join(e.value for e in col.enum)
    return str(err["msg"])


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
        what = _not_regular(path)
        if what is not None:
            errors.add(path.name, 0, "", what, "a regular CSV file")
            continue
        if table is None:
            errors.add(path.name, 0, "", path.name,
                       "a file named after a known kind: " + ", ".join(sorted(TABLES)))
            continue
        rows.extend(_read_file(path, table, errors))
    return _assemble(rows, errors)


def _assemble(rows: list[Row], errors: _Collector) -> Dataset:
    entity_rows = [r for r in rows if not r.table.is_link]
    link_rows = [r for r in rows if r.table.is_link]

    labels: dict[str, NodeLabel] = {}
    first_seen: dict[str, Row] = {}
    for row in entity_rows:
        rid = row.id
        if rid is None:
            continue
        if rid in first_seen:
            prev = first_seen[rid]
            errors.add(row.file, row.line, "id", rid,
                       f"an id used once (already used at {prev.file}:{prev.line})")
            continue
        first_seen[rid] = row
        assert row.table.label is not None
        labels[rid] = row.table.label
    source_ids = {i for i, lab in labels.items() if lab == NodeLabel.SOURCE}

    for row in rows:
        _check_row(row, labels, source_ids, errors)
    _check_duplicate_relations(link_rows, errors)
    for table in TABLES.values():
        for col in table.columns:
            # A record that names another of its own kind as its parent: no cycles.
            if table.label and not col.is_list and col.refs == (table.label,):
                _check_cycles(entity_rows, table.kind, col.name, errors)
    if errors.errors:
        raise InvalidData(errors.errors)

    entities: list[Record] = []
    relations: list[Relation] = []
    for row in entity_rows:
        assert isinstance(row.record, Record)
        entities.append(row.record)
        relations.extend(entity_relations(row.record, labels))
    for row in link_rows:
        assert isinstance(row.record, Link)
        a, b = (getattr(row.record, end) for end in row.record.ends)
        relations.append(row.record.relation(labels[a], labels[b]))
    return Dataset(entities=entities, relations=relations)


def _check_row(row: Row, labels: dict[str, NodeLabel], source_ids: set[str],
               errors: _Collector) -> None:
    table, v = row.table, row.values
    for col in table.columns:
        if not col.refs or col.name not in v:
            continue
        value = v[col.name]
        for t in value if isinstance(value, list) else [value]:
            if col.refs == (NodeLabel.SOURCE,):
                if t not in source_ids:
                    errors.add(row.file, row.line, col.name, t,
                               "the id of a source in sources*.csv")
            elif col.refs == (NodeLabel.COUNTRY,):
                if labels.get(t) != NodeLabel.COUNTRY:
                    errors.add(row.file, row.line, col.name, t,
                               "an ISO 3166-1 alpha-3 code of a country in countries*.csv")
            elif labels.get(t) not in col.refs:
                kinds = " or ".join(label.value.lower() for label in col.refs)
                article = "an" if kinds[0] in "aeiou" else "a"
                errors.add(row.file, row.line, col.name, t,
                           f"the id of {article} {kinds} defined in this folder")
    if table.sourced:
        if not row.cells.get("sources"):
            errors.add(row.file, row.line, "sources", "",
                       "at least one source id from sources*.csv (every fact has a source)")
        if "checked" not in row.cells:
            errors.add(row.file, row.line, "checked", "",
                       "how the record was checked: seen, inferred, derived or ingested")


def _relation_key(row: Row) -> tuple[str, ...]:
    """What makes two relationship rows the same fact: kind, ends, distinguishing columns, dates."""
    link = row.table.record
    assert issubclass(link, Link)

    def text(name: str) -> str:
        value = row.cells.get(name, "")
        return value if isinstance(value, str) else ";".join(value)

    return (row.table.kind, *(text(e) for e in link.ends),
            *(text(d) for d in link.key if d not in ("start", "end")), text("start"), text("end"))


def _check_duplicate_relations(rows: list[Row], errors: _Collector) -> None:
    """A relationship stated twice (same kind, ends, role/kind and dates) is reported with both
    places instead of being merged silently: one of the two is a copy, or a date is missing."""
    first: dict[tuple[str, ...], Row] = {}
    for row in rows:
        key = _relation_key(row)
        if key in first:
            prev = first[key]
            ends = row.table.ends
            assert ends is not None
            errors.add(row.file, row.line, ends[0], " → ".join(key[1:3]),
                       f"a {row.table.kind} row stated once (the same kind, ends and dates as "
                       f"{prev.file}:{prev.line}): remove one, or tell them apart by their dates")
        else:
            first[key] = row


def _check_cycles(rows: list[Row], kind: str, column: str, errors: _Collector) -> None:
    parent: dict[str, tuple[str, Row]] = {}
    for r in rows:
        target = r.values.get(column)
        if r.table.kind == kind and r.id is not None and isinstance(target, str):
            parent[r.id] = (target, r)
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
