"""m007: audit chains stored with the old encoding (insertion-order keys, spaces) are checked,
then rewritten canonically so the central service's verifier rebuilds them; a tampered chain
is reported and left as it was, never re-hashed; an undeliverable sealed packet is dropped
so it is sealed again."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from storehelp import REWIND_KEYED_CHAINS, open_db
from synchelp import open_packet

from kiosk.domain.canonical import canonical_text
from kiosk.options import load_settings
from kiosk.store.repository import event_hash
from kiosk.store.store import Store
from kiosk.sync import outbox
from kiosk.sync.packet import build_manifest, seal, verify
from kiosk.sync.setup import PacketSealer
from station.diagnostics.checks import check_sync_records

APPROVAL = {"supervisor": "sup.lan", "reason": "medical condition",
            "at": "2026-11-23T02:30:00+00:00", "status": "approved"}
# detail dicts as the desk made them: keys in insertion order, not sorted
UNSORTED = [
    ("created", None, "draft", {}),
    ("face_captured", None, None, {"mode": "forced", "failed_checks": ["pose"],
                                   "forced_reason": "medical condition", "approval": APPROVAL}),
    ("fingerprints_reviewed", None, None, {
        "exceptions": {"7": {"kind": "amputated", "reason": "since childhood",
                             "approval": APPROVAL}},
        "duplicates": {"clean": True, "pairs": []},
        "nfiq2": {"1": 43, "2": 46, "10": 70}, "forced": {}, "steps": ["right_four"]}),
    ("approval_decided", None, None, {"approval": 1, "kind": "force_face", "subject": "",
                                      "status": "approved", "comment": "đã kiểm tra"}),
    ("state_changed", "draft", "captured", {}),
    ("state_changed", "captured", "finalized", {}),
]
SORTED_ONLY = [("created", None, "draft", {}), ("biometrics_added", None, None,
                                                 {"samples": ["face"]}),
               ("state_changed", "draft", "captured", {}),
               ("state_changed", "captured", "finalized", {})]


def old_hash(previous: str | None, fields: list) -> str:
    text = json.dumps([previous or "", *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def add_old_events(conn: Any, eid: str, events: list) -> None:
    """Events exactly as the m006-era Repository._event wrote them."""
    previous = None
    for i, (event, from_state, to_state, detail) in enumerate(events):
        fields = [f"2026-11-23T02:3{i}:00.000000+00:00", "officer-7", event, from_state,
                  to_state, json.dumps(detail, ensure_ascii=False)]
        previous = old_hash(previous, fields)
        conn.execute("INSERT INTO events (enrollment_id, at, actor, event, from_state, to_state,"
                     " detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [eid, *fields, previous])


def make_m006_station(data: Path) -> None:
    """E1 finalized, no packet yet; E2 the same, tampered after hashing; E3 and E4 sealed,
    never uploaded (E3 holds unsorted details, E4 only sorted ones)."""
    Store.open(data, key_backend="file").close()
    conn = open_db(data / "kiosk.db").conn
    conn.executescript(REWIND_KEYED_CHAINS + "DROP TABLE audit_chain_problems; DELETE FROM "
                       "_sqlite_migrations WHERE name = 'm007_canonical_audit';")
    for eid in ("E1", "E2", "E3", "E4"):
        conn.execute("INSERT INTO enrollments (id, station_id, officer_id, state, created_at, "
                     "updated_at) VALUES (?, 'HN-DESK-1', 'officer-7', 'finalized', "
                     "'2026-11-23T02:30:00+00:00', '2026-11-23T02:40:00+00:00')", [eid])
        conn.execute("INSERT INTO outbox (enrollment_id, action, created_at) VALUES "
                     "(?, 'upload', '2026-11-23T02:40:00+00:00')", [eid])
        add_old_events(conn, eid, SORTED_ONLY if eid == "E4" else UNSORTED)
    conn.execute("UPDATE events SET detail = replace(detail, 'đã kiểm tra', 'ok') "
                 "WHERE enrollment_id = 'E2' AND event = 'approval_decided'")
    for eid in ("E3", "E4"):
        conn.execute("INSERT INTO packets (enrollment_id, sha256, size, sealed_at) VALUES "
                     "(?, 'old', 3, '2026-11-23T02:50:00+00:00')", [eid])
        conn.execute("INSERT INTO packet_data VALUES (?, x'4b504b')", [eid])
    conn.commit()
    conn.close()


def events_of(store: Store, eid: str) -> list[tuple]:
    return store.read(lambda r: r.db.execute(
        "SELECT seq, at, detail, hash FROM events WHERE enrollment_id = ? ORDER BY seq",
        [eid]).fetchall())


def test_old_chains_are_rewritten_canonically_and_verify(tmp_path: Path, caplog,
                                                         monkeypatch) -> None:
    data = tmp_path / "data"
    make_m006_station(data)
    conn = open_db(data / "kiosk.db").conn
    tampered_before = conn.execute("SELECT seq, at, detail, hash FROM events WHERE "
                                   "enrollment_id = 'E2' ORDER BY seq").fetchall()
    conn.close()
    central = X25519PrivateKey.generate()
    station_key = Ed25519PrivateKey.generate()
    with caplog.at_level(logging.WARNING, logger="kiosk.store.schema"), \
            Store.open(data, key_backend="file") as store:
        # E1: canonical text, and the chain holds under the current hash and the verifier
        previous = None
        for _seq, at, detail, digest in events_of(store, "E1"):
            assert detail == canonical_text(json.loads(detail))
            assert detail == "{}" or ", " not in detail
            event = store.read(lambda r, d=digest: r.db.execute(
                "SELECT actor, event, from_state, to_state FROM events WHERE hash = ?",
                [d]).fetchone())
            assert event_hash(previous, [at, *event, detail]) == digest
            previous = digest
        for eid in ("E1", "E3"):   # E3's old bytes are gone: sealed anew here, or this fails
            packet = store.write(lambda r, e=eid: outbox.save_packet(
                r, PacketSealer(station_key, central.public_key())(r, e))).result()
            verify(*open_packet(packet.data, central), station_key.public_key())
        # a new event chains on from the rewritten hashes
        store.write(lambda r: r.record_event("E1", "officer-7", "packet_exported",
                                             {"folder": "/media/usb", "a": 1})).result()
        manifest = store.read(lambda r: build_manifest(r, "E1"))
        sealed = seal(manifest, station_key, central.public_key())
        verify(*open_packet(sealed.data, central), station_key.public_key())
        # E2: untouched, listed, warned about by id only
        assert events_of(store, "E2") == tampered_before
        problems = store.read(lambda r: r.db.execute(
            "SELECT enrollment_id, found_by, seq, problem FROM audit_chain_problems"
        ).fetchall())
        assert problems == [("E2", "m007_canonical_audit", tampered_before[3][0],
                             "hash_mismatch")]
        # E3's old packet could never verify: dropped (sealed again above); E4's kept
        assert store.read(lambda r: outbox.load_packet(r, "E4")).data == b"KPK"
        assert store.read(lambda r: r.db.execute(
            "SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]) == 4
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "E2" in warnings[0] and "hash_mismatch" in warnings[0]
    assert "kiểm tra" not in warnings[0] and "officer" not in warnings[0]
    [backup] = (data / "backups").iterdir()
    assert backup.name.endswith("before-m007_canonical_audit.db")
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(data))
    doctor = {c.name: c for c in check_sync_records(load_settings(None))}
    assert not doctor["audit chains"].ok and doctor["audit chains"].detail.endswith(": E2")


def test_a_database_without_events_migrates(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", key_backend="file") as store:
        assert store.read(lambda r: r.db["audit_chain_problems"].exists())
