"""Supervisors: the station's accounts, their care (reset password, unlock, disable, role) and
creating new ones (offline, argon2id)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Officer
from ui.common import style
from ui.common.languages import time_text
from ui.common.password_rule import rule_label
from ui.common.widgets import ErrorBanner, record_table, title_label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AccountsScreen(QWidget):
    """Emits ``create_requested(username, display_name, role, password)`` and, for the
    selected account, ``reset_requested(username, temporary_password)``,
    ``unlock_requested(username)``, ``active_requested(username, active)`` and
    ``role_requested(username, role)``; :meth:`done` or :meth:`show_error` answers each."""

    create_requested = Signal(str, str, object, str)
    reset_requested = Signal(str, str)
    unlock_requested = Signal(str)
    active_requested = Signal(str, bool)
    role_requested = Signal(str, object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsScreen")
        self._officers: list[Officer] = []
        self._me = ""       # the signed-in supervisor: no care actions on their own account
        self._busy = False
        self._action = ""   # the action waiting for its answer
        self.table = record_table([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                   self.tr("Status")], 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.clicked.connect(self._ask_temporary_password)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(
            lambda: self._run("unlock", self.unlock_requested.emit, self.selected().username))
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.clicked.connect(self._toggle_active)
        self.new_role = QComboBox()
        for role in Role:
            self.new_role.addItem(self.role_name(role), role)
        self.new_role.currentIndexChanged.connect(self._update_actions)
        self.role_button = QPushButton(self.tr("Change r&ole"))
        self.role_button.clicked.connect(
            lambda: self._run("role", self.role_requested.emit, self.selected().username,
                              self.new_role.currentData()))
        actions = QHBoxLayout()
        for button in (self.reset_button, self.unlock_button, self.active_button):
            actions.addWidget(button)
        actions.addSpacing(24)
        actions.addWidget(self.new_role)
        actions.addWidget(self.role_button)
        actions.addStretch(1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = ErrorBanner()

        # Reset password: the temporary password, twice (shown instead of the new-account form)
        self.reset_box = QGroupBox()
        self.temporary = _password_field()
        self.temporary_confirm = _password_field()
        self.temporary.returnPressed.connect(self.temporary_confirm.setFocus)
        self.temporary_confirm.returnPressed.connect(self._submit_reset)
        self.reset_note = QLabel(self.tr("The officer signs in with this temporary password "
                                         "and must then choose a new one."))
        self.reset_note.setWordWrap(True)
        self.set_temporary_button = QPushButton(self.tr("&Set the temporary password"))
        style.primary(self.set_temporary_button)
        self.set_temporary_button.clicked.connect(self._submit_reset)
        self.cancel_reset_button = QPushButton(self.tr("Cancel"))
        self.cancel_reset_button.clicked.connect(self._close_reset)
        reset_form = QFormLayout()
        reset_form.addRow(self.tr("Temporary password:"), self.temporary)
        reset_form.addRow(self.tr("Repeat the password:"), self.temporary_confirm)
        reset_buttons = QHBoxLayout()
        reset_buttons.addWidget(self.set_temporary_button)
        reset_buttons.addWidget(self.cancel_reset_button)
        reset_buttons.addStretch(1)
        reset_layout = QVBoxLayout(self.reset_box)
        reset_layout.addWidget(self.reset_note)
        reset_layout.addLayout(reset_form)
        reset_layout.addWidget(rule_label())
        reset_layout.addLayout(reset_buttons)
        self.reset_box.hide()
        self._reset_for = ""

        self.create_box = QGroupBox(self.tr("New account"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self.role_name(role), role)
        self.password = _password_field()
        self.confirm = _password_field()
        self.confirm.returnPressed.connect(self._submit)
        self.create_button = QPushButton(self.tr("&Create account"))
        style.primary(self.create_button)
        self.create_button.clicked.connect(self._submit)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.confirm)
        create_layout = QVBoxLayout(self.create_box)
        create_layout.addLayout(form)
        create_layout.addWidget(rule_label())
        create_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Accounts of this station"), 1.5))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.reset_box)
        layout.addWidget(self.create_box)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_actions()

    def role_name(self, role: Role) -> str:
        return {Role.OFFICER: self.tr("Officer"), Role.SUPERVISOR: self.tr("Supervisor"),
                Role.TECHNICIAN: self.tr("Technician")}[role]

    def status_text(self, officer: Officer) -> str:
        if not officer.active:
            return self.tr("Disabled")
        if officer.locked_until is not None:
            return self.tr("Locked until %1").replace(
                "%1", time_text(officer.locked_until.astimezone()))
        if officer.must_change_password:
            return self.tr("Temporary password")
        return self.tr("Active")

    # -- the list ---------------------------------------------------------------------------

    def set_current_user(self, username: str) -> None:
        """The signed-in supervisor (their own row offers no care actions)."""
        self._me = username
        self._update_actions()

    def show_officers(self, officers: list[Officer]) -> None:
        """Show the accounts, keeping the selected one selected."""
        selected = self.selected()
        self._officers = list(officers)
        self.table.setRowCount(len(officers))
        for row, officer in enumerate(officers):
            for column, text in enumerate((officer.username, officer.display_name,
                                           self.role_name(officer.role),
                                           self.status_text(officer))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if selected is not None:
            self.select(selected.username)
        self._update_actions()

    def select(self, username: str) -> None:
        for row, officer in enumerate(self._officers):
            if officer.username == username:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def selected(self) -> Officer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._officers):
            return None
        return self._officers[rows[0].row()]

    def _selection_changed(self) -> None:
        officer = self.selected()
        if officer is not None:  # the role menu starts at the account's role
            self.new_role.blockSignals(True)
            self.new_role.setCurrentIndex(self.new_role.findData(officer.role))
            self.new_role.blockSignals(False)
        if not self.reset_box.isHidden() and (officer is None or
                                           officer.username != self._reset_for):
            self._close_reset()
        self._update_actions()

    def _update_actions(self) -> None:
        """Each action only where it applies to the selected account."""
        officer = self.selected()
        other = officer is not None and officer.username != self._me and not self._busy
        self.reset_button.setEnabled(other)
        self.unlock_button.setEnabled(
            other and officer.locked_until is not None)
        self.active_button.setText(self.tr("&Enable") if officer is not None and
                                   not officer.active else self.tr("&Disable"))
        self.active_button.setEnabled(other)
        self.new_role.setEnabled(other)
        self.role_button.setEnabled(other and self.new_role.currentData() != officer.role)

    # -- actions ------------------------------------------------------------------------------

    def _run(self, action: str, emit: Callable[..., None], *args: object) -> None:
        """Start one action: buttons wait until :meth:`done` or :meth:`show_error`."""
        self._action = action
        self._busy = True
        self.notice.hide()
        self.error.hide()
        self._update_actions()
        emit(*args)

    def _toggle_active(self) -> None:
        officer = self.selected()
        self._run("active", self.active_requested.emit, officer.username, not officer.active)

    def _ask_temporary_password(self) -> None:
        officer = self.selected()
        self._reset_for = officer.username
        self.reset_box.setTitle(self.tr("Reset the password of %1").replace(
            "%1", officer.display_name))
        self.temporary.clear()
        self.temporary_confirm.clear()
        self.create_box.hide()
        self.reset_box.show()
        self.temporary.setFocus()

    def hideEvent(self, event) -> None:  # leaving (or locking) drops a half-typed reset
        super().hideEvent(event)
        if not self.reset_box.isHidden():
            self._close_reset()

    def _close_reset(self) -> None:
        self.temporary.clear()
        self.temporary_confirm.clear()
        self.reset_box.hide()
        self.create_box.show()

    def _submit_reset(self) -> None:
        if not self.set_temporary_button.isEnabled() or self._busy:
            return
        if self.temporary.text() != self.temporary_confirm.text():
            self.error.show_text(self.tr("The two passwords differ."))
            self.temporary_confirm.selectAll()
            self.temporary_confirm.setFocus()
            return
        self.set_temporary_button.setEnabled(False)
        self._run("reset", self.reset_requested.emit, self._reset_for, self.temporary.text())

    def done(self, officer: Officer) -> None:
        """An action succeeded on ``officer``: say so (the list is read again after)."""
        self._busy = False
        if self._action == "reset":
            self.set_temporary_button.setEnabled(True)
            self._close_reset()
            text = self.tr("%1 has a temporary password and must choose a new one at the "
                           "next sign-in.")
        elif self._action == "active":
            text = (self.tr("%1 is enabled and can sign in again.") if officer.active else
                    self.tr("%1 is disabled: this account cannot sign in."))
        elif self._action == "role":
            text = self.tr("%1 is now: %2.").replace("%2", self.role_name(officer.role))
        else:
            text = self.tr("%1 is unlocked and can sign in now.")
        self._action = ""
        self.notice.setText(text.replace("%1", officer.display_name))
        self.notice.show()
        self._update_actions()

    # -- creating ---------------------------------------------------------------------------

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
        self._busy = False
        self._action = ""
        self.create_button.setEnabled(True)
        self.set_temporary_button.setEnabled(True)
        self.notice.hide()
        self.error.show_error(error, with_detail=False)
        self._update_actions()
        if self.reset_box.isVisible():
            self.temporary.selectAll()
            self.temporary.setFocus()
