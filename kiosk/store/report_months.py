"""Per-month report totals (table ``report_months``, migration m020): the per-day rows of
:mod:`kiosk.store.report_days` of one local calendar month, shift and desk rolled up into
one row, so a report over a long period reads one row per month, shift and desk for its
full months and per-day rows only for the days at its edges.

A month's rows are built from its ``report_days`` rows (:func:`fill`) and deleted whenever
one of its days changes (:func:`invalidate`, from :func:`report_days.on_change`, in the
transaction of that change; :func:`report_days.rebuild` deletes them all): a month either
has every row of its days' totals or none, and a report reads the per-day rows of a month
without any. Saves never write here (a month is rolled up again when a report asks for it,
:func:`fill`, on the writer before the report reads), so a save stays one bounded row.

Columns, in the formats of ``report_days``: ``saved``; ``days`` (int64 pairs: local day,
enrollments saved); ``officers`` (the distinct officers, sorted, joined by U+001F),
``counts`` (int64: their enrollments) and ``spans`` (int64 microseconds from start to save,
grouped by officer in that order, ascending in each group); ``nfiq`` (ten bytes per
enrollment that has scores); ``face`` (per face check, five int64, summed over the month);
``queue`` (int64 pairs: saved, left the queue or -1 while waiting; by time saved).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from kiosk.store import report_days

TABLE_SQL = (
    "CREATE TABLE report_months (month INTEGER NOT NULL, shift TEXT NOT NULL, station TEXT "
    "NOT NULL, saved INTEGER NOT NULL, days BLOB NOT NULL, officers TEXT NOT NULL, counts "
    "BLOB NOT NULL, spans BLOB NOT NULL, nfiq BLOB NOT NULL, face BLOB NOT NULL, queue BLOB "
    "NOT NULL, PRIMARY KEY (month, shift, station))",
)
COLUMNS = "station, month, shift, saved, days, officers, counts, spans, nfiq, face, queue"
_DAY_COLUMNS = "day, shift, station, saved, officers, spans, nfiq, face, queue"
EPOCH_ORDINAL = report_days.EPOCH_ORDINAL


def month_of(day: int) -> int:
    """The local day number of the first day of the month holding local day ``day``."""
    return day - date.fromordinal(EPOCH_ORDINAL + day).day + 1


def month_end(month: int) -> int:
    """The local day number of the last day of the month starting on day ``month``."""
    first = date.fromordinal(EPOCH_ORDINAL + month)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following.toordinal() - EPOCH_ORDINAL - 1


def full_months(first: int, last: int) -> Iterator[tuple[int, int]]:
    """(first day, last day) of each calendar month wholly inside the days [first, last]."""
    month = first if month_of(first) == first else month_end(month_of(first)) + 1
    while month <= last and (end := month_end(month)) <= last:
        yield month, end
        month = end + 1


def invalidate(db: Database, day: int) -> None:
    """Delete the rows of the month holding ``day`` (one of its days changed)."""
    db.execute("DELETE FROM report_months WHERE month = ?", [month_of(day)])


def clear(db: Database) -> None:
    """Delete every row (the per-day rows were rebuilt); nothing before m020 made the
    table."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                  "'report_months'").fetchone():
        db.execute("DELETE FROM report_months")


def fill(db: Database, first: int | None = None, last: int | None = None) -> int:
    """Roll up every month wholly inside the local days [first, last] (default: every month
    the per-day rows cover) that has no rows yet; returns how many months were built."""
    if first is None or last is None:
        first, last = db.execute("SELECT min(day), max(day) FROM report_days").fetchone()
        if first is None:
            return 0
        first, last = month_of(first), month_end(month_of(last))
    built = 0
    for start, end in full_months(first, last):
        if db.execute("SELECT 1 FROM report_months WHERE month = ? LIMIT 1",
                      [start]).fetchone() is None:
            built += _build(db, start, end)
    return built


def _build(db: Database, start: int, end: int) -> int:
    """Roll up the month of days [start, end] (1 when it had saves, else 0)."""
    groups: dict[tuple[str, str], list[Sequence[Any]]] = defaultdict(list)
    for row in db.execute(f"SELECT {_DAY_COLUMNS} FROM report_days WHERE day >= ? AND "
                          "day <= ? ORDER BY day, shift, station, part", [start, end]):
        groups[(row[1], row[2])].append(row)
    db.conn.executemany(
        f"INSERT INTO report_months ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(station, start, shift, *rolled(rows)) for (shift, station), rows in groups.items()])
    return 1 if groups else 0


def rolled(rows: Sequence[Sequence[Any]]) -> tuple[Any, ...]:
    """(saved, days, officers, counts, spans, nfiq, face, queue) of some ``report_days``
    rows (day, shift, station, saved, officers, spans, nfiq, face, queue)."""
    import numpy as np

    days: dict[int, int] = {}
    for row in rows:
        days[row[0]] = days.get(row[0], 0) + row[3]
    names = report_days.SEPARATOR.join(row[4] for row in rows).split(report_days.SEPARATOR)
    officers = sorted(set(names))
    code = {name: number for number, name in enumerate(officers)}
    codes = np.array([code[name] for name in names], dtype=np.int64)
    spans = _int64(b"".join(row[5] for row in rows))
    order = np.lexsort((spans, codes))  # by officer, then span
    face: dict[int, list[int]] = {}
    for row in rows:
        for check_id, counts in report_days._unpack_face(row[7]).items():
            total = face.setdefault(check_id, [0, 0, 0, 0])
            total[:] = [a + b for a, b in zip(total, counts, strict=True)]
    pairs = _int64(b"".join(row[8] for row in rows)).reshape(-1, 2)
    pairs = pairs[np.argsort(pairs[:, 0], kind="stable")]
    return (sum(days.values()), _packed(np.array(sorted(days.items()), dtype=np.int64)),
            report_days.SEPARATOR.join(officers),
            _packed(np.bincount(codes, minlength=len(officers))), _packed(spans[order]),
            b"".join(row[6] for row in rows), report_days._pack_face(face), _packed(pairs))


def _int64(packed: bytes) -> Any:
    import numpy as np

    return np.frombuffer(packed, dtype="<i8").astype(np.int64)


def _packed(values: Any) -> bytes:
    import numpy as np

    return np.ascontiguousarray(values, dtype="<i8").tobytes()

