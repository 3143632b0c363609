"""m006: sealed packet bytes move out of the receipt row; a station upgraded with packets in
its outbox still uploads, exports and purges the same bytes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from storehelp import open_db

from kiosk.store.store import Store
from kiosk.sync import outbox
from kiosk.sync.packet import SealedPacket
from kiosk.sync.receipt import sign

BLOB = bytes(range(256)) * 400   # 100 kB, like a real packet


def make_old_station(data: Path) -> None:
    """A database as m005 left it: the sealed bytes in ``packets.sealed``."""
    Store.open(data, key_backend="file").close()
    conn = open_db(data / "kiosk.db").conn
    conn.executescript(
        """
        DROP TABLE packet_data;
        DROP INDEX outbox_enrollment;
        ALTER TABLE packets ADD COLUMN sealed BLOB;
        DELETE FROM _sqlite_migrations WHERE name = 'm006_packet_data';
        INSERT INTO enrollments (id, station_id, officer_id, state, created_at, updated_at)
            VALUES ('E1', 'HN-DESK-1', 'officer', 'finalized', '2026-01-01', '2026-01-01'),
                   ('E2', 'HN-DESK-1', 'officer', 'accepted', '2026-01-01', '2026-01-01');
        """)
    conn.execute("INSERT INTO packets (enrollment_id, sha256, sealed, size, sealed_at) "
                 "VALUES ('E1', 'h1', ?, ?, '2026-01-01')", [BLOB, len(BLOB)])
    conn.execute("INSERT INTO packets (enrollment_id, sha256, sealed, size, sealed_at, "
                 "server_status, accepted_at, purged_at) VALUES ('E2', 'h2', NULL, 5, "
                 "'2026-01-01', 'accepted', '2026-01-01', '2026-01-02')")
    conn.commit()
    conn.close()


def test_upgrade_moves_the_bytes_and_keeps_every_receipt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_old_station(data)
    with Store.open(data, key_backend="file") as store:
        assert store.read(lambda r: outbox.load_packet(r, "E1")) == SealedPacket("E1", BLOB)
        assert store.read(lambda r: outbox.load_packet(r, "E2")) is None   # purged before
        columns = store.read(lambda r: [c.name for c in r.db["packets"].columns])
        assert "sealed" not in columns and "purged_at" in columns
        assert [p.enrollment_id for p in store.read(outbox.all_sealed)] == ["E1"]
        indexes = store.read(lambda r: [i.name for i in r.db["outbox"].indexes])
        assert "outbox_enrollment" in indexes
    [backup] = (data / "backups").iterdir()
    assert backup.name.endswith("before-m006_packet_data.db")


def test_saved_once_then_purged_leaves_the_receipt_without_the_bytes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", key_backend="file") as store:
        store.write(lambda r: r.db.execute(
            "INSERT INTO enrollments (id, station_id, officer_id, state, created_at, "
            "updated_at) VALUES ('E1', 'S', 'o', 'finalized', '2026-01-01', '2026-01-01')")
        ).result()
        first = store.write(lambda r: outbox.save_packet(r, SealedPacket("E1", BLOB))).result()
        again = store.write(lambda r: outbox.save_packet(r, SealedPacket("E1", b"other"))
                            ).result()
        assert first.data == again.data == BLOB            # never resealed
        store.write(lambda r: r.db.execute(
            "UPDATE packets SET server_status = 'accepted', accepted_at = '2026-01-01'")
        ).result()
        central = Ed25519PrivateKey.generate()
        assert store.write(lambda r: outbox.purge_accepted(r, timedelta(0), central.public_key())
                           ).result() == 0                 # no signed receipt: kept
        accepted = sign(central, enrollment_id="E1", station_id="S",
                        sha256=first.sha256, status="accepted", reason=None,
                        at=1_767_600_000)
        store.write(lambda r: outbox.save_receipt(r, accepted)).result()
        assert store.write(lambda r: outbox.purge_accepted(r, timedelta(0), central.public_key())
                           ).result() == 1
        assert store.read(lambda r: outbox.load_packet(r, "E1")) is None
        receipt = store.read(lambda r: r.db.execute(
            "SELECT sha256, size, purged_at FROM packets").fetchone())
        assert receipt[0] == first.sha256 and receipt[1] == len(BLOB) and receipt[2]
        assert store.read(lambda r: r.db.execute("SELECT count(*) FROM packet_data")
                          .fetchone()[0]) == 0
