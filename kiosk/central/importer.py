"""Import an offline export folder (``kiosk-export/1``, see kiosk.sync.export) into the central
service's store: the same checks and the same idempotent storage as an upload, so a packet
imported first and uploaded later (or the other way round) is stored exactly once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.central.app import CentralConfig, ingest
from kiosk.safe_input import MAX_DOCUMENT_BYTES, InputError, read_regular_file
from kiosk.sync.export import SUFFIX, ExportError, read_manifest


@dataclass
class ImportResult:
    stored: list[str] = field(default_factory=list)     # new at the central service
    already: list[str] = field(default_factory=list)    # same id and hash were stored
    refused: list[tuple[str, str]] = field(default_factory=list)   # (id, reason)


def import_folder(config: CentralConfig, folder: Path) -> ImportResult:
    """Verify, validate and store every packet the folder's manifest lists."""
    manifest = read_manifest(folder)
    if not manifest.get("packets") and not (folder / "manifest.json").exists():
        raise ExportError(f"{folder} holds no kiosk export (no manifest.json)",
                          where=str(folder))
    result = ImportResult()
    for entry in manifest["packets"]:
        enrollment_id = str(entry.get("id", ""))
        name = str(entry.get("file") or f"{enrollment_id}{SUFFIX}")
        path = folder / Path(name).name          # never outside the folder
        try:
            body = read_regular_file(path, MAX_DOCUMENT_BYTES)
        except InputError as exc:  # missing, a FIFO or device, or larger than any packet
            result.refused.append((enrollment_id, "missing_file" if exc.message_key ==
                                   "input.missing" else "not_a_packet_file"))
            continue
        digest = hashlib.sha256(body).hexdigest()
        if digest != entry.get("sha256"):
            result.refused.append((enrollment_id, "hash_mismatch"))
            continue
        status, answer = ingest(config, enrollment_id, "*", f"{enrollment_id}:{digest}", body,
                                source="import")
        if status == 201:
            result.stored.append(enrollment_id)
        elif status == 200:
            result.already.append(enrollment_id)
        else:
            result.refused.append((enrollment_id, str(answer.get("reason", status))))
    return result
