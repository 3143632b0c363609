"""A supervisor signs off a data move in the technician console: a new central service
address or key. Shows what changes (keys as fingerprints, old and new), then checks the
supervisor's user name and password in the background (:func:`verify_supervisor`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.service import Accounts
from kiosk.accounts.supervisor import verify_supervisor
from ui.common.languages import label_text
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner


class SupervisorDialog(QDialog):
    """Emits ``approved(officer)`` once a supervisor signed in; closes on Cancel.

    ``changes`` are (label, old, new) rows: old and new as shown (fingerprints for keys)."""

    approved = Signal(object)

    def __init__(self, accounts: Accounts, what: str,
                 changes: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorDialog")
        self.setWindowTitle(self.tr("Supervisor sign-in"))
        self._accounts = accounts
        self.officer = None
        intro = QLabel(what)
        intro.setWordWrap(True)
        rows = QFormLayout()
        none = self.tr("(none)")
        self.change_labels: list[QLabel] = []
        for label, old, new in changes:
            text = QLabel(self.tr("Confirmed until now") + "\n" + (old or none) + "\n"
                          + self.tr("New") + "\n" + (new or none))
            text.setObjectName("changeRow")
            text.setWordWrap(True)
            self.change_labels.append(text)
            rows.addRow(label_text(label), text)
        self.username = QLineEdit()
        self.username.setObjectName("supervisorName")
        self.password = QLineEdit()
        self.password.setObjectName("supervisorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.error = ErrorBanner()
        form = QFormLayout()
        form.addRow(self.tr("Supervisor:"), self.username)
        form.addRow(self.tr("Supervisor's password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Confirm"))
        self.ok.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(rows)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        if not self.username.text().strip():
            self.username.setFocus()
            return
        self.ok.setEnabled(False)
        accounts, username, password = self._accounts, self.username.text(), self.password.text()
        Op(lambda: verify_supervisor(accounts, username, password)).success(
            self._approved).failure(self._failed).run(self)

    def _approved(self, officer: object) -> None:
        self.officer = officer
        self.approved.emit(officer)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.error.show_error(error, with_detail=False)
