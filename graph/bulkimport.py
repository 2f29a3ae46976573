"""The first load of a source into an empty local store, by Neo4j's offline importer.

`neo4j-admin database import full` (the `AdminTool` of the jars the local Neo4j is built from)
writes a whole store from CSV files without transactions, and so much faster than any loader
can, but only into an empty database that no server is serving. So this path:

1. checks that the local Neo4j runs and holds nothing, and marks the load `running` there (a
   load killed from here on leaves the graph saying it is incomplete, as the loader's would);
2. writes the rows the loader would write (`loadrows.prepare`, `loader.visible`: the same ids,
   properties, who asserts each record) as typed CSV, with that `Load` record, and imports them
   into a store of its own beside the live one, while the live one still serves;
3. shuts the local Neo4j's database down, puts the new store in place of the empty one,
   starts it again (in the same JVM: `localdb.swap_store`), recreates the schema, and marks
   the load complete with the counts and content hash the loader would record.

It refuses (`NotImportable`, before anything is written) what CSV cannot say exactly as Bolt
does, such as a property that holds numbers in some rows and text in others; the caller then
loads through the loader. `tests/integration/test_bulkimport.py` checks that both paths give
the same graph.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graph import gcpolicy, loadlock, localdb
from graph.errors import AllianceError, LocalDatabaseError, StoreUnavailable
from graph.loader import LoadReport, LoadRun, StepProgress, visible
from graph.loadrows import NodeRows, RelationRows, prepare
from graph.model import Dataset
from graph.settings import Settings
from graph.store import UNAVAILABLE_HOLD, GraphStore

#: The importer's list separator: the unit separator, a control character no data may hold.
ARRAY_DELIMITER = "\x1f"
#: Below this many records the importer's fixed cost (its JVM, the database shut down and
#: started again: ~20 s) outweighs what it saves; `benchmarks/load.py` measures both paths
#: (2026-12-01: 25 s against the loader's 9 s at 34,500 records, 45 s against 48 s at 600,000;
#: the two lines cross near 500,000).
WORTHWHILE_RECORDS = 500_000
_ADMIN_TOOL = "org.neo4j.cli.AdminTool"
#: The phases of an import, in order: the rows read off the dataset and checked, the CSV files
#: written, `neo4j-admin database import`, the live database stopped, the store swapped and
#: the database started again, its schema (constraints, indexes) created over the imported store.
PHASES = ("rows", "csv", "import", "swap", "schema", "done")
_DATABASE = "neo4j"


class NotImportable(AllianceError):
    """The offline importer cannot write this load as the loader would: use the loader."""


def worthwhile(dataset: Dataset) -> bool:
    """Whether the offline importer would load `dataset` sooner than the loader."""
    return len(dataset.entities) + len(dataset.relations) >= WORTHWHILE_RECORDS


def import_into_empty(settings: Settings, store: GraphStore, dataset: Dataset, *, what: str,
                      source: str, progress: StepProgress | None = None) -> LoadReport:
    """Load `dataset` on behalf of `source` into the empty local store with the offline
    importer; the graph is the one `load_dataset(..., replace=True)` would leave.

    Raises `NotImportable` (having written nothing) when the store is not the local one, is not
    empty, or holds a value CSV cannot carry exactly. `progress` hears of each phase as it
    begins (`PHASES`), as `progress(phase, number, len(PHASES))`.
    """
    def phase(name: str) -> None:
        if progress:
            progress(name, PHASES.index(name), len(PHASES))

    phase("rows")
    if not settings.uses_local or not localdb.status(settings).running:
        raise NotImportable("the offline importer writes only into the local Neo4j, running")
    prepared = prepare(dataset)
    # _Files checks every value before anything is written
    with gcpolicy.paused():
        files = _Files(prepared.nodes, prepared.relations, source)
    if _node_count(store):
        raise NotImportable("the graph is not empty: the offline importer writes only into an "
                            "empty store")
    work = settings.state_dir / "neo4j-import"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # Entering the run marks the load running in the live store: killed during the import,
    # the graph says it is incomplete; failed before the swap, it says so too.
    with LoadRun(store, source=source, what=what, replace=True) as run:
        [record] = store.read("load_record", id=run.id)
        lock = loadlock.HOLD.lock_of(store)
        phase("csv")
        # The lock goes into the new store as it stands, so that it holds across the swap;
        # its renewals pause while the store is down (`LoadLock.pause`).
        [lock_record] = store.read("load_lock", id=loadlock.LOCK_ID)
        with gcpolicy.paused():
            files.write(work / "csv", record["props"], lock_record)
        phase("import")
        _run_importer(settings, work, files)
        phase("swap")
        lock.pause()
        localdb.swap_store(settings, lambda live: _swap_store(work / "home", live))
        store.reconnect()
        _when_ready(settings, store, lock.resume)
        phase("schema")
        _when_ready(settings, store, store.apply_schema)
        run.imported(dataset, prepared)
        phase("done")
    shutil.rmtree(work, ignore_errors=True)
    return run.report


def _when_ready(settings: Settings, store: GraphStore, write: Any) -> None:
    """Run `write` once the restarted database takes writes: Bolt answers a moment before the
    database is available, so a refusal is retried until the start timeout."""
    deadline = time.monotonic() + settings.start_timeout
    while True:
        try:
            write()
            return
        except StoreUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(UNAVAILABLE_HOLD)
            store.forget_unavailable()


def _node_count(store: GraphStore) -> int:
    rows = store.read("count_nodes")
    return int(rows[0]["n"]) if rows else 0


# --- CSV ------------------------------------------------------------------------------------

_TYPES = {str: "string", bool: "boolean", int: "long", float: "double"}
#: The load lock's times (ISO text in `load_lock`), datetimes in the store as `take_load_lock`
#: writes them.
_LOCK_TIMES = frozenset({"since", "expires_at", "asked_at"})


class _Files:
    """The CSV files of one import: a file per label and per relationship shape, typed."""

    def __init__(self, by_label: NodeRows, by_shape: RelationRows, source: str):
        self.multiline = False
        self.nodes: list[tuple[str, list[str], list[dict[str, Any]]]] = []
        self.relationships: list[tuple[str, str, str, list[str], list[dict[str, Any]]]] = []
        known: dict[str, set[str]] = {}
        for label, rows in sorted(by_label.items()):
            props = [visible(rid, {source: p}) for rid, p in rows.items()]
            self.nodes.append((label.value, self._columns(label.value, props), props))
            known[label.value] = set(rows)
        for (rel_type, start, end), rels in sorted(by_shape.items()):
            # The loader finds both ends by id and writes nothing when one is missing.
            kept = [{"start": r["start"], "end": r["end"],
                     "props": visible(r["id"], {source: r["props"]})}
                    for r in rels.values()
                    if r["start"] in known.get(start, ()) and r["end"] in known.get(end, ())]
            if kept:
                columns = self._columns(rel_type, [r["props"] for r in kept])
                self.relationships.append((rel_type, start, end, columns, kept))

    def _columns(self, what: str, rows: Iterable[dict[str, Any]]) -> list[str]:
        """`key:type` for every property of `rows`; refuses a key of mixed or unknown types."""
        kinds: dict[str, str] = {}
        for props in rows:
            for key, value in props.items():
                # Most values are text: checked here, without a call per value.
                if type(value) is str:
                    kind = "string"
                    if "\n" in value or "\r" in value:
                        self.multiline = True
                else:
                    kind = self._kind(what, key, value)
                if kinds.setdefault(key, kind) != kind:
                    raise NotImportable(f"{what}.{key} holds both {kinds[key]} and {kind} "
                                        "values")
        return [f"{key}:{kind}" for key, kind in sorted(kinds.items())]

    def _kind(self, what: str, key: str, value: Any) -> str:
        if isinstance(value, list):
            if not value:
                raise NotImportable(f"{what}.{key} holds an empty list")
            inner = {self._kind(what, key, v) for v in value}
            if len(inner) != 1 or "[]" in next(iter(inner)):
                raise NotImportable(f"{what}.{key} holds a list of mixed values")
            if any(v == "" or (isinstance(v, str) and ARRAY_DELIMITER in v) for v in value):
                raise NotImportable(f"{what}.{key} holds a list item CSV cannot carry")
            return next(iter(inner)) + "[]"
        kind = _TYPES.get(type(value))
        if kind is None:
            raise NotImportable(f"{what}.{key} holds a {type(value).__name__}")
        if kind == "double" and not math.isfinite(value):
            raise NotImportable(f"{what}.{key} holds {value}")
        if kind == "string" and ("\n" in value or "\r" in value):
            self.multiline = True
        return kind

    def write(self, folder: Path, load_record: dict[str, Any],
              lock_record: dict[str, Any]) -> None:
        folder.mkdir(parents=True)
        load_columns = self._columns("Load", [load_record])
        load_file = self._write_nodes(folder / "Load.csv", "Load", load_columns, [load_record])
        lock = {k: v for k, v in lock_record.items() if v is not None}
        lock_columns = [f"{k}:{'datetime' if k in _LOCK_TIMES else 'string'}" for k in lock]
        lock_file = self._write_nodes(folder / "LoadLock.csv", "LoadLock", lock_columns, [lock])
        self.node_args = [f"--nodes=Load={load_file}", f"--nodes=LoadLock={lock_file}"]
        for label, columns, rows in self.nodes:
            path = self._write_nodes(folder / f"{label}.csv", label, columns, rows)
            self.node_args.append(f"--nodes={label}={path}")
        self.relationship_args = []
        for n, (rel_type, start, end, columns, rels) in enumerate(self.relationships):
            path = folder / f"{n:03d}-{rel_type}.csv"
            header = [f":START_ID({start})", f":END_ID({end})", *columns]
            lines = ([r["start"], r["end"], *_values(columns, r["props"])] for r in rels)
            _write(path, header, lines)
            self.relationship_args.append(f"--relationships={rel_type}={path}")

    @staticmethod
    def _write_nodes(path: Path, label: str, columns: list[str],
                     rows: list[dict[str, Any]]) -> Path:
        # The id column is the node's `id` property and its key in the label's id space, by
        # which relationship files name their ends.
        others = [c for c in columns if not c.startswith("id:")]
        header = [f"id:ID({label})", *others]
        _write(path, header, ([props["id"], *_values(others, props)] for props in rows))
        return path


def _values(columns: list[str], props: dict[str, Any]) -> Iterator[Any]:
    for column in columns:
        yield props.get(column.rsplit(":", 1)[0])


def _field(value: Any) -> str:
    if value is None:
        return ""  # unquoted and empty: no property
    if isinstance(value, list):
        value = ARRAY_DELIMITER.join(v if isinstance(v, str) else _scalar(v) for v in value)
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'  # quoted, so that "" is an empty text
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)  # the shortest text that reads back as the same float


def _write(path: Path, header: list[str], lines: Iterable[Iterable[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        out.writelines(",".join(map(_field, line)) + "\n" for line in lines)


# --- the importer and the swap ---------------------------------------------------------------

def _run_importer(settings: Settings, work: Path, files: _Files) -> None:
    java = shutil.which("java")
    if java is None:
        raise LocalDatabaseError("`java` was not found on PATH (the offline importer needs it)")
    if not localdb.is_built():
        localdb.build()
    target = localdb.project_dir() / "target"
    classpath = f"{target / 'classes'}{os.pathsep}{target / 'lib'}/*"
    home = work / "home"
    home.mkdir()
    cmd = [java, f"-Xmx{settings.local_heap}", *localdb.JAVA_OPENS, "-cp", classpath,
           # The database first: each --nodes and --relationships takes every word after it.
           _ADMIN_TOOL, "database", "import", "full", _DATABASE,
           f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
           f"--multiline-fields={'true' if files.multiline else 'false'}",
           "--max-off-heap-memory=1g", f"--report-file={work / 'import.report'}",
           *files.node_args, *files.relationship_args]
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    (home / "conf").mkdir()
    log = work / "import.log"
    with log.open("wb") as out:
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, check=False)
    if proc.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
        raise LocalDatabaseError(f"the offline importer failed (exit {proc.returncode}):\n{tail}")


def _swap_store(new_home: Path, home: Path) -> None:
    """Put the imported database in place of the live one (stopped, and empty)."""
    for part in ("databases", "transactions"):
        live, built = home / "data" / part / _DATABASE, new_home / "data" / part / _DATABASE
        if not built.exists():
            continue
        old = live.with_name(f"{_DATABASE}.before-import")
        shutil.rmtree(old, ignore_errors=True)
        if live.exists():
            live.rename(old)
        built.rename(live)
        shutil.rmtree(old, ignore_errors=True)
