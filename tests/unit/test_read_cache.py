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
