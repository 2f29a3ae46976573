"""Reads kept under the graph's fingerprint: computed once, never older than the caller."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from graph.read_cache import ReadCache, SharedFingerprint


def test_a_kept_read_is_computed_once_for_callers_that_ask_at_once() -> None:
    calls = 0
    release = threading.Event()

    def compute() -> tuple[str, bool]:
        nonlocal calls
        calls += 1
        release.wait(5)
        return "result", True

    cache = ReadCache(lambda: "fp1")
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(cache.get, "key", compute) for _ in range(8)]
        time.sleep(0.1)
        release.set()
        assert {f.result() for f in futures} == {"result"}
    assert calls == 1
    assert cache.get("key", compute) == "result" and calls == 1


def test_a_new_fingerprint_reads_again_and_a_result_not_to_keep_is_not_kept() -> None:
    fingerprint = ["fp1"]
    cache = ReadCache(lambda: fingerprint[0])
    assert cache.get("key", lambda: ("old", True)) == "old"
    fingerprint[0] = "fp2"
    assert cache.get("key", lambda: ("new", True)) == "new"
    assert cache.get("other", lambda: ("previous", False)) == "previous"
    assert cache.get("other", lambda: ("current", True)) == "current"
    assert cache.computations == 3 + 1


def test_a_shared_fingerprint_is_never_one_read_before_the_call() -> None:
    """A caller arriving while a read runs waits for the next read: the running one may have
    started before a load the caller saw finish."""
    started = threading.Event()
    release = threading.Event()
    values = iter(["before", "after"])

    def read() -> str:
        value = next(values)
        if value == "before":
            started.set()
            release.wait(5)
        return value

    shared = SharedFingerprint(read)
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(shared.get)
        started.wait(5)
        late = pool.submit(shared.get)  # arrives while "before" is being read
        time.sleep(0.05)
        release.set()
        assert first.result() == "before"
        assert late.result() == "after"
    assert shared.queries == 2


class Counter:
    """A fingerprint read that counts its queries and answers what `value` holds."""

    def __init__(self) -> None:
        self.value = "fp1"
        self.queries = 0

    def __call__(self) -> str:
        self.queries += 1
        return self.value


def test_a_fingerprint_read_within_the_staleness_bound_is_shared_without_a_query() -> None:
    read = Counter()
    shared = SharedFingerprint(read, max_age=60)
    assert shared.peek() is None  # nothing read yet: the caller must ask Neo4j
    assert shared.get() == "fp1"
    read.value = "fp2"  # another process loads: seen only once the bound has passed
    assert shared.get() == "fp1" and shared.peek() == "fp1"
    assert read.queries == 1


def test_a_write_by_this_process_makes_the_fingerprint_read_again_at_once() -> None:
    read = Counter()
    writes = [0]
    shared = SharedFingerprint(read, max_age=60, writes=lambda: writes[0])
    assert shared.get() == "fp1"
    read.value, writes[0] = "fp2", 1  # a load in this process
    assert shared.peek() is None
    assert shared.get() == "fp2" and shared.peek() == "fp2"
    assert read.queries == 2


def test_a_fingerprint_older_than_the_staleness_bound_is_read_again() -> None:
    read = Counter()
    now = [100.0]
    shared = SharedFingerprint(read, max_age=0.05, clock=lambda: now[0])
    assert shared.get() == "fp1"
    read.value = "fp2"
    now[0] += 0.1  # the bound has passed
    assert shared.peek() is None
    assert shared.get() == "fp2" and read.queries == 2


def test_a_peek_at_the_cache_returns_only_what_is_kept_under_a_recent_fingerprint() -> None:
    recent: list[str | None] = [None]
    cache = ReadCache(lambda: "fp1", peek=lambda: recent[0])
    assert cache.get("key", lambda: ("result", True)) == "result"
    assert cache.peek("key") is None  # no recent fingerprint at hand: ask through `get`
    recent[0] = "fp1"
    assert cache.peek("key") == "result" and cache.peek("other") is None
    recent[0] = "fp2"  # the graph changed: what was kept under fp1 is not served
    assert cache.peek("key") is None
