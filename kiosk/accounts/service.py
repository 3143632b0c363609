"""Creating and caring for accounts, signing in with lockout, all offline on the local store.

Supervisors reset passwords (the officer chooses a new one at the next sign-in), unlock,
disable or enable accounts and change roles; each action is one transaction with its row in
``account_events`` naming the supervisor, and none may leave the station without an active
supervisor.

Every sign-in refusal gives one answer after the same argon2id work; the last active
supervisor and the last technician are slowed down instead of locked (:meth:`_check_credentials`).
Password hashing (argon2id, ~0.1 s) runs on the calling thread, never on the store's writer
thread, so a sign-in never delays a save. The UI calls these methods from background Ops.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.accounts.errors import (
    AccountDisabled,
    AccountExists,
    AccountLocked,
    InvalidCredentials,
    InvalidUsername,
    LastSupervisor,
    NotPermitted,
    OwnAccount,
    PasswordUnchanged,
    SetupAlreadyDone,
    UnknownAccount,
    WeakPassword,
)
from kiosk.accounts.hint import accounts_hint, remember_accounts
from kiosk.accounts.roles import FIRST_ACCOUNT_ROLES, Permission, Role, allows
from kiosk.accounts.strength import estimate
from kiosk.domain.clock import Clock
from kiosk.options import Settings
from kiosk.store import Database
from kiosk.store.store import Store

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


@dataclass(frozen=True)
class Officer:
    """An account as the UI sees it (never the hash)."""

    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None = None  # set only while the lockout lasts
    must_change_password: bool = False    # signed in with a temporary password

    def can(self, permission: Permission) -> bool:
        """Whether the account may do this now; a temporary password allows nothing but
        choosing a new one."""
        return self.active and not self.must_change_password and allows(self.role, permission)


@dataclass(frozen=True)
class Session:
    """A signed-in officer."""

    officer: Officer
    started_at: datetime

    @property
    def must_change_password(self) -> bool:
        """Signed in with a temporary password: a new one comes before anything else."""
        return self.officer.must_change_password


@dataclass(frozen=True)
class AccountPolicy:
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    min_password_length: int = 10
    # the last active supervisor or technician is never locked: each attempt on it waits
    # 2^(failures beyond lockout_attempts) seconds, at most this long, then is checked
    backoff_cap_seconds: float = 30.0

    def backoff(self, failures: int) -> float:
        """Seconds an attempt on a protected account waits after ``failures`` in a row."""
        extra = failures - self.lockout_attempts
        return 0.0 if extra < 0 else float(min(self.backoff_cap_seconds, 2.0 ** min(extra, 16)))

    @classmethod
    def from_settings(cls, settings: Settings) -> AccountPolicy:
        return cls(settings["accounts.lockout_attempts"], settings["accounts.lockout_minutes"],
                   settings["accounts.min_password_length"])


def normalize_password(password: str) -> str:
    """NFC, so the same password typed on different keyboards/IMEs verifies the same."""
    return unicodedata.normalize("NFC", password)


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_password(password: str, username: str, policy: AccountPolicy,
                   display_name: str = "") -> None:
    """Raise :class:`WeakPassword` naming the first rule the password breaks: its length,
    the user name inside it, too few different characters, or easy to guess (common
    passwords, words, names, keyboard rows, dates and repeats: :mod:`kiosk.accounts.strength`)."""
    password = normalize_password(password)
    if len(password) < policy.min_password_length:
        raise WeakPassword(f"the password needs at least {policy.min_password_length} "
                           "characters", rule="length", minimum=policy.min_password_length)
    if username and username.lower() in password.lower():
        raise WeakPassword("the password must not contain the user name", rule="username")
    if len(set(password)) < 4:
        raise WeakPassword("the password needs at least 4 different characters", rule="variety")
    strength = estimate(password, username, display_name)
    if not strength.acceptable:
        hint = f" ({strength.warning})" if strength.warning else ""
        raise WeakPassword(f"the password is too easy to guess{hint}: use a few words or a "
                           "sentence of your own", rule="guessable")


class Accounts:
    """Account operations on the store's database."""

    def __init__(self, store: Store, policy: AccountPolicy | None = None,
                 clock: Clock | None = None,
                 hasher: PasswordHasher | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._store = store
        self.policy = policy or AccountPolicy()
        self.clock = clock or store.now
        self._sleep = sleep
        self._hasher = hasher or PasswordHasher()
        self._dummy: str | None = None
        self._dummy_lock = threading.Lock()

    @property
    def _dummy_hash(self) -> str:
        """A hash to verify against for unknown users (same time as a known one). Made on
        first use or by :meth:`prepare`, not when the sign-in screen waits for the store."""
        with self._dummy_lock:
            if self._dummy is None:
                self._dummy = self._hasher.hash("timing equaliser for unknown users")
            return self._dummy

    def prepare(self) -> None:
        """Do the slow set-up now (off the UI thread, before the first sign-in)."""
        _ = self._dummy_hash

    def needs_setup(self) -> bool:
        """True until the first account exists (kept as the start screen's hint,
        :mod:`kiosk.accounts.hint`)."""
        empty = self._store.read(
            lambda r: r.db.execute("SELECT count(*) FROM officers").fetchone()[0] == 0)
        self._keep_hint(not empty)
        return empty

    def _keep_hint(self, exist: bool) -> None:
        """Rewrite the accounts hint next to the database if it says otherwise."""
        data_dir = self._store.path.parent
        if accounts_hint(data_dir) is not exist:
            remember_accounts(data_dir, exist)

    def list_officers(self) -> list[Officer]:
        """Every account, with its lockout while it lasts."""
        now = self.clock()
        rows = self._store.read(lambda r: r.db.execute(
            f"SELECT {_OFFICER_COLUMNS} FROM officers ORDER BY username").fetchall())
        return [_officer(row, now) for row in rows]

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
        check_password(password, username, self.policy, display_name)
        hashed = self._hasher.hash(normalize_password(password))
        now = self.clock().isoformat()

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
        self._keep_hint(True)
        return Officer(username, display_name, role, True)

    def authenticate(self, username: str, password: str) -> Session:
        """Sign in, or raise :class:`InvalidCredentials` (its subclasses AccountLocked and
        AccountDisabled give the same answer: unknown, wrong, locked and disabled look alike).

        After a reset the session is flagged ``must_change_password`` and allows nothing until
        :meth:`change_password` has replaced the temporary password."""
        username = normalize_username(username)
        now = self.clock()
        row = self._check_credentials(username, password, now)
        hashed = row[-1]
        rehash = (self._hasher.hash(normalize_password(password))
                  if self._hasher.check_needs_rehash(hashed) else None)
        self._store.write(lambda r: self._record_success(r.db, username, now, rehash)).result()
        return Session(_officer(row[:-1], now), now)

    def change_password(self, who: Session | str, old: str, new: str) -> Session:
        """Replace the password (the forced change after a reset); the new one follows the
        same rules as any password and must differ from ``old``. Returns an unflagged session.

        A wrong ``old`` counts towards the lockout like a failed sign-in."""
        username = who.officer.username if isinstance(who, Session) else normalize_username(who)
        check_password(new, username, self.policy, _display_name(self._store, username))
        if normalize_password(new) == normalize_password(old):
            raise PasswordUnchanged("the new password must differ from the current one",
                                    username=username)
        now = self.clock()
        row = self._check_credentials(username, old, now)
        hashed = self._hasher.hash(normalize_password(new))

        def replace(db: Database) -> None:
            with db.atomic():
                changed = db.execute(
                    "UPDATE officers SET password_hash = ?, must_change_password = 0, "
                    "password_changed_at = ?, failed_attempts = 0, locked_until = NULL "
                    "WHERE username = ? AND password_hash = ?",
                    [hashed, now.isoformat(), username, row[-1]]).rowcount
                if not changed:  # a supervisor reset it meanwhile
                    raise InvalidCredentials()
                _event(db, now.isoformat(), username, "password_changed", username)

        self._store.write(lambda r: replace(r.db)).result()
        started = who.started_at if isinstance(who, Session) else now
        officer = _officer(row[:-1], now)
        return Session(Officer(officer.username, officer.display_name, officer.role, True),
                       started)

    def _check_credentials(self, username: str, password: str, now: datetime) -> tuple:
        """The account's row (officer columns, then the hash) when ``password`` is right and
        the account may sign in; records a failure (and the lockout) when it is wrong.

        Unknown user, wrong password, locked and disabled all verify a hash (the same
        argon2id work) and raise the same :class:`InvalidCredentials` answer. The last
        active supervisor or technician is never shut out: instead of a lock, attempts on it
        wait (:meth:`AccountPolicy.backoff`) and a right password still signs in."""
        row = self._store.read(lambda r: r.db.execute(
            f"SELECT {_OFFICER_COLUMNS}, password_hash, failed_attempts FROM officers "
            "WHERE username = ?", [username]).fetchone())
        if row is None:
            self._verify(self._dummy_hash, password)
            raise InvalidCredentials()
        row, failures = row[:-1], row[-1]
        role, active, locked_until, hashed = Role(row[2]), row[3], row[4], row[-1]
        locked = bool(locked_until) and datetime.fromisoformat(locked_until) > now
        protected = bool(active) and self._store.read(
            lambda r: _last_of_role(r.db, username, role, now))
        if protected:
            locked = False  # a lock from before it became the last one does not hold it out
            delay = self.policy.backoff(failures)
            if delay:
                self._sleep(delay)
        right = self._verify(hashed, password)
        if locked:
            raise AccountLocked()
        if not right:
            result = self._store.write(lambda r: self._record_failure(r.db, username, now))
            if result.result() is not None:
                raise AccountLocked()
            raise InvalidCredentials()
        if not active:
            raise AccountDisabled()
        return row

    # -- supervisors' account care ---------------------------------------------------------

    def reset_password(self, actor: Session, username: str,
                       temporary_password: str) -> Officer:
        """Give the account a temporary password the officer must replace at the next
        sign-in; clears any lockout. Not for one's own account (change it instead)."""
        self._require_manager(actor)
        username = normalize_username(username)
        if username == actor.officer.username:
            raise OwnAccount(f"{username} may not reset their own password", username=username)
        check_password(temporary_password, username, self.policy,
                       _display_name(self._store, username))
        hashed = self._hasher.hash(normalize_password(temporary_password))

        def reset(db: Database, now: datetime) -> None:
            db.execute("UPDATE officers SET password_hash = ?, must_change_password = 1, "
                       "password_changed_at = ?, failed_attempts = 0, locked_until = NULL "
                       "WHERE username = ?", [hashed, now.isoformat(), username])
            _event(db, now.isoformat(), username, "password_reset", actor.officer.username)

        return self._care(actor, username, reset)

    def unlock(self, actor: Session, username: str) -> Officer:
        """End a lockout now (the officer signs in with their own password)."""
        self._require_manager(actor)
        username = normalize_username(username)

        def unlock(db: Database, now: datetime) -> None:
            locked_until = db.execute("SELECT locked_until FROM officers WHERE username = ?",
                                      [username]).fetchone()[0]
            if not locked_until or datetime.fromisoformat(locked_until) <= now:
                return  # not locked: nothing to change, nothing to record
            db.execute("UPDATE officers SET failed_attempts = 0, locked_until = NULL "
                       "WHERE username = ?", [username])
            _event(db, now.isoformat(), username, "unlocked", actor.officer.username)

        return self._care(actor, username, unlock)

    def set_active(self, actor: Session, username: str, active: bool) -> Officer:
        """Disable (no sign-in at all) or enable an account; never one's own."""
        self._require_manager(actor)
        username = normalize_username(username)

        def apply(db: Database, now: datetime) -> None:
            current = db.execute("SELECT active FROM officers WHERE username = ?",
                                 [username]).fetchone()[0]
            if bool(current) == active:
                return  # nothing to change, nothing to record
            if username == actor.officer.username:
                raise OwnAccount(f"{username} may not disable their own account",
                                 username=username)
            db.execute("UPDATE officers SET active = ? WHERE username = ?",
                       [int(active), username])
            _event(db, now.isoformat(), username, "enabled" if active else "disabled",
                   actor.officer.username)

        return self._care(actor, username, apply)

    def change_role(self, actor: Session, username: str, role: Role) -> Officer:
        """Make the account an officer, supervisor or technician; never one's own."""
        self._require_manager(actor)
        username = normalize_username(username)
        role = Role(role)

        def apply(db: Database, now: datetime) -> None:
            current = db.execute("SELECT role FROM officers WHERE username = ?",
                                 [username]).fetchone()[0]
            if current == str(role):
                return
            if username == actor.officer.username:
                raise OwnAccount(f"{username} may not change their own role",
                                 username=username)
            db.execute("UPDATE officers SET role = ? WHERE username = ?",
                       [str(role), username])
            _event(db, now.isoformat(), username, "role_changed", actor.officer.username,
                   {"from": current, "to": str(role)})

        return self._care(actor, username, apply)

    @staticmethod
    def _require_manager(actor: Session) -> None:
        if not actor.officer.can(Permission.MANAGE_ACCOUNTS):
            raise NotPermitted(f"{actor.officer.username} may not manage accounts")

    def _care(self, actor: Session, username: str,
              change: Callable[[Database, datetime], None]) -> Officer:
        """Run ``change`` in one transaction on the writer thread, after checking the actor
        is still a supervisor in the store and the account exists; refuse (roll back) if it
        leaves no active supervisor. Returns the account as it is afterwards."""
        now = self.clock()

        def run(db: Database) -> Officer:
            with db.atomic():
                row = db.execute("SELECT role, active, must_change_password FROM officers "
                                 "WHERE username = ?", [actor.officer.username]).fetchone()
                if row is None or not row[1] or row[2] or \
                        not allows(Role(row[0]), Permission.MANAGE_ACCOUNTS):
                    raise NotPermitted(f"{actor.officer.username} may no longer manage "
                                       "accounts")
                if db.execute("SELECT 1 FROM officers WHERE username = ?",
                              [username]).fetchone() is None:
                    raise UnknownAccount(f"no account named {username}", username=username)
                change(db, now)
                if not _active_supervisors(db):
                    raise LastSupervisor(f"the change to {username} would leave the station "
                                         "without an active supervisor", username=username)
                return _officer(db.execute(
                    f"SELECT {_OFFICER_COLUMNS} FROM officers WHERE username = ?",
                    [username]).fetchone(), now)

        return self._store.write(lambda r: run(r.db)).result()

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self._hasher.verify(hashed, normalize_password(password))
        except (VerificationError, InvalidHashError):
            return False

    def _record_failure(self, db: Database, username: str, now: datetime) -> datetime | None:
        """Count a wrong password; at ``lockout_attempts`` lock the account (returns until
        when), unless that would leave no active, unlocked supervisor (or technician): then
        the count goes on and attempts slow down instead (``throttled``)."""
        with db.atomic():
            db.execute("UPDATE officers SET failed_attempts = failed_attempts + 1 "
                       "WHERE username = ?", [username])
            failures, role, active = db.execute(
                "SELECT failed_attempts, role, active FROM officers WHERE username = ?",
                [username]).fetchone()
            _event(db, now.isoformat(), username, "sign_in_failed", None)
            if failures < self.policy.lockout_attempts:
                return None
            if active and _last_of_role(db, username, Role(role), now):
                if failures == self.policy.lockout_attempts:
                    _event(db, now.isoformat(), username, "throttled", None)
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


def _display_name(store: Store, username: str) -> str:
    row = store.read(lambda r: r.db.execute(
        "SELECT display_name FROM officers WHERE username = ?", [username]).fetchone())
    return row[0] if row else ""


_OFFICER_COLUMNS = "username, display_name, role, active, locked_until, must_change_password"


def _officer(row: tuple, now: datetime) -> Officer:
    """An :class:`Officer` from the ``_OFFICER_COLUMNS`` of a row; a lockout that has
    expired by ``now`` is left out."""
    username, display_name, role, active, locked_until, must_change = row[:6]
    until = datetime.fromisoformat(locked_until) if locked_until else None
    return Officer(username, display_name, Role(role), bool(active),
                   until if until is not None and until > now else None, bool(must_change))


PROTECTED_ROLES = (Role.SUPERVISOR, Role.TECHNICIAN)


def _last_of_role(db: Database, username: str, role: Role, now: datetime) -> bool:
    """Whether ``username`` is the only active, unlocked account of a role the station cannot
    do without (someone must manage accounts, someone must configure the station)."""
    if role not in PROTECTED_ROLES:
        return False
    others = db.execute(
        "SELECT count(*) FROM officers WHERE role = ? AND active = 1 AND username != ? AND "
        "(locked_until IS NULL OR locked_until <= ?)",
        [str(role), username, now.isoformat()]).fetchone()[0]
    return others == 0


def _active_supervisors(db: Database) -> int:
    return db.execute("SELECT count(*) FROM officers WHERE role = ? AND active = 1",
                      [str(Role.SUPERVISOR)]).fetchone()[0]


def _event(db: Database, at: str, username: str, event: str, actor: str | None,
           detail: dict | None = None) -> None:
    db.execute("INSERT INTO account_events (at, username, event, actor, detail) "
               "VALUES (?, ?, ?, ?, ?)",
               [at, username, event, actor, json.dumps(detail) if detail else None])
