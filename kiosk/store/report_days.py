"""Per-day report totals (table ``report_days``, migration m014): one row per local day,
shift and desk holding what the supervisor reports need of the enrollments saved then, so
a report over any period reads one row per day, shift and desk instead of one per
enrollment.

A row is rebuilt from that day's ``report_facts`` rows (about a hundred at an office's
pace) in the transaction of every event that changes one of them: the save, leaving the
upload queue, a portrait or fingerprint review after the save. Days and shifts are those
of the station time zone and shifts recorded in ``meta`` (key ``report_days``); a report
asked in another zone or with other shifts rebuilds the whole table first
(:func:`rebuild`).

Columns: ``saved`` (enrollments saved), ``officers`` (their officers, joined by U+001F)
and ``spans`` (their microseconds from start to save, int64 little-endian, same order),
``nfiq`` (the ten ``report_facts.nfiq2`` bytes of each that has them), ``face`` (per
face check, five int64: its number in ``report_checks``, the enrollments its live
capture was held back by it, frames, hundredths of a second, times it was kept as a
failed check), ``queue`` (int64 pairs: saved, left the queue or -1 while waiting) and
``open_us`` (the latest departure, :data:`OPEN` while one is waiting: a period's backlog
also reads earlier days still open then).
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

META_KEY = "report_days"
DAY_US = 86_400_000_000
OPEN = 2**63 - 1
OUTSIDE = "outside"  # kiosk.reports.shifts.OUTSIDE: the label of a time no shift covers
SEPARATOR = "\x1f"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# the default station.timezone and reports.shifts (kiosk.options), in microseconds of the day
DEFAULT = {"zone": "Asia/Ho_Chi_Minh",
           "shifts": [[27_000_000_000, 43_200_000_000, "07:30-12:00"],
                      [43_200_000_000, 61_200_000_000, "12:00-17:00"],
                      [61_200_000_000, 77_400_000_000, "17:00-21:30"]]}
_FACTS = ("SELECT station, officer, saved_us, started_us, left_us, nfiq2, blocked, "
          "failed_checks FROM report_facts")


def config(db: Database) -> dict[str, Any]:
    """The zone and shifts ({"zone", "shifts": [[start, end, label]]}) the rows follow."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    return json.loads(row[0]) if row else DEFAULT


def _local(us: int, zone: ZoneInfo) -> int:
    offset = (EPOCH + timedelta(microseconds=us)).astimezone(zone).utcoffset()
    return us + (offset or timedelta(0)) // timedelta(microseconds=1)


def key_of(saved_us: int, setup: dict[str, Any], zone: ZoneInfo) -> tuple[int, str]:
    """(local day number, shift label) of a save."""
    local = _local(saved_us, zone)
    tod = local % DAY_US
    label = next((s[2] for s in setup["shifts"] if s[0] <= tod < s[1]), OUTSIDE)
    return local // DAY_US, label


def day_bounds(day: int, zone: ZoneInfo) -> tuple[int, int]:
    """The UTC microseconds [start, end) of a local day."""
    first = date.fromordinal(EPOCH_ORDINAL + day)
    start, end = (datetime.combine(d, time(0), zone) for d in (first, first + timedelta(1)))
    return (start - EPOCH) // timedelta(microseconds=1), (end - EPOCH) // timedelta(
        microseconds=1)


def on_change(db: Database, enrollment_id: str) -> None:
    """Rebuild the row of a saved enrollment's day, shift and desk (call in the transaction
    that changed its facts); nothing for an enrollment not saved."""
    row = db.execute("SELECT saved_us, station FROM report_facts WHERE enrollment_id = ?",
                     [enrollment_id]).fetchone()
    if row is None or row[0] is None:
        return
    setup = config(db)
    zone = ZoneInfo(setup["zone"])
    day, shift = key_of(row[0], setup, zone)
    start, end = day_bounds(day, zone)
    facts = [f for f in db.execute(f"{_FACTS} WHERE saved_us >= ? AND saved_us < ? AND "
                                   "station = ?", [start, end, row[1]]).fetchall()
             if key_of(f[2], setup, zone)[1] == shift]
    db.execute("DELETE FROM report_days WHERE day = ? AND shift = ? AND station = ?",
               [day, shift, row[1]])
    _insert(db, [(day, shift, row[1], facts)])


def rebuild(db: Database, setup: dict[str, Any]) -> None:
    """Every row again for a zone and shifts (recorded in ``meta``): after m014 fills the
    table, or when a report asks for other ones."""
    zone = ZoneInfo(setup["zone"])
    groups: dict[tuple[int, str, str], list[Sequence[Any]]] = {}
    for f in db.execute(f"{_FACTS} WHERE saved_us IS NOT NULL ORDER BY saved_us").fetchall():
        groups.setdefault((*key_of(f[2], setup, zone), f[0]), []).append(f)
    db.execute("DELETE FROM report_days")
    _insert(db, [(*k, rows) for k, rows in groups.items()])
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
               [META_KEY, json.dumps(setup, sort_keys=True)])


def check_ids(db: Database, names: Iterable[str]) -> dict[str, int]:
    """The numbers of face checks in ``report_checks`` (new names are added)."""
    wanted = sorted(set(names))
    db.conn.executemany("INSERT OR IGNORE INTO report_checks (name) VALUES (?)",
                        [(n,) for n in wanted])
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        found.update(db.execute(f"SELECT name, id FROM report_checks WHERE name IN "
                                f"({', '.join('?' * len(part))})", part).fetchall())
    return found


def _insert(db: Database, groups: Iterable[tuple[int, str, str, list[Sequence[Any]]]]) -> None:
    groups = list(groups)
    names = {c for *_, facts in groups for f in facts
             for c in (*json.loads(f[6] or "{}"), *json.loads(f[7] or "[]"))}
    ids = check_ids(db, names) if names else {}
    rows = []
    for day, shift, station, facts in groups:
        if not facts:
            continue
        face: dict[str, list[int]] = {}
        for f in facts:
            for check, counts in json.loads(f[6] or "{}").items():
                entry = face.setdefault(check, [0, 0, 0, 0])
                entry[0] += 1
                entry[1] += int(counts.get("frames", 0))
                entry[2] += round(float(counts.get("seconds", 0)) * 100)
            for check in json.loads(f[7] or "[]"):
                face.setdefault(check, [0, 0, 0, 0])[3] += 1
        lefts = [OPEN if f[4] is None else f[4] for f in facts]
        rows.append((day, shift, station, len(facts), SEPARATOR.join(f[1] for f in facts),
                     struct.pack(f"<{len(facts)}q", *(f[2] - f[3] for f in facts)),
                     b"".join(f[5] for f in facts if f[5] is not None),
                     struct.pack(f"<{5 * len(face)}q", *(v for check in sorted(face)
                                                         for v in (ids[check], *face[check]))),
                     struct.pack(f"<{2 * len(facts)}q", *(v for f in facts for v in (
                         f[2], -1 if f[4] is None else f[4]))), max(lefts)))
    db.conn.executemany("INSERT INTO report_days (day, shift, station, saved, officers, "
                        "spans, nfiq, face, queue, open_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)", rows)
