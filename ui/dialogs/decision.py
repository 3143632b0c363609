"""A supervisor decides a pending approval: a comment, their password again, approve or reject."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.service import Accounts
from kiosk.desk.approvals import decide_as
from kiosk.store.approvals import ApprovalRow, OwnRequest, check_four_eyes
from kiosk.store.store import Store
from ui.common import style
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner


class DecisionDialog(QDialog):
    """``decided`` holds the updated row once the decision is stored (then the dialog closes)."""

    def __init__(self, store: Store, accounts: Accounts, item: ApprovalRow, what: str,
                 supervisor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide the request"))
        self._store, self._accounts, self._item = store, accounts, item
        self.decided: ApprovalRow | None = None
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        self.username = QLineEdit(supervisor)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorBanner()
        form = QFormLayout()
        form.addRow(self.tr("Comment:"), self.comment)
        form.addRow(self.tr("Supervisor:"), self.username)
        form.addRow(self.tr("Supervisor's password:"), self.password)
        self.buttons = QDialogButtonBox()
        self.approve_button = QPushButton(self.tr("&Approve"))
        style.primary(self.approve_button)
        self.reject_button = QPushButton(self.tr("&Reject"))
        style.danger(self.reject_button)
        cancel = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.approve_button.clicked.connect(lambda: self.submit(True))
        self.reject_button.clicked.connect(lambda: self.submit(False))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # the request reads on two lines at most, not in a column
        self.comment.setFocus()
        try:  # four eyes: say so before the supervisor types anything (the core refuses too)
            check_four_eyes(item.requested_by, supervisor)
        except OwnRequest as error:
            self.error.show_error(error, with_detail=False)

    def submit(self, approve: bool) -> None:
        comment = " ".join(self.comment.toPlainText().split())
        if not comment:
            self.error.show_text(self.tr("Write a comment."))
            self.comment.setFocus()
            return
        if not self.approve_button.isEnabled():
            return  # a decision is being stored
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(False)
        store, accounts, item_id = self._store, self._accounts, self._item.id
        username, password = self.username.text(), self.password.text()
        Op(lambda: decide_as(store, accounts, item_id, approve, username, password,
                             comment)).success(self._done).failure(self._failed).run(self)

    def _done(self, row: ApprovalRow) -> None:
        self.decided = row
        self.accept()

    def _failed(self, error: BaseException) -> None:
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(True)
        self.password.clear()
        self.error.show_error(error, with_detail=False)
