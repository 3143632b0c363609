"""The stall meter itself: it must see a blocked UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from heartbeat import Heartbeat, StallSampler, thread_schedstat

pytestmark = pytest.mark.gui


def test_heartbeat_sees_a_150_ms_block(qtbot) -> None:
    beat = Heartbeat()
    beat.start()
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= 3, timeout=10_000)
    time.sleep(0.15)  # the UI thread does something it should not (the scenario, not a wait)
    ticks = len(beat.gaps_ms)
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= ticks + 3, timeout=10_000)
    beat.stop()
    # at least the block (a loaded machine only adds to it)
    assert beat.longest_stall_ms >= 140, beat.gaps_ms


@pytest.mark.skipif(thread_schedstat(threading.main_thread().native_id or 0) is None,
                    reason="the kernel gives no per-thread schedstat (Linux only)")
def test_stall_sampler_tells_a_blocked_ui_thread_from_a_busy_one(qtbot) -> None:
    beat = Heartbeat()
    sampler = StallSampler(beat)
    sampler.start()
    beat.start()
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= 3, timeout=10_000)
    time.sleep(0.15)  # blocked: the UI thread waits without running (the scenario)
    ticks = len(beat.gaps_ms)
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= ticks + 3, timeout=10_000)
    spun_until = time.thread_time() + 0.15
    while time.thread_time() < spun_until:  # busy: 150 ms of the UI thread's own CPU time
        pass
    ticks = len(beat.gaps_ms)
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= ticks + 3, timeout=10_000)
    qtbot.waitUntil(lambda: len(sampler.stalls) >= 2, timeout=10_000)
    beat.stop()
    sampler.stop()
    blocked = max(sampler.stalls, key=lambda s: s.blocked_ms)
    busy = max(sampler.stalls, key=lambda s: s.on_cpu_ms)
    assert blocked.blocked_ms >= 100 and blocked.on_cpu_ms < 50, sampler.stalls
    assert busy.on_cpu_ms >= 100 and busy.blocked_ms < 50, sampler.stalls
    assert sampler.stall_ending(busy.end) is busy


def test_stall_sampler_keeps_no_local_of_the_stalled_function(qtbot) -> None:
    """A sampled frame held after its function returned kept that function's locals alive
    (a paintEvent's QPainter, ended later off the UI thread: ``bench_desk.py --why``
    crashed)."""
    import weakref

    class Painter:  # stands for the QPainter local of a paintEvent
        pass

    beat = Heartbeat()
    sampler = StallSampler(beat)
    sampler.start()
    beat.start()
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= 3, timeout=10_000)

    def paint_event() -> weakref.ref:
        painter = Painter()
        time.sleep(0.1)  # the UI thread stalls in it (the scenario), the sampler samples
        return weakref.ref(painter)

    painter = paint_event()
    ticks = len(beat.gaps_ms)
    qtbot.waitUntil(lambda: len(beat.gaps_ms) >= ticks + 3, timeout=10_000)
    qtbot.waitUntil(lambda: bool(sampler.samples), timeout=10_000)
    beat.stop()
    alive = painter() is not None
    sampler.stop()
    assert not alive, "the sampler still holds the stalled function's frame"
