"""Application-wide filter that catches keyboard-wedge bursts wherever the focus is.

The first keys of a burst reach the focused field before anyone can know they are a burst;
once the detector is confident, the field is put back as it was and the rest is swallowed.
A burst that ends as a valid MRZ shape emits ``mrz_scanned``; any other burst (a ticket
scanned by a handheld reader) emits ``text_scanned``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kiosk.domain.keyboard_wedge import Burst, WedgeDetector

_on_screen = 0  # > 0 while an on-screen keyboard delivers a tap's keys


@contextmanager
def typed_on_screen() -> Iterator[None]:
    """Keys sent inside are a person's taps on an on-screen keyboard: they reach the focused
    widget like any key but never start or extend a reader's burst, however fast they come."""
    global _on_screen
    _on_screen += 1
    try:
        yield
    finally:
        _on_screen -= 1


@cache
def _enter_keys() -> tuple[object, ...]:
    """Return and Enter (looked up on the first key: PySide's ``Qt`` namespace costs the first
    screen ~20 ms)."""
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Return, Qt.Key.Key_Enter


class WedgeFilter(QObject):
    mrz_scanned = Signal(tuple)
    text_scanned = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.detector = WedgeDetector()
        self._snapshot: tuple[QWidget, object, int] | None = None
        self._last_key = -1e9
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or _on_screen or not self._is_target(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in _enter_keys():
            char = "\r"
        elif len(event.text()) == 1 and event.text().isprintable():
            char = event.text()
        else:
            return False
        now = self.clock()
        if now - self._last_key > self.detector.max_gap:
            self._snapshot = _snapshot(QApplication.focusWidget() or watched)
        self._last_key = now
        was_confident = self.detector.confident
        burst = self.detector.feed(char, now)
        if burst is not None:
            self._emit(burst)
            return True
        if self.detector.confident:
            if not was_confident:
                self._restore()
            self._flush_timer.start(int(self.detector.max_gap * 4000))
            return True
        return False

    def flush(self) -> None:
        """Hand over a burst that stopped without completing (called by a timer)."""
        burst = self.detector.flush(self.clock())
        if burst is not None:
            self._emit(burst)

    def _emit(self, burst: Burst) -> None:
        self._flush_timer.stop()
        self._restore()
        lines = burst.mrz_lines()
        if lines is not None:
            self.mrz_scanned.emit(lines)
        else:
            self.text_scanned.emit("\n".join(burst.lines))

    def _restore(self) -> None:
        if self._snapshot is None:
            return
        widget, text, cursor = self._snapshot
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(cursor)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QComboBox):  # type-ahead ("P" of "P<KOR") picked an item
            widget.setCurrentIndex(cursor)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.setChecked(bool(cursor))  # a space toggled it

    @staticmethod
    def _is_target(watched: QObject) -> bool:
        """Each key once: at the focused widget (or the receiving one when nothing has focus)."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return isinstance(watched, QWidget)


def _snapshot(widget: QWidget | None) -> tuple[QWidget, object, int] | None:
    """What the first keys of a burst may change in the focused widget, to put it back."""
    if isinstance(widget, QLineEdit):
        return widget, widget.text(), widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit):
        return widget, widget.toPlainText(), 0
    if isinstance(widget, QComboBox):
        return widget, None, widget.currentIndex()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget, None, int(widget.isChecked())
    return None
