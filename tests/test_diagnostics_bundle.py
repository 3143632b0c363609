"""The diagnostics bundle holds logs, redacted configuration, doctor output and the device list,
and nothing personal or biometric from a station that has enrolled people."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

import pytest
from deskhelp import applicant, decision, face, fingers

from kiosk import log_buffer
from kiosk.desk.session import DeskSession
from kiosk.options import load_settings
from kiosk.store.store import Store
from station.diagnostics.bundle import device_list, is_secret, redact, write_bundle
from station.diagnostics.checks import run_checks
from station.diagnostics.devices import check_devices


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A station whose database holds one finished enrollment, and a log folder."""
    data = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    config.write_text('[station]\nid = "HN-DESK-1"\n[sync]\n'
                      'url = "https://desk1:s3cr3t-pass@central.example.vn/api"\n',
                      encoding="utf-8")
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(data))
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    person = applicant()
    portrait, prints = face(), fingers()
    with Store.open(data, key_backend="file") as store:
        desk = DeskSession(store, "HN-DESK-1", "off.an")
        desk.start(person, decision(person))
        desk.save_face(portrait)
        desk.save_fingers(prints)
        desk.finalize()
    (data / "logs").mkdir()
    (data / "logs" / "kiosk.log").write_text("2026-11-23 INFO kiosk: started\n", "utf-8")
    secrets = [person.surname, person.given_names, person.native_name,
               person.travel_document_number, person.residence_card_number, person.phone]
    blobs = [portrait.portrait_jpeg[:64], *(s.wsq[:64] for s in prints.samples.values())]
    return load_settings(), secrets, blobs


def test_the_bundle_has_what_support_needs_and_no_personal_or_biometric_data(
        seeded, tmp_path: Path) -> None:
    settings, secrets, blobs = seeded
    buffer = log_buffer.install()
    logging.getLogger("kiosk.test").warning("camera reopened after a timeout")
    checks = run_checks(settings, (check_devices,))
    out = write_bundle(tmp_path / "out" / "bundle.zip", settings, checks,
                       device_list(settings), buffer.lines())
    with zipfile.ZipFile(out) as bundle:
        names = sorted(bundle.namelist())
        contents = {name: bundle.read(name) for name in names}
    assert names == ["config.json", "devices.json", "doctor.json", "doctor.txt",
                     "logs/kiosk.log", "logs/recent.log", "manifest.json"]
    config = json.loads(contents["config.json"])
    assert config["station.id"] == "HN-DESK-1"
    assert config["sync.url"] == "https://<redacted>@central.example.vn/api"
    doctor = json.loads(contents["doctor.json"])
    assert {"configuration", "database", "data key", "camera"} <= {
        c["name"] for c in doctor["checks"]}
    assert "1 enrollment(s)" in contents["doctor.txt"].decode()
    assert json.loads(contents["devices.json"])["camera"] == "simulated"
    assert b"camera reopened after a timeout" in contents["logs/recent.log"]
    assert b"started" in contents["logs/kiosk.log"]
    everything = b"".join(contents.values())
    assert b"s3cr3t" not in everything
    for text in secrets:
        assert text and text.encode() not in everything, f"{text!r} leaked into the bundle"
    for blob in blobs:
        assert blob not in everything


def test_secret_options_are_redacted() -> None:
    assert is_secret("sync.station_password") and is_secret("central.api_token")
    assert not is_secret("devices.sbi_port_first") and not is_secret("station.id")
    assert redact("sync.station_password", "hunter2") == "<redacted>"
    assert redact("sync.url", "http://127.0.0.1:8443/") == "http://127.0.0.1:8443/"
