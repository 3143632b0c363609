"""Standby threads: spawn runs a function on a parked thread without starting one."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from kiosk.domain.threads import StandbyThreads


@pytest.fixture
def pool():
    pool = StandbyThreads(parked=2, name="test-standby")
    pool.prepare()
    yield pool
    pool.close()


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met"
        time.sleep(0.005)


def test_spawn_runs_on_a_parked_thread_without_starting_one(pool, monkeypatch) -> None:
    wait_for(lambda: pool.idle == 2)
    started_here: list[str] = []
    real_start = threading.Thread.start

    def start(thread: threading.Thread) -> None:
        if threading.current_thread() is threading.main_thread():
            started_here.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    seen: list[tuple[str, int]] = []
    gate = threading.Event()

    def work(value: int) -> None:
        seen.append((threading.current_thread().name, value))
        gate.wait(10)

    handle = pool.spawn(work, 7, name="worker-7")
    wait_for(lambda: bool(seen))
    assert seen == [("worker-7", 7)] and handle.is_alive() and not handle.is_current()
    assert not handle.join(0.01)
    gate.set()
    assert handle.join(10) and not handle.is_alive()
    assert not started_here  # the caller never waited for a new thread
    wait_for(lambda: pool.idle == 2)  # topped up and given back, never more than parked


def test_more_work_than_parked_threads_all_runs_and_the_extra_threads_end(pool) -> None:
    gate = threading.Event()
    current: list[bool] = []
    handles = []

    def work() -> None:
        current.append(handles[-1].is_current() if handles else False)
        gate.wait(10)

    handles = [pool.spawn(work, name=f"w{i}") for i in range(5)]
    wait_for(lambda: len(current) == 5)
    assert all(h.is_alive() for h in handles)
    gate.set()
    assert all(h.join(10) for h in handles)
    wait_for(lambda: pool.idle == 2)
    names = [t.name for t in threading.enumerate() if t.name.startswith("test-standby")]
    wait_for(lambda: len([t for t in threading.enumerate()
                          if t.name == "test-standby"]) == 2)
    assert "test-standby-keeper" in names


def test_an_exception_is_logged_and_the_thread_serves_again(pool, caplog) -> None:
    caplog.set_level(logging.ERROR, logger="kiosk.domain.threads")

    def fail() -> None:
        raise ValueError("boom")

    assert pool.spawn(fail, name="failing").join(10)
    assert "thread failing failed" in caplog.text
    done = []
    assert pool.spawn(done.append, 1).join(10) and done == [1]



def test_never_more_threads_parked_than_asked_when_work_ends_before_the_top_up(pool) -> None:
    """The keeper's top-up threads parked even when threads that had finished work already
    had: four waited for two asked (and a test waiting for exactly two hung)."""
    wait_for(lambda: pool.idle == 2)
    run, top_up = pool._run, threading.Event()

    def late_run(job) -> None:  # the top-up threads reach their mailbox after the work ends
        if job is None:
            top_up.wait(10)
        run(job)

    pool._run = late_run
    gate = threading.Event()
    handles = [pool.spawn(gate.wait, 10, name=f"w{i}") for i in range(2)]  # both parked ones
    wait_for(lambda: pool._starting == 2)   # the keeper tops up: two threads on their way
    gate.set()
    assert all(h.join(10) for h in handles)
    assert pool.idle == 2                   # the two that worked are parked again
    top_up.set()
    wait_for(lambda: pool._starting == 0)   # (each decides under the lock it counts down in)
    assert pool.idle == 2
