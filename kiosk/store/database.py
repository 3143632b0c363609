"""Opening the SQLite database: checks, pragmas, backups and migrations."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.store import errors
from kiosk.store.schema import MIGRATIONS

log = logging.getLogger(__name__)

DB_FILE_NAME = "kiosk.db"
SQLITE_HEADER = b"SQLite format 3\x00"


def ensure_writable_dir(folder: Path) -> None:
    """Create ``folder`` if needed and prove a file can be written there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-probe-{uuid.uuid4().hex}"
        try:
            with open(probe, "wb") as handle:
                handle.write(b"ok")
                handle.flush()
                os.fsync(handle.fileno())
        finally:  # a full disk fails the write: the probe must not stay behind
            with contextlib.suppress(OSError):
                probe.unlink()
    except OSError as exc:
        raise errors.translate(exc, folder) from None


def check_header(path: Path) -> None:
    """Fail fast, with a precise message, on a file that is not an SQLite database."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise errors.translate(exc, path) from None
    if head and head != SQLITE_HEADER:
        raise errors.DatabaseCorrupt(f"{path} is not an SQLite database (damaged or replaced)",
                                     path=str(path))


def connect(path: Path, busy_timeout_ms: int, *, read_only: bool = False) -> Database:
    """A connection with the kiosk's pragmas: WAL, synchronous=FULL, foreign keys, busy wait."""
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000.0,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if not read_only:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise errors.StoreError(f"{path} could not switch to WAL (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads page 1
        return Database(conn, execute_plugins=False)
    except sqlite3.Error as exc:
        with contextlib.suppress(Exception):
            conn.close()
        raise errors.translate(exc, path) from None


def backup_before_migration(db: Database, path: Path, pending: list[str]) -> Path | None:
    """Copy a database that holds data to ``backups/`` before migrating it."""
    if not db["enrollments"].exists():
        return None
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{stamp}-before-{pending[0]}.db"
    db.execute("VACUUM INTO ?", [str(target)])
    log.info("backed up %s to %s before migrating", path, target)
    return target


def migrate(db: Database, path: Path) -> list[str]:
    """Apply pending migrations (after a backup); returns their names."""
    try:
        pending = [m.name for m in MIGRATIONS.pending(db)]
        if pending:
            backup_before_migration(db, path, pending)
            MIGRATIONS.apply(db)
        return pending
    except sqlite3.Error as exc:
        raise errors.translate(exc, path) from None


def integrity_problems(db: Database, quick: bool = False) -> list[str]:
    """SQLite's integrity check plus foreign keys; an empty list means healthy."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else rows
        problems += [f"dangling reference in {r[0]} row {r[1]}"
                     for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    except sqlite3.DatabaseError as exc:  # damage bad enough that the check itself fails
        return [str(exc)]
    return problems
