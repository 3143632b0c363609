"""Spin boxes, combo boxes and date fields on a scrolling form take the mouse wheel only
when they have the keyboard focus: scrolling the page over one no longer changes its value
(a threshold or a nationality changed by a wheel turn meant for the page)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

WHEEL_EDITORS = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Event filter: a wheel event for an unfocused editor is left to its parents (the page
    scrolls) instead of stepping the value."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and (focus is watched or watched.isAncestorOf(focus)):
            return False
        event.ignore()  # not accepted: Qt offers a real wheel event to the parents next
        return True


_GUARD: WheelGuard | None = None


def _guard() -> WheelGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    return _GUARD


def guard(editor: QWidget) -> None:
    """Make one editor take the wheel only when focused (and not take focus from it)."""
    editor.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    editor.removeEventFilter(_guard())  # once, however often a form is guarded
    editor.installEventFilter(_guard())


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box, date field and combo box under ``root`` (call once the form is
    built; an editor added later is guarded with :func:`guard`)."""
    for kind in WHEEL_EDITORS:
        for editor in root.findChildren(kind):
            guard(editor)
