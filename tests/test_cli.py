"""The `kiosk` command: --version, doctor (text and JSON), config, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__

KIOSK = [sys.executable, "-m", "station.launcher"]


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "KIOSK_CONFIG"}
    environ.update(KIOSK_STORAGE_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run([*KIOSK, *args], capture_output=True, text=True, env=environ,
                          timeout=120, cwd=Path(__file__).parent.parent)


def test_version(tmp_path: Path) -> None:
    out = _run(["--version"], tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == f"kiosk {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_doctor_passes_on_a_fresh_station_and_after_first_start(tmp_path: Path) -> None:
    out = _run(["doctor"], tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    names = [line.split()[1] for line in out.stdout.splitlines()]
    for expected in ("configuration", "python", "data", "database", "qt", "font"):
        assert expected in names, out.stdout
    from kiosk.store.store import Store

    Store.open(tmp_path / "data", key_backend="file").close()
    out = _run(["doctor", "--json"], tmp_path)
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["ok"] is True
    by_name = {c["name"]: c for c in report["checks"]}
    assert "intact" in by_name["database"]["detail"]
    assert "matches the database" in by_name["data key"]["detail"]
    assert {f"font {lang}" for lang in ("vi", "en", "zh_CN", "zh_TW", "ko", "ja")} <= set(by_name)


def test_doctor_fails_with_a_precise_line_on_a_damaged_database(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kiosk.db").write_bytes(b"garbage" * 100)
    out = _run(["doctor"], tmp_path)
    assert out.returncode == 1
    assert "FAIL  database" in out.stdout and "not an SQLite database" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


def test_doctor_reports_a_missing_key(tmp_path: Path) -> None:
    from kiosk.store.store import Store

    Store.open(tmp_path / "data", key_backend="file").close()
    (tmp_path / "data" / "data.key").unlink()
    out = _run(["doctor", "--json"], tmp_path)
    checks = {c["name"]: c for c in json.loads(out.stdout)["checks"]}
    assert out.returncode == 1 and not checks["data key"]["ok"]


def test_doctor_refuses_plain_http_to_another_machine_and_names_missing_keys(
        tmp_path: Path) -> None:
    out = _run(["doctor", "--json"], tmp_path, KIOSK_SYNC_URL="http://central.example.vn")
    checks = {c["name"]: c for c in json.loads(out.stdout)["checks"]}
    assert out.returncode == 1 and not checks["central service"]["ok"]
    assert "sync.url" in checks["central service"]["detail"]
    assert "https://" in checks["central service"]["detail"]
    assert not checks["central receipt key"]["ok"]
    assert "sync.central_signing_key is empty" in checks["central receipt key"]["detail"]
    out = _run(["doctor"], tmp_path, KIOSK_SYNC_URL="http://127.0.0.1:8470")
    assert "ok    central service" in out.stdout, out.stdout


def test_bad_configuration_is_one_clear_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[storage]\nbusy_timeout_ms = 'soon'\n")
    out = _run(["config"], tmp_path, KIOSK_CONFIG=str(config))
    assert out.returncode == 2
    assert "busy_timeout_ms" in out.stderr and "expects an integer" in out.stderr
    assert "Traceback" not in out.stderr
    out = _run(["doctor"], tmp_path, KIOSK_CONFIG=str(config))
    assert out.returncode == 1 and "FAIL  configuration" in out.stdout


@pytest.mark.parametrize("what", ["options", "show"])
def test_config_command(tmp_path: Path, what: str) -> None:
    out = _run(["config", what], tmp_path)
    assert out.returncode == 0 and "station" in out.stdout


def test_doctor_names_a_missing_camera_and_scanner(tmp_path: Path) -> None:
    out = _run(["doctor"], tmp_path, KIOSK_DEVICES_CAMERA=f"file:{tmp_path}/no-such-clip.mp4",
               KIOSK_DEVICES_FINGERPRINT="sbi", KIOSK_DEVICES_SBI_PORT_FIRST="4590",
               KIOSK_DEVICES_SBI_PORT_LAST="4599")
    assert out.returncode == 1
    lines = {line.split()[1]: line for line in out.stdout.splitlines()}
    assert lines["camera"].startswith("FAIL") and "no-such-clip.mp4" in lines["camera"]
    assert out.stdout.count("FAIL") == 2 and "fingerprint scanner" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr
