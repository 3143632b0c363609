"""Probe: 'KIOSK_SYNC_CENTRAL_PUBLIC_KEY=<their key> kiosk sync export DIR needs no sign-in,
seals the pending backlog to that key, and those packets stay sealed to the wrong key forever.'

Now every data move needs a supervisor's sign-in, the central service is pinned at its first
configuration, and a different key is refused until a supervisor confirms it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.options import load_settings
from kiosk.store.store import Store
from kiosk.sync import pinning
from kiosk.sync.setup import start_worker
from station.cli import main

from .stationhelp import (
    OFFICER,
    OFFICER_PASSWORD,
    STATION,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    fake_signing_key,
    make_station,
    new_key_b64,
    sealed_packets,
    station_events,
)


@pytest.fixture
def station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A configured station: its real central key pinned, two enrollments waiting."""
    data = tmp_path / "station"
    ids = make_station(data)
    _central, central_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(data))
    monkeypatch.setenv("KIOSK_STATION_ID", STATION)
    monkeypatch.setenv("KIOSK_STORAGE_KEY_BACKEND", "file")
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", central_b64)
    with Store.from_settings(load_settings()) as store:
        pinning.check(store, load_settings())  # its first configuration pins the key
    return data, ids, central_b64


def _run(args: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(args)


def test_the_literal_probe_fails_without_a_sign_in(station, tmp_path: Path) -> None:
    data, _ids, _central = station
    _attacker, attacker_b64 = new_key_b64()
    env = {**os.environ, "KIOSK_SYNC_CENTRAL_PUBLIC_KEY": attacker_b64}
    done = subprocess.run([sys.executable, "-m", "station", "sync", "export",
                           str(tmp_path / "usb")], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 2, done.stdout
    assert "supervisor" in done.stderr and "Traceback" not in done.stderr
    assert not list((tmp_path / "usb").glob("*.kpk"))
    assert sealed_packets(data) == {}  # nothing sealed to anybody's key


def test_a_supervisor_cannot_export_to_an_unconfirmed_key(station, tmp_path: Path, monkeypatch,
                                                          capsys) -> None:
    data, _ids, central_b64 = station
    _attacker, attacker_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", attacker_b64)
    code = _run(["sync", "export", str(tmp_path / "usb"), "--supervisor", SUPERVISOR],
                monkeypatch, SUPERVISOR_PASSWORD + "\n")
    error = capsys.readouterr().err
    assert code == 2
    assert pinning.fingerprint(central_b64) in error and pinning.fingerprint(attacker_b64) in error
    assert sealed_packets(data) == {}
    assert not list((tmp_path / "usb").glob("*.kpk"))


@pytest.mark.parametrize(("who", "password"), [(OFFICER, OFFICER_PASSWORD),
                                               (SUPERVISOR, "not the password 9"),
                                               ("nobody", SUPERVISOR_PASSWORD)])
def test_only_a_signed_in_supervisor_exports(station, tmp_path: Path, monkeypatch, capsys,
                                             who: str, password: str) -> None:
    data, _ids, _central = station
    code = _run(["sync", "export", str(tmp_path / "usb"), "--supervisor", who], monkeypatch,
                password + "\n")
    assert code == 2 and "Traceback" not in capsys.readouterr().err
    assert sealed_packets(data) == {}
    assert station_events(data, "data_exported") == []


def test_a_supervisor_exports_to_the_pinned_key_and_it_is_audited(station, tmp_path: Path,
                                                                  monkeypatch) -> None:
    data, ids, _central = station
    code = _run(["sync", "export", str(tmp_path / "usb"), "--supervisor", SUPERVISOR],
                monkeypatch, SUPERVISOR_PASSWORD + "\n")
    assert code == 0
    assert sorted(sealed_packets(data)) == sorted(ids)
    assert len(list((tmp_path / "usb").glob("*.kpk"))) == 2
    [(_at, actor, _event, detail)] = station_events(data, "data_exported")
    assert actor == SUPERVISOR and detail["written"] == 2
    assert set(detail) == {"folder", "written", "kept", "unsealed", "os_user"}  # no applicant


def test_a_changed_key_waits_for_a_supervisor_then_is_used(station, tmp_path: Path, monkeypatch,
                                                          capsys) -> None:
    data, ids, central_b64 = station
    _new, new_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", new_b64)
    assert _run(["sync", "confirm-central", "--supervisor", OFFICER, "--yes"], monkeypatch,
                OFFICER_PASSWORD + "\n") == 2  # an officer cannot confirm
    shown = capsys.readouterr().out
    assert pinning.fingerprint(central_b64) in shown and pinning.fingerprint(new_b64) in shown
    assert _run(["sync", "confirm-central", "--supervisor", SUPERVISOR, "--yes"], monkeypatch,
                SUPERVISOR_PASSWORD + "\n") == 0
    [(_at, actor, _e, detail)] = station_events(data, "central_confirmed")
    assert actor == SUPERVISOR
    assert ["sync.central_public_key", pinning.fingerprint(central_b64),
            pinning.fingerprint(new_b64)] in detail["changes"]
    assert _run(["sync", "export", str(tmp_path / "usb"), "--supervisor", SUPERVISOR],
                monkeypatch, SUPERVISOR_PASSWORD + "\n") == 0
    assert sorted(sealed_packets(data)) == sorted(ids)


def test_sealed_packets_are_never_resealed_to_an_unconfirmed_key(station, tmp_path: Path,
                                                                monkeypatch) -> None:
    data, _ids, _central = station
    assert _run(["sync", "export", str(tmp_path / "usb"), "--supervisor", SUPERVISOR],
                monkeypatch, SUPERVISOR_PASSWORD + "\n") == 0
    before = sealed_packets(data)
    (data / "station-ed25519.pem").unlink()  # a lost station key: rekey seals them again
    _attacker, attacker_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", attacker_b64)
    assert _run(["sync", "rekey", "--supervisor", SUPERVISOR], monkeypatch,
                SUPERVISOR_PASSWORD + "\n") == 2
    assert sealed_packets(data) == before


def test_the_worker_does_not_start_on_an_unconfirmed_central_service(station,
                                                                     monkeypatch) -> None:
    data, _ids, _central = station
    _attacker, attacker_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", attacker_b64)
    monkeypatch.setenv("KIOSK_SYNC_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_SIGNING_KEY", fake_signing_key())
    settings = load_settings()
    with Store.from_settings(settings) as store:
        assert start_worker(settings, store) is None
    assert sealed_packets(data) == {}


def test_doctor_names_an_unconfirmed_central_service(station, monkeypatch) -> None:
    from station.diagnostics.checks import check_sync_records

    [ok] = [c for c in check_sync_records(load_settings()) if c.name == "central pin"]
    assert ok.ok
    _attacker, attacker_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", attacker_b64)
    [changed] = [c for c in check_sync_records(load_settings()) if c.name == "central pin"]
    assert not changed.ok and "confirm-central" in changed.detail


def test_at_a_terminal_the_supervisor_is_asked_for(station, tmp_path: Path, monkeypatch,
                                                   capsys) -> None:
    data, ids, _central = station
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or SUPERVISOR)
    monkeypatch.setattr("getpass.getpass",
                        lambda prompt: asked.append(prompt) or SUPERVISOR_PASSWORD)
    monkeypatch.setattr("sys.stdin", type("Tty", (io.StringIO,), {"isatty": lambda s: True})())
    assert main(["sync", "export", str(tmp_path / "usb")]) == 0
    assert asked == ["Supervisor user name: ", "Password: "]
    assert "needs a supervisor's sign-in" in capsys.readouterr().err
    assert sorted(sealed_packets(data)) == sorted(ids)
