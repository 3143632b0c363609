"""Background operations: results reach the UI thread; a closed screen's results are dropped;
nothing an operation held outlives it; the application exits with one still running."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.common.ops import Op


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_results_and_failures_arrive_on_the_ui_thread(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[str, object, bool]] = []
    ui_thread = threading.current_thread()
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def fail() -> None:
        raise ValueError("disk full")

    Op(work).success(lambda r: seen.append(("ok", r, threading.current_thread() is ui_thread))
                     ).run(owner)
    Op(fail).failure(lambda e: seen.append(("err", str(e),
                                            threading.current_thread() is ui_thread))).run(owner)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen) == [("err", "disk full", True), ("ok", 42, True)]
    assert worker_threads and worker_threads[0] is not ui_thread


def test_a_screen_deleted_while_its_work_runs_gets_no_callback(qtbot) -> None:
    owner = QObject()
    release = threading.Event()
    called: list[object] = []
    Op(lambda: release.wait(5) and "late").success(called.append).failure(called.append).run(
        owner)
    owner.deleteLater()  # the screen goes (sign-out) while the work still runs
    _flush_deletes()
    release.set()
    assert Op.wait_all(5000)
    for _ in range(20):
        QCoreApplication.processEvents()
    assert called == []
    later: list[object] = []
    survivor = QObject()
    Op(lambda: "next").success(later.append).run(survivor)  # the pool is still fine
    qtbot.waitUntil(lambda: later == ["next"], timeout=5000)


class _Payload:
    """Stands for what an operation holds: a receipt's PDF, a slap's images."""

    def __init__(self) -> None:
        self.data = bytes(100_000)


def test_nothing_a_finished_operation_held_stays_referenced(qtbot) -> None:
    """PySide6 6.11's QThreadPool kept every QRunnable it had run, with the function's
    closure: 99 of 100 receipts' worth stayed in memory."""
    owner = QObject()
    held: list[weakref.ref[_Payload]] = []
    returned: list[weakref.ref[_Payload]] = []
    delivered: list[int] = []

    def work(payload: _Payload) -> _Payload:
        result = _Payload()
        returned.append(weakref.ref(result))
        return result

    for _ in range(40):  # one after the other, as an officer's steps run
        payload = _Payload()
        held.append(weakref.ref(payload))
        Op(lambda p=payload: work(p)).success(lambda r: delivered.append(len(r.data))).run(
            owner)
        del payload
        count = len(delivered) + 1
        qtbot.waitUntil(lambda c=count: len(delivered) == c, timeout=5000)
    assert Op.wait_all(5000)
    _flush_deletes()
    gc.collect()
    assert [r for r in held if r() is not None] == []
    assert [r for r in returned if r() is not None] == []


def test_operations_connect_nothing_per_run(qtbot) -> None:
    """Each ``Signal.connect`` keeps a reference to None on PySide6 6.11: a relay connected
    per operation moved None by two or three per operation (tens per enrollment)."""
    owner = QObject()
    done: list[int] = []

    def run_batch(n: int) -> None:
        target = len(done) + n
        for i in range(n):
            Op(lambda i=i: i).success(done.append).run(owner)
        qtbot.waitUntil(lambda: len(done) == target, timeout=10_000)
        assert Op.wait_all(5000)
        _flush_deletes()

    run_batch(10)  # warm-up: the relay and the threads exist
    gc.collect()
    before = sys.getrefcount(None)
    run_batch(100)
    gc.collect()
    assert sys.getrefcount(None) - before < 20


def test_failures_of_any_kind_reach_the_failure_callback(qtbot) -> None:
    """Every exception, even one that is not an Exception, is delivered, never printed as a
    traceback, and the threads keep serving."""
    owner = QObject()
    errors: list[BaseException] = []
    done: list[str] = []

    def interrupted() -> None:
        raise KeyboardInterrupt

    for _ in range(3):  # more than there are threads
        Op(interrupted).failure(errors.append).run(owner)
    Op(lambda: "after").success(done.append).run(owner)
    qtbot.waitUntil(lambda: len(errors) == 3 and done == ["after"], timeout=5000)
    assert all(isinstance(e, KeyboardInterrupt) for e in errors)


EXIT_WITH_WORK_RUNNING = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui.common.ops import Op

app = QApplication([])
window = QWidget()
window.show()
started = threading.Event()

def stuck():  # a device that never answers
    started.set()
    threading.Event().wait()

Op(stuck).success(print).run(window)
started.wait(10)
QTimer.singleShot(0, window.close)  # the officer closes the window while it runs
code = app.exec()
for _ in range(200):  # and work finishing while the interpreter ends
    Op(lambda: bytes(10_000)).success(print).run(app)
print("closed", flush=True)
sys.exit(code)
"""


def test_the_application_exits_with_an_operation_still_running() -> None:
    """The QThreadPool waited for its runnables at exit (forever, for a stuck one) and its
    late emits printed tracebacks."""
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", EXIT_WITH_WORK_RUNNING], env=env,
                          capture_output=True, text=True, timeout=30, cwd=root)
    assert (done.returncode, done.stdout.strip()) == (0, "closed"), done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
