"""SQLite storage (embedded; the demo's and the tests' default). One connection per process
behind a lock, WAL, a busy timeout so several worker processes can share the file."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from central.stationlog import log_station_event
from central.store import (
    TICKET_KEEP_DAYS,
    Station,
    StationCommands,
    StationEvent,
    StoredEnrollment,
    TicketClaim,
    TicketDuplicate,
    check_station_change,
    key_fingerprint,
    ticket_cutoff,
)

_COLUMNS = "id, station_id, sha256, status, reason, received_at, source"

# PRAGMA user_version: 0 = none, or the first reference schema (which never set it; its
# tables are kept by the IF NOT EXISTS of step 1), 2 = packets keyed by (station, id) and the
# station administration log, 3 = ticket uses shared by an office's desks.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE IF NOT EXISTS stations (
        id TEXT PRIMARY KEY, public_key BLOB NOT NULL, active INTEGER NOT NULL DEFAULT 1);
    CREATE TABLE IF NOT EXISTS enrollments (
        id TEXT PRIMARY KEY, station_id TEXT NOT NULL, sha256 TEXT NOT NULL,
        idempotency_key TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
        received_at REAL NOT NULL, source TEXT NOT NULL, packet BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS nonces (
        station_id TEXT NOT NULL, nonce TEXT NOT NULL, expires REAL NOT NULL,
        PRIMARY KEY (station_id, nonce));
    """,
    """
    ALTER TABLE stations ADD COLUMN added_at REAL NOT NULL DEFAULT 0;
    ALTER TABLE stations ADD COLUMN changed_at REAL NOT NULL DEFAULT 0;
    CREATE TABLE station_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, actor TEXT NOT NULL,
        action TEXT NOT NULL, station_id TEXT NOT NULL, key_sha256 TEXT);
    CREATE TABLE packets (
        station_id TEXT NOT NULL, id TEXT NOT NULL, sha256 TEXT NOT NULL,
        idempotency_key TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
        received_at REAL NOT NULL, source TEXT NOT NULL, packet BLOB NOT NULL,
        PRIMARY KEY (station_id, id));
    INSERT INTO packets SELECT station_id, id, sha256, idempotency_key, status, reason,
        received_at, source, packet FROM enrollments;
    DROP TABLE enrollments;
    CREATE INDEX nonces_expires ON nonces (expires);
    """,
    """
    CREATE TABLE ticket_uses (
        office TEXT NOT NULL, ticket_id TEXT NOT NULL, number INTEGER NOT NULL,
        issued_on TEXT NOT NULL, station_id TEXT NOT NULL, used_at REAL NOT NULL,
        recorded_at REAL NOT NULL, PRIMARY KEY (office, ticket_id));
    CREATE INDEX ticket_uses_issued_on ON ticket_uses (issued_on);
    CREATE TABLE ticket_duplicates (
        office TEXT NOT NULL, ticket_id TEXT NOT NULL, number INTEGER NOT NULL,
        issued_on TEXT NOT NULL, station_id TEXT NOT NULL, used_at REAL NOT NULL,
        first_station TEXT NOT NULL, first_used_at REAL NOT NULL, recorded_at REAL NOT NULL,
        PRIMARY KEY (office, ticket_id, station_id));
    """,
]


