"""Converting a plaintext database (made before SQLCipher) into an encrypted one, once.

Order, so that a crash at any point loses nothing and leaves no plaintext behind for long:
checkpoint the plaintext WAL into its file and overwrite the WAL; export an encrypted copy
(``kiosk.db.encrypting``); keep an encrypted backup of it in ``backups/``; rename the
plaintext file aside (``kiosk.db.plaintext``) and the encrypted copy into place; then
overwrite and delete every plaintext file (the database aside, its WAL and shared memory,
plaintext backups after their encrypted copies exist). :func:`finish_interrupted` completes
or rolls back a conversion that a crash stopped.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from kiosk.store import database, errors

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
_ERRORS: tuple[type[Exception], ...] = (*database.DB_ERRORS, OSError)


def _aside(path: Path) -> Path:
    return path.with_name(path.name + ".plaintext")


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".encrypting")


def shred(path: Path) -> None:
    """Overwrite ``path`` with zeros (flushed to disk), then delete it. On a copy-on-write or
    flash file system the old blocks may survive the overwrite; the plaintext never returns
    through the file system's own interfaces."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b", buffering=0) as handle:
        zeros = bytes(min(size, _CHUNK))
        left = size
        while left > 0:
            left -= handle.write(zeros[:min(left, _CHUNK)])
        os.fsync(handle.fileno())
    path.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def export_encrypted(source: Path, target: Path, data_key: bytes) -> None:
    """Write an encrypted copy of the plaintext database ``source`` to ``target`` (mode 600),
    after folding ``source``'s WAL into it and overwriting the WAL."""
    target.unlink(missing_ok=True)
    database.private_file(target)
    target.unlink()  # ATTACH creates it; the folder is private and the mode set below
    conn = database.connect(source, None).conn  # plaintext: no key
    try:
        wal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        if wal_mode:
            busy, frames, done = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
            if busy or frames != done:
                raise errors.DatabaseLocked(f"{source} is in use by another program; close "
                                            "it and start again", path=str(source))
        key = database.sqlcipher_key(data_key).hex()
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(target), f"x'{key}'"])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
        wal = source.with_name(source.name + "-wal")
        if wal_mode and wal.exists():  # every frame is in the file now: zero the WAL's copy
            shred_in_place(wal)
    finally:
        conn.close()
    os.chmod(target, 0o600)
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def shred_in_place(path: Path) -> None:
    """Overwrite ``path`` with zeros without deleting it (a WAL SQLite still holds open)."""
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as handle:
        zeros = bytes(min(size, _CHUNK))
        left = size
        while left > 0:
            left -= handle.write(zeros[:min(left, _CHUNK)])
        os.fsync(handle.fileno())


def _remove_plaintext(path: Path) -> None:
    for leftover in (_aside(path), *(path.with_name(_aside(path).name + s)
                                    for s in ("-wal", "-shm", "-journal"))):
        shred(leftover)


def finish_interrupted(path: Path) -> None:
    """Complete or undo a conversion a crash stopped (no-op when none was under way)."""
    aside = _aside(path)
    _partial(path).unlink(missing_ok=True)  # encrypted and incomplete: never renamed in
    if not aside.exists():
        return
    if database.has_data(path) and not database.is_plaintext(path):
        log.info("finishing an interrupted encryption of %s", path)
        _remove_plaintext(path)
    else:
        os.replace(aside, path)  # stopped between the two renames: start again
        _fsync_dir(path.parent)


def convert(path: Path, data_key: bytes) -> Path:
    """Encrypt the plaintext database at ``path`` in place; returns the encrypted backup."""
    partial = _partial(path)
    try:
        export_encrypted(path, partial, data_key)
        db = database.connect(partial, data_key)
        try:
            backup = database.backup_copy(db, path, "encryption")
        finally:
            db.close()
        for suffix in ("-wal", "-shm"):  # a clean close removed them; the WAL was zeroed
            shred(path.with_name(path.name + suffix))
        os.replace(path, _aside(path))
        os.replace(partial, path)
        _fsync_dir(path.parent)
        _remove_plaintext(path)
        _encrypt_old_backups(path, data_key)
    except _ERRORS as exc:
        raise errors.translate(exc, path) from None
    log.info("encrypted %s (SQLCipher); encrypted backup %s", path, backup)
    return backup


def _encrypt_old_backups(path: Path, data_key: bytes) -> None:
    """Backups made before the conversion are plaintext: replace each by an encrypted copy."""
    folder = path.parent / database.BACKUP_DIR_NAME
    if not folder.is_dir():
        return
    for old in sorted(folder.glob("*.db")):
        if not database.is_plaintext(old):
            continue
        partial = _partial(old)
        export_encrypted(old, partial, data_key)
        with contextlib.suppress(FileNotFoundError):
            shred(old.with_name(old.name + "-wal"))
        os.replace(old, _aside(old))
        os.replace(partial, old)
        _fsync_dir(folder)
        _remove_plaintext(old)
        log.info("encrypted the old backup %s", old.name)
