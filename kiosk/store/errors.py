"""Storage failures the UI can name precisely, and the mapping from SQLite's error codes."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import sqlcipher3

from kiosk.domain.errors import KioskError


class StoreError(KioskError):
    """Any storage failure; nothing was half-saved."""

    message_key = "store.error"


class DatabaseCorrupt(StoreError):
    message_key = "store.corrupt"


class DataDirNotWritable(StoreError):
    message_key = "store.read_only"


class DiskFull(StoreError):
    message_key = "store.disk_full"


class DatabaseLocked(StoreError):
    message_key = "store.locked"


class DatabaseUnreadable(StoreError):
    """The encrypted database does not open with the data key (another key, or page 1
    damaged)."""

    message_key = "store.unreadable"


class KeyMissing(StoreError):
    message_key = "store.key_missing"


class KeyMismatch(StoreError):
    message_key = "store.key_mismatch"


class PayloadTampered(StoreError):
    message_key = "store.payload_tampered"


class RecordNotFound(StoreError):
    message_key = "store.not_found"


def translate(exc: BaseException, path: Path | str) -> StoreError:
    """Turn a sqlite3/sqlcipher3 or OS error into the specific :class:`StoreError` for the UI."""
    if isinstance(exc, StoreError):
        return exc
    where = str(path)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull(f"the disk holding {where} is full", path=where)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DataDirNotWritable(f"cannot write to {where}: {exc.strerror}", path=where)
        return StoreError(f"file system error at {where}: {exc}", path=where)
    if isinstance(exc, (sqlite3.Error, sqlcipher3.Error)):
        code = getattr(exc, "sqlite_errorcode", -1) & 0xFF  # primary result code
        text = f"{exc} ({getattr(exc, 'sqlite_errorname', 'SQLITE_ERROR')})"
        if code == sqlite3.SQLITE_FULL or getattr(exc, "sqlite_errorname", "") == \
                "SQLITE_IOERR_SHMSIZE":  # the WAL index could not grow: no space left
            return DiskFull(f"the disk holding {where} is full: {text}", path=where)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return DatabaseLocked(f"{where} is locked by another program: {text}", path=where)
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
            return DataDirNotWritable(f"cannot write to {where}: {text}", path=where)
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return DatabaseCorrupt(f"{where} is damaged or was altered (a page failed its "
                                   f"check): {text}", path=where)
        if code == sqlite3.SQLITE_IOERR:
            return StoreError(f"input/output error on {where}: {text}", path=where)
        return StoreError(f"database error on {where}: {text}", path=where)
    return StoreError(f"unexpected storage failure on {where}: {exc!r}", path=where)
