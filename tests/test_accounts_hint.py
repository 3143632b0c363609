"""The accounts hint: which start screen to draw before the store opens, kept true by the
account service (the first account made, the store's answer at each start)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from argon2 import PasswordHasher

from kiosk.accounts import hint
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.store import database
from kiosk.store.store import Store

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "Hà Nội mùa thu 2025"


def test_the_hint_names_the_stores_database_file() -> None:
    assert hint.DB_FILE_NAME == database.DB_FILE_NAME


def test_no_database_means_no_accounts_and_an_unchecked_one_is_unknown(tmp_path: Path) -> None:
    assert hint.accounts_hint(tmp_path / "missing") is False
    assert hint.accounts_hint(tmp_path) is False
    (tmp_path / hint.DB_FILE_NAME).write_bytes(b"")
    assert hint.accounts_hint(tmp_path) is None  # a station from before the hint: wait
    (tmp_path / hint.HINT_FILE).write_text("maybe\n")
    assert hint.accounts_hint(tmp_path) is None
    (tmp_path / hint.HINT_FILE).write_bytes(b"\xff\xfe")
    assert hint.accounts_hint(tmp_path) is None


def test_the_service_keeps_the_hint_true(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        accounts = Accounts(store, hasher=FAST)
        assert hint.accounts_hint(data) is None  # opened, not yet asked
        assert accounts.needs_setup()
        assert hint.accounts_hint(data) is False
        accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
        assert hint.accounts_hint(data) is True
        mode = stat.S_IMODE(os.stat(data / hint.HINT_FILE).st_mode)
        assert mode == 0o600
        (data / hint.HINT_FILE).write_text("none\n")  # wrong (a restored database, say)
        assert not accounts.needs_setup()
        assert hint.accounts_hint(data) is True  # corrected by the store's answer
    assert sorted(p.name for p in data.iterdir() if "hint" in p.name) == [hint.HINT_FILE]


def test_a_folder_that_cannot_be_written_costs_only_the_hint(tmp_path: Path, caplog) -> None:
    hint.remember_accounts(tmp_path / "gone", True)
    assert "cannot keep the accounts hint" in caplog.text
    assert not (tmp_path / "gone").exists()
