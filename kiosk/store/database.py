"""Opening the database: every connection of the product goes through :func:`connect`.

The whole file is encrypted with SQLCipher 4 (AES-256 pages, HMAC-SHA512 per page), keyed
with a key derived from the station's data key (:func:`sqlcipher_key`), so the database, its
WAL and every backup are unreadable without the key, and a changed byte is an error, never
silently wrong data. Files are created mode 600 in folders mode 700.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import re
import sqlite3
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlite_utils import Database

from kiosk.store import chains, errors
from kiosk.store.schema import MIGRATIONS

log = logging.getLogger(__name__)

DB_FILE_NAME = "kiosk.db"
BACKUP_DIR_NAME = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"
# Either driver's errors: sqlcipher3 (every kiosk database) and sqlite3 (the central service,
# and reading a plaintext database once to convert it).
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
# ... and MemoryError: SQLCipher reports a page whose HMAC does not verify as SQLITE_NOMEM
DAMAGE_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, MemoryError)
_OPEN_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, OSError, errors.StoreError)
_SQLCIPHER_LABEL = b"enrollment-kiosk sqlcipher page key v1"


class _WholeCursor(sqlcipher3.Cursor):
    """A cursor that runs each statement to its end before it hands out a row.

    SQLCipher zero-fills a page that fails authentication and reports the error on the
    statement's next step: a lazily read row that spilled onto such an overflow page would
    otherwise arrive with zeros in it and no error. Reading every row first turns that into
    the error (checked in tests/test_store_cipher.py)."""

    _rows: collections.deque | None = None

    def execute(self, *args: Any) -> _WholeCursor:
        self._rows = None
        super().execute(*args)
        return self

    def executemany(self, *args: Any) -> _WholeCursor:
        self._rows = None
        super().executemany(*args)
        return self

    def _pending(self) -> collections.deque:
        if self._rows is None:
            self._rows = collections.deque(super().fetchall())
        return self._rows

    def fetchone(self) -> Any:
        rows = self._pending()
        return rows.popleft() if rows else None

    def fetchmany(self, size: int | None = None) -> list[Any]:
        rows = self._pending()
        count = self.arraysize if size is None else size
        return [rows.popleft() for _ in range(min(count, len(rows)))]

    def fetchall(self) -> list[Any]:
        rows = self._pending()
        out = list(rows)
        rows.clear()
        return out

    def __iter__(self) -> _WholeCursor:
        return self

    def __next__(self) -> Any:
        rows = self._pending()
        if not rows:
            raise StopIteration
        return rows.popleft()


class _Connection(sqlcipher3.Connection):
    """A connection whose cursors read whole results (:class:`_WholeCursor`)."""

    def cursor(self, factory: Any = _WholeCursor) -> Any:
        return super().cursor(factory)


def sqlcipher_key(data_key: bytes) -> bytes:
    """The 256-bit raw SQLCipher key: HKDF-SHA256 of the data key with its own label, so the
    page key and the biometric payload key are never the same bytes."""
    return HKDF(hashes.SHA256(), 32, salt=None, info=_SQLCIPHER_LABEL).derive(data_key)


def private_dir(folder: Path) -> None:
    """Create ``folder`` (mode 700) or narrow an existing one that this user owns to 700."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        info = folder.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(folder, 0o700)


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode 600 if absent, else narrow it to 600. SQLite gives a
    database's WAL and shared-memory files the mode of the database file."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, 0o600)


def ensure_writable_dir(folder: Path) -> None:
    """Create ``folder`` (mode 700) if needed and prove a file can be written there."""
    try:
        private_dir(folder)
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


