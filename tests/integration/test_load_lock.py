"""Loads of two processes on one store run one at a time (issue 15: one process's loads were
serialised, two `alliance load` processes could interleave): the second waits, saying so, or
fails clearly after `ALLIANCE_LOAD_WAIT`; a killed holder frees the store within its lease."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ROOT = Path(__file__).parents[2]

# Loads `small` in batches of 2; at each batch notes "A" in the events file and pauses, so
# that it holds the lock a while; at its first batch it says so (the `held` file), or, with
# `die`, dies there as a kill would (no clean-up runs, the lease is never released).
HOLDER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from graph.loader import load_dataset
    from graph.settings import Settings
    from graph.store import GraphStore
    from ingest.folder import read_folder

    uri, folder, events, pause, die = sys.argv[1:6]
    def step(name, done, total):
        Path(events).open("a").write("A")
        Path(events + ".held").touch()
        if die == "die":
            os._exit(9)
        time.sleep(float(pause))
    with GraphStore.connect(Settings(), uri=uri) as store:
        load_dataset(store, read_folder(folder), what="folder held", source="folder held",
                     batch_size=2, progress=step)
    Path(events).open("a").write("a")  # the holder's load has ended
""")


def env(store, **more: str) -> dict[str, str]:
    return {**os.environ, "NEO4J_URI": store.uri, "PYTHONPATH": str(ROOT), **more}


def hold(store, events: Path, *, pause: float = 0.4, die: bool = False,
         **settings: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, store.uri, str(FIXTURES / "small"), str(events),
         str(pause), "die" if die else "live"], env=env(store, **settings), cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while not Path(str(events) + ".held").exists():  # another process: nothing to wait on
        assert proc.poll() is None or die, proc.communicate()[1]
        assert time.monotonic() < deadline, "the first load did not start within 90 s"
        time.sleep(0.05)
    return proc


def alliance_load(store, folder: Path, **settings: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "load", "--no-start-local", str(folder)],
        env=env(store, **settings), cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_second_load_waits_for_the_first_and_says_so(store, tmp_path) -> None:
    events = tmp_path / "events"
    first = hold(store, events)
    second = alliance_load(store, FIXTURES / "minimal", ALLIANCE_LOAD_WAIT="120")
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stdout + second.stderr
    assert "waiting: another load holds the store: folder held" in second.stderr
    # Every batch of the first load, and its end, came before the second one loaded.
    assert re.fullmatch(r"A+a", events.read_text()), events.read_text()
    loads = {x["source"]: x for x in store.read("last_loads", limit=5)}
    assert loads["folder held"]["status"] == loads["folder minimal"]["status"] == "complete"
    assert loads["folder minimal"]["started_at"] >= loads["folder held"]["last_loaded_at"]
    assert store.read_text("MATCH (l:LoadLock) RETURN count(l) AS n") == [{"n": 0}]


def test_a_second_load_fails_clearly_once_it_has_waited_load_wait(store, tmp_path) -> None:
    events = tmp_path / "events"
    first = hold(store, events, pause=3)
    try:
        started = time.monotonic()
        second = alliance_load(store, FIXTURES / "minimal", ALLIANCE_LOAD_WAIT="1")
        assert second.returncode == 1, second.stdout + second.stderr
        assert time.monotonic() - started < 60
        said = second.stdout + second.stderr
        assert "another load holds the store: folder held" in said
        assert "ALLIANCE_LOAD_WAIT" in said and "Traceback" not in said
        assert "folder minimal" not in {x["source"] for x in store.read("last_loads", limit=5)}
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_a_killed_holder_blocks_the_next_load_only_until_its_lease_lapses(store, tmp_path):
    events = tmp_path / "events"
    killed = hold(store, events, die=True, ALLIANCE_LOAD_LEASE="3")
    assert killed.wait(timeout=60) == 9
    [lock] = store.read_text("MATCH (l:LoadLock) RETURN l.what AS what")
    assert lock == {"what": "folder held"}

    started = time.monotonic()
    second = alliance_load(store, FIXTURES / "minimal", ALLIANCE_LOAD_WAIT="60")
    assert second.returncode == 0, second.stdout + second.stderr
    assert time.monotonic() - started < 45
    assert store.read_text("MATCH (l:LoadLock) RETURN count(l) AS n") == [{"n": 0}]


@pytest.mark.parametrize("value", ["-1", "soon"])
def test_a_bad_load_wait_setting_is_refused_naming_it(store, value: str) -> None:
    result = alliance_load(store, FIXTURES / "minimal", ALLIANCE_LOAD_WAIT=value)
    assert result.returncode != 0
    assert "load_wait" in (result.stdout + result.stderr).lower()
