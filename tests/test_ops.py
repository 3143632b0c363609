"""Background operations: results reach the UI thread; a closed screen's results are dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.common import ops
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


def test_delivered_relays_are_released(qtbot) -> None:
    owner = QObject()
    done: list[int] = []
    for i in range(50):
        Op(lambda i=i: i).success(done.append).run(owner)
    qtbot.waitUntil(lambda: len(done) == 50, timeout=10_000)
    _flush_deletes()
    Op(lambda: None).run(owner)  # each start prunes the relays already deleted
    assert len(ops._relays) <= 2
