"""The station key's life: made atomically (a full disk leaves nothing behind), a damaged
file is a precise error, never silently replaced while packets sealed with it wait, and
`kiosk sync rekey` seals those again with a new key that the central service accepts once
registered."""

from __future__ import annotations

import base64
import errno
import os
import re
import stat

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)
from synchelp import (
    STATION,
    Central,
    Station,
    fast_worker,
    open_packet,
    open_station,
    signing_key_for,
    stand_in_receipt,
    wait_until,
)

from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from kiosk.store.store import Store
from kiosk.sync import keys, outbox
from kiosk.sync.keys import STATION_KEY_FILE, SyncKeyError, public_b64
from kiosk.sync.packet import verify
from kiosk.sync.setup import PacketSealer, sealer_for
from kiosk.sync.station_key import checked_station_key
from station.cli import main
from station.diagnostics.checks import check_sync_records


def test_a_full_disk_leaves_no_key_file_and_the_next_start_succeeds(tmp_path, monkeypatch):
    def half_then_enospc(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys, "_write_all", half_then_enospc)
    with pytest.raises(SyncKeyError, match="No space left on device") as error:
        keys.station_key(tmp_path)
    assert STATION_KEY_FILE in str(error.value) and error.value.message_key == "sync.key_invalid"
    assert os.listdir(tmp_path) == []            # no 0-byte key, no partial temporary file
    monkeypatch.undo()
    key = keys.station_key(tmp_path)
    path = tmp_path / STATION_KEY_FILE
    assert os.listdir(tmp_path) == [STATION_KEY_FILE]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert public_b64(keys.station_key(tmp_path)) == public_b64(key)   # kept, not remade


@pytest.mark.parametrize(("content", "words"), [
    (b"", "is empty (0 bytes"),
    (b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n", "is damaged"),
    (X25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                               NoEncryption()), "is not an Ed25519 key"),
])
def test_an_empty_or_damaged_key_is_a_precise_error(tmp_path, monkeypatch, capsys, content,
                                                    words):
    (tmp_path / STATION_KEY_FILE).write_bytes(content)
    with pytest.raises(SyncKeyError, match=re.escape(words)) as error:
        keys.station_key(tmp_path)
    assert "kiosk sync rekey" in str(error.value)
    assert (tmp_path / STATION_KEY_FILE).read_bytes() == content    # never overwritten
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path))
    assert main(["sync", "key"]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def _settings(monkeypatch, data_dir, central: X25519PrivateKey):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(data_dir))
    monkeypatch.setenv("KIOSK_STATION_ID", STATION)
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", public_b64(central.public_key()))
    return load_settings(None)


