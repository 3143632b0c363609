"""The reference central service's SQLite storage: stations, packets (stored once), nonces."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS stations (
    id TEXT PRIMARY KEY, public_key BLOB NOT NULL, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS enrollments (
    id TEXT PRIMARY KEY, station_id TEXT NOT NULL, sha256 TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
    received_at REAL NOT NULL, source TEXT NOT NULL, packet BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS nonces (
    station_id TEXT NOT NULL, nonce TEXT NOT NULL, expires REAL NOT NULL,
    PRIMARY KEY (station_id, nonce));
"""


@dataclass(frozen=True)
class StoredEnrollment:
    id: str
    station_id: str
    sha256: str
    status: str
    reason: str | None
    received_at: float


class CentralStore:
    """Thread-safe (one lock, one connection); every write commits before returning."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.executescript(SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def register_station(self, station_id: str, public_key: bytes, active: bool = True) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO stations VALUES (?, ?, ?)",
                               [station_id, public_key, int(active)])

    def station_key(self, station_id: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT public_key FROM stations WHERE id = ? AND active",
                                     [station_id]).fetchone()
        return row[0] if row else None

    def use_nonce(self, station_id: str, nonce: str, ttl: float) -> bool:
        """Remember a nonce; False if it was already used (a replay)."""
        now = time.time()
        with self._lock:
            self._conn.execute("DELETE FROM nonces WHERE expires < ?", [now])
            try:
                self._conn.execute("INSERT INTO nonces VALUES (?, ?, ?)",
                                   [station_id, nonce, now + ttl])
            except sqlite3.IntegrityError:
                return False
        return True

    def get(self, enrollment_id: str) -> StoredEnrollment | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT id, station_id, sha256, status, reason, received_at FROM enrollments "
                "WHERE id = ?", [enrollment_id]).fetchone()
        return StoredEnrollment(*row) if row else None

    def insert(self, enrollment_id: str, station_id: str, sha256: str, key: str, status: str,
               reason: str | None, source: str, packet: bytes) -> tuple[bool, StoredEnrollment]:
        """Store once: (True, row) when new; (False, existing row) when the id was known."""
        with self._lock:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO enrollments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [enrollment_id, station_id, sha256, key, status, reason, time.time(), source,
                 packet])
            created = cur.rowcount == 1
        row = self.get(enrollment_id)
        assert row is not None
        return created, row

    def all(self) -> list[StoredEnrollment]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, station_id, sha256, status, reason, received_at FROM enrollments "
                "ORDER BY id").fetchall()
        return [StoredEnrollment(*r) for r in rows]
