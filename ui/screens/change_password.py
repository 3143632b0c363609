"""After a supervisor's reset: the officer chooses a new password before anything else."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common import style
from ui.common.password_rule import rule_text
from ui.common.widgets import ErrorBanner, centered_column, title_label


class ChangePasswordScreen(QWidget):
    """Emits ``submitted(new_password)`` (typed twice, the same) or ``sign_out_requested``."""

    submitted = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordScreen")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #5f6368;")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._submit)
        self.error = ErrorBanner()
        self.save_button = QPushButton(self.tr("&Save the new password"))
        style.primary(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        form = QFormLayout()
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Repeat the new password:"), self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(title_label(self.tr("Choose a new password")))
        layout.addWidget(self.note)
        layout.addWidget(self.rules)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addSpacing(48)
        outer.addWidget(centered_column(column))

    def show_for(self, display_name: str, min_length: int) -> None:
        """A fresh form for ``display_name``, who signed in with a temporary password."""
        self.note.setText(self.tr("%1, a supervisor has reset your password. Choose a new "
                                  "password that only you know; the temporary one then stops "
                                  "working.").replace("%1", display_name))
        self.rules.setText(rule_text(min_length))
        self.password.clear()
        self.confirm.clear()
        self.error.hide()
        self.set_busy(False)
        self.password.setFocus()

    def showEvent(self, event) -> None:  # the cursor waits in the first field
        super().showEvent(event)
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.save_button.isEnabled():
            return  # a second Enter while the first is being saved does nothing
        if self.password.text() != self.confirm.text():
            self.error.show_text(self.tr("The two passwords differ."))
            self.confirm.selectAll()
            self.confirm.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_error(self, error: BaseException) -> None:
        self.set_busy(False)
        self.error.show_error(error, with_detail=False)
        self.password.clear()
        self.confirm.clear()
        self.password.setFocus()
