"""Offline export to a folder and import at the central service: whole files, idempotent both
ways, and an export imported then uploaded again is stored exactly once."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import STATION, Central, fast_worker, open_station, samples
from test_sync_worker import wait_until

from central.importer import NoExportError, import_folder
from central.server import central_key
from central.store import open_store
from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.domain.enrollment import Enrollment, State
from kiosk.sync import outbox
from kiosk.sync.export import MANIFEST, export_packets
from kiosk.sync.keys import public_b64


@pytest.fixture
def env(tmp_path):
    yield from _env(tmp_path, str(tmp_path / "central" / "c.db"))


@pytest.fixture
def import_env(tmp_path, central_database):
    """As ``env``, the central service on each backend (the import is central's)."""
    yield from _env(tmp_path, central_database)


def _env(tmp_path, database: str):
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, open_store(database))
    station = open_station(tmp_path / "station", key)
    central.register(station)
    yield station, central, tmp_path / "usb"
    central.stop()
    central.store.close()
    station.store.close()


def finalized_unsealed(station, n: int, station_id: str = STATION) -> list[str]:
    """Finalized enrollments as the desk leaves them: outbox row, no packet yet."""
    ids = []
    for i in range(n):
        e = Enrollment.start(station_id, "officer-7")

        def job(r, e=e, i=i):
            r.save_enrollment(e, {"surname": "LE", "seq": i}, samples(i), actor="officer-7")
            r.transition(e.id, State.CAPTURED, actor="officer-7")
            r.transition(e.id, State.FINALIZED, actor="officer-7")

        station.store.write(job).result()
        ids.append(e.id)
    return ids


def test_export_writes_one_file_per_packet_and_a_manifest_and_repeats_safely(env):
    station, _, usb = env
    ids = station.enroll(3)
    first = export_packets(station.store, usb, STATION)
    assert (first.written, first.kept, first.unsealed) == (3, 0, 0)
    manifest = json.loads((usb / MANIFEST).read_text())
    assert manifest["format"] == "kiosk-export/1" and manifest["station_id"] == STATION
    assert [p["id"] for p in manifest["packets"]] == sorted(ids)
    hashes = station.packet_hashes()
    for entry in manifest["packets"]:
        data = (usb / entry["file"]).read_bytes()
        assert data == station.store.read(lambda r, e=entry: outbox.load_packet(r, e["id"])).data
        assert entry["sha256"] == hashes[entry["id"]] and entry["size"] == len(data)
    assert not list(usb.glob("*.part"))
    again = export_packets(station.store, usb, STATION)
    assert (again.written, again.kept) == (0, 3)
    [new] = station.enroll(1)
    third = export_packets(station.store, usb, STATION)
    assert (third.written, third.kept) == (1, 3)
    assert len(json.loads((usb / MANIFEST).read_text())["packets"]) == 4
    events = station.store.read(lambda r: [e["event"] for e in r.events(new)])
    assert events.count("packet_exported") == 1


def test_export_seals_what_the_worker_has_not_sealed_yet(env):
    station, _, usb = env
    ids = finalized_unsealed(station, 2)
    without = export_packets(station.store, usb, STATION)
    assert (without.written, without.unsealed) == (0, 2)
    sealed = export_packets(station.store, usb, STATION, sealer=station.sealer)
    assert (sealed.written, sealed.unsealed) == (2, 0)
    assert sorted(station.packet_hashes()) == sorted(ids)


def test_export_then_import_then_upload_stores_each_packet_exactly_once(import_env):
    station, central, usb = import_env
    ids = station.enroll(4)
    export_packets(station.store, usb, STATION)
    config = central.config()
    imported = import_folder(config, usb)
    assert sorted(imported.stored) == sorted(ids) and not imported.refused
    assert sorted(import_folder(config, usb).already) == sorted(ids)   # import twice
    url = central.start()
    worker = fast_worker(station, url)
    worker.start()
    try:
        assert wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED})
    finally:
        worker.stop()
    assert central.stored() == station.packet_hashes()
    assert [row.source for row in central.store.all()] == ["import"] * 4


def test_import_refuses_tampered_missing_and_foreign_packets(import_env, tmp_path):
    station, central, usb = import_env
    a, b, c = station.enroll(3)
    export_packets(station.store, usb, STATION)
    raw = bytearray((usb / f"{a}.kpk").read_bytes())
    raw[-1] ^= 1
    (usb / f"{a}.kpk").write_bytes(bytes(raw))                 # a flipped bit on the stick
    (usb / f"{b}.kpk").unlink()
    manifest = json.loads((usb / MANIFEST).read_text())
    other = X25519PrivateKey.generate()                          # sealed for someone else
    stranger = open_station(tmp_path / "other", other)
    [d] = stranger.enroll(1)
    export_packets(stranger.store, tmp_path / "usb2", STATION)
    (usb / f"{d}.kpk").write_bytes((tmp_path / "usb2" / f"{d}.kpk").read_bytes())
    manifest["packets"].append(json.loads((tmp_path / "usb2" / MANIFEST).read_text())
                               ["packets"][0])
    (usb / MANIFEST).write_text(json.dumps(manifest))
    stranger.store.close()
    result = import_folder(central.config(), usb)
    assert result.stored == [c]
    assert dict(result.refused) == {a: "hash_mismatch", b: "missing_file", d: "decrypt_failed"}
    assert sorted(central.stored()) == [c]


def test_import_of_a_folder_without_an_export_is_a_clear_error(import_env, tmp_path):
    _, central, _ = import_env
    with pytest.raises(NoExportError):
        import_folder(central.config(), tmp_path / "empty")


def test_commands_export_register_and_import(tmp_path):
    central_dir = tmp_path / "central"
    key = central_key(central_dir)
    station = open_station(tmp_path / "station", key)
    ids = station.enroll(2)
    from argon2 import PasswordHasher

    from kiosk.accounts.roles import Role
    from kiosk.accounts.service import Accounts

    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    Accounts(station.store, hasher=fast).create_first("sup.lan", "Trần Thị Lan",
                                                      Role.SUPERVISOR, "giám sát viên 2026")
    station.store.close()
    env = {"KIOSK_STORAGE_DATA_DIR": str(tmp_path / "station"), "KIOSK_STATION_ID": STATION,
           "KIOSK_SYNC_CENTRAL_PUBLIC_KEY": public_b64(key.public_key())}

    def run(*args: str, stdin: str = ""):
        import os

        done = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True,
                              env={**os.environ, **env}, timeout=120, input=stdin)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    exported = run("station", "sync", "export", str(tmp_path / "usb"), "--supervisor",
                   "sup.lan", stdin="giám sát viên 2026\n")
    assert exported.returncode == 0 and "2 packets" in exported.stdout, exported.stderr
    station_line = run("station", "sync", "key").stdout.split()
    assert station_line[0] == STATION
    registered = run("central.cli", "register-station", *station_line, "--data",
                     str(central_dir))
    assert registered.returncode == 0, registered.stderr
    imported = run("central.cli", "import", str(tmp_path / "usb"), "--data",
                   str(central_dir))
    assert imported.returncode == 0 and "2 stored, 0 already stored" in imported.stdout
    again = run("central.cli", "import", str(tmp_path / "usb"), "--data",
                str(central_dir))
    assert "0 stored, 2 already stored, 0 refused" in again.stdout
    store = CentralStore(central_dir / "central.db")
    assert sorted(r.id for r in store.all()) == sorted(ids)
    store.close()
