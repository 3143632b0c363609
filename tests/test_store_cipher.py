"""Whole-database encryption (SQLCipher): nothing readable at rest, plaintext databases
converted once, a changed byte is a precise error, and keyed chains name their first broken
link in ``kiosk doctor``."""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from reportseed import PASSWORD, fast_accounts
from sqlite_utils import Database
from storehelp import data_key, new_enrollment, open_db, samples

from kiosk.options import load_settings
from kiosk.store import chains, errors, keys
from kiosk.store.crypto import PayloadCipher, key_check
from kiosk.store.database import backup_before_migration, integrity_problems
from kiosk.store.repository import Repository
from kiosk.store.schema import MIGRATIONS, m013_report_facts
from kiosk.store.store import Store
from station.diagnostics.checks import check_chains, check_database_and_key

APPLICANT = {"surname": "WOJCIECHOWSKA", "given_names": "Zuzanna Quynh",
             "travel_document_number": "XK4471902", "native_name": "홍길동",
             "email": "zuzanna.w@example.org", "phone": "+84 912 345 678"}
NEEDLES = [v.encode("utf-8") for v in APPLICANT.values()] + [b"XK4471902".decode().encode(
    "utf-16-le")]
# the first bytes of every sample the tests store (JPEG/JFIF, WSQ, PNG headers): long enough
# that random ciphertext never holds them by chance
SIGNATURES = sorted({s.payload[:24] for i in range(6) for s in samples(i)})


def _save(store: Store, applicant: dict | None = None, seed: int = 0) -> str:
    enrollment = new_enrollment()
    store.write(lambda r: r.save_enrollment(enrollment, applicant or APPLICANT, samples(seed),
                                            actor="officer-7")).result()
    return enrollment.id


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in _files(folder):
        raw = path.read_bytes()
        found += [f"{path.name}: {n!r}" for n in NEEDLES + SIGNATURES if n in raw]
    return found