class SQLiteStore(StationCommands):
    """:class:`central.store.CentralStore` on one SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                                     timeout=30.0)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._lock = threading.Lock()
        self._nonce_calls = 0
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")   # one process migrates, others wait
            try:
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                    for statement in filter(str.strip, script.split(";")):
                        self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {number}")
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def ping(self) -> None:
        with self._lock:
            self._conn.execute("SELECT 1").fetchone()

    # -- stations ---------------------------------------------------------------------------
    def _station_change(self, sql: str, args: list, event: StationEvent,
                        check: str | None = None) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                row = self._conn.execute("SELECT active, public_key FROM stations WHERE id = ?",
                                         [event.station_id]).fetchone()
                check_station_change(check, row, event)
                self._conn.execute(sql, args)
                self._conn.execute(
                    "INSERT INTO station_log (at, actor, action, station_id, key_sha256) "
                    "VALUES (?, ?, ?, ?, ?)", [event.at, event.actor, event.action,
                                               event.station_id, event.key_sha256])
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        log_station_event(event)

    def stations(self) -> list[Station]:
        with self._lock:
            rows = self._conn.execute("SELECT id, active, public_key, added_at, changed_at "
                                      "FROM stations ORDER BY id").fetchall()
        return [Station(r[0], bool(r[1]), key_fingerprint(r[2]), r[3], r[4]) for r in rows]

    def station_events(self) -> list[StationEvent]:
        with self._lock:
            rows = self._conn.execute("SELECT at, actor, action, station_id, key_sha256 "
                                      "FROM station_log ORDER BY seq").fetchall()
        return [StationEvent(*r) for r in rows]

    def station_key(self, station_id: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT public_key FROM stations WHERE id = ? AND active",
                                     [station_id]).fetchone()
        return bytes(row[0]) if row else None

    # -- requests and packets ---------------------------------------------------------------
    def use_nonce(self, station_id: str, nonce: str, ttl: float) -> bool:
        now = time.time()
        with self._lock:
            self._nonce_calls += 1
            if self._nonce_calls % 100 == 1:
                self._conn.execute("DELETE FROM nonces WHERE expires < ?", [now])
            cur = self._conn.execute("INSERT OR IGNORE INTO nonces VALUES (?, ?, ?)",
                                     [station_id, nonce, now + ttl])
            if cur.rowcount == 1:
                return True
            # a remembered nonce that has expired may be used again (outside the clock window)
            cur = self._conn.execute("UPDATE nonces SET expires = ? WHERE station_id = ? AND "
                                     "nonce = ? AND expires < ?",
                                     [now + ttl, station_id, nonce, now])
            return cur.rowcount == 1

    def get(self, station_id: str, enrollment_id: str) -> StoredEnrollment | None:
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM packets WHERE station_id = ? "
                                     "AND id = ?", [station_id, enrollment_id]).fetchone()
        return StoredEnrollment(*row) if row else None

    def insert(self, enrollment_id: str, station_id: str, sha256: str, key: str, status: str,
               reason: str | None, source: str, packet: bytes
               ) -> tuple[bool, StoredEnrollment]:
        with self._lock:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO packets (station_id, id, sha256, idempotency_key, "
                "status, reason, received_at, source, packet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [station_id, enrollment_id, sha256, key, status, reason, time.time(), source,
                 packet])
            created = cur.rowcount == 1
        row = self.get(station_id, enrollment_id)
        assert row is not None
        return created, row

    def packet(self, station_id: str, enrollment_id: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT packet FROM packets WHERE station_id = ? AND id = ?",
                                     [station_id, enrollment_id]).fetchone()
        return bytes(row[0]) if row else None

    def all(self) -> list[StoredEnrollment]:
        with self._lock:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM packets "
                                      "ORDER BY station_id, id").fetchall()
        return [StoredEnrollment(*r) for r in rows]


    # -- ticket uses ------------------------------------------------------------------------
    def claim_ticket(self, office: str, ticket_id: str, number: int, issued_on: str,
                     station_id: str, used_at: float, record_duplicate: bool) -> TicketClaim:
        now = time.time()
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute("DELETE FROM ticket_uses WHERE issued_on < ?",
                                   [ticket_cutoff(now, TICKET_KEEP_DAYS)])
                cur = self._conn.execute(
                    "INSERT OR IGNORE INTO ticket_uses VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [office, ticket_id, number, issued_on, station_id, used_at, now])
                if cur.rowcount == 1:
                    claim = TicketClaim("first")
                else:
                    first, at = self._conn.execute(
                        "SELECT station_id, used_at FROM ticket_uses WHERE office = ? AND "
                        "ticket_id = ?", [office, ticket_id]).fetchone()
                    claim = (TicketClaim("same") if first == station_id
                             else TicketClaim("duplicate", first, at))
                    if claim.status == "duplicate" and record_duplicate:
                        self._conn.execute(
                            "INSERT OR IGNORE INTO ticket_duplicates VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [office, ticket_id, number, issued_on, station_id, used_at, first,
                             at, now])
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return claim

    def ticket_duplicates(self) -> list[TicketDuplicate]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT office, ticket_id, number, issued_on, station_id, used_at, "
                "first_station, first_used_at, recorded_at FROM ticket_duplicates "
                "ORDER BY recorded_at, station_id").fetchall()
        return [TicketDuplicate(*r) for r in rows]
