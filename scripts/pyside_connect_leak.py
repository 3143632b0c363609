"""Show PySide6's per-connection leak: each ``Signal.connect`` keeps one reference to None
and ~50 bytes of Python heap, each ``disconnect`` another reference to None.

    .venv/bin/python scripts/pyside_connect_leak.py [N]

Measured on PySide6 6.11.0 / Python 3.11: +1 None per connect, +2 per connect+disconnect,
~53 bytes per connect on the Python heap (never freed); emits, timers and event loops move
nothing. Harmless at a few connections per screen or per enrollment (None is never freed),
but code that connects per frame or per wait leaks without bound, so connect once and reuse.
"""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal


class _Emitter(QObject):
    value = Signal(object)


def _measure(calls: int, action) -> tuple[int, float]:
    """None references and Python-heap KiB kept after ``calls`` runs of ``action``."""
    for _ in range(100):
        action()
    gc.collect()
    before = sys.getrefcount(None)
    tracemalloc.start()
    start = tracemalloc.take_snapshot()
    for _ in range(calls):
        action()
    gc.collect()
    heap = sum(d.size_diff for d in tracemalloc.take_snapshot().compare_to(start, "filename"))
    tracemalloc.stop()
    return sys.getrefcount(None) - before, heap / 1024


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    app = QCoreApplication.instance() or QCoreApplication([])
    loop = QEventLoop()
    emitter = _Emitter()
    emitter.value.connect(lambda _v: None)
    timer = QTimer()
    timer.setInterval(0)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)

    def connect() -> None:
        source = QTimer()
        source.timeout.connect(loop.quit)

    def connect_disconnect() -> None:
        source = QTimer()
        link = source.timeout.connect(loop.quit)
        source.timeout.disconnect(link)

    def run_timer() -> None:
        timer.start()
        loop.exec()

    cases = {
        "new QTimer, no connection": QTimer,
        "new QTimer + connect": connect,
        "new QTimer + connect + disconnect": connect_disconnect,
        "emit(None) to a lambda": lambda: emitter.value.emit(None),
        "one timer restarted, loop run": run_timer,
    }
    print(f"PySide6 {pyside_version}, Python {sys.version.split()[0]}, {calls} calls each")
    print(f"{'action':36} {'None refs/call':>14} {'heap B/call':>12}")
    for name, action in cases.items():
        refs, kib = _measure(calls, action)
        print(f"{name:36} {refs / calls:>+14.2f} {kib * 1024 / calls:>+12.1f}")
    del app


if __name__ == "__main__":
    main()
