"""Third-party licence notices (from the About box): read-only text, loaded in the
background (the source tree gathers it from the installed packages: about a second)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.notices import notices_text
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner


class NoticesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Third-party licences"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noticesText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(self.tr("Loading…"))
        self.banner = ErrorBanner()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.loaded = False
        Op(notices_text).success(self._show).failure(self.banner.show_error).run(self)

    def _show(self, text: str) -> None:
        self.text.setPlainText(text)
        self.loaded = True
