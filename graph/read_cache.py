"""Reads kept until the graph changes: results keyed by the graph's fingerprint.

The fingerprint (`cypher/graph_fingerprint.cypher`) changes whenever a load starts or ends, in
this process or any other, so a result kept under it is not served once the graph it was read
from has changed. Finding the fingerprint costs one small query; `SharedFingerprint` reads it
again only when this process has written since (so its own loads are seen at once) or when the
last reading is older than a bound (`ALLIANCE_READ_STALENESS`, for loads by other processes),
and the requests that arrive while one such query runs share the next one.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

#: How many results a cache keeps, and how many bytes of them (the larger ones count more).
ENTRIES_KEPT = 1024
BYTES_KEPT = 64 * 1024 * 1024


class SharedFingerprint:
    """The graph's fingerprint as read by a query recent enough for the caller.

    Recent enough: begun after every write this process had made when the caller asked
    (`writes`, a count that grows with each), and at most `max_age` seconds before the
    caller asked; with `max_age=0`, begun after the caller asked. A query already running
    when a caller arrives may be too old for it (it may have read the graph before a load the
    caller has seen finish), so the caller waits for the next one; the callers that arrive
    while that one runs all take its answer. An error reaches the caller whose query failed;
    the others try again.
    """

    def __init__(self, read: Callable[[], Hashable], *, max_age: float = 0.0,
                 writes: Callable[[], int] = lambda: 0,
                 clock: Callable[[], float] = time.monotonic):
        self._read = read
        self._clock = clock
        self._max_age = max_age
        self._writes = writes
        self._cond = threading.Condition()
        self._running = False
        # The latest reading: (value, when its query began, the writes made by then). One
        # tuple, replaced whole, so that `peek` reads it without the lock.
        self._latest: tuple[Hashable, float, int] | None = None
        self.queries = 0

    def _fresh(self, asked: float, writes: int) -> Hashable | None:
        latest = self._latest
        if latest is None:
            return None
        value, started, writes_then = latest
        if writes_then >= writes and started >= asked - self._max_age:
            return value
        return None

    def peek(self) -> Hashable | None:
        """The fingerprint if a recent enough reading is at hand, else None: never waits."""
        writes = self._writes()
        return self._fresh(self._clock(), writes)

    def get(self) -> Hashable:
        writes = self._writes()
        asked = self._clock()
        with self._cond:
            while True:
                value = self._fresh(asked, writes)
                if value is not None:
                    return value
                if not self._running:
                    self._running = True
                    break
                self._cond.wait()
        writes_then = self._writes()
        started = self._clock()
        try:
            value = self._read()
        except BaseException:
            with self._cond:
                self._running = False
                self._cond.notify_all()
            raise
        with self._cond:
            self.queries += 1
            self._running = False
            self._latest = (value, started, writes_then)
            self._cond.notify_all()
        return value


class _Flight:
    """One computation that several threads want: the first runs it, the others wait for its
    result (or its error) instead of running it again."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class SingleFlight:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flights: dict[Any, _Flight] = {}

    def busy(self, key: Any) -> bool:
        with self._lock:
            return key in self._flights

    def run(self, key: Any, compute: Callable[[], T]) -> T:
        with self._lock:
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.result
        try:
            flight.result = compute()
            return flight.result
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                del self._flights[key]
            flight.done.set()


class ReadCache:
    """Results of reads, each kept under the fingerprint of the graph it was read from.

    `get(key, compute)` returns the result kept for `key` on the graph as it is now, or runs
    `compute` once however many threads ask at the same moment. `compute` returns the result
    and whether it may be kept (a result marked as computed on an older graph may not).
    `size` tells the bytes a result takes (results are usually encoded responses).
    """

    def __init__(self, fingerprint: Callable[[], Hashable], *,
                 peek: Callable[[], Hashable | None] = lambda: None,
                 size: Callable[[Any], int] = lambda value: 1,
                 entries: int = ENTRIES_KEPT, max_bytes: int = BYTES_KEPT):
        self._fingerprint = fingerprint
        self._peek = peek
        self._size = size
        self._entries = entries
        self._max_bytes = max_bytes
        self._lock = threading.Lock()
        self._kept: OrderedDict[tuple[Hashable, Hashable], tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._current: Hashable = None
        self._flights = SingleFlight()
        self.hits = 0
        self.computations = 0

    def get(self, key: Hashable, compute: Callable[[], tuple[T, bool]]) -> T:
        full = (self._fingerprint(), key)
        kept = self._kept_value(full)
        if kept is not None:
            return kept[0]

        def lead() -> T:
            # Another leader may have kept it between our look and our flight.
            again = self._kept_value(full)
            if again is not None:
                return again[0]
            value, keep = compute()
            with self._lock:
                self.computations += 1
                if keep:
                    self._keep(full, value)
            return value

        return self._flights.run(full, lead)

    def peek(self, key: Hashable) -> Any | None:
        """The result kept for `key` if the fingerprint at hand is recent enough (`peek` of
        `SharedFingerprint`), else None: never waits, never queries, so an event loop may
        call it and hand only the misses to a thread."""
        fingerprint = self._peek()
        if fingerprint is None:
            return None
        kept = self._kept_value((fingerprint, key))
        return None if kept is None else kept[0]

    def _kept_value(self, full: tuple[Hashable, Hashable]) -> tuple[Any, int] | None:
        with self._lock:
            kept = self._kept.get(full)
            if kept is not None:
                self._kept.move_to_end(full)
                self.hits += 1
            return kept

    def _keep(self, full: tuple[Hashable, Hashable], value: Any) -> None:
        size = self._size(value)
        if size > self._max_bytes:
            return
        if full[0] != self._current:
            # Results of another graph are not asked for again (fingerprints only move on).
            self._kept.clear()
            self._bytes = 0
            self._current = full[0]
        self._kept[full] = (value, size)
        self._bytes += size
        while len(self._kept) > self._entries or self._bytes > self._max_bytes:
            self._bytes -= self._kept.popitem(last=False)[1][1]

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._bytes = 0
