"""The frame every guidance page shares: a large title, the content, big navigation buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

POINTS = 16.0  # body text; readable from a step back on a kiosk screen
# the focused button (Enter presses it) wears a dark ring; the border's width never changes
BUTTON_STYLE = ("QPushButton { min-height: 64px; padding: 6px 28px; border-radius: 10px; "
                "font-size: 20pt; border: 3px solid #1a73e8; background: white; "
                "color: #174ea6; } QPushButton:focus { border-color: #202124; "
                "background: #e8f0fe; } QPushButton:pressed { background: #d2e3fc; }")
PRIMARY_STYLE = ("QPushButton { min-height: 64px; padding: 6px 28px; border-radius: 10px; "
                 "font-size: 20pt; border: 3px solid #1a73e8; background: #1a73e8; "
                 "color: white; } QPushButton:focus { border-color: #202124; }"
                 "QPushButton:disabled { background: #9aa0a6; border-color: #9aa0a6; }")


def big_button(text: str, primary: bool = False) -> QPushButton:
    """A touch-sized button; Enter presses it when it has the focus (as Space does)."""
    button = QPushButton(text)
    button.setStyleSheet(PRIMARY_STYLE if primary else BUTTON_STYLE)
    button.setAutoDefault(True)
    return button


def body_label(text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
    """Word-wrapped text at ``scale`` times the body size (the family follows the window)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont()
    font.setPointSizeF(POINTS * scale)
    if bold:
        font.setBold(True)
    label.setFont(font)
    return label


class GuidancePage(QWidget):
    """Emits ``back_requested``, ``next_requested`` and ``home_requested`` from its buttons.

    Shown, it puts the focus on its way forward (:meth:`focus_forward`), so Enter at a
    hardware keyboard goes on."""

    back_requested = Signal()
    next_requested = Signal()
    home_requested = Signal()

    def __init__(self, title: str, step: str = "", next_text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = body_label(title, 1.8, bold=True)
        self.step = body_label(step, 0.9)
        self.step.setStyleSheet("color: #5f6368;")
        self.content = QVBoxLayout()
        self.content.setSpacing(14)
        self.home_button = big_button(self.tr("Start over"))
        self.back_button = big_button(self.tr("Back"))
        self.next_button = big_button(next_text or self.tr("Next"), primary=True)
        self.home_button.clicked.connect(self.home_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.step)
        layout.addWidget(self.title)
        layout.addLayout(self.content, 1)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_forward()

    def focus_forward(self) -> None:
        """Where the focus waits when the page is shown: its Next button (pages with a form
        override this)."""
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Forget anything the applicant typed (pages with inputs override this)."""

    def wipe(self) -> None:
        """Before the page is dropped: clear everything, defaults included."""
        self.clear()
