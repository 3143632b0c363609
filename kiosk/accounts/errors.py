"""Account failures with message keys the UI translates."""

from __future__ import annotations

from kiosk.errors import KioskError


class AccountError(KioskError):
    message_key = "account.error"


class InvalidCredentials(AccountError):
    """Unknown user or wrong password (deliberately not told apart)."""

    message_key = "account.invalid_credentials"


class AccountLocked(AccountError):
    message_key = "account.locked"


class AccountDisabled(AccountError):
    message_key = "account.disabled"


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