def test_database_wal_and_backups_hold_no_applicant_value_and_are_private(tmp_path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        _save(store)
        store.write(lambda r: backup_before_migration(r.db, store.path, ["m999_x"])).result()
        _save(store, seed=1)   # stays in the WAL while the store is open
        wal = data / "kiosk.db-wal"
        assert wal.stat().st_size > 0
        assert _leaks(data) == []
        for path in _files(data):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        for folder in (data, data / "backups"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert _leaks(data) == []
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(data / "kiosk.db").execute("SELECT * FROM sqlite_master").fetchall()


def make_plaintext_station(data: Path) -> str:
    """A station as the code before SQLCipher left it: the stdlib driver, migrations m001 to
    m009, an enrollment saved by the Repository with its sealed samples, the key file and
    key check, a plaintext backup, and the last save still in the WAL (a power cut)."""
    data.mkdir()
    key, _ = keys.create_key(data, "file")
    live = data.parent / "live"
    live.mkdir()
    db = Database(sqlite3.connect(live / "kiosk.db", check_same_thread=False))
    db.execute("PRAGMA journal_mode = WAL")
    MIGRATIONS.apply(db, stop_before="m010_keyed_chains")
    db.execute("INSERT INTO meta (key, value) VALUES ('key_check', ?)", [key_check(key)])
    m013_report_facts(db)  # today's Repository keeps report facts: it needs the table ...
    db.conn.commit()
    repo = Repository(db, PayloadCipher(key))
    first = new_enrollment()
    repo.save_enrollment(first, APPLICANT, samples(0), actor="officer-7")
    backups = data / "backups"
    backups.mkdir()
    stamp = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y%m%dT%H%M%SZ")
    db.execute("VACUUM INTO ?", [str(backups / f"kiosk-{stamp}-before-m009.db")])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.record_event(first.id, "officer-7", "note", {"n": 1})
    db.execute("INSERT INTO account_events (at, username, event, actor) VALUES "
               "('2026-11-01T00:00:00+00:00', 'sup.lan', 'signed_in', NULL)")
    db.conn.commit()
    db.conn.executescript("DROP TABLE report_facts; DROP INDEX approvals_requested; "
                          "DROP INDEX enrollments_created;")  # ... which the old code had not
    for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm"):  # copied while open
        shutil.copy(live / name, data / name)
    db.conn.close()
    assert (data / "kiosk.db-wal").stat().st_size > 0
    return first.id


def test_a_plaintext_station_is_encrypted_once_and_keeps_everything(tmp_path) -> None:
    data = tmp_path / "data"
    eid = make_plaintext_station(data)
    assert _leaks(data)   # the starting point: names and images in plain bytes
    with Store.open(data, key_backend="file") as store:
        record = store.read(lambda r: r.get(eid))
        assert record.applicant["travel_document_number"] == "XK4471902"
        face = next(b for b in record.biometrics if b.kind == "face")
        assert store.read(lambda r: r.load_payload(eid, face.id)).startswith(b"\xff\xd8\xff")
        assert [e["event"] for e in store.read(lambda r: r.events(eid))][-1] == "note"
    names = sorted(p.name for p in _files(data))
    assert not [n for n in names if "plaintext" in n or "encrypting" in n], names
    assert _leaks(data) == []
    backups = sorted((data / "backups").iterdir())
    assert sorted(b.name.split("-before-")[1] for b in backups) == [
        "encryption.db", "m009.db", "m010_keyed_chains.db"]
    for backup in backups:   # every copy opens with the key, none without it
        db = open_db(backup, data, read_only=True)
        assert db.execute("SELECT count(*) FROM enrollments").fetchone()[0] == 1, backup.name
        db.close()
    with Store.open(data, key_backend="file"):   # a second start converts nothing
        pass
    assert len(list((data / "backups").iterdir())) == 3
    db = open_db(data / "kiosk.db", read_only=True)
    assert chains.first_broken(db, "events", data_key(data)) is None
    assert chains.first_broken(db, "account_events", data_key(data)) is None
    db.close()


def test_a_conversion_stopped_by_a_crash_is_finished_or_started_again(tmp_path) -> None:
    data = tmp_path / "data"
    eid = make_plaintext_station(data)
    os.replace(data / "kiosk.db", data / "kiosk.db.plaintext")   # stopped between renames
    (data / "kiosk.db.encrypting").write_bytes(os.urandom(8192))  # an unfinished export
    with Store.open(data, key_backend="file") as store:
        assert store.read(lambda r: r.get(eid)).applicant["surname"] == "WOJCIECHOWSKA"
    assert not list(data.glob("kiosk.db.*")) and _leaks(data) == []
    # stopped after both renames: the plaintext aside is overwritten and removed
    (data / "kiosk.db.plaintext").write_bytes(b"SQLite format 3\x00" + b"XK4471902" * 100)
    with Store.open(data, key_backend="file"):
        pass
    assert not (data / "kiosk.db.plaintext").exists() and _leaks(data) == []


def _read_all(store: Store, ids: list[str]) -> list:
    out = []
    for eid in ids:
        record = store.read(lambda r, e=eid: r.get(e))
        out += [record, store.read(lambda r, e=eid: r.events(e)),
                store.read(lambda r, rec=record: [r.load_payload(rec.enrollment.id, b.id)
                                                  for b in rec.biometrics])]
    return out


def test_flipped_bytes_are_errors_naming_the_page_never_silent_data(tmp_path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        ids = [_save(store, seed=i) for i in range(6)]
        expected = _read_all(store, ids)
    path = data / "kiosk.db"
    original = path.read_bytes()
    rng = random.Random(16)
    raised = 0
    for _ in range(40):
        offset = rng.randrange(4096, len(original))   # page 1 is the key check: below
        page = offset // 4096 + 1
        raw = bytearray(original)
        raw[offset] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(raw))
        try:
            with Store.open(data, key_backend="file") as store:
                # a page these reads do not touch leaves them exact, never altered
                assert _read_all(store, ids) == expected, f"silent wrong data, page {page}"
        except errors.DatabaseCorrupt as exc:
            assert f"page {page} is damaged or was altered" in str(exc)
            raised += 1
        try:
            db = open_db(path, read_only=True)   # and the integrity check always names it
        except errors.DatabaseCorrupt as exc:  # a page of the schema: nothing opens at all
            assert f"page {page} is damaged or was altered" in str(exc)
            continue
        assert any(f"page {page} is damaged" in p for p in integrity_problems(db)), page
        db.close()
    assert raised >= 20   # most pages hold what these reads touch
    raw = bytearray(original)
    raw[100] ^= 1   # page 1: the database does not open; the backup-less station says so
    path.write_bytes(bytes(raw))
    with pytest.raises(errors.KeyMismatch, match="first page is damaged"):
        Store.open(data, key_backend="file")


def _doctor(data: Path, monkeypatch) -> dict:
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(data))
    settings = load_settings(None)
    return {c.name: c for c in (*check_database_and_key(settings), *check_chains(settings))}


def test_doctor_names_the_first_broken_link_of_each_keyed_chain(tmp_path, monkeypatch) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        accounts = fast_accounts(store)
        for _ in range(3):
            accounts.authenticate("sup.lan", PASSWORD)
        for i in range(3):
            eid = _save(store, seed=i)
            store.write(lambda r, e=eid: r.record_event(e, "officer-7", "note", {})).result()
    doctor = _doctor(data, monkeypatch)
    assert doctor["encryption"].ok and doctor["database"].ok, doctor
    assert doctor["audit chain"].ok and doctor["account chain"].ok
    assert doctor["audit chain"].detail.startswith("6 audit events")

    def tamper(sql: str, args=()) -> None:
        db = open_db(data / "kiosk.db")
        db.execute(sql, list(args))
        db.conn.commit()
        db.close()

    seqs = [r[0] for r in open_db(data / "kiosk.db").execute("SELECT seq FROM events")]
    tamper("UPDATE events SET actor = 'someone-else' WHERE seq = ?", [seqs[3]])
    found = _doctor(data, monkeypatch)["audit chain"]
    assert not found.ok and found.detail == (f"first broken link: events seq {seqs[3]}: does "
                                             "not verify (edited, inserted or moved)")
    tamper("UPDATE events SET actor = 'officer-7' WHERE seq = ?", [seqs[3]])
    assert _doctor(data, monkeypatch)["audit chain"].ok   # the original value verifies again
    tamper("DELETE FROM events WHERE seq = ?", [seqs[2]])
    found = _doctor(data, monkeypatch)["audit chain"]
    assert f"events seq {seqs[3]}: the row(s) before it are missing (seq {seqs[2]} deleted)" \
        in found.detail
    last_event = max(seqs)
    tamper("DELETE FROM events WHERE seq = ?", [last_event])   # the newest event removed
    found = _doctor(data, monkeypatch)["audit chain"]
    assert f"events seq {seqs[3]}" in found.detail   # still the first broken link
    # an account event written with another key (someone who recomputed the chain without it)
    tamper("DROP TRIGGER account_events_chain")
    db = open_db(data / "kiosk.db")
    chains.register(db.conn, os.urandom(32))
    db.execute(chains.trigger_sql("account_events"))
    db.execute("INSERT INTO account_events (at, username, event) VALUES ('x', 'sup.lan', "
               "'unlocked')")
    db.conn.commit()
    last = db.execute("SELECT max(seq) FROM account_events").fetchone()[0]
    db.close()
    found = _doctor(data, monkeypatch)["account chain"]
    assert found.detail == (f"first broken link: account_events seq {last}: does not verify "
                            "(edited, inserted or moved)")
    tamper("DELETE FROM account_events WHERE seq = ?", [last])   # removed from the end
    found = _doctor(data, monkeypatch)["account chain"]
    assert found.detail == (f"first broken link: account_events seq {last}: the row(s) after "
                            f"seq {last - 1} are missing (the chain's head names seq {last})")


def test_every_station_connection_opens_through_one_function() -> None:
    """Only kiosk/store/database.py opens a database (the central service, a separate
    program with its own server database, is the exception)."""
    root = Path(__file__).resolve().parents[1]
    pattern = re.compile(r"\b(sqlite3|sqlcipher3)\.connect\(|\bDatabase\(\s*[^)]")
    offenders = [f"{path.relative_to(root)}:{n}"
                 for folder in ("kiosk", "ui", "devices") for path in (root / folder).rglob("*.py")
                 if path.relative_to(root).as_posix() not in ("kiosk/store/database.py",)
                 and not path.relative_to(root).as_posix().startswith("kiosk/central/")
                 for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if pattern.search(line) and '":memory:"' not in line]  # never on disk
    assert offenders == []


class _SealedSlot:
    """A stand-in for an OS- or TPM-protected provider: it keeps the key outside the data
    folder (here in memory) and says where."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def load(self, data_dir: Path):
        return self.keys.get(str(data_dir)), keys.KeyLocation("sealed", "memory")

    def create(self, data_dir: Path):
        self.keys[str(data_dir)] = os.urandom(32)
        return self.load(data_dir)


def test_a_registered_key_provider_keys_the_database(tmp_path) -> None:
    slot = _SealedSlot()
    keys.register_provider("sealed", slot)
    try:
        data = tmp_path / "data"
        with Store.open(data, key_backend="sealed") as store:
            eid = _save(store)
            assert store.key_location.backend == "sealed"
        assert not (data / keys.KEY_FILE_NAME).exists() and _leaks(data) == []
        with Store.open(data, key_backend="sealed") as store:
            assert store.read(lambda r: r.get(eid)).applicant == APPLICANT
        slot.keys[str(data)] = os.urandom(32)   # the provider hands out another key
        with pytest.raises(errors.KeyMismatch, match="sealed"):
            Store.open(data, key_backend="sealed")
    finally:
        keys.PROVIDERS.pop("sealed", None)
