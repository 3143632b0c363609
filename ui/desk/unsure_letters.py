"""Name letters the document camera was unsure of, highlighted one by one in the form's fields.

Names carry no check digit, so a doubtful letter is shown to the officer instead of guessed:
each is painted amber and underlined inside its field (a text format of the line edit's
layout, as an input method marks its text), and the officer works through them with the
keyboard: the first is selected, so typing the right letter replaces it; F7 confirms the
selected one as read and selects the next. Typing in a field confirms all of its letters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import QLineEdit

from ui.common import style

CONFIRM_KEY = "F7"
FIELD_ORDER = ("surname", "given_names")


def paint_letters(edit: QLineEdit, indices: tuple[int, ...] | list[int]) -> None:
    """Highlight the characters at ``indices`` of ``edit`` (an empty list clears them)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(style.COLOURS[style.WARNING][0]))
    fmt.setForeground(QColor("#ffffff"))
    fmt.setFontUnderline(True)
    cursor = edit.cursorPosition()
    kind = QInputMethodEvent.AttributeType.TextFormat
    attributes = [QInputMethodEvent.Attribute(kind, i - cursor, 1, fmt) for i in indices
                  if 0 <= i < len(edit.text())]
    QCoreApplication.sendEvent(edit, QInputMethodEvent("", attributes))


class UnsureLetters:
    """The doubtful letters of the name fields, in reading order."""

    def __init__(self, inputs: dict[str, QLineEdit]) -> None:
        self._inputs = inputs
        self.marks: dict[str, list[int]] = {}

    def set(self, marks: dict[str, tuple[int, ...]]) -> None:
        """Highlight ``marks`` (field -> character indices), replacing any earlier ones."""
        self.clear()
        self.marks = {name: sorted(marks[name]) for name in FIELD_ORDER if marks.get(name)}
        for name, indices in self.marks.items():
            paint_letters(self._inputs[name], indices)

    def clear(self) -> None:
        for name in list(self.marks):
            self.clear_field(name)

    def clear_field(self, name: str) -> None:
        """The officer typed in ``name``: its letters are confirmed."""
        if self.marks.pop(name, None) is not None:
            paint_letters(self._inputs[name], [])

    def remaining(self) -> list[tuple[str, int]]:
        return [(name, i) for name in FIELD_ORDER for i in self.marks.get(name, [])]

    def select_first(self) -> bool:
        """Focus the first doubtful letter, selected so that typing replaces it."""
        left = self.remaining()
        if not left:
            return False
        self._select(*left[0])
        return True

    def _select(self, name: str, index: int) -> None:
        edit = self._inputs[name]
        edit.setFocus()
        edit.setSelection(index, 1)

    def confirm_selected(self) -> str | None:
        """F7: the selected doubtful letter (else the first) matches the document; select the
        next. Returns the field whose last letter was just confirmed, if any."""
        left = self.remaining()
        if not left:
            return None
        current = left[0]
        for name, index in left:
            edit = self._inputs[name]
            if edit.hasFocus() and edit.selectionStart() == index:
                current = (name, index)
                break
        name, index = current
        self.marks[name].remove(index)
        done = None
        if self.marks[name]:
            paint_letters(self._inputs[name], self.marks[name])
        else:
            self.clear_field(name)
            done = name
        left = self.remaining()
        if left:
            after = [m for m in left if FIELD_ORDER.index(m[0]) > FIELD_ORDER.index(name)
                     or (m[0] == name and m[1] > index)]
            self._select(*(after or left)[0])
        return done