def test_lost_key_is_refused_while_packets_wait_then_rekey_reseals_and_they_upload(
        tmp_path, monkeypatch, capsys):
    central_key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", central_key, CentralStore(tmp_path / "c" / "c.db"))
    data = tmp_path / "station"
    settings = _settings(monkeypatch, data, central_key)
    station = open_station(data, central_key)
    old_public = public_b64(station.sealer.station_key)
    waiting = station.enroll(2)
    [accepted] = station.enroll(1)
    station.store.write(lambda r: outbox.mark_result(
        r, accepted, "accepted", None, actor="sync", receipt=stand_in_receipt(r, accepted))
    ).result()
    before = station.packet_hashes()
    assert station.store.read(lambda r: r.db.execute(
        "SELECT value FROM meta WHERE key = 'station_public_key'").fetchone()[0]) == old_public

    (data / STATION_KEY_FILE).unlink()                  # the key is lost
    for attempt in (lambda: checked_station_key(station.store, data),
                    lambda: sealer_for(settings, station.store)):
        with pytest.raises(SyncKeyError) as error:
            attempt()
        text = str(error.value)
        assert "2 sealed packets" in text and str(data / STATION_KEY_FILE) in text
        assert "is missing" in text and "kiosk sync rekey" in text
    assert not (data / STATION_KEY_FILE).exists()       # nothing made silently
    [doctor] = [c for c in check_sync_records(settings) if c.name == "station key"]
    assert not doctor.ok and "kiosk sync rekey" in doctor.detail
    keys.station_key(data)                              # some other path makes a key anyway
    with pytest.raises(SyncKeyError, match="is not the key that sealed them"):
        checked_station_key(station.store, data)
    from argon2 import PasswordHasher

    from kiosk.accounts.roles import Role
    from kiosk.accounts.service import Accounts

    Accounts(station.store, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
             ).create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, "giám sát viên 2026")
    station.store.close()

    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("giám sát viên 2026\n"))
    assert main(["sync", "rekey", "--supervisor", "sup.lan"]) == 0
    out = capsys.readouterr().out
    assert "2 waiting packets sealed again" in out and "previous key file is kept" in out
    command = next(line for line in out.splitlines() if line.startswith("kiosk-central"))
    _, _, _, station_id, new_public = command.split()
    assert station_id == STATION and new_public != old_public
    assert len(list(data.glob(f"{STATION_KEY_FILE}.replaced-*"))) == 1

    assert main(["sync", "rekey"]) == 1                 # a sound key is not replaced...
    assert "nothing to repair" in capsys.readouterr().out
    assert len(list(data.glob(f"{STATION_KEY_FILE}.replaced-*"))) == 1   # ...without --force
    store = Store.open(data, key_backend="file")
    new_key = checked_station_key(store, data)           # start is allowed again
    assert all(c.ok for c in check_sync_records(settings))
    assert public_b64(new_key) == new_public
    rekeyed = Station(store, PacketSealer(new_key, central_key.public_key()), data,
                      signing_key_for(central_key).public_key())
    after = rekeyed.packet_hashes()
    assert after[accepted] == before[accepted]          # accepted: left alone
    for eid in waiting:
        assert after[eid] != before[eid]
        packet = store.read(lambda r, e=eid: outbox.load_packet(r, e))
        manifest, body, signature = open_packet(packet.data, central_key)
        verify(manifest, body, signature, new_key.public_key())
        assert manifest["audit"][-1]["event"] == "packet_resealed"
    central.store.add_station(STATION, base64.b64decode(new_public), "test")
    worker = fast_worker(rekeyed, central.start())
    worker.start()
    try:
        assert wait_until(lambda: rekeyed.states(waiting) == [State.ACCEPTED] * 2)
        assert central.stored() == {eid: after[eid] for eid in waiting}
    finally:
        worker.stop()
        central.stop()
        store.close()


def test_a_lost_key_with_nothing_waiting_is_simply_made_again(tmp_path):
    central_key = X25519PrivateKey.generate()
    station = open_station(tmp_path, central_key)
    try:
        [eid] = station.enroll(1)
        station.store.write(lambda r: outbox.mark_result(
            r, eid, "accepted", None, actor="sync", receipt=stand_in_receipt(r, eid))).result()
        old = public_b64(station.sealer.station_key)
        (tmp_path / STATION_KEY_FILE).unlink()
        assert public_b64(checked_station_key(station.store, tmp_path)) != old
    finally:
        station.store.close()


def test_the_data_key_also_survives_a_full_disk(tmp_path, monkeypatch):
    """kiosk/store/keys.py already writes its key the same way: nothing left behind."""
    from kiosk.store import keys as store_keys
    from kiosk.store.errors import DiskFull

    real_write = os.write

    def enospc(fd: int, data: bytes) -> int:
        real_write(fd, data[:5])
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(store_keys.os, "write", enospc)
        with pytest.raises(DiskFull, match="No space left on device") as error:
            store_keys.create_key(tmp_path, "file")
    assert error.value.message_key == "store.disk_full"
    assert os.listdir(tmp_path) == []
    key, _ = store_keys.create_key(tmp_path, "file")
    assert store_keys.load_key(tmp_path, "file")[0] == key
