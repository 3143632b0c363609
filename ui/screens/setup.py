"""First start: create the first account (a supervisor or technician). No default passwords."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.roles import FIRST_ACCOUNT_ROLES, Role
from ui.common import style
from ui.common.password_rule import rule_label
from ui.common.widgets import ErrorBanner, WaitingNote, centered_column, title_label
from ui.screens.waiting_form import WaitingForm


class SetupScreen(WaitingForm):
    """Emits ``submitted(username, display_name, role, password)`` when the form is valid;
    ``edited`` when a field changes while a submission waits (:meth:`show_waiting`)."""

    submitted = Signal(str, str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupScreen")
        intro = QLabel(self.tr(
            "This station has no accounts yet. Create the first account: a supervisor (who "
            "then creates the officers' accounts) or a technician (who sets up the devices)."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. lan.tran"))
        self.display_name = QLineEdit()
        self.role = QComboBox()
        names = {Role.SUPERVISOR: self.tr("Supervisor"), Role.TECHNICIAN: self.tr("Technician")}
        for role in FIRST_ACCOUNT_ROLES:
            self.role.addItem(names[role], role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorBanner()
        self.create_button = QPushButton(self.tr("&Create account"))
        self.waiting = WaitingNote(self.create_button)
        style.primary(self.create_button)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        for field in (self.username, self.display_name, self.password, self.confirm):
            field.returnPressed.connect(self._submit)
            field.textEdited.connect(self._edited)
        self.role.activated.connect(self._edited)

        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.confirm)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(title_label(self.tr("Set up this station")))
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(rule_label())
        layout.addWidget(self.create_button)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addSpacing(48)
        outer.addWidget(centered_column(column))

    def showEvent(self, event) -> None:  # focus the first field whenever the screen appears
        super().showEvent(event)
        self.username.setFocus()

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return  # a second Enter while the first submission runs does nothing
        if self.password.text() != self.confirm.text():
            self.error.show_text(self.tr("The two passwords differ."))
            self.confirm.selectAll()
            self.confirm.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.username.text(), self.display_name.text(),
                            self.role.currentData(), self.password.text())

    def show_error(self, error: BaseException) -> None:
        self.set_busy(False)
        self.error.show_error(error)
