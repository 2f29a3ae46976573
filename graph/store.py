"""The graph store: one Neo4j driver per process, and every way the project talks to Neo4j.

Reads are routed as reads (so a `neo4j://` cluster URI sends them to readers) and run with a
timeout; writes go in batches, one transaction per batch. Every error of the driver comes out
as one of the project's own (`StoreUnavailable`, `QueryTimeout`, `StoreFailed`), so that the
API answers each with a 503 or a 504. Once Neo4j is found unreachable, the store says so at
once for a second (`UNAVAILABLE_HOLD`) instead of letting every caller wait on its own retries.

Properties whose names start with `_` (who asserts a record, and what each source says) are
the loader's: reads never return them.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as neo4j_errors

from graph import cypher
from graph.errors import QueryTimeout, StoreFailed, StoreUnavailable
from graph.settings import Settings

Progress = Callable[[int, int], None]
T = TypeVar("T")

_UNAVAILABLE = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    OSError,
)
#: Seconds during which a store that found Neo4j unreachable answers so without trying.
UNAVAILABLE_HOLD = 1.0
#: A read retries a lost connection for at most this long (the driver's default is 30 s).
READ_RETRY_SECONDS = 0.5

_writes = 0
_writes_lock = threading.Lock()


def writes_made() -> int:
    """How many writes (or attempts) this process has made through any store so far.

    A graph fingerprint read before the count last moved may predate one of them, so the
    read cache reads it again (`graph.read_cache.SharedFingerprint`): a load made in this
    process is seen at once, without asking Neo4j on every read.
    """
    return _writes


def _count_write() -> None:
    global _writes
    with _writes_lock:
        _writes += 1


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def public(value: Any) -> Any:
    """`value` without the loader's own properties (names starting with `_`), at any depth.

    >>> public({"id": "x", "_claims": "{}", "links": [{"_asserted_by": ["a"], "id": "r"}]})
    {'id': 'x', 'links': [{'id': 'r'}]}
    """
    if isinstance(value, dict):
        return {k: public(v) for k, v in value.items()
                if not (isinstance(k, str) and k.startswith("_"))}
    if isinstance(value, list):
        return [public(v) for v in value]
    return value


def _open_driver(uri: str, settings: Settings) -> neo4j.Driver:
    auth = None
    if settings.neo4j_password is not None:
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    return GraphDatabase.driver(
        uri, auth=auth, connection_acquisition_timeout=10, connection_timeout=5,
        max_transaction_retry_time=5,
        # Warnings about labels not yet in the graph are noise to users, not errors.
        notifications_min_severity="OFF",
    )


def _is_timeout(exc: neo4j_errors.Neo4jError) -> bool:
    code = exc.code or ""
    return "TimedOut" in code or "Terminated" in code


class GraphStore:
    """Holds the process's one driver; build it with `GraphStore.connect(settings)`."""

    def __init__(self, driver: neo4j.Driver, *, uri: str, database: str, settings: Settings):
        self.driver = driver
        self.uri = uri
        self.database = database
        self.settings = settings
        self._schema_applied = False
        self._down_until = 0.0
        self._down_reason = ""
        self._down_lock = threading.Lock()

    @classmethod
    def connect(cls, settings: Settings, uri: str | None = None) -> GraphStore:
        """Open a driver to `uri`, or to NEO4J_URI, or to the running local Neo4j."""
        if uri is None:
            if settings.neo4j_uri:
                uri = settings.neo4j_uri
            else:
                from graph import localdb

                uri = localdb.running_uri(settings)
                if uri is None:
                    raise StoreUnavailable(
                        "the local Neo4j is not running: start it with `alliance db start`, "
                        "or set NEO4J_URI to use another server"
                    )
        return cls(_open_driver(uri, settings), uri=uri, database=settings.neo4j_database,
                   settings=settings)

    def reconnect(self) -> None:
        """A new driver to the same URI, for when the store behind it was replaced (by the
        offline importer): the old driver's bookmarks name transactions the new one lacks."""
        self.driver.close()
        self.driver = _open_driver(self.uri, self.settings)
        self._schema_applied = False
        self.forget_unavailable()
        _count_write()

    def forget_unavailable(self) -> None:
        """Forget that the store was found down: what failed while it was (the load lock's
        renewal during a swap) says nothing of the store now."""
        with self._down_lock:
            self._down_until = 0.0

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.driver.close()

    # --- errors -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _translated_errors(self) -> Iterator[None]:
        """Turn driver errors into the project's own, in words a user can act on."""
        with self._down_lock:
            if time.monotonic() < self._down_until:
                raise StoreUnavailable(self._down_reason)
        uri = self.uri
        try:
            yield
        except neo4j_errors.AuthError as exc:
            raise StoreUnavailable(
                f"Neo4j at {uri} refused the credentials (check NEO4J_USER and "
                f"NEO4J_PASSWORD): {exc}") from exc
        except _UNAVAILABLE as exc:
            reason = (f"Neo4j at {uri} cannot be reached ({exc.__class__.__name__}). "
                      "Start the local one with `alliance db start`, or set NEO4J_URI.")
            with self._down_lock:
                self._down_until = time.monotonic() + UNAVAILABLE_HOLD
                self._down_reason = reason
            raise StoreUnavailable(reason) from exc
        except neo4j_errors.Neo4jError as exc:
            if _is_timeout(exc):
                raise QueryTimeout(f"the query ran past its time limit: {exc.message}") from exc
            raise StoreFailed(f"Neo4j could not run the query ({exc.code or 'no code'}): "
                              f"{(exc.message or str(exc))[:300]}") from exc
        except neo4j_errors.DriverError as exc:
            # ResultFailedError and the like: the query failed earlier in its transaction.
            raise StoreFailed(f"the Neo4j driver failed ({exc.__class__.__name__}): "
                              f"{str(exc)[:300]}") from exc

    # --- health -----------------------------------------------------------------------------

    def verify(self) -> None:
        with self._translated_errors():
            self.driver.verify_connectivity()

    def schema_in_place(self) -> bool:
        """True when every constraint and index of `cypher/schema.cypher` exists and is online."""
        wanted = set()
        for statement in cypher.load("schema").statements():
            words = statement.split()
            kind_at = words.index("CONSTRAINT") if "CONSTRAINT" in words else words.index("INDEX")
            wanted.add(words[kind_at + 1])
        rows = self.read_text("SHOW INDEXES YIELD name, state RETURN name, state")
        rows += self.read_text("SHOW CONSTRAINTS YIELD name RETURN name, 'ONLINE' AS state")
        online = {r["name"] for r in rows if r["state"] == "ONLINE"}
        return wanted <= online

    # --- reads ------------------------------------------------------------------------------

    def read(self, name: str, *, identifiers: dict[str, str] | None = None,
             **params: Any) -> list[dict[str, Any]]:
        """Run the stored read query `cypher/<name>.cypher` with `params`.

        A template's labels (`__LABEL__`, …) come in `identifiers`, checked by `cypher.render`.
        """
        query = cypher.load(name)
        text = cypher.render(query, **(identifiers or {})) if query.placeholders else query.text
        return self.read_text(text, **params)

    def kind_of(self, record_id: str) -> str | None:
        """The label of the record with this id, or None if there is none."""
        rows = self.read("record_by_id", id=record_id)
        return rows[0]["kind"] if rows else None

    def read_text(self, text: str, **params: Any) -> list[dict[str, Any]]:
        timeout = self.settings.query_timeout

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [public(record.data()) for record in tx.run(text, params)]

        with self._translated_errors(), self.driver.session(
            database=self.database, default_access_mode=neo4j.READ_ACCESS,
            max_transaction_retry_time=READ_RETRY_SECONDS, initial_retry_delay=0.1,
        ) as session:
            return session.execute_read(work)

    # --- writes -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """`_translated_errors`, counting the write once it has ended (see `writes_made`)."""
        try:
            with self._translated_errors():
                yield
        finally:
            _count_write()

    def write_text(self, text: str, **params: Any) -> neo4j.ResultSummary:
        with self._writing():
            _, summary, _ = self.driver.execute_query(
                text, params, database_=self.database, routing_=RoutingControl.WRITE
            )
            return summary

    def write_rows(self, text: str, **params: Any) -> list[dict[str, Any]]:
        """Run one write statement and return its rows."""
        with self._writing():
            records, _, _ = self.driver.execute_query(
                text, params, database_=self.database, routing_=RoutingControl.WRITE
            )
            return [record.data() for record in records]

    def write_batches(
        self,
        text: str,
        rows: Sequence[dict[str, Any]],
        *,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Write `rows` through `text` (which reads `$rows`), one transaction per batch."""

        def work(tx: neo4j.ManagedTransaction, chunk: Sequence[dict[str, Any]]) -> int:
            tx.run(text, rows=list(chunk)).consume()
            return len(chunk)

        return self.write_in_batches(work, rows, batch_size=batch_size, progress=progress)

    def write_in_batches(
        self,
        work: Callable[[neo4j.ManagedTransaction, list[T]], int],
        rows: Sequence[T],
        *,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Call `work(tx, chunk)` for each batch of `rows`, one write transaction per batch
        (retried by the driver on transient errors); return the sum of what `work` returned
        (of each batch's successful attempt)."""
        size = batch_size or self.settings.batch_size
        done = total = 0
        with self._translated_errors(), self.driver.session(database=self.database) as s:
            for chunk in _chunks(rows, size):
                try:
                    total += s.execute_write(work, list(chunk))
                finally:
                    _count_write()  # each batch commits on its own
                done += len(chunk)
                if progress:
                    progress(done, len(rows))
        return total

    def write_each(self, text: str, params: Iterable[dict[str, Any]]) -> int:
        """One auto-committed statement per record: the naive baseline, for benchmarks only."""
        n = 0
        with self._writing(), self.driver.session(database=self.database) as s:
            for p in params:
                s.run(text, p).consume()
                n += 1
        return n

    def apply_schema(self, *, force: bool = False) -> None:
        """Create every constraint and index; harmless to run again.

        Every load calls it, and an ingest loads in many batches: once per store is enough
        (`clear` keeps the schema), unless `force`.
        """
        if self._schema_applied and not force:
            return
        for statement in cypher.load("schema").statements():
            self.write_text(statement)
        self.write_text("CALL db.awaitIndexes(300)")
        self._schema_applied = True

    def clear(self) -> None:
        """Delete every node and relationship (keeps the schema), in bounded transactions."""
        with self._writing(), self.driver.session(database=self.database) as s:
            for statement in cypher.load("clear_graph").statements():
                s.run(statement).consume()

    # --- summaries --------------------------------------------------------------------------

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {"node": {}, "relationship": {}}
        for row in self.read("stats"):
            out[row["what"]][row["kind"]] = row["n"]
        return out
