"""Offline export: sealed packets to a folder (a USB stick) for the central service's import.

The folder holds one ``<enrollment id>.kpk`` file per packet (the sealed bytes, exactly what
an upload sends) and ``manifest.json`` (format ``kiosk-export/1``: station, time, and per
packet its id, file, size and SHA-256). Every file is written to a temporary name, fsynced,
renamed and the folder fsynced, so a stick pulled out mid-export holds only whole packets.
Exporting again to the same folder is idempotent: packets already there with the same hash
are kept, new ones are added, the manifest lists them all. The outbox is not touched: an
exported packet is still uploaded when the network returns, and the central service answers
200 (already stored) for one it imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from kiosk.domain.errors import KioskError
from kiosk.domain.safe_input import MAX_DOCUMENT_BYTES, InputError, read_regular_file
from kiosk.domain.vocabulary import OutboxStatus
from kiosk.store.repository import Repository
from kiosk.store.sql_text import quoted
from kiosk.store.store import Store
from kiosk.sync import outbox
from kiosk.sync.packet import SealedPacket

EXPORT_FORMAT = "kiosk-export/1"
MANIFEST = "manifest.json"
SUFFIX = ".kpk"

# (repository, enrollment id) -> sealed packet; runs on the store's writer thread
Sealer = Callable[[Repository, str], SealedPacket]


class ExportError(KioskError):
    """The export folder cannot be written or read (``where`` names it)."""

    message_key = "sync.export_failed"


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    written: int       # packet files added by this export
    kept: int          # already in the folder with the same hash
    unsealed: int      # finalized enrollments that could not be sealed (no central key)

    @property
    def total(self) -> int:
        return self.written + self.kept


def _unsealed(repo: Repository) -> list[str]:
    return [r[0] for r in repo.db.execute(
        "SELECT o.enrollment_id FROM outbox o LEFT JOIN packets p ON "
        f"p.enrollment_id = o.enrollment_id WHERE o.status = {quoted(OutboxStatus.PENDING)} "
        "AND o.action = 'upload' "
        "AND p.enrollment_id IS NULL ORDER BY o.seq")]


def _seal(repo: Repository, *, sealer: Sealer, enrollment_id: str) -> SealedPacket:
    """Seal one enrollment's packet and keep it in the outbox."""
    return outbox.save_packet(repo, sealer(repo, enrollment_id))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename, fsync folder)."""
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(part, path)
    _fsync_dir(path.parent)


def _sha256_of(path: Path) -> str | None:
    """The hash of the packet file already at ``path``; None when there is none, or when
    something else sits there (a FIFO or device is never opened: the export replaces it)."""
    try:
        return hashlib.sha256(read_regular_file(path, MAX_DOCUMENT_BYTES)).hexdigest()
    except InputError:
        return None


def read_manifest(folder: Path) -> dict[str, Any]:
    """The folder's manifest (``{"packets": []}`` when there is none yet)."""
    try:
        data = json.loads(read_regular_file(folder / MANIFEST, MAX_DOCUMENT_BYTES))
    except InputError as exc:
        if exc.message_key == "input.missing":
            return {"format": EXPORT_FORMAT, "packets": []}
        raise ExportError(f"{folder / MANIFEST} is unreadable: {exc}", where=str(folder)) from None
    except (ValueError, RecursionError) as exc:
        raise ExportError(f"{folder / MANIFEST} is unreadable: {exc}", where=str(folder)) from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ExportError(f"{folder / MANIFEST} is not a {EXPORT_FORMAT} manifest",
                          where=str(folder))
    packets = data.setdefault("packets", [])
    if not isinstance(packets, list) or not all(
            isinstance(e, dict) and isinstance(e.get("id"), str) for e in packets):
        raise ExportError(f"{folder / MANIFEST} lists packets that are not entries with an id",
                          where=str(folder))
    return data


def export_packets(store: Store, folder: Path, station_id: str, *,
                   sealer: Sealer | None = None, actor: str = "export") -> ExportResult:
    """Write every sealed packet the central service has not accepted yet into ``folder``.

    Finalized enrollments without a packet are sealed first when ``sealer`` is given (else
    counted in ``unsealed``). Each newly exported packet gets a ``packet_exported`` audit
    event. Safe to repeat; never changes what the upload sends.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        manifest = read_manifest(folder)
        pending = store.read(_unsealed)
        if sealer is not None:
            for enrollment_id in pending:
                store.write(partial(_seal, sealer=sealer, enrollment_id=enrollment_id)).result()
            pending = []
        entries = {e["id"]: e for e in manifest.get("packets", []) if isinstance(e, dict)}
        written, kept, exported = 0, 0, []
        for packet in store.read(outbox.all_sealed):
            path = folder / f"{packet.enrollment_id}{SUFFIX}"
            if _sha256_of(path) == packet.sha256:
                kept += 1
            else:
                write_durably(path, packet.data)
                written += 1
                exported.append(packet.enrollment_id)
            entries[packet.enrollment_id] = {"id": packet.enrollment_id, "file": path.name,
                                             "size": len(packet.data), "sha256": packet.sha256}
        manifest = {"format": EXPORT_FORMAT, "station_id": station_id,
                    "exported_at": store.now().isoformat(),
                    "packets": [entries[k] for k in sorted(entries)]}
        write_durably(folder / MANIFEST,
                      json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))
    except OSError as exc:
        with contextlib.suppress(OSError):
            for part in folder.glob("*.part"):
                part.unlink()
        raise ExportError(f"cannot export to {folder}: {exc}", where=str(folder)) from None

    def audit(repo: Repository) -> None:
        with repo.db.atomic():
            for enrollment_id in exported:
                repo.record_event(enrollment_id, actor, "packet_exported",
                                  {"folder": str(folder)})

    if exported:
        store.write(audit).result()
    return ExportResult(folder, written, kept, len(pending))
