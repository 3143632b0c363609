"""Probes: 'password12, 1234567890, qwertyuiop are accepted (also for the first supervisor); a
locked account answers in ~0 ms ("locked") against ~400 ms for an unknown user, and a disabled
one says "disabled" only when the password is right (enumeration); anyone can lock every
account, including the only technician.'

Timing itself is compared in tests/benchmarks/bench_sign_in.py; here every branch is shown to
do the same hash work and give the same answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.accounts.errors import InvalidCredentials, WeakPassword
from kiosk.accounts.roles import Role
from kiosk.accounts.service import AccountPolicy, Accounts
from kiosk.store.store import Store

PASSWORD = "giám sát viên 2026"
OFFICER_PASSWORD = "mật khẩu cán bộ 1"
TECH_PASSWORD = "mật khẩu trạm 2026"


class CountingHasher(PasswordHasher):
    """The real (fast) argon2id hasher, counting verifications."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.verifications = 0

    def verify(self, hash, password):
        self.verifications += 1
        return super().verify(hash, password)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def station(tmp_path: Path):
    hasher, clock, sleeps = CountingHasher(), Clock(), []
    with Store.open(tmp_path / "data", key_backend="file") as store:
        accounts = Accounts(store, AccountPolicy(lockout_attempts=3), clock, hasher,
                            sleep=sleeps.append)
        accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
        supervisor = accounts.authenticate("sup.lan", PASSWORD)
        for name, role, password in (("off.an", Role.OFFICER, OFFICER_PASSWORD),
                                     ("off.binh", Role.OFFICER, OFFICER_PASSWORD),
                                     ("tech.minh", Role.TECHNICIAN, TECH_PASSWORD)):
            accounts.create(supervisor, name, name, role, password)
        yield accounts, supervisor, hasher, clock, sleeps


@pytest.mark.parametrize("weak", ["password12", "1234567890", "qwertyuiop", "Password123",
                                  "qwerty123456", "abcdefghij", "1111111111a", "iloveyou12",
                                  "lan.tran2026", "tran thi lan"])
def test_common_and_guessable_passwords_are_refused_also_for_the_first_supervisor(
        tmp_path: Path, weak: str) -> None:
    with Store.open(tmp_path / "data", key_backend="file") as store:
        accounts = Accounts(store, hasher=CountingHasher())
        with pytest.raises(WeakPassword):
            accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, weak)
        assert accounts.needs_setup()


def test_the_rule_names_guessable(station) -> None:
    accounts, supervisor, *_ = station
    with pytest.raises(WeakPassword) as error:
        accounts.create(supervisor, "off.chi", "Chi", Role.OFFICER, "password12")
    assert error.value.params["rule"] == "guessable"
    with pytest.raises(WeakPassword):
        accounts.reset_password(supervisor, "off.an", "qwertyuiop")


def _answer(accounts: Accounts, username: str, password: str) -> InvalidCredentials:
    with pytest.raises(InvalidCredentials) as error:
        accounts.authenticate(username, password)
    return error.value


def test_unknown_wrong_locked_and_disabled_give_one_answer_after_the_same_hash_work(
        station) -> None:
    accounts, supervisor, hasher, _clock, _sleeps = station
    for _ in range(3):
        _answer(accounts, "off.binh", "wrong password 1")  # off.binh is now locked
    accounts.set_active(supervisor, "off.an", False)
    cases = {"unknown": ("nobody.here", OFFICER_PASSWORD),
             "wrong": ("tech.minh", "wrong password 1"),
             "locked, right password": ("off.binh", OFFICER_PASSWORD),
             "locked, wrong password": ("off.binh", "wrong password 1"),
             "disabled, right password": ("off.an", OFFICER_PASSWORD),
             "disabled, wrong password": ("off.an", "wrong password 1")}
    answers = {}
    for case, (username, password) in cases.items():
        before = hasher.verifications
        error = _answer(accounts, username, password)
        assert hasher.verifications == before + 1, f"{case}: no hash work"
        answers[case] = (type(error).__mro__[1:], error.message_key, str(error), error.params)
    first = answers["unknown"]
    for case, answer in answers.items():
        assert answer[1:] == first[1:], case  # the same key, sentence and (no) parameters


def test_the_translated_answer_is_one_sentence(station, qapp) -> None:
    from ui.common.messages import describe

    accounts, supervisor, *_ = station
    for _ in range(3):
        _answer(accounts, "off.binh", "wrong password 1")
    accounts.set_active(supervisor, "off.an", False)
    texts = {describe(_answer(accounts, u, p))[0] for u, p in (
        ("nobody.here", "x"), ("tech.minh", "y"), ("off.binh", OFFICER_PASSWORD),
        ("off.an", OFFICER_PASSWORD))}
    assert len(texts) == 1


def test_anyone_cannot_lock_out_the_only_technician_or_supervisor(station) -> None:
    accounts, _supervisor, _hasher, _clock, sleeps = station
    for username, password in (("tech.minh", TECH_PASSWORD), ("sup.lan", PASSWORD)):
        sleeps.clear()
        for _ in range(8):
            _answer(accounts, username, "attacker guess 1")
        officer = {o.username: o for o in accounts.list_officers()}[username]
        assert officer.locked_until is None            # never locked...
        assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0]    # ...but each attempt waits longer
        assert accounts.authenticate(username, password)  # the owner still gets in
        assert sleeps[-1] == 30.0                          # (after the longest wait)
        _answer(accounts, username, "attacker guess 1")
        assert len(sleeps) == 6                            # and the count started again


def test_an_officer_is_still_locked_and_a_second_supervisor_too(station) -> None:
    accounts, supervisor, _hasher, clock, _sleeps = station
    for _ in range(3):
        _answer(accounts, "off.an", "guess 1 guess")
    assert {o.username: o for o in accounts.list_officers()}["off.an"].locked_until
    accounts.create(supervisor, "sup.hoa", "Hoa", Role.SUPERVISOR, "chị Hoà giám sát 7")
    for _ in range(3):
        _answer(accounts, "sup.hoa", "guess 1 guess")
    assert {o.username: o for o in accounts.list_officers()}["sup.hoa"].locked_until
    for _ in range(6):   # with sup.hoa locked, sup.lan is the last one: slowed, not locked
        _answer(accounts, "sup.lan", "guess 1 guess")
    assert {o.username: o for o in accounts.list_officers()}["sup.lan"].locked_until is None
    assert accounts.authenticate("sup.lan", PASSWORD)
    clock.now += timedelta(minutes=16)
    assert accounts.authenticate("sup.hoa", "chị Hoà giám sát 7")


def test_a_lock_from_before_does_not_hold_out_the_last_supervisor(station) -> None:
    accounts, supervisor, *_ = station
    accounts.create(supervisor, "sup.hoa", "Hoa", Role.SUPERVISOR, "chị Hoà giám sát 7")
    for _ in range(3):
        _answer(accounts, "sup.lan", "guess 1 guess")   # locked: sup.hoa was there
    accounts._store.write(lambda r: r.db.execute(
        "UPDATE officers SET active = 0 WHERE username = 'sup.hoa'")).result()
    assert accounts.authenticate("sup.lan", PASSWORD)  # now the last one: the lock yields
