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
