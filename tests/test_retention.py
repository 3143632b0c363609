"""Retention covers every copy: before the purge no file holds the applicant in clear
(receipts are sealed; a viewer's copy lives in RAM only); after the purge of an accepted
enrollment, nothing of the applicant is readable anywhere in the data folder (database, WAL,
backups, receipts, logs), the RAM folder or the diagnostics bundle; old backups expire."""

from __future__ import annotations

import logging
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from deskhelp import applicant, decision, face, fingers

from kiosk.desk.session import DeskSession
from kiosk.options import load_settings
from kiosk.store import receipts, retention
from kiosk.store.database import backup_before_migration
from kiosk.store.errors import PayloadTampered
from kiosk.store.store import Store
from kiosk.sync import outbox
from kiosk.sync.packet import SealedPacket
from kiosk.sync.receipt import sign
from station.diagnostics.bundle import write_bundle
from station.diagnostics.checks import run_checks
from ui.printing.receipt_output import receipt_data, write_receipt

# image and WSQ file signatures, long enough that ciphertext never holds one by chance
SIGNATURES = [b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\xff\xd8\xff\xdb\x00\x43\x00",
              b"\x89PNG\r\n\x1a\n", b"\xff\xa0\xff\xa8\x00"]


def _found(raw: bytes, needles: list[bytes]) -> list[bytes]:
    return [n for n in needles if n in raw]


@pytest.fixture
def kiosk_log(tmp_path: Path):
    """Everything the kiosk logs, at DEBUG, into the data folder's log file."""
    folder = tmp_path / "data" / "logs"
    folder.mkdir(parents=True)
    handler = logging.FileHandler(folder / "kiosk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


def test_after_the_purge_no_copy_holds_the_applicant(tmp_path, monkeypatch, qapp,
                                                     kiosk_log) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(data))
    person = applicant(surname="PARKSEOYEON", given_names="MIN JUN HWA",
                       email="kim.minjun@example.org")
    portrait, prints = face(), fingers()
    values = [person.surname, person.given_names, person.native_name, person.address_vn,
              person.travel_document_number, person.residence_card_number, person.phone,
              person.email]
    # every value at least 8 bytes: a 3-byte name could turn up in ciphertext by chance
    assert all(len(v.encode()) >= 8 for v in values)
    needles = [v.encode() for v in values] + SIGNATURES + [
        portrait.portrait_jpeg[:32], *(s.wsq[:32] for s in prints.samples.values())]
    central = Ed25519PrivateKey.generate()
    with Store.open(data, key_backend="file") as store:
        desk = DeskSession(store, "HN-DESK-1", "off.an")
        eid = desk.start(person, decision(person))
        desk.save_face(portrait)
        desk.save_fingers(prints)
        enrollment = desk.finalize()
        written = write_receipt(receipt_data(enrollment, person, portrait, prints, "PA08",
                                             "Asia/Ho_Chi_Minh"), store)
        pdf = written.sealed
        assert _found(written.pdf, needles), "the receipt shows the applicant"
        assert store.load_receipt(eid) == written.pdf
        view = receipts.view_copy(data, eid, written.pdf)   # what a PDF viewer opens
        assert view is None or receipts.is_ram_backed(view)
        # before the purge: the receipt and everything else on disk hold nothing in clear
        leaks = {p.relative_to(data).as_posix(): _found(p.read_bytes(), needles)
                 for p in data.rglob("*") if p.is_file()}
        assert f"receipts/{pdf.name}" in leaks
        assert {k: v for k, v in leaks.items() if v} == {}
        old = store.write(lambda r: backup_before_migration(r.db, store.path, ["m998"])
                          ).result()
        stamp = (datetime.now(UTC) - timedelta(days=8)).strftime("%Y%m%dT%H%M%SZ")
        aged = old.with_name(f"kiosk-{stamp}-before-m998.db")
        os.replace(old, aged)
        fresh = store.write(lambda r: backup_before_migration(r.db, store.path, ["m999"])
                            ).result()
        packet = store.write(lambda r: outbox.save_packet(r, SealedPacket(eid, os.urandom(900)))
                             ).result()
        store.write(lambda r: r.db.execute(
            "UPDATE packets SET server_status = 'accepted', accepted_at = ?",
            [datetime.now(UTC).isoformat()])).result()
        accepted = sign(central, enrollment_id=eid, station_id="HN-DESK-1",
                        sha256=packet.sha256, status="accepted", reason=None,
                        at=datetime.now(UTC).timestamp())
        store.write(lambda r: outbox.save_receipt(r, accepted)).result()
        assert store.write(lambda r: outbox.purge_accepted(
            r, timedelta(0), central.public_key())).result() == 1
        store.expire_copies()   # what the sync worker does after each purge pass
        assert not pdf.exists() and not aged.exists() and fresh.exists()
        assert view is None or not view.exists()
        with pytest.raises(FileNotFoundError):
            store.load_receipt(eid)
        # the enrollment row itself stays (reports, audit): encrypted, readable with the key
        assert store.read(lambda r: r.get(eid)).applicant["surname"] == person.surname
        assert store.read(lambda r: r.get(eid)).biometrics == ()
        leaks = {p.relative_to(data).as_posix(): _found(p.read_bytes(), needles)
                 for p in data.rglob("*") if p.is_file()}
        assert "kiosk.db-wal" in leaks and "logs/kiosk.log" in leaks
        assert {k: v for k, v in leaks.items() if v} == {}
    settings = load_settings()
    bundle = write_bundle(tmp_path / "bundle.zip", settings, run_checks(settings), {})
    with zipfile.ZipFile(bundle) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert _found(everything, needles) == []
    leaks = {p.name: _found(p.read_bytes(), needles) for p in data.rglob("*") if p.is_file()}
    ram = receipts.ram_folder(data, create=False)
    if ram is not None:
        leaks.update({p.name: _found(p.read_bytes(), needles) for p in ram.iterdir()})
        ram.rmdir()   # empty: the viewer copy went with the enrollment
    assert {k: v for k, v in leaks.items() if v} == {}