def is_plaintext(path: Path) -> bool:
    """True for a plain (unencrypted) SQLite database file, as made before SQLCipher."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise errors.translate(exc, path) from None


def check_shape(path: Path) -> None:
    """Fail fast, with a precise message, on a file that cannot be a database: an encrypted
    one is whole pages (512 to 65,536 bytes each), a plaintext one starts with SQLite's
    header."""
    if not has_data(path) or is_plaintext(path):
        return
    if path.stat().st_size % 512:
        raise errors.DatabaseCorrupt(f"{path} is not an SQLite database (damaged or replaced)",
                                     path=str(path))


def has_data(path: Path) -> bool:
    """True when ``path`` exists and is not empty."""
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def connect(path: Path, data_key: bytes | None, busy_timeout_ms: int = 5000, *,
            read_only: bool = False) -> Database:
    """The one way to open a kiosk database: SQLCipher keyed from ``data_key`` (``None`` only
    to read a plaintext database once, to convert it), WAL, synchronous=FULL, foreign keys,
    busy wait. A wrong key or a damaged first page raises :class:`errors.DatabaseUnreadable`."""
    conn = None
    try:
        if not read_only and data_key is not None:
            private_file(path)
        conn = sqlcipher3.connect(str(path), timeout=busy_timeout_ms / 1000.0,
                                  check_same_thread=False, factory=_Connection)
        conn.execute("PRAGMA cipher_log_level = NONE")  # its errors reach us as exceptions
        if data_key is not None:
            conn.execute(f"PRAGMA key = \"x'{sqlcipher_key(data_key).hex()}'\"")
            chains.register(conn, data_key)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads page 1
        except sqlcipher3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_NOTADB:
                raise errors.DatabaseUnreadable(
                    f"{path} cannot be opened with the data key: the key is not the one this "
                    "database was made with, or its first page is damaged", path=str(path)
                ) from None
            raise
        if not read_only:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise errors.StoreError(f"{path} could not switch to WAL (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        return _database(conn)
    except _OPEN_ERRORS as exc:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        error = errors.translate(exc, path)
        if isinstance(error, errors.DatabaseCorrupt) and data_key is not None:
            raise explain_failure(error, path, data_key) from None  # a schema page: name it
        raise error from None


class _Database(Database):
    """sqlite-utils' Database whose nested :meth:`atomic` blocks name their savepoints by
    depth (``kiosk_sp_1``, ``kiosk_sp_2``, ...) instead of a random name each time: the same
    statement text is prepared once and reused from the connection's statement cache, where
    a new name was parsed and prepared again for every block (a save runs several)."""

    _depth = 0
    _plain: sqlcipher3.Cursor | None = None

    def change(self, sql: str, parameters: Any = ()) -> sqlcipher3.Cursor:
        """Run a statement that returns no rows (INSERT, UPDATE, DELETE, SAVEPOINT, ...) on
        a plain cursor kept for them, not through :meth:`execute`: no rows to read whole
        (:class:`_WholeCursor`), no autocommit check (callers are inside :meth:`atomic`),
        and no new cursor each time (measured: 1.2 us a statement, a save runs over ten).
        Returns the cursor (``rowcount``, ``lastrowid``) until the next change."""
        cursor = self._plain
        if cursor is None:
            cursor = self._plain = sqlcipher3.Cursor(cast(sqlcipher3.Connection, self.conn))
        return cursor.execute(sql, parameters)

    def change_many(self, sql: str, rows: Any) -> sqlcipher3.Cursor:
        """:meth:`change` for many parameter rows (one statement prepared once)."""
        cursor = self._plain
        if cursor is None:
            cursor = self._plain = sqlcipher3.Cursor(cast(sqlcipher3.Connection, self.conn))
        return cursor.executemany(sql, rows)

    def atomic(self) -> contextlib.AbstractContextManager[Database]:  # type: ignore[override]
        """A transaction, or a savepoint inside one; rolled back on an exception."""
        if not self.conn.in_transaction:
            return _Transaction(self)
        return _Savepoint(self)


class _Transaction:
    """An outer :meth:`_Database.atomic` block, as sqlite-utils' own: BEGIN, then COMMIT, or
    ROLLBACK on an exception (also when COMMIT fails); the statements on the plain cursor
    (:meth:`_Database.change`), and a class rather than a generator (as :class:`_Savepoint`)."""

    __slots__ = ("_db",)

    def __init__(self, db: _Database) -> None:
        self._db = db

    def __enter__(self) -> Database:
        self._db.change("BEGIN")
        return self._db

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        db = self._db
        if kind is not None:
            db.rollback()  # (nothing to do when the error already ended the transaction)
            return
        try:
            db.change("COMMIT")
        except BaseException:
            db.rollback()
            raise


# (SAVEPOINT, ROLLBACK TO, RELEASE) of the savepoint at each depth
_SAVEPOINT_SQL: dict[int, tuple[str, str, str]] = {}


class _Savepoint:
    """A nested :meth:`_Database.atomic` block: a savepoint named by its depth, released at
    the end, rolled back to on an exception. A class rather than a generator: a save enters
    two or more of them, and a generator's context manager costs several microseconds more
    on each way in and out (measured)."""

    __slots__ = ("_db", "_names")

    def __init__(self, db: _Database) -> None:
        self._db = db
        self._names: tuple[str, str, str] | None = None

    def __enter__(self) -> Database:
        db = self._db
        db._depth += 1
        names = _SAVEPOINT_SQL.get(db._depth)
        if names is None:
            name = f"kiosk_sp_{db._depth}"
            names = _SAVEPOINT_SQL.setdefault(db._depth, (
                f"SAVEPOINT {name}", f"ROLLBACK TO SAVEPOINT {name}", f"RELEASE SAVEPOINT {name}"))
        try:
            db.change(names[0])
        except BaseException:
            db._depth -= 1
            raise
        self._names = names
        return db

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        db, names = self._db, self._names
        assert names is not None
        try:
            if kind is None:
                db.change(names[2])
            # an error such as RAISE(ROLLBACK) may have ended the whole transaction
            elif db.conn.in_transaction:
                db.change(names[1])
                db.change(names[2])
        finally:
            db._depth -= 1


def _database(conn: sqlcipher3.Connection) -> Database:
    """sqlite-utils over a SQLCipher connection (the same DB-API as sqlite3's, which is the
    only connection type sqlite-utils' hints name)."""
    return _Database(cast(sqlite3.Connection, conn), execute_plugins=False)


def backup_folder(path: Path) -> Path:
    """The private folder of the copies made before migrations."""
    folder = path.parent / BACKUP_DIR_NAME
    private_dir(folder)
    return folder


def backup_copy(db: Database, path: Path, label: str) -> Path:
    """An encrypted copy of ``db`` (same key, mode 600) in ``backups/``, named by ``label``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_folder(path) / f"{path.stem}-{stamp}-before-{label}.db"
    if target.exists():
        target = target.with_name(f"{target.stem}-{uuid.uuid4().hex[:6]}.db")
    private_file(target)  # VACUUM INTO accepts an empty file and keeps its mode
    db.execute("VACUUM INTO ?", [str(target)])
    log.info("backed up %s to %s", path, target)
    return target


def backup_before_migration(db: Database, path: Path, pending: list[str]) -> Path | None:
    """Copy a database that holds data to ``backups/`` before migrating it."""
    if not db["enrollments"].exists():
        return None
    return backup_copy(db, path, pending[0])


def migrate(db: Database, path: Path) -> list[str]:
    """Apply pending migrations (after a backup); returns their names."""
    try:
        pending = [m.name for m in MIGRATIONS.pending(db)]
        if pending:
            backup_before_migration(db, path, pending)
            MIGRATIONS.apply(db)
        return pending
    except DB_ERRORS as exc:
        raise errors.translate(exc, path) from None


def damaged_pages(db: Database) -> list[str]:
    """SQLCipher's check of every page's HMAC: one sentence per page that fails (altered or
    damaged), none when all authenticate."""
    problems = []
    for (text,) in db.execute("PRAGMA cipher_integrity_check").fetchall():
        match = re.search(r"page (\d+)", text)
        problems.append(f"page {match.group(1)} is damaged or was altered ({text})"
                        if match else text)
    return problems


def _page_check(path: Path, data_key: bytes) -> list[str]:
    """:func:`damaged_pages` on a bare keyed connection: it reads no schema, so it runs even
    when a page of the schema itself is the damaged one (then no ordinary connection opens)."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{sqlcipher_key(data_key).hex()}'\"")
        conn.execute("PRAGMA query_only = ON")
        return damaged_pages(_database(conn))
    finally:
        conn.close()


