"""Retention of the copies outside the database: migration backups expire, and an
enrollment's receipt PDF (portrait, name, document number) goes with its biometrics.

Both are overwritten before they are deleted (:func:`kiosk.store.conversion.shred`).
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.store import database
from kiosk.store.conversion import shred

log = logging.getLogger(__name__)

RECEIPTS_DIR_NAME = "receipts"
_STAMP = re.compile(r"-(\d{8}T\d{6}Z)-before-")


def receipt_folder(data_dir: Path) -> Path:
    """Where receipts are kept (mode 700: they show the portrait)."""
    folder = data_dir / RECEIPTS_DIR_NAME
    database.private_dir(folder)
    return folder


def receipt_path(data_dir: Path, enrollment_id: str) -> Path:
    """The receipt PDF of one enrollment."""
    return receipt_folder(data_dir) / f"receipt-{enrollment_id}.pdf"


def _made_at(backup: Path) -> float:
    """When a backup was made: the stamp in its name, else its modification time."""
    match = _STAMP.search(backup.name)
    if match:  # by hand: datetime.strptime imports _strptime (and its locale set-up) at start
        s = match.group(1)
        with contextlib.suppress(ValueError):  # digits that are no date: the file's time
            return datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[9:11]),
                            int(s[11:13]), int(s[13:15]), tzinfo=UTC).timestamp()
    return backup.stat().st_mtime


def expire_backups(data_dir: Path, days: float, now: float | None = None) -> list[Path]:
    """Overwrite and delete the migration backups older than ``days``; returns them."""
    folder = data_dir / database.BACKUP_DIR_NAME
    if not folder.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - days * 86400.0
    expired = [p for p in sorted(folder.iterdir()) if p.is_file() and _made_at(p) <= cutoff]
    for path in expired:
        shred(path)
        log.info("backup %s expired (storage.backup_retention_days = %g)", path.name, days)
    return expired


def purged_enrollments(db: Database) -> list[str]:
    """Enrollments whose biometric payloads are gone: purged after acceptance, or
    cancelled."""
    return [r[0] for r in db.execute(
        "SELECT enrollment_id FROM packets WHERE purged_at IS NOT NULL UNION "
        "SELECT id FROM enrollments WHERE state = 'cancelled'")]


def purge_receipts(data_dir: Path, enrollment_ids: list[str]) -> int:
    """Overwrite and delete the receipt PDFs of these enrollments; returns how many."""
    folder = data_dir / RECEIPTS_DIR_NAME
    if not folder.is_dir():
        return 0
    gone = 0
    for enrollment_id in enrollment_ids:
        path = folder / f"receipt-{enrollment_id}.pdf"
        if path.exists():
            shred(path)
            gone += 1
    if gone:
        log.info("purged %d receipt(s) with their enrollments' biometrics", gone)
    return gone
