"""The stall meter itself: it must see a blocked UI thread."""

from __future__ import annotations

import time

import pytest
from heartbeat import Heartbeat

pytestmark = pytest.mark.gui


def test_heartbeat_sees_a_150_ms_block(qtbot) -> None:
    beat = Heartbeat()
    beat.start()
    qtbot.wait(50)
    time.sleep(0.15)  # the UI thread does something it should not
    qtbot.wait(50)
    beat.stop()
    assert 140 <= beat.longest_stall_ms <= 400
    assert len(beat.gaps_ms) > 5
