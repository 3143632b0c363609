"""Supervisors: the station's accounts, and creating new ones (offline, argon2id)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Officer
from ui.widgets import ErrorBanner, title_label


class AccountsScreen(QWidget):
    """Emits ``create_requested(username, display_name, role, password)``."""

    create_requested = Signal(str, str, object, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsScreen")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"),
                                              self.tr("Role")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # fits any language
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self.role_name(role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.returnPressed.connect(self._submit)
        self.error = ErrorBanner()
        self.create_button = QPushButton(self.tr("&Create account"))
        self.create_button.clicked.connect(self._submit)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back_requested)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Accounts of this station"), 1.5))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addWidget(self.back_button)

    def role_name(self, role: Role) -> str:
        return {Role.OFFICER: self.tr("Officer"), Role.SUPERVISOR: self.tr("Supervisor"),
                Role.TECHNICIAN: self.tr("Technician")}[role]

    def show_officers(self, officers: list[Officer]) -> None:
        self.table.setRowCount(len(officers))
        for row, officer in enumerate(officers):
            for column, text in enumerate((officer.username, officer.display_name,
                                           self.role_name(officer.role))):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        if self.password.text() != self.confirm.text():
            self.error.show_text(self.tr("The two passwords differ."))
            return
        self.create_button.setEnabled(False)
        self.create_requested.emit(self.username.text(), self.display_name.text(),
                                   self.role.currentData(), self.password.text())

    def created(self) -> None:
        """The account exists: clear the form for the next one."""
        for field in (self.username, self.display_name, self.password, self.confirm):
            field.clear()
        self.error.hide()
        self.create_button.setEnabled(True)
        self.username.setFocus()

    def show_error(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.error.show_error(error, with_detail=False)
