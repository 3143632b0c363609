"""Import an offline export folder (``kiosk-export/1``, see kiosk.sync.export) into the central
service's store: the same checks and the same idempotent storage as an upload, so a packet
imported first and uploaded later (or the other way round) is stored exactly once. A bad
entry or file is reported and skipped; the import goes on with the next."""

from __future__ import annotations

import hashlib
import json
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from central.ingest import IMPORT, CentralConfig, ingest

EXPORT_FORMAT = "kiosk-export/1"
MANIFEST = "manifest.json"
SUFFIX = ".kpk"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


class NoExportError(ValueError):
    """The folder holds no readable export manifest."""


@dataclass
class ImportResult:
    stored: list[str] = field(default_factory=list)     # new at the central service
    already: list[str] = field(default_factory=list)    # same id and hash were stored
    refused: list[tuple[str, str]] = field(default_factory=list)   # (id, reason)


def read_manifest(folder: Path) -> list[Any]:
    """The manifest's packet entries; :class:`NoExportError` when there is no export."""
    path = folder / MANIFEST
    if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
        kind = "a pipe (FIFO)" if stat.S_ISFIFO(path.stat().st_mode) else "not a regular file"
        raise NoExportError(f"{path} is {kind}, not an export manifest")
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise NoExportError(f"{path} is larger than {MAX_MANIFEST_BYTES} bytes")
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise NoExportError(f"{folder} holds no kiosk export (no {MANIFEST})") from None
    except (OSError, ValueError, RecursionError) as exc:
        raise NoExportError(f"{path} is unreadable: {type(exc).__name__}") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise NoExportError(f"{path} is not a {EXPORT_FORMAT} manifest")
    packets = data.get("packets")
    if not isinstance(packets, list):
        raise NoExportError(f"{path} lists no packets")
    return packets


def import_folder(config: CentralConfig, folder: Path) -> ImportResult:
    """Verify, validate and store every packet the folder's manifest lists."""
    result = ImportResult()
    for number, entry in enumerate(read_manifest(folder), start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            result.refused.append((f"entry {number}", "bad_entry"))
            continue
        enrollment_id = entry["id"]
        try:
            status, reason = _import_one(config, folder, enrollment_id, entry)
        except Exception as exc:    # one bad packet never stops the rest of the import
            status, reason = 0, f"error_{type(exc).__name__}"
        if status == 201:
            result.stored.append(enrollment_id)
        elif status == 200:
            result.already.append(enrollment_id)
        else:
            result.refused.append((enrollment_id, reason))
    return result


def _import_one(config: CentralConfig, folder: Path, enrollment_id: str,
                entry: dict[str, Any]) -> tuple[int, str]:
    name = entry.get("file") or f"{enrollment_id}{SUFFIX}"
    if not isinstance(name, str):
        return 0, "bad_entry"
    path = folder / Path(name).name          # never outside the folder
    try:
        if not path.is_file() or path.stat().st_size > config.max_packet_bytes:
            return 0, "missing_file" if not path.is_file() else "packet_too_large"
        body = path.read_bytes()
    except (OSError, ValueError):
        return 0, "missing_file"
    digest = hashlib.sha256(body).hexdigest()
    if digest != entry.get("sha256"):
        return 0, "hash_mismatch"
    status, answer, _ = ingest(config, enrollment_id, IMPORT, f"{enrollment_id}:{digest}",
                               body, source="import")
    return status, str(answer.get("reason", status))
