"""Keyed chains over the audit trails: ``events`` (enrollments) and ``account_events``
(sign-ins and account care).

Each row carries ``mac`` = HMAC-SHA256(chain key, canonical JSON of [table, previous row's
mac, the row as SQLite's ``json_array`` of its columns]), in ``seq`` order over the whole
table. The chain key is derived from the data key (HKDF, its own label), so rows edited,
inserted or deleted in the middle by anyone without the key break the chain at the first
altered link; the plain SHA-256 ``hash`` of each event stays (the central service verifies
it in packets). An AFTER INSERT trigger computes the mac with the SQL function
``kiosk_chain_mac`` that :func:`register` installs on every keyed connection, so no writer
can forget it and a connection without the key cannot add a row.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlite_utils import Database

from kiosk.canonical import canonical_bytes

_LABEL = b"enrollment-kiosk audit chain key v1"
FUNCTION = "kiosk_chain_mac"
# The columns each chain covers, as SQLite's json_array over a row (``{p}`` = row prefix).
ROWS: dict[str, str] = {
    "events": "json_array({p}seq, {p}enrollment_id, {p}at, {p}actor, {p}event, "
              "{p}from_state, {p}to_state, {p}detail, {p}hash)",
    "account_events": "json_array({p}seq, {p}at, {p}username, {p}event, {p}actor, "
                      "{p}detail)",
}


def chain_key(data_key: bytes) -> bytes:
    """The HMAC key of the chains, derived from the data key."""
    return HKDF(hashes.SHA256(), 32, salt=None, info=_LABEL).derive(data_key)


def link(key: bytes, table: str, previous: str | None, row_json: str) -> str:
    """One row's mac."""
    return hmac.new(key, canonical_bytes([table, previous or "", row_json]),
                    hashlib.sha256).hexdigest()


def register(conn: Any, data_key: bytes) -> None:
    """Install ``kiosk_chain_mac(table, previous, row_json)`` on a DB-API connection."""
    key = chain_key(data_key)
    conn.create_function(FUNCTION, 3, lambda t, p, r: link(key, t, p, r), deterministic=True)


def trigger_sql(table: str) -> str:
    """The AFTER INSERT trigger that writes a new row's mac."""
    return (f"CREATE TRIGGER {table}_chain AFTER INSERT ON {table} BEGIN "
            f"UPDATE {table} SET mac = {FUNCTION}('{table}', (SELECT mac FROM {table} "
            f"WHERE seq < NEW.seq ORDER BY seq DESC LIMIT 1), "
            f"{ROWS[table].format(p='NEW.')}) WHERE seq = NEW.seq; END")


def build(db: Database, table: str) -> int:
    """Add the ``mac`` column and trigger to ``table`` and chain its existing rows (in a
    migration: needs a keyed connection). Returns how many rows were chained."""
    db.execute(f"ALTER TABLE {table} ADD COLUMN mac TEXT")
    previous = None
    rows = db.execute(f"SELECT seq, {ROWS[table].format(p='')} FROM {table} ORDER BY seq"
                      ).fetchall()
    for seq, row_json in rows:
        previous = db.execute(f"SELECT {FUNCTION}(?, ?, ?)",
                              [table, previous, row_json]).fetchone()[0]
        db.execute(f"UPDATE {table} SET mac = ? WHERE seq = ?", [previous, seq])
    db.execute(trigger_sql(table))
    return len(rows)


@dataclass(frozen=True)
class BrokenLink:
    """The first row of a chain that does not verify, and why."""

    table: str
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"{self.table} seq {self.seq}: {self.problem}"


def first_broken(db: Database, table: str, data_key: bytes) -> BrokenLink | None:
    """Walk ``table`` in seq order and name the first link that does not verify."""
    key = chain_key(data_key)
    previous, last_seq = None, None
    for seq, mac, row_json in db.execute(
            f"SELECT seq, mac, {ROWS[table].format(p='')} FROM {table} ORDER BY seq"):
        if last_seq is not None and seq != last_seq + 1:
            gap = (f"seq {last_seq + 1}" if seq == last_seq + 2
                   else f"seq {last_seq + 1} to {seq - 1}")
            return BrokenLink(table, seq, f"the row(s) before it are missing ({gap} deleted)")
        expected = link(key, table, previous, row_json)
        if mac is None:
            return BrokenLink(table, seq, "has no mac (added without the key)")
        if not hmac.compare_digest(mac, expected):
            return BrokenLink(table, seq, "does not verify (edited, inserted or moved)")
        previous, last_seq = mac, seq
    return None
