"""Small widgets shared by screens: a heading, an error banner, a record table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.messages import describe


def title_label(text: str, scale: float = 1.8) -> QLabel:
    """A large bold heading."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ErrorBanner(QFrame):
    """A red banner: the translated sentence, and the precise detail in grey below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet("#errorBanner { background: #fdecea; border: 1px solid #d93025;"
                           " border-radius: 6px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        self.hide()

    def show_error(self, error: BaseException, *, with_detail: bool = True) -> None:
        sentence, detail = describe(error)
        self.show_text(sentence, detail if with_detail else "")

    def show_text(self, sentence: str, detail: str = "") -> None:
        self.text.setText(sentence)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.show()


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
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
