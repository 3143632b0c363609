"""Leaving a locked-down kiosk window: a technician signs in with their own account.

The same argon2id password and lockout as any sign-in (:meth:`Accounts.authenticate`), so
there is no shared PIN to distribute or leak, every unlock is in the account audit trail, and
guessing is stopped by the lockout. Only accounts allowed to configure the station qualify.
"""

from __future__ import annotations

from kiosk.accounts.errors import AccountError, NotPermitted
from kiosk.accounts.roles import Permission, Role
from kiosk.accounts.service import Accounts, Officer
from kiosk.store.store import Store


def verify_technician(accounts: Accounts, username: str, password: str) -> Officer:
    """The technician who unlocks; raises InvalidCredentials, AccountLocked or NotPermitted."""
    session = accounts.authenticate(username, password)
    if not session.officer.can(Permission.CONFIGURE_STATION):
        raise NotPermitted(f"{session.officer.username} is not a technician and may not leave "
                           "the kiosk window", message_key="lockdown.not_technician")
    return session.officer


def has_technician(store: Store) -> bool:
    """True when an active technician account exists (else nobody could unlock)."""
    return store.read(lambda r: r.db.execute(
        "SELECT count(*) FROM officers WHERE role = ? AND active = 1",
        [str(Role.TECHNICIAN)]).fetchone()[0] > 0)


def require_technician(store: Store) -> None:
    """Refuse to lock a window down on a station where nobody could unlock it."""
    if not has_technician(store):
        raise AccountError("no active technician account on this station: start 'kiosk' in "
                           "desk mode once and create one before locking the screen down",
                           message_key="lockdown.no_technician")
