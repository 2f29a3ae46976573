"""Reads kept until the graph changes: results keyed by the graph's fingerprint.

The fingerprint (`cypher/graph_fingerprint.cypher`) changes whenever a load starts or ends, in
this process or any other, so a result kept under it is never served once the graph it was read
from has changed. Finding the fingerprint costs one small query; `SharedFingerprint` lets the
requests that arrive while one such query runs share the next one, so that 50 clients cost a
few fingerprint queries per round, not 50.
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
    """The graph's fingerprint as read by a query that started after the caller asked.

    A query already running when a caller arrives may have read the graph before a load the
    caller has seen finish, so the caller waits for the next one; the callers that arrive while
    that one runs all take its answer. An error reaches the caller whose query failed; the
    others try again.
    """

    def __init__(self, read: Callable[[], Hashable]):
        self._read = read
        self._cond = threading.Condition()
        self._running = False
        self._value: Hashable | None = None
        self._started = float("-inf")  # when the query that read `_value` began
        self.queries = 0

    def get(self) -> Hashable:
        asked = time.monotonic()
        with self._cond:
            while True:
                if self._value is not None and self._started >= asked:
                    return self._value
                if not self._running:
                    self._running = True
                    break
                self._cond.wait()
        started = time.monotonic()
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
            self._value, self._started = value, started
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
                 size: Callable[[Any], int] = lambda value: 1,
                 entries: int = ENTRIES_KEPT, max_bytes: int = BYTES_KEPT):
        self._fingerprint = fingerprint
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
