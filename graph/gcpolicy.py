"""Keep Python's cyclic garbage collector off the projected graph and the analytics' findings.

A projected graph is millions of long-lived objects at a hundred times the bundled data (a dict
per node, per edge and per adjacency), and they live until the data changes. CPython's
collector rescans every tracked object at each full collection, and the analytics allocate
enough (findings, evidence, cells) to set off many: it took 30–50 % of their time at scale.

- `settle()` collects once, then moves everything alive into the permanent generation
  (`gc.freeze`), which no collection scans. The service calls it after each projection, so the
  graph it will analyse for hours is never rescanned.
- `release()` moves those objects back (`gc.unfreeze`): the service calls it before settling the
  next graph, so the graph it replaces can be collected.
- `paused()` holds the collector off while an analytic runs (`gc.disable`, counted across
  threads: it comes back when the last analytic running ends). What an analytic allocates is
  freed by reference counting as usual; only cyclic garbage waits until the end of the run.
  A load holds it off the same way while it builds its rows (`loadrows.prepare`, the offline
  importer's CSV), so a load and an analytic running side by side in one process share the count.

The benchmarks call the same helpers (`benchmarks/analytics.py`), so their figures are what a
user of the service gets.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
# Whether the collector was on when the first pause began: a caller that had turned it off
# keeps it off.
_was_enabled: list[bool] = []


def settle() -> None:
    """Collect once, then keep everything alive now out of every later collection."""
    gc.collect()
    gc.freeze()


def release() -> None:
    """Put what `settle` froze back under the collector (before dropping a settled graph)."""
    gc.unfreeze()


@contextmanager
def paused() -> Iterator[None]:
    """Hold the cyclic collector off for the block (re-entrant, shared by threads).

    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    global _paused
    with _lock:
        _paused += 1
        if _paused == 1:
            enabled = gc.isenabled()
            gc.disable()
            _was_enabled.append(enabled)
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled.pop():
                gc.enable()
