"""A row of buttons naming languages in their own script (Tiếng Việt | English | ...).

Used by the officers' sign-in screen; any language picker can reuse it. Each button shows its
autonym in that language's font, so a Chinese or Korean autonym never renders as boxes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.common.fonts import apply_language_font
from ui.common.languages import AUTONYMS


class LanguageSwitch(QWidget):
    """Emits ``chosen(code)`` when the officer picks another language."""

    chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageSwitch")
        self.buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for code in languages:
            button = QPushButton(AUTONYMS.get(code, code))
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setFlat(code != current)
            apply_language_font(button, code)
            button.clicked.connect(lambda _=False, c=code: self._pick(c))
            group.addButton(button)
            row.addWidget(button)
            self.buttons[code] = button
        self._current = current
        self.setVisible(len(languages) > 1)

    @property
    def current(self) -> str:
        return self._current

    def _pick(self, code: str) -> None:
        if code == self._current:
            return
        self._current = code
        for other, button in self.buttons.items():
            button.setFlat(other != code)
        self.chosen.emit(code)
