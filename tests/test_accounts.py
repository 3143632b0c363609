"""Offline accounts: first-start setup, roles, argon2id, lockout, idle lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

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
    _with_officer(accounts)
    for _ in range(2):
        with pytest.raises(InvalidCredentials):
            accounts.authenticate("off.an", "wrong password!")
    with pytest.raises(AccountLocked):
        accounts.authenticate("off.an", "wrong password!")
    locked = {o.username: o for o in accounts.list_officers()}["off.an"]
    assert locked.locked_until == clock.now + timedelta(minutes=15)
    with pytest.raises(AccountLocked):  # even the right password waits
        accounts.authenticate("off.an", OFFICER_PASSWORD)
    clock.now += timedelta(minutes=15, seconds=1)
    assert accounts.authenticate("off.an", OFFICER_PASSWORD).officer.username == "off.an"


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


# -- supervisors' account care (issue 15) ---------------------------------------------------

OFFICER_PASSWORD = "mật khẩu cán bộ 1"
TEMPORARY = "tạm thời 2026 xyz"


def _events(accounts: Accounts, username: str) -> list[tuple[str, str | None, str | None]]:
    return accounts._store.read(lambda r: r.db.execute(
        "SELECT event, actor, detail FROM account_events WHERE username = ? ORDER BY seq",
        [username]).fetchall())


def _with_officer(accounts: Accounts):
    supervisor = _setup(accounts)
    accounts.create(supervisor, "off.an", "Nguyễn Văn An", Role.OFFICER, OFFICER_PASSWORD)
    return supervisor


def _lock(accounts: Accounts, username: str) -> None:
    for _ in range(accounts.policy.lockout_attempts - 1):
        with pytest.raises(InvalidCredentials):
            accounts.authenticate(username, "wrong password!")
    with pytest.raises(AccountLocked):
        accounts.authenticate(username, "wrong password!")


def test_reset_password_forces_a_change_at_the_next_sign_in(accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    _lock(accounts, "off.an")
    officer = accounts.reset_password(supervisor, "off.an", TEMPORARY)
    assert officer.must_change_password and officer.locked_until is None  # lockout cleared
    with pytest.raises(InvalidCredentials):
        accounts.authenticate("off.an", OFFICER_PASSWORD)  # the old password is gone
    session = accounts.authenticate("off.an", TEMPORARY)
    assert session.must_change_password
    assert not session.officer.can(Permission.ENROLL)  # nothing but the change until done
    with pytest.raises(PasswordUnchanged):
        accounts.change_password(session, TEMPORARY, TEMPORARY)
    with pytest.raises(WeakPassword) as weak:
        accounts.change_password(session, TEMPORARY, "short")
    assert weak.value.params["rule"] == "length"
    with pytest.raises(InvalidCredentials):
        accounts.change_password(session, "not the temporary", "mật khẩu mới hẳn 7")
    changed = accounts.change_password(session, TEMPORARY, "mật khẩu mới hẳn 7")
    assert not changed.must_change_password and changed.officer.can(Permission.ENROLL)
    with pytest.raises(InvalidCredentials):
        accounts.authenticate("off.an", TEMPORARY)
    again = accounts.authenticate("off.an", "mật khẩu mới hẳn 7")
    assert not again.must_change_password
    events = [(e, a) for e, a, _d in _events(accounts, "off.an")]
    assert events[events.index(("password_reset", "sup.lan")):] == [
        ("password_reset", "sup.lan"), ("sign_in_failed", None), ("signed_in", None),
        ("sign_in_failed", None), ("password_changed", "off.an"), ("sign_in_failed", None),
        ("signed_in", None)]


def test_change_password_by_user_name_counts_wrong_passwords_towards_the_lockout(
        accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    accounts.reset_password(supervisor, "off.an", TEMPORARY)
    for _ in range(accounts.policy.lockout_attempts - 1):
        with pytest.raises(InvalidCredentials):
            accounts.change_password("off.an", "guess guess 1", "mật khẩu mới hẳn 7")
    with pytest.raises(AccountLocked):
        accounts.change_password("off.an", "guess guess 1", "mật khẩu mới hẳn 7")
    with pytest.raises(AccountLocked):
        accounts.change_password("off.an", TEMPORARY, "mật khẩu mới hẳn 7")


def test_the_temporary_password_follows_the_password_rules(accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    with pytest.raises(WeakPassword):
        accounts.reset_password(supervisor, "off.an", "off.an-temp-1")
    assert _events(accounts, "off.an")[-1][0] == "created"  # nothing recorded


def test_unlock_ends_the_lockout_now(accounts: Accounts, clock: Clock) -> None:
    supervisor = _with_officer(accounts)
    _lock(accounts, "off.an")
    locked = {o.username: o for o in accounts.list_officers()}["off.an"]
    assert locked.locked_until == clock.now + timedelta(minutes=15)
    officer = accounts.unlock(supervisor, "off.an")
    assert officer.locked_until is None
    assert accounts.authenticate("off.an", OFFICER_PASSWORD).officer.username == "off.an"
    assert ("unlocked", "sup.lan", None) in _events(accounts, "off.an")
    events = len(_events(accounts, "off.an"))
    accounts.unlock(supervisor, "off.an")  # not locked: nothing to do, nothing recorded
    assert len(_events(accounts, "off.an")) == events


def test_list_shows_a_lockout_only_while_it_lasts(accounts: Accounts, clock: Clock) -> None:
    _with_officer(accounts)
    _lock(accounts, "off.an")
    clock.now += timedelta(minutes=16)
    assert {o.username: o for o in accounts.list_officers()}["off.an"].locked_until is None


def test_disable_refuses_sign_in_and_enable_restores_it(accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    assert not accounts.set_active(supervisor, "off.an", False).active
    with pytest.raises(AccountDisabled):
        accounts.authenticate("off.an", OFFICER_PASSWORD)
    assert accounts.set_active(supervisor, "off.an", True).active
    assert accounts.authenticate("off.an", OFFICER_PASSWORD)
    assert [(e, a) for e, a, _d in _events(accounts, "off.an")][1:3] == [
        ("disabled", "sup.lan"), ("enabled", "sup.lan")]


def test_change_role_is_recorded_with_from_and_to(accounts: Accounts) -> None:
    import json

    supervisor = _with_officer(accounts)
    assert accounts.change_role(supervisor, "off.an", Role.SUPERVISOR).role is Role.SUPERVISOR
    session = accounts.authenticate("off.an", OFFICER_PASSWORD)
    assert session.officer.can(Permission.MANAGE_ACCOUNTS)
    event, actor, detail = _events(accounts, "off.an")[1]
    assert (event, actor, json.loads(detail)) == (
        "role_changed", "sup.lan", {"from": "officer", "to": "supervisor"})
    # the new supervisor may now demote the one who promoted them
    assert accounts.change_role(session, "sup.lan", Role.OFFICER).role is Role.OFFICER


def test_a_supervisor_cannot_disable_demote_or_reset_themselves(accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    with pytest.raises(OwnAccount):
        accounts.set_active(supervisor, "sup.lan", False)
    with pytest.raises(OwnAccount):
        accounts.change_role(supervisor, "Sup.Lan", Role.OFFICER)
    with pytest.raises(OwnAccount):
        accounts.reset_password(supervisor, "sup.lan", TEMPORARY)
    assert accounts.authenticate("sup.lan", PASSWORD).officer.role is Role.SUPERVISOR
    assert [e for e, _a, _d in _events(accounts, "sup.lan")] == ["created", "signed_in",
                                                                  "signed_in"]


def test_no_change_leaves_the_station_without_an_active_supervisor(
        accounts: Accounts, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.accounts import roles

    supervisor = _setup(accounts)
    accounts.create(supervisor, "tech.minh", "Minh", Role.TECHNICIAN, "technician pass 1")
    # were technicians ever allowed to manage accounts, they still could not remove the
    # last supervisor
    monkeypatch.setitem(roles.PERMISSIONS, Role.TECHNICIAN, roles.PERMISSIONS[Role.TECHNICIAN]
                        | {Permission.MANAGE_ACCOUNTS})
    technician = accounts.authenticate("tech.minh", "technician pass 1")
    with pytest.raises(LastSupervisor) as error:
        accounts.change_role(technician, "sup.lan", Role.OFFICER)
    assert error.value.message_key == "account.last_supervisor"
    with pytest.raises(LastSupervisor):
        accounts.set_active(technician, "sup.lan", False)
    lan = {o.username: o for o in accounts.list_officers()}["sup.lan"]
    assert lan.role is Role.SUPERVISOR and lan.active  # rolled back
    assert [e for e, _a, _d in _events(accounts, "sup.lan")] == ["created", "signed_in"]
    accounts.reset_password(technician, "sup.lan", TEMPORARY)  # still active: allowed


def test_account_care_needs_the_manage_accounts_permission(accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    accounts.create(supervisor, "off.binh", "Bình", Role.OFFICER, "another long one 2")
    officer = accounts.authenticate("off.an", OFFICER_PASSWORD)
    for action in (lambda: accounts.reset_password(officer, "off.binh", TEMPORARY),
                   lambda: accounts.unlock(officer, "off.binh"),
                   lambda: accounts.set_active(officer, "off.binh", False),
                   lambda: accounts.change_role(officer, "off.binh", Role.SUPERVISOR)):
        with pytest.raises(NotPermitted):
            action()
    assert [e for e, _a, _d in _events(accounts, "off.binh")] == ["created"]


def test_a_stale_supervisor_session_is_refused(accounts: Accounts) -> None:
    supervisor = _with_officer(accounts)
    accounts.create(supervisor, "sup.hoa", "Hòa", Role.SUPERVISOR, "supervisor two 2")
    hoa = accounts.authenticate("sup.hoa", "supervisor two 2")
    accounts.change_role(supervisor, "sup.hoa", Role.OFFICER)
    with pytest.raises(NotPermitted):  # demoted since signing in
        accounts.set_active(hoa, "off.an", False)
    accounts.reset_password(supervisor, "sup.hoa", TEMPORARY)
    flagged = accounts.authenticate("sup.hoa", TEMPORARY)
    with pytest.raises(NotPermitted):  # a temporary password allows nothing else
        accounts.unlock(flagged, "off.an")


def test_acting_on_an_unknown_account_is_refused(accounts: Accounts) -> None:
    supervisor = _setup(accounts)
    with pytest.raises(UnknownAccount):
        accounts.unlock(supervisor, "nobody")
    with pytest.raises(UnknownAccount):
        accounts.change_role(supervisor, "nobody", Role.OFFICER)


def test_a_temporary_password_cannot_unlock_a_locked_down_screen(accounts: Accounts) -> None:
    from kiosk.accounts.unlock import verify_technician

    supervisor = _setup(accounts)
    accounts.create(supervisor, "tech.minh", "Minh", Role.TECHNICIAN, "technician pass 1")
    accounts.reset_password(supervisor, "tech.minh", TEMPORARY)
    with pytest.raises(NotPermitted):
        verify_technician(accounts, "tech.minh", TEMPORARY)
    accounts.change_password("tech.minh", TEMPORARY, "technician pass 2")
    assert verify_technician(accounts, "tech.minh", "technician pass 2").username == "tech.minh"
