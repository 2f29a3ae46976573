"""Write a validated `Dataset` into Neo4j: nodes, then relationships, then a record of the load.

Every write is a MERGE on a deterministic id, so loading the same data twice leaves the same
graph. Batches are one transaction each: a load interrupted by a lost connection leaves what
was written, and running it again completes it.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph import cypher
from graph.model import Dataset, NodeLabel, Record, Relation
from graph.store import GraphStore

StepProgress = Callable[[str, int, int], None]


@dataclass
class LoadReport:
    what: str
    content_hash: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def nodes(self) -> int:
        return sum(v for k, v in self.counts.items() if k[:1].isupper() and not k.isupper())

    @property
    def relationships(self) -> int:
        return sum(v for k, v in self.counts.items() if k.isupper())


def node_row(record: Record) -> dict[str, Any]:
    props = record.properties()
    if "aliases" in props:
        # The full-text index reads one string per property; lists are joined for it.
        props["alias_text"] = " | ".join(props["aliases"])
    if "name" not in props and "title" in props:
        props["name"] = props["title"]
    return {"id": record.id, "props": props}


def relation_row(rel: Relation) -> dict[str, Any]:
    return {"id": rel.id, "start": rel.start_id, "end": rel.end_id, "props": rel.properties()}


def content_hash(dataset: Dataset) -> str:
    digest = hashlib.sha256()
    for row in sorted(json.dumps(node_row(e), sort_keys=True, default=str)
                      for e in dataset.entities):
        digest.update(row.encode())
    for row in sorted(json.dumps(relation_row(r), sort_keys=True, default=str)
                      for r in dataset.relations):
        digest.update(row.encode())
    return digest.hexdigest()


def load_dataset(
    store: GraphStore,
    dataset: Dataset,
    *,
    what: str,
    progress: StepProgress | None = None,
    batch_size: int | None = None,
) -> LoadReport:
    """Load `dataset` (already validated) and leave a `Load` record; return what was written."""
    store.apply_schema()
    by_label: dict[NodeLabel, list[dict[str, Any]]] = defaultdict(list)
    for entity in dataset.entities:
        by_label[entity.label].append(node_row(entity))
    by_shape: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel in dataset.relations:
        by_shape[(rel.type, rel.start_label, rel.end_label)].append(relation_row(rel))

    nodes_query = cypher.load("merge_nodes")
    rels_query = cypher.load("merge_relations")
    for label, rows in sorted(by_label.items()):
        text = cypher.render(nodes_query, label=label)
        store.write_batches(text, _dedupe(rows), batch_size=batch_size,
                            progress=_step(progress, f"{label} nodes"))
    for (rel_type, start, end), rows in sorted(by_shape.items()):
        text = cypher.render(rels_query, type=rel_type, start=start, end=end)
        store.write_batches(text, _dedupe(rows), batch_size=batch_size,
                            progress=_step(progress, f"{rel_type} ({start}→{end})"))

    report = LoadReport(what=what, content_hash=content_hash(dataset), counts=dataset.counts())
    store.write_text(
        cypher.load("record_load").text,
        id="load." + report.content_hash[:16],
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        what=what,
        counts=json.dumps(report.counts, sort_keys=True),
        content_hash=report.content_hash,
    )
    return report


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Two rows with one id in one batch would race inside a single MERGE; the last one wins.
    return list({row["id"]: row for row in rows}.values())


def _step(progress: StepProgress | None, name: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(name, done, total)
