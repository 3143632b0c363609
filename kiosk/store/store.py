"""The store: one writer thread owns the write connection; readers get their own connections.

All writes go through :meth:`Store.write`, which returns a Future resolved only after COMMIT
(synchronous=FULL), so "saved" in the UI always means durably on disk. The report facts
derived from a write's audit events are folded just after it, by the same writer, in a
transaction of their own (:func:`kiosk.store.report_facts.fold`; at open too, and before a
report is read: :meth:`Store.fold_reports`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.enrollment import State
from kiosk.options import Settings, data_dir_from
from kiosk.store import conversion, database, errors, keys, receipts, report_facts, retention
from kiosk.store.crypto import PayloadCipher, key_check
from kiosk.store.repository import Change, Repository

log = logging.getLogger(__name__)
T = TypeVar("T")
FOLD_DELAY_S = 0.2  # the report facts are folded once the writes pause this long
_PROBE = "SELECT count(*) FROM sqlite_master"
_MIGRATE_ERRORS: tuple[type[Exception], ...] = (*database.DAMAGE_ERRORS, errors.DatabaseCorrupt)
_WRITE_ERRORS: tuple[type[Exception], ...] = (*database.DAMAGE_ERRORS, OSError)


@dataclass(frozen=True)
class StoreStatus:
    """A summary for the main window and `kiosk doctor`."""

    path: Path
    size_bytes: int
    key_backend: str
    key_where: str
    by_state: dict[State, int]
    outbox_pending: int


class Store:
    """Open with :meth:`open`; close with :meth:`close` (or use as a context manager)."""

    def __init__(self, path: Path, writer_db: Database, cipher: PayloadCipher,
                 key_location: keys.KeyLocation, busy_timeout_ms: int, data_key: bytes,
                 clock: Clock = system_clock) -> None:
        self.path = path
        self.clock = clock  # the station's time: every repository and service reads it here
        self.backup_retention_days = 7.0
        self._cipher_key = data_key
        self.key_location = key_location
        self._cipher = cipher
        self._busy_timeout_ms = busy_timeout_ms
        self._writer = Repository(writer_db, cipher, self.now)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db-writer")
        self._readers: list[Database] = []
        self._idle: list[Repository] = []   # reader connections not in use
        self._listeners: list[Callable[[frozenset[Change]], None]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._fold_wanted = threading.Event()  # a write added audit events to fold
        self._stopping = threading.Event()
        threading.Thread(target=self._fold_when_idle, name="kiosk-report-fold",
                         daemon=True).start()

    @classmethod
    def open(cls, data_dir: Path, *, key_backend: str = "auto", busy_timeout_ms: int = 5000,
             backup_retention_days: float = 7.0, clock: Clock = system_clock) -> Store:
        """Open (creating on first start) the database and its data key in ``data_dir``.

        Raises a specific :class:`~kiosk.store.errors.StoreError` for a read-only folder, a
        damaged database, a locked database, a full disk, or a missing or different key.
        """
        database.ensure_writable_dir(data_dir)
        path = data_dir / database.DB_FILE_NAME
        backend = keys.choose_backend(key_backend, data_dir)
        conversion.finish_interrupted(path)
        database.check_shape(path)
        if database.is_plaintext(path):
            key, where = _plaintext_key(path, data_dir, backend)
            conversion.convert(path, key)
        elif database.has_data(path):
            key, where = keys.require_key(data_dir, backend)
        else:
            stored, where = keys.load_key(data_dir, backend)
            if stored is None:
                key, where = keys.create_key(data_dir, backend)
            else:
                key = stored
        try:
            db = database.connect(path, key, busy_timeout_ms)
        except errors.DatabaseUnreadable:
            raise _unreadable(path, key, where) from None
        except errors.DatabaseCorrupt as exc:  # a page read while opening: name it
            raise database.explain_failure(exc, path, key) from None
        try:
            if database.migrate(db, path):
                # a connection that ran a migration's ALTER TABLE ... RENAME stays slower
                # (measured: 0.1 ms more per save after m019's) until it is reopened
                db.close()
                db = database.connect(path, key, busy_timeout_ms)
            _bind_key(db, path, key, where)
            _fold_at_open(db)
        except _MIGRATE_ERRORS as exc:
            db.close()
            raise database.explain_failure(exc, path, key) from None
        except BaseException:
            db.close()
            raise
        store = cls(path, db, PayloadCipher(key), where, busy_timeout_ms, key, clock)
        store.backup_retention_days = backup_retention_days
        store.expire_copies()
        try:
            receipts.clear_view_copies(data_dir)   # the last session's receipt in a viewer
        except OSError as exc:
            log.warning("cannot clear the receipt viewer copies: %s", exc)
        return store

    @classmethod
    def from_settings(cls, settings: Settings, clock: Clock = system_clock) -> Store:
        """Open the store the configuration names."""
        return cls.open(data_dir_from(settings), key_backend=settings["storage.key_backend"],
                        busy_timeout_ms=settings["storage.busy_timeout_ms"],
                        backup_retention_days=settings["storage.backup_retention_days"],
                        clock=clock)

    def expire_copies(self) -> None:
        """Retention outside the database: backups older than ``backup_retention_days`` and
        the receipts of enrollments whose biometrics are gone are overwritten and deleted."""
        data_dir = self.path.parent
        try:
            retention.expire_backups(data_dir, self.backup_retention_days)
            ids = self.read(lambda r: retention.purged_enrollments(r.db))
            retention.purge_receipts(data_dir, ids)
            receipts.seal_plaintext(data_dir, self._cipher)
        except OSError as exc:
            raise errors.translate(exc, data_dir) from None

    def save_receipt(self, enrollment_id: str, pdf: bytes) -> Path:
        """Keep the receipt PDF of ``enrollment_id`` sealed with the data key until the
        enrollment's purge (:mod:`kiosk.store.receipts`); returns the sealed file."""
        try:
            return receipts.save(self.path.parent, self._cipher, enrollment_id, pdf)
        except OSError as exc:
            raise errors.translate(exc, self.path.parent) from None

    def load_receipt(self, enrollment_id: str) -> bytes:
        """The receipt PDF of ``enrollment_id``, decrypted in memory (FileNotFoundError once
        purged)."""
        return receipts.load(self.path.parent, self._cipher, enrollment_id)

    def write(self, fn: Callable[[Repository], T]) -> Future[T]:
        """Run ``fn(repository)`` on the writer thread; errors arrive as StoreError."""
        if self._closed:
            raise errors.StoreError("the store is closed", message_key="store.closed")

        return self._executor.submit(self._write, fn)

    def _write(self, fn: Callable[[Repository], T]) -> T:
        """A write job; the audit events it wrote are folded into the report facts once the
        writes pause (:meth:`_fold_when_idle`), never while a save is waited for."""
        try:
            return self._run(self._writer, fn)
        finally:
            if self._writer.events_written:
                self._writer.events_written = False
                self._fold_wanted.set()

    def _fold_when_idle(self) -> None:
        """The fold thread: after a write that added audit events, wait until no write has
        added any for :data:`FOLD_DELAY_S`, then queue one fold on the writer."""
        while not self._stopping.is_set():
            self._fold_wanted.wait()
            while True:
                self._fold_wanted.clear()
                if self._stopping.wait(FOLD_DELAY_S):
                    return  # closing: the next open folds what is left
                if not self._fold_wanted.is_set():
                    break
            with self._lock:
                if self._closed:
                    return
                self._executor.submit(self._fold_later)

    def _fold_later(self) -> None:
        try:
            self._run(self._writer, lambda r: _fold(r.db))
        except Exception:  # derived data: a report folds again first, and says why if it fails
            log.exception("folding audit events into the report facts failed")

    def fold_reports(self) -> int:
        """Fold every audit event not yet in the report facts (waits for the writer's queue:
        a report read after this is exact). Returns how many were folded."""
        return self.write(lambda r: _fold(r.db)).result()

    def read(self, fn: Callable[[Repository], T]) -> T:
        """Run ``fn(repository)`` now, on the calling thread, with an idle read-only
        connection (opened when none is idle). Connections are kept for the store's life and
        reused by whichever thread reads next, so a worker thread that ends (a thread pool's
        idle threads do after 30 s) neither leaks its connection nor makes the next read pay
        for a new one and an empty page cache."""
        if self._closed:
            raise errors.StoreError("the store is closed", message_key="store.closed")
        with self._lock:
            repo = self._idle.pop() if self._idle else None
        if repo is None:
            db = database.connect(self.path, self._cipher_key, self._busy_timeout_ms,
                                  read_only=True)
            repo = Repository(db, self._cipher, self.now)
            with self._lock:
                self._readers.append(db)
        try:
            return self._run(repo, fn)
        finally:
            with self._lock:
                self._idle.append(repo)

    def read_warm(self, fn: Callable[[Repository], T]) -> T:
        """Run a short read on the writer's thread and connection (blocks until done). Its
        page cache survives this station's own writes, whereas every write empties a
        reader's, and SQLCipher must then decrypt and authenticate each page again: for the
        small lists the desk shows after each save (the Today list), never for long reports,
        which would hold up the writes queued behind them."""
        return self.write(fn).result()

    def now(self) -> datetime:
        """The station's time now, from :attr:`clock` (set it to move every reader)."""
        return self.clock()

    def _run(self, repo: Repository, fn: Callable[[Repository], T]) -> T:
        """``fn(repo)``, then a probe: SQLCipher reports a page that failed authentication
        during ``fn`` on the connection's next statement (its rows may have come back
        zero-filled), so the result is handed out only when the probe passes."""
        try:
            try:
                result = fn(repo)
            except Exception:
                repo.db.execute(_PROBE).fetchone()  # raises instead when a page failed
                raise
            repo.db.execute(_PROBE).fetchone()
            return result
        except _WRITE_ERRORS as exc:
            raise database.explain_failure(exc, self.path, self._cipher_key) from None
        finally:
            if repo.changes:  # only the writer's repository records changes
                changed, repo.changes = frozenset(repo.changes), set()
                self._announce(changed)

    def subscribe(self, listener: Callable[[frozenset[Change]], None]) -> Callable[[], None]:
        """Call ``listener(changes)`` after each write that changed enrollments or the outbox
        (also one that failed after part of it committed: listeners read the store again, so
        a notification too many is harmless). Runs on the writer thread: keep it short.
        Returns the function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._listeners.remove(listener)
        return unsubscribe

    def _announce(self, changes: frozenset[Change]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a listener's bug never fails the write that committed
                log.exception("store change listener failed")

    def status(self) -> StoreStatus:
        """Counts and sizes, read on the calling thread."""
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*"))
        by_state = self.read(lambda r: r.counts_by_state())
        pending = self.read(lambda r: len(r.pending_outbox(limit=1_000_000)))
        return StoreStatus(self.path, size, self.key_location.backend, self.key_location.where,
                           by_state, pending)

    def close(self) -> None:
        """Finish queued writes and fold their audit events into the report facts, then
        close every connection."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._stopping.set()
        self._fold_wanted.set()
        try:
            self._executor.submit(self._fold_later)
        except RuntimeError:  # interpreter exit shut the writer down (queued writes done):
            log.info("report facts not folded at exit; they fold at the next start")
        self._executor.shutdown(wait=True)
        self._writer.db.close()
        with self._lock:
            for db in self._readers:
                db.close()
            self._readers.clear()
            self._idle.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fold(db: Database) -> int:
    """:func:`report_facts.fold` committed without waiting for the disk (synchronous=NORMAL:
    the facts are derived, and the watermark commits with them, so a power cut that loses
    this transaction leaves those events to fold again), then FULL again for the saves."""
    if not report_facts.pending(db):
        return 0
    db.execute("PRAGMA synchronous = NORMAL")
    try:
        return report_facts.fold(db)
    finally:
        db.execute("PRAGMA synchronous = FULL")


