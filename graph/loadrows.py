"""The rows a load writes, read off a validated `Dataset` once: nodes by label, relationships
by shape, and the content hash of the whole, all from one dump of each record.

Dumping a record (pydantic) and serialising it for the hash are most of what a load costs in
Python; `prepare` does each once per record, where grouping and hashing separately did both
twice, and serialises with orjson, a tenth of the standard library's time a row
(`benchmarks/load.py` measures the loader's client CPU).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import orjson

from graph import gcpolicy
from graph.model import Dataset, NodeLabel, Record, Relation

NodeRows = dict[NodeLabel, dict[str, dict[str, Any]]]  # label → id → properties
#: (type, start label, end label) → id → {id, start, end, props}
RelationRows = dict[tuple[str, str, str], dict[str, dict[str, Any]]]


def node_row(record: Record) -> dict[str, Any]:
    props = record.properties()
    if "aliases" in props:
        # The full-text index reads one string per property; lists are joined for it.
        props["alias_text"] = " | ".join(props["aliases"])
    if "name" not in props and "title" in props:
        props["name"] = props["title"]
    return {"id": record.id, "props": props}


def relation_row(rel: Relation) -> dict[str, Any]:
    props = rel.properties()
    # props["id"], not rel.id: the property hashes the natural key each time it is read
    return {"id": props["id"], "start": rel.start_id, "end": rel.end_id, "props": props}


_PLAIN = frozenset({str, int, float, bool})
_DATES = frozenset({dt.date, dt.datetime})


def json_safe(props: dict[str, Any]) -> dict[str, Any]:
    """`props` as JSON (and Neo4j) give them back: dates and the like as text."""
    # Claims are compared with what Neo4j and JSON give back; keep them in that form. Most
    # records hold only plain values and dates (as `default=str` writes them): the JSON
    # round trip is for the others.
    out = None
    for key, value in props.items():
        kind = type(value)
        if kind in _PLAIN or (kind is list and all(type(v) in _PLAIN for v in value)):
            continue
        if isinstance(value, str):  # an enum of text: JSON writes its text
            text = str.__str__(value)
        elif kind in _DATES:
            text = str(value)
        else:
            return json.loads(json.dumps(props, default=str))
        if out is None:
            out = dict(props)
        out[key] = text
    return props if out is None else out


def _line(row: dict[str, Any]) -> bytes:
    """The row's text in the content hash: JSON, keys sorted (its values are `json_safe`)."""
    try:
        return orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # an integer past 64 bits, or the like: the standard library's text
        return json.dumps(row, sort_keys=True).encode()


@dataclass
class Prepared:
    nodes: NodeRows
    relations: RelationRows
    content_hash: str


def prepare(dataset: Dataset) -> Prepared:
    """The rows of `dataset` as a load writes them (`_prepare`), the collector paused."""
    # Rows are dicts and lists without cycles; each collection would walk the dataset's
    # hundreds of thousands of records (a third of the time at 600,000: docs/loading.md).
    with gcpolicy.paused():
        return _prepare(dataset)


def _prepare(dataset: Dataset) -> Prepared:
    """The rows of `dataset` as a load writes them (each keyed by id: of two rows with one id
    the last wins, as it would in a file read top down; their properties in the form Neo4j
    gives back), and its content hash (every row, in a sorted order: the same records in
    another order hash the same)."""
    lines: list[bytes] = []
    by_label: NodeRows = defaultdict(dict)
    for entity in dataset.entities:
        row = node_row(entity)
        row["props"] = json_safe(row["props"])
        lines.append(_line(row))
        by_label[entity.label][row["id"]] = row["props"]
    node_lines = sorted(lines)
    lines = []
    by_shape: RelationRows = defaultdict(dict)
    for rel in dataset.relations:
        row = relation_row(rel)
        row["props"] = json_safe(row["props"])
        lines.append(_line(row))
        by_shape[(rel.type, rel.start_label, rel.end_label)][row["id"]] = row
    digest = hashlib.sha256()
    for line in node_lines:
        digest.update(line)
    for line in sorted(lines):
        digest.update(line)
    return Prepared(by_label, by_shape, digest.hexdigest())


def group(dataset: Dataset) -> tuple[NodeRows, RelationRows]:
    """The rows of `dataset` as a load writes them (`prepare`, without the hash)."""
    prepared = prepare(dataset)
    return prepared.nodes, prepared.relations


def content_hash(dataset: Dataset) -> str:
    return prepare(dataset).content_hash
