"""Retention of the copies outside the database: migration backups expire, and an
enrollment's receipt PDF (portrait, name, document number; sealed at rest,
:mod:`kiosk.store.receipts`) goes with its biometrics.

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

from kiosk.domain.enrollment import State
from kiosk.store import database, receipts
from kiosk.store.conversion import shred
from kiosk.store.sql_text import quoted

log = logging.getLogger(__name__)

_STAMP = re.compile(r"-(\d{8}T\d{6}Z)-before-")


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
        f"SELECT id FROM enrollments WHERE state = {quoted(State.CANCELLED)}")]


def purge_receipts(data_dir: Path, enrollment_ids: list[str]) -> int:
    """Overwrite and delete every copy of these enrollments' receipts; returns how many."""
    return receipts.purge(data_dir, enrollment_ids)
