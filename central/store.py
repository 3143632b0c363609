"""The central service's storage interface and its choice by URL.

Two implementations: SQLite (``sqlite:///path/central.db`` or a plain path; embedded, the
default for the demo and tests) and PostgreSQL (``postgresql://...``; a connection pool,
several worker processes and hosts on one database). Packet bytes live in the database next
to their row (SQLite BLOB, PostgreSQL bytea): one transaction stores the row and its bytes,
so there is never a row without its packet or an orphan blob, and the database's backups and
replication cover the packets too (see docs/central.md).

Enrollment ids are bound to their station: the key of a stored packet is (station, id), so
one station can never occupy another station's id.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class StoredEnrollment:
    id: str
    station_id: str
    sha256: str
    status: str
    reason: str | None
    received_at: float
    source: str = "upload"   # or import


@dataclass(frozen=True)
class Station:
    id: str
    active: bool
    key_sha256: str          # fingerprint of the registered public key (not the key itself)
    added_at: float
    changed_at: float


@dataclass(frozen=True)
class StationEvent:
    at: float
    actor: str
    action: str              # added, revoked, key_rotated
    station_id: str
    key_sha256: str | None


@dataclass(frozen=True)
class TicketClaim:
    """The central's word on one ticket use: ``first`` (recorded now), ``same`` (this
    station's use, already recorded) or ``duplicate`` (another station used it first)."""

    status: str
    first_station: str | None = None
    first_used_at: float | None = None


@dataclass(frozen=True)
class TicketDuplicate:
    """A second use of a ticket that a desk accepted while the central was unreachable,
    for a supervisor to review."""

    office: str
    ticket_id: str
    number: int
    issued_on: str
    station_id: str
    used_at: float
    first_station: str
    first_used_at: float
    recorded_at: float


TICKET_KEEP_DAYS = 8   # a ticket is valid on its day; its uses are kept a week past it


class StationError(ValueError):
    """A station administration request that cannot be done (``reason``: exists, unknown,
    revoked, same_key)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def key_fingerprint(public_key: bytes) -> str:
    """The SHA-256 of a station's raw public key, as listed and logged."""
    return hashlib.sha256(public_key).hexdigest()


class CentralStore(Protocol):
    """What the service needs from storage. Every method is safe from any thread and
    process; every write is committed before it returns."""

    def close(self) -> None: ...

    def ping(self) -> None:
        """Raise if the database cannot answer (``/readyz``)."""

    def add_station(self, station_id: str, public_key: bytes, actor: str) -> None:
        """Admit a new station; :class:`StationError` (exists) if the id is taken."""

    def revoke_station(self, station_id: str, actor: str) -> None:
        """Stop a station's uploads; its stored packets stay."""

    def rotate_key(self, station_id: str, public_key: bytes, actor: str) -> None:
        """Replace an active station's key (the old one stops working at once)."""

    def stations(self) -> list[Station]: ...

    def station_events(self) -> list[StationEvent]: ...

    def station_key(self, station_id: str) -> bytes | None:
        """The active station's raw Ed25519 public key, None when unknown or revoked."""

    def use_nonce(self, station_id: str, nonce: str, ttl: float) -> bool:
        """Remember a request nonce; False if it was already used (a replay)."""

    def get(self, station_id: str, enrollment_id: str) -> StoredEnrollment | None: ...

    def insert(self, enrollment_id: str, station_id: str, sha256: str, key: str, status: str,
               reason: str | None, source: str, packet: bytes
               ) -> tuple[bool, StoredEnrollment]:
        """Store once: (True, row) when new, (False, existing row) when (station, id) was
        known."""

    def packet(self, station_id: str, enrollment_id: str) -> bytes | None: ...

    def all(self) -> list[StoredEnrollment]: ...

    def claim_ticket(self, office: str, ticket_id: str, number: int, issued_on: str,
                     station_id: str, used_at: float, record_duplicate: bool) -> TicketClaim:
        """Record the first use of a ticket of ``office`` (atomically: of two stations at
        once exactly one is first); a second use by another station is answered with the
        first, and kept for review when ``record_duplicate`` (a use the desk already
        accepted)."""

    def ticket_duplicates(self) -> list[TicketDuplicate]:
        """Recorded second uses, oldest first."""


def ticket_cutoff(now: float, days: int) -> str:
    """The issue date (YYYY-MM-DD, UTC) before which ticket uses are dropped."""
    return (datetime.fromtimestamp(now, UTC).date() - timedelta(days=days)).isoformat()


def check_station_change(expect: str | None, row: tuple | None, event: StationEvent) -> None:
    """Refuse a station change that does not fit its current state."""
    sid = event.station_id
    if expect == "absent" and row is not None:
        raise StationError(f"station {sid} is already registered (use 'stations rotate-key' "
                           "to replace its key, or revoke it)", reason="exists")
    if expect == "active":
        if row is None:
            raise StationError(f"no station {sid}", reason="unknown")
        if not row[0]:
            raise StationError(f"station {sid} is revoked", reason="revoked")
        if event.action == "key_rotated" and key_fingerprint(bytes(row[1])) == event.key_sha256:
            raise StationError(f"station {sid} already has this key", reason="same_key")


class StationCommands:
    """Adding, revoking and re-keying a station, written once for both backends: each gives
    its placeholder and boolean words and runs the change in ``_station_change``."""

    _param = "?"
    _true, _false = "1", "0"

    def _station_change(self, sql: str, args: list, event: StationEvent, expect: str) -> None:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self._param).format(true=self._true, false=self._false)

    def add_station(self, station_id: str, public_key: bytes, actor: str) -> None:
        now = time.time()
        self._station_change(
            self._sql("INSERT INTO stations (id, public_key, active, added_at, changed_at) "
                      "VALUES (?, ?, {true}, ?, ?)"), [station_id, public_key, now, now],
            StationEvent(now, actor, "added", station_id, key_fingerprint(public_key)), "absent")

    def revoke_station(self, station_id: str, actor: str) -> None:
        now = time.time()
        self._station_change(
            self._sql("UPDATE stations SET active = {false}, changed_at = ? WHERE id = ?"),
            [now, station_id], StationEvent(now, actor, "revoked", station_id, None), "active")

    def rotate_key(self, station_id: str, public_key: bytes, actor: str) -> None:
        now = time.time()
        self._station_change(
            self._sql("UPDATE stations SET public_key = ?, changed_at = ? WHERE id = ?"),
            [public_key, now, station_id],
            StationEvent(now, actor, "key_rotated", station_id, key_fingerprint(public_key)),
            "active")


def open_store(database: str | Path) -> CentralStore:
    """The store a ``--database`` value names: ``postgresql://`` / ``postgres://`` URLs,
    ``sqlite:///PATH``, or a plain file path (SQLite)."""
    text = str(database)
    if text.startswith(("postgresql://", "postgres://")):
        from central.store_pg import PostgresStore

        return PostgresStore(text)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite://"):]
    elif "://" in text:
        raise ValueError(f"unsupported database URL {text.split('://')[0]}:// "
                         "(postgresql:// or sqlite:///path)")
    from central.store_sqlite import SQLiteStore

    return SQLiteStore(Path(text))
