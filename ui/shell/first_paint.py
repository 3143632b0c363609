"""Run something once a widget has been painted: background work that would compete with
drawing the first screen (the GIL, two cores) starts only after it is on the screen.

The paint is seen by a one-pixel child that draws nothing, not by an event filter: a filter
in Python meets every event of the widget, and PySide builds each event's Python type (and
its enums) on the first one it converts, some 40 types before the first screen is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

FALLBACK_MS = 1000  # a window that is never exposed (minimised, hidden) still gets it


class _Probe(QWidget):
    """A transparent one-pixel child in the top-left corner, on top of its siblings: it is
    painted with the first paint of its parent there, then goes."""

    def __init__(self, parent: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(parent)
        self._painted: Callable[[], None] | None = painted
        self.setGeometry(0, 0, 1, 1)
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:  # draws nothing
        painted, self._painted = self._painted, None
        if painted is not None:
            painted()


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget.window())  # (the window's: the widget may be rebuilt first)
        self._then: Callable[[], None] | None = then
        self._probe = _Probe(widget, lambda: QTimer.singleShot(0, self, self._fire))
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def _fire(self) -> None:
        """After the paint has reached the screen (or the fallback), once."""
        then, self._then = self._then, None
        if then is None:
            return
        if shiboken6.isValid(self._probe):
            self._probe.deleteLater()
        self.deleteLater()
        then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` on the UI thread once ``widget`` has been painted (or after
    :data:`FALLBACK_MS`, whichever comes first; also if the widget is deleted before), once,
    unless its window is deleted first."""
    _AfterPaint(widget, then)
