"""The rows a load writes, read off a validated `Dataset` once: nodes by label, relationships
by shape, and the content hash of the whole, all from one dump of each record.

Dumping a record (pydantic) and serialising it for the hash are most of what a load costs in
Python; `prepare` does each once per record, where grouping and hashing separately did both
twice (`benchmarks/load.py` measures the loader's client CPU).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

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


def json_safe(props: dict[str, Any]) -> dict[str, Any]:
    """`props` as JSON (and Neo4j) give them back: dates and the like as text."""
    # Claims are compared with what Neo4j and JSON give back; keep them in that form. Most
    # records hold only plain values already: the JSON round trip is for the others.
    for value in props.values():
        kind = type(value)
        if kind not in _PLAIN and not (kind is list and all(type(v) in _PLAIN for v in value)):
            return json.loads(json.dumps(props, default=str))
    return props


@dataclass
class Prepared:
    nodes: NodeRows
    relations: RelationRows
    content_hash: str


def prepare(dataset: Dataset) -> Prepared:
    """The rows of `dataset` as a load writes them (each keyed by id: of two rows with one id
    the last wins, as it would in a file read top down; their properties in the form Neo4j
    gives back), and its content hash (every row, in a sorted order: the same records in
    another order hash the same)."""
    lines: list[str] = []
    by_label: NodeRows = defaultdict(dict)
    for entity in dataset.entities:
        row = node_row(entity)
        row["props"] = json_safe(row["props"])
        # json_safe gives back what default=str would write: the text is that of the raw row
        lines.append(json.dumps(row, sort_keys=True))
        by_label[entity.label][row["id"]] = row["props"]
    node_lines = sorted(lines)
    lines = []
    by_shape: RelationRows = defaultdict(dict)
    for rel in dataset.relations:
        row = relation_row(rel)
        row["props"] = json_safe(row["props"])
        lines.append(json.dumps(row, sort_keys=True))
        by_shape[(rel.type, rel.start_label, rel.end_label)][row["id"]] = row
    digest = hashlib.sha256()
    for line in node_lines:
        digest.update(line.encode())
    for line in sorted(lines):
        digest.update(line.encode())
    return Prepared(by_label, by_shape, digest.hexdigest())


def group(dataset: Dataset) -> tuple[NodeRows, RelationRows]:
    """The rows of `dataset` as a load writes them (`prepare`, without the hash)."""
    prepared = prepare(dataset)
    return prepared.nodes, prepared.relations


def content_hash(dataset: Dataset) -> str:
    return prepare(dataset).content_hash
