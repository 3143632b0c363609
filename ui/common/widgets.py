"""Small widgets shared by screens: a heading, an error banner, a record table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common import style
from ui.common.messages import describe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget


def title_label(text: str, scale: float = 1.8) -> QLabel:
    """A large bold heading: a screen's title (``scale`` < 1.7) or a sign-in/set-up heading.

    Its size is the style sheet's (``ui/common/style.py``); the scaled font is the fallback
    where the sheet is not applied."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    style.role(label, "display" if scale >= 1.7 else "title")
    return label


class ErrorBanner(QFrame):
    """A red banner: the translated sentence, and the precise detail in grey below it.

    Hidden, it takes no room (a reserved place left a blank strip on every screen without an
    error); shown, it holds a sentence and a detail line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        style.role(self, "banner")
        self.text = QLabel()
        self.text.setWordWrap(True)  # (selectable once shown: see show_text)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        style.role(self.detail, "caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_M, style.SPACE_S, style.SPACE_M, style.SPACE_S)
        layout.setSpacing(style.SPACE_XS)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        for label in (self.text, self.detail):
            label.setMinimumHeight(label.fontMetrics().height())
        self._selectable = False
        self.hide()

    def show_error(self, error: BaseException, *, with_detail: bool = True) -> None:
        sentence, detail = describe(error)
        self.show_text(sentence, detail if with_detail else "")

    def show_text(self, sentence: str, detail: str = "") -> None:
        if not self._selectable:  # here, not when built: Qt's namespace costs the first screen
            from PySide6.QtCore import Qt

            self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._selectable = True
        self.text.setText(sentence)
        self.detail.setText(detail)
        self.show()


class WaitingNote(QLabel):
    """"Getting ready", under a form sent before the station's records are open (the store
    opens in the background while the first screen shows); hidden otherwise."""

    def __init__(self, submit: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit  # the form's button, disabled while a submission is under way
        self.setObjectName("waitingNote")
        self.setText(self.tr("Getting ready… This goes on by itself in a moment."))
        self.setWordWrap(True)
        style.tone(self, style.INFO)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        """Disable the form's button while its submission is under way; done, hide the note."""
        self.submit.setEnabled(not busy)
        if not busy:
            self.hide()

    def withdrawn(self) -> bool:
        """A field changed: True (and the form usable again) if a submission was waiting,
        which the screen then withdraws."""
        if self.isHidden():
            return False
        self.set_busy(False)
        return True


def centered_column(content: QWidget, max_width: int = 640) -> QWidget:
    """``content`` in a column of at most ``max_width`` pixels, centred horizontally."""
    content.setMaximumWidth(max_width)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return holder


def record_table(headers: list[str], stretch_column: int) -> QTableWidget:
    """A read-only list of records, one selected row at a time; columns fit their contents
    and ``stretch_column`` takes the spare width."""
    # here, not at import: each Qt class named costs the first screen its enums
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    style.table(table)
    return table
