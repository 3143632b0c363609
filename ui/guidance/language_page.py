"""The first page: every language named in its own script, in its own font, as big buttons.

The heading says "Choose your language" in every language at once, each from its own catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.options import LANGUAGES
from ui.common.fonts import font_for
from ui.common.i18n import load_translator
from ui.common.languages import AUTONYMS
from ui.common.widgets import ErrorBanner

CONTEXT = "GuidanceLanguage"
HEADING = QT_TRANSLATE_NOOP("GuidanceLanguage", "Choose your language")


def heading_in(language: str) -> str:
    """"Choose your language" in ``language`` (English when its catalogue lacks it)."""
    if language == "en":
        return HEADING
    translator = load_translator(language)
    return (translator.translate(CONTEXT, HEADING) if translator else "") or HEADING


class LanguagePage(QWidget):
    """Emits ``chosen(language_code)``."""

    chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...] = LANGUAGES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceLanguages")
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        headings = []
        for code in languages:  # each heading once, in its language's font
            text = heading_in(code)
            if text not in [h.text() for h in headings]:
                label = QLabel(text)
                label.setFont(font_for(code, 18))
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                headings.append(label)
        row = QGridLayout()
        for index, label in enumerate(headings):
            row.addWidget(label, index // 3, index % 3)
        row.setVerticalSpacing(12)
        layout.addLayout(row)  # the headings together at the top; the space left goes
        layout.addStretch(1)   # above and below the buttons, not between the headings
        self.error = ErrorBanner()
        layout.addWidget(self.error)
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, code in enumerate(languages):
            button = QPushButton(AUTONYMS[code])
            button.setObjectName(f"language_{code}")
            button.setFont(font_for(code, 30))
            button.setMinimumHeight(130)
            button.setStyleSheet("QPushButton { border: 2px solid #1a73e8; border-radius: 16px;"
                                 " background: #f8fbff; color: #174ea6; }"
                                 "QPushButton:focus { border-color: #202124; }"
                                 "QPushButton:pressed { background: #d2e3fc; }")
            button.setAutoDefault(True)  # Enter on the focused language chooses it
            button.clicked.connect(lambda _checked=False, c=code: self.chosen.emit(c))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[code] = button
        layout.addLayout(grid)
        layout.addStretch(1)
        # for staff, not applicants: small and neutral, in the station's language
        self.staff_note = QLabel()
        self.staff_note.setObjectName("staffNote")
        self.staff_note.setWordWrap(True)
        self.staff_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staff_note.setStyleSheet("color: #5f6368;")
        self.staff_note.hide()
        layout.addWidget(self.staff_note)

    def show_staff_note(self, text: str) -> None:
        """A set-up problem only staff can fix (never a red panel in applicants' faces)."""
        self.staff_note.setText(text)
        self.staff_note.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_first()

    def focus_first(self) -> None:
        """The first language waits for Enter (Tab to the others); none while disabled."""
        first = next(iter(self.buttons.values()), None)
        if first is not None and first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
        if enabled and self.isVisible():
            self.focus_first()
