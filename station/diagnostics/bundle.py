"""A diagnostics bundle for support: a zip of logs, the configuration (secrets redacted), the
doctor's results and the device list. It NEVER holds personal or biometric data: nothing is
read from the database, the data key, the receipts or any capture; only what is listed here.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.options import OPTIONS, Settings, data_dir_from
from kiosk.station import station_id
from station.diagnostics.checks import CheckResult

REDACTED = "<redacted>"
SECRET_WORDS = ("password", "secret", "token", "private", "credential", "pin")
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")
MAX_LOG_BYTES = 2_000_000  # per log file: the newest part


def is_secret(key: str) -> bool:
    """Options whose value must never leave the station."""
    name = key.rpartition(".")[2].lower()
    return any(word in name.split("_") for word in SECRET_WORDS)


def redact(key: str, value: Any) -> Any:
    """``value`` with secrets replaced, and user:password@ removed from URLs."""
    if is_secret(key) and value not in ("", None):
        return REDACTED
    if isinstance(value, str):
        return _USERINFO.sub(REDACTED + "@", value)
    return value


def redacted_config(settings: Settings) -> dict[str, Any]:
    """Every option's value in force, secrets redacted (JSON-ready)."""
    values = {}
    for key in sorted(OPTIONS):
        value = redact(key, settings[key])
        values[key] = list(value) if isinstance(value, tuple) else value
    return values


def _log_files(settings: Settings) -> list[Path]:
    folder = data_dir_from(settings) / "logs"
    return sorted(folder.glob("*.log*")) if folder.is_dir() else []


def _tail(path: Path) -> bytes:
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - MAX_LOG_BYTES))
        return handle.read()


def write_bundle(path: Path, settings: Settings, checks: Iterable[CheckResult],
                 devices: Mapping[str, Any], log_lines: Iterable[str] = (),
                 now: datetime | None = None) -> Path:
    """Write the zip to ``path`` (a temporary name first) and return ``path``."""
    now = now or datetime.now(UTC)
    checks = list(checks)
    manifest = {
        "kind": "kiosk diagnostics bundle", "version": __version__,
        "created_at": now.isoformat(timespec="seconds"), "station_id": station_id(settings),
        "python": sys.version.split()[0], "platform": platform.platform(),
        "config_file": str(settings.source) if settings.source else None,
        "from_environment": sorted(settings.overridden),
        "contents": ["manifest.json", "config.json", "doctor.txt", "doctor.json",
                     "devices.json", "logs/"],
        "never_contains": "applicant data, biometric data, the database, keys, receipts",
    }
    doctor_text = "\n".join(f"{'ok' if c.ok else 'FAIL':4}  {c.name}  {c.detail}"
                            for c in checks) + "\n"
    temp = path.with_name(f".{path.name}.tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as bundle:
            def put(name: str, data: Any) -> None:
                text = data if isinstance(data, str) else json.dumps(
                    data, ensure_ascii=False, indent=2, default=str)
                bundle.writestr(name, text)

            put("manifest.json", manifest)
            put("config.json", redacted_config(settings))
            put("doctor.txt", doctor_text)
            put("doctor.json", {"ok": all(c.ok for c in checks),
                                "checks": [asdict(c) for c in checks]})
            put("devices.json", dict(devices))
            put("logs/recent.log", "\n".join(log_lines) + "\n")
            for log in _log_files(settings):
                bundle.writestr(f"logs/{log.name}", _tail(log))
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def device_list(settings: Settings) -> dict[str, Any]:
    """Configured devices, cameras present and SBI devices found (ids only; no captures)."""
    from devices.checkup import camera_choices, discover_scanners
    from station.devices import sbi_ports

    listing: dict[str, Any] = {"camera": settings["devices.camera"],
                               "fingerprint": settings["devices.fingerprint"],
                               "cameras_found": camera_choices(settings)}
    try:
        survey = discover_scanners(settings, sbi_ports(settings))
    except Exception as exc:  # the bundle still helps without it
        listing["sbi_error"] = str(exc)
        return listing
    listing["sbi"] = {"ports": f"{survey.first_port}-{survey.last_port}",
                      "seconds": round(survey.seconds, 3),
                      "devices": [{**asdict(f.info), "verified": f.verified,
                                   "problem": f.problem} for f in survey.found]}
    return listing