def test_a_plaintext_receipt_of_an_older_version_is_sealed(tmp_path: Path) -> None:
    """Receipts an older version left in clear are sealed at the next start, or shredded if
    their enrollment is already purged; a sealed receipt moved to another enrollment fails."""
    folder = tmp_path / "receipts"
    folder.mkdir(parents=True)
    (folder / "receipt-E1.pdf").write_bytes(b"%PDF-1.4 PARKSEOYEON M12345678")
    with Store.open(tmp_path, key_backend="file") as store:
        assert sorted(p.name for p in folder.iterdir()) == ["receipt-E1.pdf.sealed"]
        assert b"PARKSEOYEON" not in (folder / "receipt-E1.pdf.sealed").read_bytes()
        assert store.load_receipt("E1") == b"%PDF-1.4 PARKSEOYEON M12345678"
        os.replace(folder / "receipt-E1.pdf.sealed", folder / "receipt-E2.pdf.sealed")
        with pytest.raises(PayloadTampered):
            store.load_receipt("E2")


def test_backups_expire_after_the_configured_days(tmp_path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    names = [f"kiosk-{(now - timedelta(days=d)).strftime('%Y%m%dT%H%M%SZ')}-before-m0{d}.db"
             for d in (1, 6, 8, 30)]
    for name in names:
        (folder / name).write_bytes(b"x" * 4096)
    gone = retention.expire_backups(tmp_path, 7, now=now.timestamp())
    assert sorted(p.name for p in gone) == sorted(names[2:])
    assert sorted(p.name for p in folder.iterdir()) == sorted(names[:2])
    assert len(retention.expire_backups(tmp_path, 0.5, now=now.timestamp())) == 2
    assert list(folder.iterdir()) == []
