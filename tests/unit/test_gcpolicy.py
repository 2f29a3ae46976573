"""The collector policy of the service: settled graphs are frozen, analytics run paused."""

import gc
import threading

from graph import gcpolicy


def test_settle_freezes_what_is_alive_and_release_gives_it_back():
    kept = [{"node": i} for i in range(1000)]
    try:
        gcpolicy.settle()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gcpolicy.release()
    assert gc.get_freeze_count() == 0


def test_pause_is_reentrant_and_the_collector_returns_after_the_outermost():
    assert gc.isenabled()
    with gcpolicy.paused():
        with gcpolicy.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_returns_only_when_the_last_thread_paused_ends():
    inside, leave = threading.Event(), threading.Event()

    def analytic() -> None:
        with gcpolicy.paused():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=analytic)
    worker.start()
    inside.wait(5)
    with gcpolicy.paused():
        pass
    assert not gc.isenabled()  # the other analytic still runs
    leave.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off_after_a_pause():
    gc.disable()
    try:
        with gcpolicy.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
