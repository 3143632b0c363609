"""A supervisor's sign-off for moving data: ``kiosk sync export``, a new central service
address or key, a new station key. The same password check, lockout and answer as any
sign-in (:meth:`Accounts.authenticate`); only accounts with ``MOVE_DATA`` qualify."""

from __future__ import annotations

from kiosk.accounts.errors import NotPermitted
from kiosk.accounts.roles import Permission
from kiosk.accounts.service import Accounts, Officer


def verify_supervisor(accounts: Accounts, username: str, password: str) -> Officer:
    """The supervisor who signs off; raises InvalidCredentials (one answer for unknown,
    wrong, locked, disabled) or NotPermitted (signed in, but not a supervisor)."""
    session = accounts.authenticate(username, password)
    if not session.officer.can(Permission.MOVE_DATA):
        raise NotPermitted(f"{session.officer.username} is not a supervisor: moving data "
                           "needs a supervisor's sign-in", message_key="data.not_supervisor")
    return session.officer