def _fold_at_open(db: Database) -> None:
    """Fold the events a crash left unfolded after their commit. Derived data never keeps
    the station from starting (a full disk, say): a failure is logged, and the next report
    folds again first and names the error there."""
    try:
        _fold(db)
    except Exception:
        log.exception("folding audit events into the report facts at open failed")


def _plaintext_key(path: Path, data_dir: Path,
                   backend: str) -> tuple[bytes, keys.KeyLocation]:
    """The data key for a plaintext database about to be encrypted: the one its biometric
    payloads were sealed with (checked against ``meta.key_check``), else a new one."""
    stored = None
    plain = database.connect(path, None, read_only=True)
    try:
        if plain["meta"].exists():
            row = plain.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
            stored = row[0] if row else None
    except database.DB_ERRORS as exc:
        raise errors.translate(exc, path) from None
    finally:
        plain.close()
    if stored is None:
        key, where = keys.load_key(data_dir, backend)
        return (key, where) if key is not None else keys.create_key(data_dir, backend)
    key, where = keys.require_key(data_dir, backend)
    if key_check(key) != stored:
        raise _mismatch(where)
    return key, where


def _unreadable(path: Path, key: bytes, where: keys.KeyLocation) -> errors.StoreError:
    """Name why an encrypted database does not open: when a backup opens with the same key,
    the key is right and the database is damaged; else the key is not this database's."""
    folder = path.parent / database.BACKUP_DIR_NAME
    for backup in sorted(folder.glob("*.db"), reverse=True) if folder.is_dir() else ():
        try:
            database.connect(backup, key, read_only=True).close()
        except errors.StoreError:
            continue
        return errors.DatabaseCorrupt(
            f"{path} is damaged (its first page fails authentication) while the key in "
            f"{where.where} opens the backup {backup.name}; restore a backup", path=str(path))
    return errors.KeyMismatch(
        f"the data key in {where.backend} ({where.where}) does not open {path}: it is not the "
        "key this database was made with (or the file's first page is damaged); restore the "
        "original key", where=where.where)


def _mismatch(where: keys.KeyLocation) -> errors.KeyMismatch:
    return errors.KeyMismatch(
        f"the data key in {where.backend} ({where.where}) is not the key this database was "
        "made with; restore the original key", where=where.where)


def _bind_key(db: Database, path: Path, key: bytes, where: keys.KeyLocation) -> None:
    """Record the key check of a new database, or compare it (a database that opened with
    this key and holds another key's check was tampered with or mixed up)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
    if row is None:
        try:
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('key_check', ?)",
                           [key_check(key)])
        except database.DB_ERRORS as exc:
            raise errors.translate(exc, path) from None
    elif key_check(key) != row[0]:
        raise _mismatch(where)
