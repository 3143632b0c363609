"""Keyed chains over the audit trails: ``events`` (enrollments) and ``account_events``
(sign-ins and account care).

Each row carries ``mac`` = HMAC-SHA256(chain key, canonical JSON of [table, previous row's
mac, the row as SQLite's ``json_array`` of its columns]), in ``seq`` order over the whole
table. The chain key is derived from the data key (HKDF, its own label), so rows edited,
inserted or deleted in the middle by anyone without the key break the chain at the first
altered link; the plain SHA-256 ``hash`` of each event stays (the central service verifies
it in packets). An AFTER INSERT trigger computes the mac with the SQL function
``kiosk_chain_mac`` that :func:`register` installs on every keyed connection, so no writer
can forget it and a connection without the key cannot add a row. The trigger also keeps the
chain's head in ``meta`` (``chain_head:<table>`` = the last seq and a mac over it and that
row's mac), so rows deleted from the end are found too.
"""

from __future__ import annotations

import functools
import hmac
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlite_utils import Database

from kiosk.domain.canonical import canonical_strings

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
    return hmac.digest(key, canonical_strings([table, previous or "", row_json]), "sha256").hex()


def register(conn: Any, data_key: bytes) -> None:
    """Install ``kiosk_chain_mac(table, previous, row_json)`` on a DB-API connection."""
    conn.create_function(FUNCTION, 3, functools.partial(link, chain_key(data_key)),
                         deterministic=True)


def _head_sql(table: str, where: str) -> str:
    return (f"INSERT OR REPLACE INTO meta (key, value) SELECT 'chain_head:{table}', "
            f"seq || ' ' || {FUNCTION}('head:{table}', mac, CAST(seq AS TEXT)) "
            f"FROM {table} WHERE {where}")


def trigger_sql(table: str) -> str:
    """The AFTER INSERT trigger that writes a new row's mac and the chain's head."""
    return (f"CREATE TRIGGER {table}_chain AFTER INSERT ON {table} BEGIN "
            f"UPDATE {table} SET mac = {FUNCTION}('{table}', (SELECT mac FROM {table} "
            f"WHERE seq < NEW.seq ORDER BY seq DESC LIMIT 1), "
            f"{ROWS[table].format(p='NEW.')}) WHERE seq = NEW.seq; "
            f"{_head_sql(table, 'seq = NEW.seq')}; END")


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
    if rows:
        db.execute(_head_sql(table, f"seq = {int(rows[-1][0])}"))
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
    """Walk ``table`` in seq order and name the first link that does not verify, then check
    that the chain's head names its last row."""
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
    return _check_head(db, table, key, last_seq, previous)


def _check_head(db: Database, table: str, key: bytes, last_seq: int | None,
                last_mac: str | None) -> BrokenLink | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [f"chain_head:{table}"]
                     ).fetchone()
    if row is None:
        return None if last_seq is None else BrokenLink(
            table, last_seq, "the chain's head record is missing (meta chain_head)")
    head_seq, _, head_mac = row[0].partition(" ")
    if last_seq is None or not head_seq.isdigit() or int(head_seq) != last_seq:
        after = "the first row" if last_seq is None else f"seq {last_seq}"
        return BrokenLink(table, int(head_seq) if head_seq.isdigit() else 0,
                          f"the row(s) after {after} are missing (the chain's head names "
                          f"seq {head_seq})")
    if not hmac.compare_digest(head_mac, link(key, f"head:{table}", last_mac, str(last_seq))):
        return BrokenLink(table, last_seq, "the chain's head record does not verify")
    return None
