"""Supervisor sign-off at the desk: a reason, then a supervisor re-authenticates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.errors import NotPermitted
from kiosk.accounts.roles import Permission
from kiosk.accounts.service import Accounts
from kiosk.desk.results import Approval
from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.vocabulary import ApprovalStatus
from kiosk.store.approvals import check_four_eyes
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner


class ApprovalDialog(QDialog):
    """``ApprovalDialog.ask(...)`` returns an :class:`Approval`, or None if cancelled.

    With ``needs_supervisor`` False only the reason is asked (the officer's own record).
    With ``allow_later`` the officer may defer the sign-off ("Ask a supervisor later"): the
    approval is then pending and the enrollment waits in the supervisor's list.
    """

    def __init__(self, accounts: Accounts, what: str, officer: str, needs_supervisor: bool,
                 parent: QWidget | None = None, allow_later: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason and approval"))
        self._accounts = accounts
        self._now: Clock = accounts.clock if accounts is not None else system_clock
        self._officer = officer
        self._needs_supervisor = needs_supervisor
        self.approval: Approval | None = None
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorBanner()
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        if needs_supervisor:
            form.addRow(self.tr("Supervisor:"), self.username)
            form.addRow(self.tr("Supervisor's password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.later_button = None
        if needs_supervisor and allow_later:
            self.later_button = self.buttons.addButton(self.tr("Ask a supervisor &later"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
            self.later_button.clicked.connect(self._later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _submit(self) -> None:
        reason = " ".join(self.reason.toPlainText().split())
        if not reason:
            self.error.show_text(self.tr("Give a reason."))
            self.reason.setFocus()
            return
        if not self._needs_supervisor:
            self.approval = Approval(self._officer, reason, self._now(),
                                     ApprovalStatus.NOT_REQUIRED)
            self.accept()
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return
        ok.setEnabled(False)
        username, password = self.username.text(), self.password.text()
        officer = self._officer

        def verify() -> Approval:
            session = self._accounts.authenticate(username, password)
            if not session.officer.can(Permission.APPROVE_EXCEPTIONS):
                raise NotPermitted(f"{session.officer.username} is not a supervisor")
            check_four_eyes(officer, session.officer.username)
            return Approval(session.officer.username, reason, self._now())

        Op(verify).success(self._approved).failure(self._failed).run(self)

    def _later(self) -> None:
        """Defer the sign-off: a pending request (the enrollment cannot be saved before it)."""
        reason = " ".join(self.reason.toPlainText().split())
        if not reason:
            self.error.show_text(self.tr("Give a reason."))
            self.reason.setFocus()
            return
        self.approval = Approval.later(reason, self._now())
        self.accept()

    def _approved(self, approval: Approval) -> None:
        self.approval = approval
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.password.clear()
        self.error.show_error(error, with_detail=False)

    @classmethod
    def ask(cls, accounts: Accounts, what: str, officer: str, needs_supervisor: bool,
            parent: QWidget | None = None, allow_later: bool = False) -> Approval | None:
        """Show the dialog modally; the approval, or None when cancelled."""
        dialog = cls(accounts, what, officer, needs_supervisor, parent, allow_later)
        return dialog.approval if dialog.exec() == QDialog.DialogCode.Accepted else None
