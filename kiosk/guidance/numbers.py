"""Queue numbers: a daily sequence 1, 2, 3... kept in the station's database.

One row per local day in ``ticket_numbers``; taking a number is one upsert on the store's
writer thread, so numbers survive a restart (or a crash) and are never handed out twice.
A new local day starts again at 1. Only the counter is stored, never applicant data.
"""

from __future__ import annotations

from datetime import date, timedelta

from kiosk.store import Database
from kiosk.store.store import Store

KEEP_DAYS = 7


def take_number(db: Database, day: date) -> int:
    """The next number of ``day`` (1 for its first ticket); old days are forgotten."""
    with db.atomic():
        (number,) = db.execute(
            "INSERT INTO ticket_numbers (day, last) VALUES (?, 1) "
            "ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last",
            [day.isoformat()]).fetchone()
        db.execute("DELETE FROM ticket_numbers WHERE day < ?",
                   [(day - timedelta(days=KEEP_DAYS)).isoformat()])
    return int(number)


def next_number(store: Store, day: date) -> int:
    """Take the next number of ``day`` through the store's single writer (blocks until done)."""
    return store.write(lambda r: take_number(r.db, day)).result()
