"""The scripted desk's wait moves no reference count, so the soak tests' None/True/False
drift measures the application, not the script driving it.

PySide6 6.11.0 keeps a reference to None (and ~50 bytes) per ``Signal.connect``
(``scripts/pyside_connect_leak.py``); ``wait_until`` once connected a new timer per call,
+4 None references per wait, ~500 over a five-minute soak: the drift the soak reported.
"""

from __future__ import annotations

import gc
import sys

import pytest
from desk_script import wait_until
from PySide6.QtCore import QTimer

pytestmark = pytest.mark.gui

WAITS = 300


def test_waits_keep_no_reference_to_none(qapp) -> None:
    checks = 0

    def every_third_check() -> bool:  # two 5 ms turns of the event loop per wait
        nonlocal checks
        checks += 1
        return checks % 3 == 0

    for _ in range(5):  # warm-up: first loop and timer made
        wait_until(every_third_check, 5.0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(WAITS):
        wait_until(every_third_check, 5.0)
    gc.collect()
    drift = sys.getrefcount(None) - before
    assert checks == (WAITS + 5) * 3
    assert abs(drift) <= 10, f"None refcount {drift:+d} over {WAITS} waits"  # was +4 each


def test_a_wait_inside_a_wait(qapp) -> None:
    """A slot that waits while an outer wait's loop runs gets its own loop and timer."""
    inner_checks: list[int] = []

    def inner() -> None:
        wait_until(lambda: inner_checks.append(1) or len(inner_checks) >= 3, 5.0)

    QTimer.singleShot(0, inner)
    wait_until(lambda: len(inner_checks) >= 3, 5.0)
    wait_until(lambda: True, 1.0)  # and both are usable afterwards
    assert len(inner_checks) == 3
