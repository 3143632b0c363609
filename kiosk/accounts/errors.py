"""Account failures with message keys the UI translates."""

from __future__ import annotations

from kiosk.domain.errors import KioskError


class AccountError(KioskError):
    message_key = "account.error"


SIGN_IN_REFUSED = "wrong user name or password, or the account may not sign in now"


class InvalidCredentials(AccountError):
    """Unknown user, wrong password, locked or disabled account: deliberately one answer
    (same message, same key, no parameters) so a sign-in tells nothing about the account.
    The reason is in ``account_events`` for supervisors."""

    message_key = "account.invalid_credentials"

    def __init__(self, detail: str = SIGN_IN_REFUSED) -> None:
        super().__init__(SIGN_IN_REFUSED)


class AccountLocked(InvalidCredentials):
    """Raised for a locked account (code may tell it apart; the answer looks the same)."""


class AccountDisabled(InvalidCredentials):
    """Raised for a disabled account (code may tell it apart; the answer looks the same)."""


class WeakPassword(AccountError):
    message_key = "account.weak_password"


class AccountExists(AccountError):
    message_key = "account.exists"


class NotPermitted(AccountError):
    message_key = "account.not_permitted"


class SetupAlreadyDone(AccountError):
    message_key = "account.setup_done"


class InvalidUsername(AccountError):
    message_key = "account.invalid_username"


class UnknownAccount(AccountError):
    """A supervisor acted on an account that does not exist."""

    message_key = "account.unknown"


class OwnAccount(AccountError):
    """A supervisor may not disable, demote or reset their own account."""

    message_key = "account.own_account"


class LastSupervisor(AccountError):
    """The change would leave the station without an active supervisor."""

    message_key = "account.last_supervisor"


class PasswordUnchanged(AccountError):
    """The new password is the one being replaced (the temporary one after a reset)."""

    message_key = "account.password_unchanged"
