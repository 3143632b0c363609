"""Creating accounts, signing in with lockout, all offline against the local store.

Password hashing (argon2id, ~0.1 s) runs on the calling thread, never on the store's writer
thread, so a sign-in never delays a save. The UI calls these methods from background Ops.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from kiosk.accounts.errors import (
    AccountDisabled,
    AccountExists,
    AccountLocked,
    InvalidCredentials,
    InvalidUsername,
    NotPermitted,
    SetupAlreadyDone,
    WeakPassword,
)
from kiosk.accounts.roles import FIRST_ACCOUNT_ROLES, Permission, Role, allows
from kiosk.domain.enrollment import utc_now
from kiosk.options import Settings
from kiosk.store.store import Store

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


@dataclass(frozen=True)
class Officer:
    """An account as the UI sees it (never the hash)."""

    username: str
    display_name: str
    role: Role
    active: bool

    def can(self, permission: Permission) -> bool:
        return self.active and allows(self.role, permission)


@dataclass(frozen=True)
class Session:
    """A signed-in officer."""

    officer: Officer
    started_at: datetime


@dataclass(frozen=True)
class AccountPolicy:
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    min_password_length: int = 10

    @classmethod
    def from_settings(cls, settings: Settings) -> AccountPolicy:
        return cls(settings["accounts.lockout_attempts"], settings["accounts.lockout_minutes"],
                   settings["accounts.min_password_length"])


def normalize_password(password: str) -> str:
    """NFC, so the same password typed on different keyboards/IMEs verifies the same."""
    return unicodedata.normalize("NFC", password)


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_password(password: str, username: str, policy: AccountPolicy) -> None:
    """Raise :class:`WeakPassword` naming the first rule the password breaks."""
    password = normalize_password(password)
    if len(password) < policy.min_password_length:
        raise WeakPassword(f"the password needs at least {policy.min_password_length} "
                           "characters", rule="length", minimum=policy.min_password_length)
    if username and username.lower() in password.lower():
        raise WeakPassword("the password must not contain the user name", rule="username")
    if len(set(password)) < 4:
        raise WeakPassword("the password needs at least 4 different characters", rule="variety")


class Accounts:
    """Account operations on the store's database."""

    def __init__(self, store: Store, policy: AccountPolicy | None = None,
                 clock: Callable[[], datetime] = utc_now,
                 hasher: PasswordHasher | None = None) -> None:
        self._store = store
        self.policy = policy or AccountPolicy()
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash = self._hasher.hash("timing equaliser for unknown users")

    def needs_setup(self) -> bool:
        """True until the first account exists."""
        return self._store.read(
            lambda r: r.db.execute("SELECT count(*) FROM officers").fetchone()[0] == 0)

    def list_officers(self) -> list[Officer]:
        rows = self._store.read(lambda r: r.db.execute(
            "SELECT username, display_name, role, active FROM officers ORDER BY username"
        ).fetchall())
        return [Officer(u, d, Role(role), bool(a)) for u, d, role, a in rows]

    def create_first(self, username: str, display_name: str, role: Role,
                     password: str) -> Officer:
        """The first start's account: a supervisor or technician; refused once one exists."""
        if role not in FIRST_ACCOUNT_ROLES:
            raise NotPermitted(f"the first account must be a supervisor or technician, not {role}")
        return self._create(None, username, display_name, role, password)

    def create(self, actor: Session, username: str, display_name: str, role: Role,
               password: str) -> Officer:
        """A new account, created by a supervisor."""
        if not actor.officer.can(Permission.MANAGE_ACCOUNTS):
            raise NotPermitted(f"{actor.officer.username} may not manage accounts")
        return self._create(actor.officer.username, username, display_name, role, password)

    def _create(self, actor: str | None, username: str, display_name: str, role: Role,
                password: str) -> Officer:
        username = normalize_username(username)
        if not USERNAME.match(username):
            raise InvalidUsername("user names are 3-32 characters: a-z, 0-9, '.', '_', '-'",
                                  username=username)
        display_name = " ".join(unicodedata.normalize("NFC", display_name).split())
        if not display_name:
            raise InvalidUsername("a display name is required", username=username)
        check_password(password, username, self.policy)
        hashed = self._hasher.hash(normalize_password(password))
        now = self._clock().isoformat()

        def insert(db: Database) -> None:
            with db.atomic():
                count = db.execute("SELECT count(*) FROM officers").fetchone()[0]
                if actor is None and count:
                    raise SetupAlreadyDone("the first account already exists")
                if db.execute("SELECT 1 FROM officers WHERE username = ?",
                              [username]).fetchone():
                    raise AccountExists(f"an account named {username} exists", username=username)
                db.execute("INSERT INTO officers (username, display_name, role, password_hash, "
                           "created_at, created_by, password_changed_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?)",
                           [username, display_name, str(role), hashed, now, actor, now])
                _event(db, now, username, "created", actor)

        self._store.write(lambda r: insert(r.db)).result()
        return Officer(username, display_name, role, True)

    def authenticate(self, username: str, password: str) -> Session:
        """Sign in, or raise InvalidCredentials / AccountLocked / AccountDisabled."""
        username = normalize_username(username)
        now = self._clock()
        row = self._store.read(lambda r: r.db.execute(
            "SELECT display_name, role, password_hash, active, locked_until FROM officers "
            "WHERE username = ?", [username]).fetchone())
        if row is None:
            self._verify(self._dummy_hash, password)
            raise InvalidCredentials("wrong user name or password")
        display_name, role, hashed, active, locked_until = row
        if locked_until and datetime.fromisoformat(locked_until) > now:
            until = datetime.fromisoformat(locked_until)
            raise AccountLocked(f"{username} is locked until {until.isoformat()}",
                                until=until, username=username)
        if not self._verify(hashed, password):
            locked = self._store.write(lambda r: self._record_failure(r.db, username, now))
            if locked.result() is not None:
                until = locked.result()
                raise AccountLocked(f"too many wrong passwords: {username} is locked until "
                                    f"{until.isoformat()}", until=until, username=username)
            raise InvalidCredentials("wrong user name or password")
        if not active:
            raise AccountDisabled(f"{username} is disabled", username=username)
        rehash = (self._hasher.hash(normalize_password(password))
                  if self._hasher.check_needs_rehash(hashed) else None)
        self._store.write(lambda r: self._record_success(r.db, username, now, rehash)).result()
        return Session(Officer(username, display_name, Role(role), True), now)

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self._hasher.verify(hashed, normalize_password(password))
        except (VerificationError, InvalidHashError):
            return False

    def _record_failure(self, db: Database, username: str, now: datetime) -> datetime | None:
        with db.atomic():
            db.execute("UPDATE officers SET failed_attempts = failed_attempts + 1 "
                       "WHERE username = ?", [username])
            failures = db.execute("SELECT failed_attempts FROM officers WHERE username = ?",
                                  [username]).fetchone()[0]
            _event(db, now.isoformat(), username, "sign_in_failed", None)
            if failures < self.policy.lockout_attempts:
                return None
            until = now + timedelta(minutes=self.policy.lockout_minutes)
            db.execute("UPDATE officers SET failed_attempts = 0, locked_until = ? "
                       "WHERE username = ?", [until.isoformat(), username])
            _event(db, now.isoformat(), username, "locked", None)
            return until

    @staticmethod
    def _record_success(db: Database, username: str, now: datetime, rehash: str | None) -> None:
        with db.atomic():
            db.execute("UPDATE officers SET failed_attempts = 0, locked_until = NULL "
                       "WHERE username = ?", [username])
            if rehash:
                db.execute("UPDATE officers SET password_hash = ? WHERE username = ?",
                           [rehash, username])
            _event(db, now.isoformat(), username, "signed_in", None)


def _event(db: Database, at: str, username: str, event: str, actor: str | None) -> None:
    db.execute("INSERT INTO account_events (at, username, event, actor) VALUES (?, ?, ?, ?)",
               [at, username, event, actor])
