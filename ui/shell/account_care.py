"""The supervisors' account screen wired to the accounts service: every action runs in the
background and the list is read again after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kiosk.accounts.roles import Permission, Role
from ui.common.ops import Op

if TYPE_CHECKING:
    from kiosk.accounts.service import Accounts, Officer, Session
    from ui.screens.accounts import AccountsScreen


class AccountCare:
    """Connects ``screen``'s requests to the accounts of the session ``session()`` on
    ``owner`` (the main window: background work is parented to it)."""

    def __init__(self, owner: QWidget, screen: AccountsScreen, accounts: Callable[[], Accounts],
                 session: Callable[[], Session | None]) -> None:
        self._owner, self.screen = owner, screen
        self._accounts, self._session = accounts, session
        screen.create_requested.connect(self._create)
        screen.reset_requested.connect(self._reset_password)
        screen.unlock_requested.connect(self._unlock)
        screen.active_requested.connect(self._set_active)
        screen.role_requested.connect(self._change_role)

    def refresh(self) -> None:
        """Read the officers again for the signed-in supervisor (nothing without the right)."""
        session = self._session()
        if session is None or not session.officer.can(Permission.MANAGE_ACCOUNTS):
            return
        self.screen.set_current_user(session.officer.username)
        Op(self._accounts().list_officers).success(self.screen.show_officers).failure(
            self.screen.show_error).run(self._owner)

    def _create(self, username: str, display_name: str, role: Role, password: str) -> None:
        accounts, session = self._accounts(), self._session()
        Op(lambda: accounts.create(session, username, display_name, role, password)).success(
            lambda _officer: (self.screen.created(), self.refresh())).failure(
            self.screen.show_error).run(self._owner)

    def _care(self, action: Callable[[Accounts, Session], Officer]) -> None:
        """One supervisor action on an account, in the background; the list is read again."""
        accounts, session = self._accounts(), self._session()
        if session is None:
            return
        Op(lambda: action(accounts, session)).success(
            lambda officer: (self.screen.done(officer), self.refresh())).failure(
            self.screen.show_error).run(self._owner)

    def _reset_password(self, username: str, temporary: str) -> None:
        self._care(lambda accounts, session: accounts.reset_password(session, username,
                                                                     temporary))

    def _unlock(self, username: str) -> None:
        self._care(lambda accounts, session: accounts.unlock(session, username))

    def _set_active(self, username: str, active: bool) -> None:
        self._care(lambda accounts, session: accounts.set_active(session, username, active))

    def _change_role(self, username: str, role: Role) -> None:
        self._care(lambda accounts, session: accounts.change_role(session, username, role))
