"""Run something once a widget has been painted: background work that would compete with
drawing the first screen (the GIL, two cores) starts only after it is on the screen."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that is never exposed (minimised, hidden) still gets it


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget.window())  # (the window's: the widget may be rebuilt first)
        self._widget, self._then = widget, then
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        if shiboken6.isValid(self._widget):
            self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` on the UI thread once ``widget`` has been painted (or after
    :data:`FALLBACK_MS`, whichever comes first; also if the widget is deleted before), once,
    unless its window is deleted first."""
    _AfterPaint(widget, then)
