"""Station report files: one desk exports its facts, another imports them (no network).

The file is JSON: ``{"format": "kiosk-station-report", "version": 1, "station": "HN-DESK-1",
"generated_at": ISO, "period": {"first_day", "last_day", "zone"}, "facts": {...}}``, where
facts are the rows of :class:`~kiosk.reports.facts.Facts` (enrollment ids, officer user
names, times, reasons, scores; no applicant names, no biometric data).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from kiosk.domain.errors import KioskError
from kiosk.reports.facts import Facts
from kiosk.reports.figures import Scope

FORMAT = "kiosk-station-report"
VERSION = 1
_REQUIRED = {"enrollments": {"id", "station", "officer", "started_at", "saved_at"},
             "face": {"enrollment", "station", "failed_checks"},
             "fingers": {"enrollment", "station", "position", "nfiq2"},
             "exceptions": {"enrollment", "station", "officer", "at", "kind", "reason", "status"},
             "rejections": {"enrollment", "station", "at", "reason"},
             "queue": {"enrollment", "station", "queued_at", "left_at"}}


class ReportFileInvalid(KioskError):
    """Not a station report file this version can read (damaged, other format, newer)."""

    message_key = "reports.bad_file"


class ReportExportFailed(KioskError):
    """An export (CSV, PDF, station file) could not be written where the supervisor chose."""

    message_key = "reports.export_failed"


T = TypeVar("T")


def exported(target: Path, write: Callable[[], T]) -> T:
    """``write()`` an export to ``target`` (a file or a folder); a failure of the disk
    (missing folder, no permission, full, a folder in the file's place) becomes
    :class:`ReportExportFailed` naming ``target``."""
    try:
        return write()
    except OSError as exc:
        raise ReportExportFailed(f"cannot write {target}: {exc}", path=str(target)) from exc


@dataclass(frozen=True)
class StationFile:
    station: str
    generated_at: datetime
    facts: Facts


def write_station_file(path: Path, station: str, facts: Facts, scope: Scope,
                       now: datetime) -> Path:
    """Write the station report file atomically (a temporary file, then a rename)."""
    data = {"format": FORMAT, "version": VERSION, "station": station,
            "generated_at": now.isoformat(),
            "period": {"first_day": scope.first_day.isoformat(),
                       "last_day": scope.last_day.isoformat(), "zone": scope.zone},
            "facts": facts.to_json()}
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
    return path


def read_station_file(path: Path) -> StationFile:
    """Read and check a station report file; :class:`ReportFileInvalid` names what is wrong."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ReportFileInvalid(f"cannot read {path}: {exc}", path=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReportFileInvalid(f"{path} is not a station report file", path=str(path))
    if data.get("version") != VERSION:
        raise ReportFileInvalid(f"{path} has version {data.get('version')!r}; this station "
                                f"reads version {VERSION}", path=str(path))
    facts = data.get("facts")
    station = data.get("station")
    if not isinstance(facts, dict) or not isinstance(station, str) or not station:
        raise ReportFileInvalid(f"{path} has no station or facts", path=str(path))
    for part, keys in _REQUIRED.items():
        rows = facts.get(part, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) and keys <= r.keys()
                                                 for r in rows):
            raise ReportFileInvalid(f"{path}: the '{part}' rows are malformed", path=str(path))
    try:
        generated = datetime.fromisoformat(data["generated_at"])
        loaded = Facts.from_json(facts)
        for row in loaded.enrollments:
            datetime.fromisoformat(row["saved_at"]), datetime.fromisoformat(row["started_at"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ReportFileInvalid(f"{path}: bad value ({exc})", path=str(path)) from None
    return StationFile(station, generated, loaded)
