"""Watches the officer's input and drives the core's IdleTracker once a second.

It watches the windows (each QWindow receives every key, mouse and touch event of its widgets
before they are dispatched), not the whole application: an application-wide Python filter
is entered for every event of every widget, and each entry waits for the interpreter lock
that a busy analysis thread holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication

from kiosk.accounts.idle import IdleState, IdleTracker

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
}


class IdleWatch(QObject):
    """Emits ``warning(seconds_left)`` during the warning period and ``locked`` once."""

    warning = Signal(int)
    active = Signal()
    locked = Signal()

    def __init__(self, lock_after_s: float, warn_before_s: float,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.tracker = IdleTracker(lock_after_s, warn_before_s, clock())
        self.tracker.locked = True  # nothing to lock until someone signs in
        self._last_state = IdleState.LOCKED
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.poll)
        self._watching = False  # the windows' events, from the first start() (not before the
        # first screen: each Qt type the filter meets costs its enums)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: Qt keeps one entry per filter

    def _watch_windows(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def start(self) -> None:
        """Begin watching (after a sign-in or unlock)."""
        self.tracker.unlock(self.clock())
        self._last_state = IdleState.ACTIVE
        if not self._watching:
            self._watching = True
            QGuiApplication.instance().focusWindowChanged.connect(self._watch)
        self._watch_windows()  # the windows exist by now
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.tracker.locked = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.tracker.activity(self.clock())
        return False

    def poll(self) -> None:
        """Check the tracker now (the timer calls this every second)."""
        state, left = self.tracker.state(self.clock())
        if state is IdleState.WARNING:
            self.warning.emit(int(left) + 1)
        elif state is IdleState.ACTIVE and self._last_state is IdleState.WARNING:
            self.active.emit()
        elif state is IdleState.LOCKED and self._last_state is not IdleState.LOCKED:
            self.timer.stop()
            self.locked.emit()
        self._last_state = state

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None and self._watching:
            self._watching = False
            app.focusWindowChanged.disconnect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
