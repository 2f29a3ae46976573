"""Write a validated `Dataset` into Neo4j, record by record on behalf of one load source.

A *source* is what asserted the records: a data folder (`folder data`), a page, an IATI file.
Every node and relationship keeps who asserts it (`_asserted_by`, a list of sources) and what
each of them says (`_claims`, a JSON map source → properties); its visible properties are the
claims merged in the order they were made, the latest winning where two disagree. So:

* loading a source again with `replace=True` makes the graph say what the source says now, for
  everything the source asserts: changed properties updated, removed properties gone, records
  and relationships it no longer holds retracted (deleted once no source asserts them);
* a record two sources assert stays until both stop asserting it, and one source's load never
  changes what another says;
* loading the same content twice leaves the same graph (an unchanged claim is not rewritten).

Batches are one transaction each (a graph of any size loads in bounded memory). A load first
marks its `Load` record `running` and marks it `complete` only at the end, so a load that is
killed or fails leaves the graph saying it is incomplete (`incomplete_loads`: `/ready`, the
findings' snapshot) until the source is loaded again, which completes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import neo4j

from graph import cypher, loadlock
from graph.loadrows import Prepared, prepare
from graph.model import Dataset
from graph.store import GraphStore

StepProgress = Callable[[str, int, int], None]

ASSERTED_BY = "_asserted_by"
CLAIMS = "_claims"

# Loads of one process run one at a time: each batch reads the claims it then rewrites, and
# two loads interleaving on a shared record would lose one of the two claims.
_ONE_LOAD_AT_A_TIME = threading.RLock()


@dataclass
class LoadReport:
    what: str
    content_hash: str
    counts: dict[str, int] = field(default_factory=dict)
    source: str = ""
    retracted: dict[str, int] = field(default_factory=dict)
    #: Records and relationships whose stored properties this load changed (0: all as before).
    written: int = 0

    @property
    def nodes(self) -> int:
        return sum(v for k, v in self.counts.items() if k[:1].isupper() and not k.isupper())

    @property
    def relationships(self) -> int:
        return sum(v for k, v in self.counts.items() if k.isupper())


def load_id(source: str) -> str:
    """The id of the one `Load` record of a source."""
    return "load." + hashlib.sha256(source.encode()).hexdigest()[:16]


Claims = dict[str, dict[str, Any]]  # source → what it says, oldest claim first


def merge_claims(claims: Claims, source: str, props: dict[str, Any] | None
                 ) -> tuple[Claims, bool]:
    """The claims of a record once `source` says `props` (None: says nothing any more), and
    whether they changed.

    >>> claims, changed = merge_claims({}, "folder a", {"id": "x", "name": "A"})
    >>> claims, changed
    ({'folder a': {'id': 'x', 'name': 'A'}}, True)
    >>> merge_claims(claims, "folder a", {"id": "x", "name": "A"})[1]
    False
    >>> merge_claims(claims, "folder a", None)
    ({}, True)
    """
    claims = dict(claims)
    old = claims.get(source)
    if props is None:
        if old is None:
            return claims, False
        del claims[source]
        return claims, True
    if old == props:
        return claims, False
    claims.pop(source, None)
    claims[source] = props  # last: the newest claim wins where two sources disagree
    return claims, True


def stored_claims(row: dict[str, Any]) -> Claims:
    """The claims of a record as read back (`claims` and `props` of `claims_of_*`).

    One source's claim is the record's own properties (`_claims` is kept only for a record
    that several sources assert); a record loaded before sources were kept has none.
    """
    if row.get("claims"):
        return {source: props for source, props in json.loads(row["claims"])}
    props = dict(row.get("props") or {})
    owners = props.pop(ASSERTED_BY, None) or []
    props.pop(CLAIMS, None)
    return {owners[0]: props} if len(owners) == 1 else {}


def visible(record_id: str, claims: Claims) -> dict[str, Any]:
    """The properties stored on a record: its claims merged, then who asserts it (and, when
    several sources do, what each says)."""
    props: dict[str, Any] = {}
    for claim in claims.values():
        props.update(claim)
    props["id"] = record_id
    props[ASSERTED_BY] = list(claims)
    if len(claims) > 1:
        props[CLAIMS] = json.dumps(list(claims.items()), default=str)
    return props


def _settle(shared: list[dict[str, Any]], said: dict[str, Any], source: str,
            key: Callable[[str], dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                          list[dict[str, Any]]]:
    """Merge this source's claim into records other sources claim too: those whose claims
    changed and remain (`key` of the record and its visible props), and those no source claims
    any more (`key` only)."""
    upserts, gone = [], []
    for item in shared:
        rid = item["id"]
        claims, changed = merge_claims(stored_claims(item), source, said[rid])
        if not changed:
            continue
        if claims:
            upserts.append({**key(rid), "props": visible(rid, claims)})
        else:
            gone.append(key(rid))
    return upserts, gone


class LoadRun:
    """One load of one source, in as many datasets as the caller has (`add`), then `finish`.

    Use it as a context manager: leaving the block normally finishes the load (retracting,
    if `replace`, what the source asserted before and no dataset asserted now); leaving it on
    an error marks the load failed, and the graph says it is incomplete until a new load of
    the source completes.
    """

    def __init__(self, store: GraphStore, *, source: str, what: str | None = None,
                 replace: bool = False, progress: StepProgress | None = None,
                 batch_size: int | None = None):
        self.store, self.source, self.what = store, source, what or source
        self.replace, self.progress, self.batch_size = replace, progress, batch_size
        self.id = load_id(source)
        self.counts: dict[str, int] = {}
        self._parts: list[str] = []  # the content hash of each dataset added
        self._nodes: dict[str, set[str]] = defaultdict(set)
        self._rels: set[str] = set()
        self._loaded_before = False
        self._locked = self._held = False
        self._written = 0

    def __enter__(self) -> LoadRun:
        _ONE_LOAD_AT_A_TIME.acquire()
        self._locked = True
        try:
            loadlock.HOLD.enter(self.store, self.what)  # and other processes' loads
            self._held = True
            self.begin()
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        try:
            if exc is None:
                self.finish()
            elif isinstance(exc, Exception):
                self._fail(exc)
        finally:
            self._release()

    def _release(self) -> None:
        if self._held:
            self._held = False
            loadlock.HOLD.exit(self.store)
        if self._locked:
            self._locked = False
            _ONE_LOAD_AT_A_TIME.release()

    # --- the steps ----------------------------------------------------------------------------

    def begin(self) -> None:
        self.store.apply_schema()
        rows = self.store.write_rows(cypher.load("start_load").text, id=self.id,
                                     source=self.source, what=self.what, at=_now())
        self._loaded_before = bool(rows and rows[0]["loaded_before"])

    def add(self, dataset: Dataset) -> None:
        """Assert the records of `dataset` on behalf of the source."""
        prepared = prepare(dataset)
        by_label, by_shape = prepared.nodes, prepared.relations
        # A label or type the graph holds nothing of yet cannot hold any record of this
        # dataset (its rows are unique by id): those are created without a lookup. Asked
        # before anything is written, so that two shapes of one type both count as new.
        new_labels = {label.value for label in by_label
                      if not self._holds("count_label", label=label)}
        new_types = {rel_type for rel_type, _, _ in by_shape
                     if not self._holds("count_type", type=rel_type)}
        for label, rows in sorted(by_label.items()):
            self._nodes[label.value].update(rows)
            self._apply_nodes(label.value, list(rows.items()), f"{label} nodes",
                              new=label.value in new_labels)
        for (rel_type, start, end), rels in sorted(by_shape.items()):
            self._rels.update(rels)
            self._apply_relations((rel_type, start, end), list(rels.values()),
                                  f"{rel_type} ({start}→{end})", new=rel_type in new_types)
        self.imported(dataset, prepared)

    def imported(self, dataset: Dataset, prepared: Prepared) -> None:
        """Count `dataset` (`prepared` its rows) as added by this load: its records written
        by `add`, or by another path (the offline importer, `graph.bulkimport`)."""
        for key, n in dataset.counts().items():
            self.counts[key] = self.counts.get(key, 0) + n
        self._parts.append(prepared.content_hash)

    def _holds(self, name: str, **identifiers: str) -> bool:
        rows = self.store.read(name, identifiers=identifiers)
        return bool(rows and rows[0]["n"])

    def finish(self) -> LoadReport:
        """Retract what the source no longer says (if `replace`), and mark the load complete."""
        retracted: dict[str, int] = {}
        if self.replace and self._loaded_before:
            retracted = self._retract()
        whole = (self._parts[0] if len(self._parts) == 1
                 else hashlib.sha256("".join(self._parts).encode()).hexdigest())
        report = LoadReport(what=self.what, content_hash=whole,
                            counts=dict(sorted(self.counts.items())), source=self.source,
                            retracted=retracted, written=self._written)
        self.store.write_rows(cypher.load("record_load").text, id=self.id, at=_now(),
                              what=self.what, counts=json.dumps(report.counts, sort_keys=True),
                              content_hash=report.content_hash)
        self.report = report
        return report

    def _fail(self, exc: Exception) -> None:
        # Neo4j may be why the load failed; then the record simply stays 'running'.
        with contextlib.suppress(Exception):
            self.store.write_rows(cypher.load("fail_load").text, id=self.id, at=_now(),
                                  error=f"{exc.__class__.__name__}: {str(exc)[:300]}")

    # --- writing ------------------------------------------------------------------------------

    def _apply_nodes(self, label: str, rows: list[tuple[str, dict[str, Any] | None]],
                     step: str, *, new: bool = False) -> None:
        """Assert (props) or withdraw (None) the source's claim on nodes of one label; `new`:
        none of them exists yet."""
        queries = {name: cypher.render(cypher.load(name), label=label) for name in
                   ("merge_nodes", "create_nodes", "replace_nodes", "claims_of_nodes",
                    "delete_nodes")}
        source = self.source

        def work(tx: neo4j.ManagedTransaction, chunk: list[tuple[str, Any]]) -> int:
            asserted = [{"id": rid, "props": visible(rid, {source: props})}
                        for rid, props in chunk if props is not None]
            if new:
                return int(tx.run(queries["create_nodes"], rows=asserted).single(strict=True)[0])
            # Records only this source asserts are written by the query itself; it returns
            # those that other sources assert too, to merge their claims here.
            written, shared = 0, []
            if asserted:
                found = tx.run(queries["merge_nodes"], rows=asserted,
                               source=source).single(strict=True)
                written, shared = found["written"], list(found["shared"])
            withdrawn = [rid for rid, props in chunk if props is None]
            if withdrawn:
                shared += [r.data() for r in tx.run(queries["claims_of_nodes"], ids=withdrawn)]
            if not shared:
                return int(written)
            upserts, gone = _settle(shared, dict(chunk), source, lambda rid: {"id": rid})
            if upserts:
                tx.run(queries["replace_nodes"], rows=upserts).consume()
            if gone:
                tx.run(queries["delete_nodes"], ids=[g["id"] for g in gone]).consume()
            return int(written) + len(upserts) + len(gone)

        self._written += self.store.write_in_batches(work, rows, batch_size=self.batch_size,
                                                     progress=_step(self.progress, step))

    def _apply_relations(self, shape: tuple[str, str, str], rows: list[dict[str, Any]],
                         step: str, *, new: bool = False) -> None:
        """Assert (`props`) or withdraw (`props` None) the source's claim on relationships;
        `new`: none of them exists yet."""
        rel_type, start, end = shape
        ids = {"type": rel_type, "start": start, "end": end}
        queries = {name: cypher.render(cypher.load(name), **ids) for name in
                   ("merge_relations", "create_relations", "replace_relations",
                    "claims_of_relations", "delete_relations")}
        source = self.source
        # Relationships lock both their ends: batches in the order of their start nodes
        # touch each node in few transactions (and the order is stable between runs).
        rows = sorted(rows, key=lambda row: (row["start"], row["end"]))

        def work(tx: neo4j.ManagedTransaction, chunk: list[dict[str, Any]]) -> int:
            asserted = [{"id": row["id"], "start": row["start"], "end": row["end"],
                         "props": visible(row["id"], {source: row["props"]})}
                        for row in chunk if row.get("props") is not None]
            if new:
                return int(tx.run(queries["create_relations"],
                                  rows=asserted).single(strict=True)[0])
            written, shared = 0, []
            if asserted:
                found = tx.run(queries["merge_relations"], rows=asserted,
                               source=source).single(strict=True)
                written, shared = found["written"], list(found["shared"])
            ends = {row["id"]: {"id": row["id"], "start": row["start"], "end": row["end"]}
                    for row in chunk}
            withdrawn = [ends[row["id"]] for row in chunk if row.get("props") is None]
            if withdrawn:
                shared += [r.data() for r in tx.run(queries["claims_of_relations"],
                                                    rows=withdrawn)]
            if not shared:
                return int(written)
            said = {row["id"]: row.get("props") for row in chunk}
            upserts, gone = _settle(shared, said, source, ends.__getitem__)
            if upserts:
                tx.run(queries["replace_relations"], rows=upserts).consume()
            if gone:
                tx.run(queries["delete_relations"], rows=gone).consume()
            return int(written) + len(upserts) + len(gone)

        self._written += self.store.write_in_batches(work, rows, batch_size=self.batch_size,
                                                     progress=_step(self.progress, step))

    def _retract(self) -> dict[str, int]:
        """Withdraw the source's claims on what it asserted before and not in this load."""
        retracted: dict[str, int] = {}
        stale_rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in self.store.read("asserted_relations", source=self.source):
            if r["id"] not in self._rels:
                stale_rels[(r["type"], r["start_label"], r["end_label"])].append(
                    {"id": r["id"], "start": r["start"], "end": r["end"], "props": None})
        for shape, rows in sorted(stale_rels.items()):
            self._apply_relations(shape, rows, f"retracting {shape[0]}")
            retracted[shape[0]] = retracted.get(shape[0], 0) + len(rows)
        stale_nodes: dict[str, list[tuple[str, dict[str, Any] | None]]] = defaultdict(list)
        for n in self.store.read("asserted_nodes", source=self.source):
            if n["id"] not in self._nodes.get(n["label"], ()):
                stale_nodes[n["label"]].append((n["id"], None))
        for label, items in sorted(stale_nodes.items()):
            self._apply_nodes(label, items, f"retracting {label} nodes")
            retracted[label] = len(items)
        return dict(sorted(retracted.items()))


def load_dataset(
    store: GraphStore,
    dataset: Dataset,
    *,
    what: str,
    source: str | None = None,
    replace: bool = False,
    progress: StepProgress | None = None,
    batch_size: int | None = None,
) -> LoadReport:
    """Load `dataset` (already validated) on behalf of `source` (default: `what`).

    With `replace`, the dataset is all the source says: what it asserted before and does not
    hold any more is retracted (a data folder). Without, the records are added to what the
    source asserted before (a reader that loads one file in several parts).
    """
    with LoadRun(store, source=source or what, what=what, replace=replace, progress=progress,
                 batch_size=batch_size) as run:
        run.add(dataset)
    return run.report


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _step(progress: StepProgress | None, name: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(name, done, total)
