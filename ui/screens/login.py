"""Sign-in; also the lock screen (same officer unlocks, or another signs in at handover)."""

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
from ui.common.widgets import ErrorBanner, WaitingNote, centered_column, title_label
from ui.screens.waiting_form import WaitingForm
from ui.shell.language_switch import LanguageSwitch


class LoginScreen(WaitingForm):
    """Emits ``submitted(username, password)``; ``edited`` when a field changes while a
    submission waits (:meth:`show_waiting`); ``switch_requested`` while locked;
    ``language_chosen(code)`` from the officer language switch (hidden while locked)."""

    submitted = Signal(str, str)
    switch_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, languages: tuple[str, ...] = (),
                 current_language: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginScreen")
        self.language_switch = LanguageSwitch(languages, current_language)
        self.language_switch.chosen.connect(self.language_chosen)
        self.heading = title_label(self.tr("Sign in"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorBanner()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.waiting = WaitingNote(self.sign_in_button)
        style.primary(self.sign_in_button)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._submit)
        self.switch_button = QPushButton(self.tr("Sign in as &another officer"))
        self.switch_button.clicked.connect(self.switch_requested)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        for field in (self.username, self.password):
            field.textEdited.connect(self._edited)
        self._locked_user: str | None = None

        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.waiting)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_switch)
        outer.addLayout(top)
        outer.addSpacing(24)
        outer.addWidget(centered_column(column))
        self.show_sign_in()

    def show_sign_in(self, username: str = "") -> None:
        """The plain sign-in form (start of shift, or after a handover)."""
        self._locked_user = None
        self.heading.setText(self.tr("Sign in"))
        self.note.setText(self.tr("Sign in with your own account."))
        self.username.setText(username)
        self.username.setReadOnly(False)
        self.switch_button.hide()
        self.language_switch.setVisible(len(self.language_switch.buttons) > 1)
        self._reset()

    def show_locked(self, username: str, display_name: str, inactive: bool = True) -> None:
        """The lock screen: work in progress is kept; the same officer unlocks. It says why:
        ``inactive`` (the idle lock) or the officer's own lock."""
        self._locked_user = username
        self.heading.setText(self.tr("Screen locked"))
        note = (self.tr("%1 was inactive, so the screen was locked. Work in progress is kept. "
                        "Enter the password to continue.") if inactive else
                self.tr("%1 locked the screen. Work in progress is kept. Enter the password "
                        "to continue."))
        self.note.setText(note.replace("%1", display_name))
        self.username.setText(username)
        self.username.setReadOnly(True)
        self.switch_button.show()
        self.language_switch.hide()  # a switch rebuilds screens: never over work in progress
        self._reset()

    @property
    def locked_user(self) -> str | None:
        return self._locked_user

    def _reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self.set_busy(False)
        (self.password if self.username.text() else self.username).setFocus()

    def _submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return  # repeated Enter while checking the password does nothing
        if not self.username.text().strip():
            self.username.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.username.text(), self.password.text())

    def show_error(self, error: BaseException) -> None:
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        # one answer for unknown, wrong, locked and disabled (kiosk.accounts.errors)
        self.error.show_error(error, with_detail=False)
