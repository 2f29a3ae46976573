"""Loads of several processes on one store run one at a time: a lock node with a lease.

Each batch of a load reads the claims it then rewrites (`graph.loader`), so two loads that
interleave on a shared record lose one of the two claims. Within a process the loader's own
lock keeps loads apart; across processes (two `alliance load`, a CLI load during an upload
to the API) this lock does.

Why a node in Neo4j, not a file lock in the state folder: the node lives where the data
lives, so it serialises every process that writes to the store, whatever machine or
container it runs in and whichever state folder it has (a file lock would only see the
processes of one machine that share a state folder, and not the API in its container). It
is taken in its own transaction (`take_load_lock`: MERGE on a unique id, then a write that
takes the node's write lock before the holder is read), so two takers cannot both win.

A crashed holder cannot block for ever: the lock is a lease that lapses `load_lease` seconds
after it was last renewed; the holder renews it from a thread every third of the lease, so a
load of any length keeps it, and a killed one (whose thread dies with it) frees it within a
lease. A load that finds the lock held waits, saying once who holds it (a warning on the
`alliance.load` logger, which the CLI prints), and fails with `LoadBusy` once it has waited
`load_wait` seconds.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import Any

from graph import cypher
from graph.errors import AllianceError, LoadBusy
from graph.store import GraphStore

log = logging.getLogger("alliance.load")

LOCK_ID = "loads"
#: How often a waiting load asks again (seconds; at most a tenth of the lease).
POLL_SECONDS = 0.5


def _holder() -> str:
    return f"pid {os.getpid()} on {socket.gethostname()} ({uuid.uuid4().hex[:8]})"


class LoadLock:
    """The store's load lock, held for the duration of a `with` block (see the module)."""

    def __init__(self, store: GraphStore, *, what: str, lease: float | None = None,
                 wait: float | None = None, on_wait: Callable[[str], None] | None = None):
        settings = store.settings
        self.store, self.what = store, what
        self.lease = lease if lease is not None else settings.load_lease
        self.wait = wait if wait is not None else settings.load_wait
        self.on_wait = on_wait or log.warning
        self.holder = _holder()
        self.lost = False
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _params(self) -> dict[str, Any]:
        return {"id": LOCK_ID, "holder": self.holder, "lease_ms": int(self.lease * 1000)}

    def acquire(self) -> None:
        self.store.apply_schema()  # the lock's unique id is what makes taking it atomic
        deadline = time.monotonic() + self.wait
        said = False
        while True:
            [row] = self.store.write_rows(cypher.load("take_load_lock").text, what=self.what,
                                          **self._params())
            if row["taken"]:
                break
            busy = (f"another load holds the store: {row['what']} ({row['holder']}, since "
                    f"{row['since']}; its lease runs to {row['expires_at']} unless renewed)")
            if time.monotonic() >= deadline:
                raise LoadBusy(f"{busy}; waited {self.wait:g} s (ALLIANCE_LOAD_WAIT) — try "
                               "again when it has finished")
            if not said:
                self.on_wait(f"waiting: {busy}; this load of {self.what} starts when it "
                             f"ends (at most {self.wait:g} s, ALLIANCE_LOAD_WAIT)")
                said = True
            time.sleep(min(POLL_SECONDS, self.lease / 10,
                           max(deadline - time.monotonic(), 0.01)))
        self._start_renewing()

    def _renew(self) -> None:
        while not self._stop.wait(self.lease / 3):
            try:
                rows = self.store.write_rows(cypher.load("renew_load_lock").text,
                                             **self._params())
            except AllianceError as exc:  # Neo4j away: the load itself will say so
                log.warning("the load lock's lease could not be renewed: %s", exc)
                continue
            if not rows:
                self.lost = True
                log.error("the load lock was lost (its lease lapsed before it was renewed); "
                          "another load may be running alongside %s", self.what)
                return

    def _start_renewing(self) -> None:
        self._stop = threading.Event()
        self._renewer = threading.Thread(target=self._renew, name="load-lock-lease",
                                         daemon=True)
        self._renewer.start()

    def _stop_renewing(self) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join(timeout=self.lease)
            self._renewer = None

    def pause(self) -> None:
        """Stop renewing, for a holder about to replace the store under the lock (the offline
        importer's swap, which brings the lock node along in the new store).

        A renewal sent while the store is down or just replaced waits out the driver's
        retries and bookmarks of the old store (tens of seconds), and the release waits for
        the renewal."""
        self._stop_renewing()

    def resume(self) -> None:
        """Renew at once in the store now in place, then again every third of the lease;
        `LoadBusy` if the lock is no longer this holder's (its lease lapsed meanwhile and
        another load took it)."""
        if not self.store.write_rows(cypher.load("renew_load_lock").text, **self._params()):
            self.lost = True
            raise LoadBusy(f"the load lock was lost while the store was replaced (its lease "
                           f"of {self.lease:g} s, ALLIANCE_LOAD_LEASE, lapsed); another load "
                           f"may be running alongside {self.what}")
        self._start_renewing()

    def release(self) -> None:
        self._stop_renewing()
        # Neo4j may be why the load ended; then the lease lapses by itself.
        try:
            self.store.write_rows(cypher.load("release_load_lock").text, id=LOCK_ID,
                                  holder=self.holder)
        except AllianceError as exc:
            log.warning("the load lock could not be released (it lapses in %g s): %s",
                        self.lease, exc)

    def __enter__(self) -> LoadLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


class ProcessHold:
    """The load lock for this process's loads: taken by the outermost load, kept by the loads
    nested in it (the loader's own lock already keeps this process's threads apart)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: dict[tuple[str, str], tuple[LoadLock, int]] = {}

    def enter(self, store: GraphStore, what: str) -> None:
        key = (store.uri, store.database or "")
        with self._guard:
            held = self._held.get(key)
            if held is not None:
                self._held[key] = (held[0], held[1] + 1)
                return
        lock = LoadLock(store, what=what)
        lock.acquire()
        with self._guard:
            self._held[key] = (lock, 1)

    def lock_of(self, store: GraphStore) -> LoadLock:
        """The lock this process holds on `store` (KeyError if it holds none)."""
        with self._guard:
            return self._held[(store.uri, store.database or "")][0]

    def exit(self, store: GraphStore) -> None:
        key = (store.uri, store.database or "")
        with self._guard:
            lock, depth = self._held[key]
            if depth > 1:
                self._held[key] = (lock, depth - 1)
                return
            del self._held[key]
        lock.release()


HOLD = ProcessHold()
