"""PostgreSQL storage (psycopg 3 with a connection pool): any number of worker processes on
any number of hosts share one database. Schema migrations run at start under an advisory lock
(one process migrates, the others wait and find the schema current)."""

from __future__ import annotations

import time

import psycopg
from psycopg_pool import ConnectionPool

from central.stationlog import log_station_event
from central.store import (
    TICKET_KEEP_DAYS,
    Station,
    StationCommands,
    StationError,
    StationEvent,
    StoredEnrollment,
    TicketClaim,
    TicketDuplicate,
    check_station_change,
    key_fingerprint,
    ticket_cutoff,
)

_COLUMNS = "id, station_id, sha256, status, reason, received_at, source"
_MIGRATION_LOCK = 0x6B696F736B   # pg_advisory_xact_lock key ("kiosk")

MIGRATIONS: list[str] = [
    """
    CREATE TABLE stations (
        id TEXT PRIMARY KEY, public_key BYTEA NOT NULL, active BOOLEAN NOT NULL DEFAULT TRUE,
        added_at DOUBLE PRECISION NOT NULL, changed_at DOUBLE PRECISION NOT NULL);
    CREATE TABLE station_log (
        seq BIGSERIAL PRIMARY KEY, at DOUBLE PRECISION NOT NULL, actor TEXT NOT NULL,
        action TEXT NOT NULL, station_id TEXT NOT NULL, key_sha256 TEXT);
    CREATE TABLE packets (
        station_id TEXT NOT NULL, id TEXT NOT NULL, sha256 TEXT NOT NULL,
        idempotency_key TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
        received_at DOUBLE PRECISION NOT NULL, source TEXT NOT NULL, packet BYTEA NOT NULL,
        PRIMARY KEY (station_id, id));
    ALTER TABLE packets ALTER COLUMN packet SET STORAGE EXTERNAL;
    CREATE TABLE nonces (
        station_id TEXT NOT NULL, nonce TEXT NOT NULL, expires DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (station_id, nonce));
    CREATE INDEX nonces_expires ON nonces (expires);
    """,
    """
    CREATE TABLE ticket_uses (
        office TEXT NOT NULL, ticket_id TEXT NOT NULL, number INTEGER NOT NULL,
        issued_on TEXT NOT NULL, station_id TEXT NOT NULL,
        used_at DOUBLE PRECISION NOT NULL, recorded_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (office, ticket_id));
    CREATE INDEX ticket_uses_issued_on ON ticket_uses (issued_on);
    CREATE TABLE ticket_duplicates (
        office TEXT NOT NULL, ticket_id TEXT NOT NULL, number INTEGER NOT NULL,
        issued_on TEXT NOT NULL, station_id TEXT NOT NULL,
        used_at DOUBLE PRECISION NOT NULL, first_station TEXT NOT NULL,
        first_used_at DOUBLE PRECISION NOT NULL, recorded_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (office, ticket_id, station_id));
    """,
]


