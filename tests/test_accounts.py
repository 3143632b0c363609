"""Offline accounts: first-start setup, roles, argon2id, lockout, idle lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.accounts.errors import (
    AccountExists,
    AccountLocked,
    InvalidCredentials,
    InvalidUsername,
    NotPermitted,
    SetupAlreadyDone,
    WeakPassword,
)
from kiosk.accounts.idle import IdleState, IdleTracker
from kiosk.accounts.roles import Permission, Role
from kiosk.accounts.service import AccountPolicy, Accounts
from kiosk.store.store import Store

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "Hà Nội mùa thu 2025"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(tmp_path: Path, clock: Clock):
    with Store.open(tmp_path / "data", key_backend="file") as store:
        yield Accounts(store, AccountPolicy(lockout_attempts=3, lockout_minutes=15), clock, FAST)


def _setup(accounts: Accounts):
    accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    return accounts.authenticate("sup.lan", PASSWORD)


def test_first_start_needs_setup_and_only_once(accounts: Accounts) -> None:
    assert accounts.needs_setup()
    _setup(accounts)
    assert not accounts.needs_setup()
    with pytest.raises(SetupAlreadyDone):
        accounts.create_first("tech.minh", "Minh", Role.TECHNICIAN, PASSWORD)


def test_first_account_cannot_be_a_plain_officer(accounts: Accounts) -> None:
    with pytest.raises(NotPermitted):
        accounts.create_first("off.an", "An", Role.OFFICER, PASSWORD)


def test_passwords_are_argon2id_hashes_never_plain(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", key_backend="file") as store:
        Accounts(store).create_first("sup.lan", "Lan", Role.SUPERVISOR, PASSWORD)
        stored = store.read(lambda r: r.db.execute(
            "SELECT password_hash FROM officers").fetchone()[0])
    assert stored.startswith("$argon2id$")
    assert PASSWORD.encode() not in (tmp_path / "data" / "kiosk.db").read_bytes()


def test_supervisor_creates_officer_who_signs_in_with_the_right_permissions(
        accounts: Accounts) -> None:
    supervisor = _setup(accounts)
    accounts.create(supervisor, "Off.An", "Nguyễn Văn An", Role.OFFICER, "mật khẩu rất dài 1")
    session = accounts.authenticate("off.an", "mật khẩu rất dài 1")
    assert session.officer.role is Role.OFFICER
    assert session.officer.can(Permission.ENROLL)
    assert not session.officer.can(Permission.MANAGE_ACCOUNTS)
    with pytest.raises(NotPermitted):
        accounts.create(session, "off.binh", "Bình", Role.OFFICER, "another long one 2")
    with pytest.raises(AccountExists):
        accounts.create(supervisor, "off.an", "An again", Role.OFFICER, "another long one 2")


def test_technician_cannot_see_applicant_data(accounts: Accounts) -> None:
    accounts.create_first("tech.minh", "Minh", Role.TECHNICIAN, PASSWORD)
    officer = accounts.authenticate("tech.minh", PASSWORD).officer
    assert officer.can(Permission.CONFIGURE_DEVICES)
    assert not officer.can(Permission.VIEW_APPLICANT_DATA)
    assert not officer.can(Permission.ENROLL)


@pytest.mark.parametrize(("password", "rule"), [
    ("short1", "length"), ("sup.lan-password-1", "username"), ("aaaaaaaaaaaa", "variety")])
def test_weak_passwords_are_refused_with_the_rule(accounts: Accounts, password: str,
                                                  rule: str) -> None:
    with pytest.raises(WeakPassword) as error:
        accounts.create_first("sup.lan", "Lan", Role.SUPERVISOR, password)
    assert error.value.params["rule"] == rule


@pytest.mark.parametrize("username", ["ab", "with space", "Ωmega", "x" * 40])
def test_bad_usernames_are_refused(accounts: Accounts, username: str) -> None:
    with pytest.raises(InvalidUsername):
        accounts.create_first(username, "Name", Role.SUPERVISOR, PASSWORD)


def test_unknown_user_and_wrong_password_look_the_same(accounts: Accounts) -> None:
    _setup(accounts)
    with pytest.raises(InvalidCredentials) as unknown:
        accounts.authenticate("nobody", PASSWORD)
    with pytest.raises(InvalidCredentials) as wrong:
        accounts.authenticate("sup.lan", "wrong password!")
    assert str(unknown.value) == str(wrong.value)


def test_lockout_after_repeated_failures_then_expiry(accounts: Accounts, clock: Clock) -> None:
    _setup(accounts)
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            accounts.authenticate("sup.lan", "wrong password!")
    with pytest.raises(AccountLocked) as locked:
        accounts.authenticate("sup.lan", "wrong password!")
    assert locked.value.params["until"] == clock.now + timedelta(minutes=15)
    with pytest.raises(AccountLocked):  # even the right password waits
        accounts.authenticate("sup.lan", PASSWORD)
    clock.now += timedelta(minutes=15, seconds=1)
    assert accounts.authenticate("sup.lan", PASSWORD).officer.username == "sup.lan"


def test_success_resets_the_failure_count(accounts: Accounts) -> None:
    _setup(accounts)
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            accounts.authenticate("sup.lan", "wrong password!")
    accounts.authenticate("sup.lan", PASSWORD)
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            accounts.authenticate("sup.lan", "wrong password!")


def test_password_typed_in_another_normal_form_still_verifies(accounts: Accounts) -> None:
    import unicodedata

    _setup(accounts)
    decomposed = unicodedata.normalize("NFD", PASSWORD)
    assert decomposed != PASSWORD
    assert accounts.authenticate("sup.lan", decomposed)


def test_idle_tracker_warns_then_locks_and_ignores_input_while_locked() -> None:
    idle = IdleTracker(lock_after=300, warn_before=30)
    idle.activity(0)
    assert idle.state(200)[0] is IdleState.ACTIVE
    state, left = idle.state(280)
    assert state is IdleState.WARNING and left == pytest.approx(20)
    idle.activity(281)  # moving the mouse during the warning keeps the session
    assert idle.state(400)[0] is IdleState.ACTIVE
    assert idle.state(600)[0] is IdleState.LOCKED
    idle.activity(601)
    assert idle.state(602)[0] is IdleState.LOCKED
    idle.unlock(700)
    assert idle.state(701)[0] is IdleState.ACTIVE
