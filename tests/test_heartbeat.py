"""The stall meter itself: it must see a blocked UI thread."""

from __future__ import annotations

import time

import pytest
from heartbeat import Heartbeat

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