class PostgresStore(StationCommands):
    """:class:`central.store.CentralStore` on PostgreSQL."""

    _param = "%s"
    _true, _false = "TRUE", "FALSE"

    def __init__(self, url: str, min_size: int = 1, max_size: int = 8) -> None:
        self.url = url
        self._pool = ConnectionPool(url, min_size=min_size, max_size=max_size, open=False,
                                    kwargs={"autocommit": True}, name="central")
        self._pool.open(wait=True, timeout=30.0)
        self._nonce_calls = 0
        try:
            self._migrate()
        except BaseException:
            self._pool.close()
            raise

    def _migrate(self) -> None:
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            version = (row[0] if row else None) or 0
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                conn.execute(script)
                conn.execute("INSERT INTO schema_version VALUES (%s)", [number])

    def close(self) -> None:
        self._pool.close()

    def ping(self) -> None:
        with self._pool.connection(timeout=5.0) as conn:
            conn.execute("SELECT 1").fetchone()

    # -- stations ---------------------------------------------------------------------------
    def _station_change(self, sql: str, args: list, event: StationEvent, expect: str) -> None:
        with self._pool.connection() as conn, conn.transaction():
            row = conn.execute("SELECT active, public_key FROM stations WHERE id = %s "
                               "FOR UPDATE", [event.station_id]).fetchone()
            check_station_change(expect, row, event)
            try:
                conn.execute(sql, args)
            except psycopg.errors.UniqueViolation:   # added by another process meanwhile
                raise StationError(f"station {event.station_id} is already registered",
                                   reason="exists") from None
            conn.execute("INSERT INTO station_log (at, actor, action, station_id, key_sha256) "
                         "VALUES (%s, %s, %s, %s, %s)", [event.at, event.actor, event.action,
                                                         event.station_id, event.key_sha256])
        log_station_event(event)

    def stations(self) -> list[Station]:
        with self._pool.connection() as conn:
            rows = conn.execute("SELECT id, active, public_key, added_at, changed_at "
                                "FROM stations ORDER BY id").fetchall()
        return [Station(r[0], bool(r[1]), key_fingerprint(bytes(r[2])), r[3], r[4])
                for r in rows]

    def station_events(self) -> list[StationEvent]:
        with self._pool.connection() as conn:
            rows = conn.execute("SELECT at, actor, action, station_id, key_sha256 "
                                "FROM station_log ORDER BY seq").fetchall()
        return [StationEvent(*r) for r in rows]

    def station_key(self, station_id: str) -> bytes | None:
        with self._pool.connection() as conn:
            row = conn.execute("SELECT public_key FROM stations WHERE id = %s AND active",
                               [station_id]).fetchone()
        return bytes(row[0]) if row else None

    # -- requests and packets ---------------------------------------------------------------
    def use_nonce(self, station_id: str, nonce: str, ttl: float) -> bool:
        now = time.time()
        self._nonce_calls += 1
        with self._pool.connection() as conn:
            if self._nonce_calls % 100 == 1:
                conn.execute("DELETE FROM nonces WHERE expires < %s", [now])
            cur = conn.execute(
                "INSERT INTO nonces VALUES (%s, %s, %s) ON CONFLICT (station_id, nonce) "
                "DO UPDATE SET expires = EXCLUDED.expires WHERE nonces.expires < %s",
                [station_id, nonce, now + ttl, now])
            return cur.rowcount == 1

    def get(self, station_id: str, enrollment_id: str) -> StoredEnrollment | None:
        with self._pool.connection() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM packets WHERE station_id = %s "
                               "AND id = %s", [station_id, enrollment_id]).fetchone()
        return StoredEnrollment(*row) if row else None

    def insert(self, enrollment_id: str, station_id: str, sha256: str, key: str, status: str,
               reason: str | None, source: str, packet: bytes
               ) -> tuple[bool, StoredEnrollment]:
        with self._pool.connection() as conn:
            row = conn.execute(
                "INSERT INTO packets (station_id, id, sha256, idempotency_key, status, reason, "
                "received_at, source, packet) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
                f"ON CONFLICT (station_id, id) DO NOTHING RETURNING {_COLUMNS}",
                [station_id, enrollment_id, sha256, key, status, reason, time.time(), source,
                 packet]).fetchone()
        if row is not None:
            return True, StoredEnrollment(*row)
        existing = self.get(station_id, enrollment_id)
        assert existing is not None
        return False, existing

    def packet(self, station_id: str, enrollment_id: str) -> bytes | None:
        with self._pool.connection() as conn:
            row = conn.execute("SELECT packet FROM packets WHERE station_id = %s AND id = %s",
                               [station_id, enrollment_id]).fetchone()
        return bytes(row[0]) if row else None

    def all(self) -> list[StoredEnrollment]:
        with self._pool.connection() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM packets "
                                "ORDER BY station_id, id").fetchall()
        return [StoredEnrollment(*r) for r in rows]

    # -- ticket uses ------------------------------------------------------------------------
    def claim_ticket(self, office: str, ticket_id: str, number: int, issued_on: str,
                     station_id: str, used_at: float, record_duplicate: bool) -> TicketClaim:
        now = time.time()
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("DELETE FROM ticket_uses WHERE issued_on < %s",
                         [ticket_cutoff(now, TICKET_KEEP_DAYS)])
            row = conn.execute(
                "INSERT INTO ticket_uses VALUES (%s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (office, ticket_id) DO NOTHING RETURNING station_id",
                [office, ticket_id, number, issued_on, station_id, used_at, now]).fetchone()
            if row is not None:
                return TicketClaim("first")
            first, at = conn.execute(
                "SELECT station_id, used_at FROM ticket_uses WHERE office = %s AND "
                "ticket_id = %s", [office, ticket_id]).fetchone()
            if first == station_id:
                return TicketClaim("same")
            if record_duplicate:
                conn.execute(
                    "INSERT INTO ticket_duplicates VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING",
                    [office, ticket_id, number, issued_on, station_id, used_at, first, at, now])
            return TicketClaim("duplicate", first, at)

    def ticket_duplicates(self) -> list[TicketDuplicate]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT office, ticket_id, number, issued_on, station_id, used_at, "
                "first_station, first_used_at, recorded_at FROM ticket_duplicates "
                "ORDER BY recorded_at, station_id").fetchall()
        return [TicketDuplicate(*r) for r in rows]