def integrity_problems(db: Database, quick: bool = False) -> list[str]:
    """SQLCipher's page authentication, SQLite's integrity check and foreign keys; an empty
    list means healthy. ``quick``: SQLite's quick check and no page authentication."""
    try:
        if not quick:
            pages = damaged_pages(db)
            if pages:  # SQLite's own checks fail obscurely on pages that do not decrypt
                return pages
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else rows
        problems += [f"dangling reference in {r[0]} row {r[1]}"
                     for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    except DAMAGE_ERRORS as exc:  # damage bad enough that the check itself fails
        return [f"{exc.__class__.__name__}: {exc}"]
    return problems


def explain_failure(exc: BaseException, path: Path, data_key: bytes) -> BaseException:
    """The precise error for a failed read or write. SQLCipher reports a page whose HMAC does
    not verify as 'out of memory' (SQLITE_NOMEM) or as a malformed database: either is
    checked against the pages and becomes :class:`errors.DatabaseCorrupt` naming them."""
    error = None if isinstance(exc, MemoryError) else errors.translate(exc, path)
    if error is not None and not isinstance(error, errors.DatabaseCorrupt):
        return error
    try:
        pages = _page_check(path, data_key)
    except Exception:  # the check could not run: the error stays what it was
        return error or exc
    if not pages:
        return error or exc
    return errors.DatabaseCorrupt(
        f"{path} failed authentication: " + "; ".join(pages[:3])
        + ("; …" if len(pages) > 3 else "") + ". Nothing was read from the altered pages; "
        "restore a backup", path=str(path))
