"""Per-day report totals (table ``report_days``, migrations m016 and m017): rows per local
day, shift and desk holding what the supervisor reports need of the enrollments saved then,
so a report over any period reads a few rows per day, shift and desk instead of one per
enrollment.

Each day, shift and desk has one or more parts (column ``part``, 0 up) of at most
:data:`PART_SIZE` enrollments each: a save appends to the last part, or starts the next one
when that is full, so a save reads and rewrites a bounded row (a few hundred bytes, inside
one page) however many saves the day already has; the reports add the parts up. Leaving the
upload queue sets the departure in the part holding that save; a portrait or fingerprint
review after the save rebuilds the parts of its day, shift and desk from that day's
``report_facts`` rows, all in the transaction of the event. Days and shifts are those of
the station time zone and shifts recorded in ``meta`` (key ``report_days``); a report asked
in another zone or with other shifts rebuilds the whole table first (:func:`rebuild`). Each
change also deletes the roll-up of its day's month (:mod:`kiosk.store.report_months`).

Columns of a part: ``saved`` (enrollments saved), ``officers`` (their officers, joined by
U+001F) and ``spans`` (their microseconds from start to save, int64 little-endian, same
order), ``nfiq`` (the ten ``report_facts.nfiq2`` bytes of each that has them), ``face`` (per
face check, five int64: its number in ``report_checks``, the enrollments its live capture
was held back by it, frames, hundredths of a second, times it was kept as a failed check),
``queue`` (int64 pairs: saved, left the queue or -1 while waiting) and ``open_us`` (the
latest departure, :data:`OPEN` while one is waiting: a period's backlog also reads earlier
days still open then).
"""

from __future__ import annotations

import json
import struct
import sys
from array import array
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
# enrollments per part: a full part stays under SQLite's in-page limit for a WITHOUT ROWID
# row (about 1 kB with 4 kB pages), so appending never rewrites an overflow chain
PART_SIZE = 16
TABLE_SQL = (
    "CREATE TABLE report_days (day INTEGER NOT NULL, shift TEXT NOT NULL, station TEXT NOT "
    "NULL, part INTEGER NOT NULL, saved INTEGER NOT NULL, officers TEXT NOT NULL, spans BLOB "
    "NOT NULL, nfiq BLOB NOT NULL, face BLOB NOT NULL, queue BLOB NOT NULL, open_us INTEGER "
    "NOT NULL, PRIMARY KEY (day, shift, station, part)) WITHOUT ROWID",
    "CREATE INDEX report_days_open ON report_days(open_us, day)",
)
_KEY = "day = ? AND shift = ? AND station = ?"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# the default station.timezone and reports.shifts (kiosk.options), in microseconds of the day
DEFAULT: dict[str, Any] = {"zone": "Asia/Ho_Chi_Minh",
           "shifts": [[27_000_000_000, 43_200_000_000, "07:30-12:00"],
                      [43_200_000_000, 61_200_000_000, "12:00-17:00"],
                      [61_200_000_000, 77_400_000_000, "17:00-21:30"]]}
_FACTS = ("SELECT station, officer, saved_us, started_us, left_us, nfiq2, blocked, "
          "failed_checks FROM report_facts")


def config(db: Database) -> dict[str, Any]:
    """The zone and shifts ({"zone", "shifts": [[start, end, label]]}) the rows follow."""
    return json.loads(json.dumps(_setup(db)[0]))  # a copy: the parsed one is shared


_parsed: dict[str, tuple[dict[str, Any], ZoneInfo]] = {}


def _setup(db: Database) -> tuple[dict[str, Any], ZoneInfo]:
    """:func:`config` and its zone (parsed once per distinct ``meta`` value)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    text = row[0] if row else ""
    if text not in _parsed:
        setup = json.loads(text) if text else DEFAULT
        _parsed[text] = (setup, ZoneInfo(setup["zone"]))
    return _parsed[text]


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


def on_change(db: Database, enrollment_id: str, event: str, to_state: str | None,
              at_us: int) -> None:
    """Keep the parts of a saved enrollment's day, shift and desk up to date (call in the
    transaction that changed its facts, at ``at_us``): its save appends it to the last part,
    leaving the queue sets its departure there, anything else after the save rebuilds the
    parts from the day's facts; nothing for an enrollment not saved."""
    fact = db.execute(f"{_FACTS} WHERE enrollment_id = ?", [enrollment_id]).fetchone()
    if fact is None or fact[2] is None:
        return
    setup, zone = _setup(db)
    day, shift = key_of(fact[2], setup, zone)
    key = [day, shift, fact[0]]
    from kiosk.store import report_months  # (it builds on this module)

    report_months.invalidate(db, day)  # what follows changes this day's rows, or nothing
    if event == "state_changed" and to_state == "finalized":
        if fact[2] == at_us:  # saved now (a later "finalized" changes no fact)
            _add(db, key, fact)
        return
    if (event == "state_changed" and to_state in ("uploaded", "cancelled")
            and fact[4] == at_us and _left(db, key, fact[2], at_us)):
        return
    start, end = day_bounds(day, zone)
    facts = [f for f in db.execute(f"{_FACTS} WHERE saved_us >= ? AND saved_us < ? AND "
                                   "station = ? ORDER BY saved_us", [start, end, fact[0]])
             .fetchall() if key_of(f[2], setup, zone)[1] == shift]
    db.execute(f"DELETE FROM report_days WHERE {_KEY}", key)
    _insert(db, [(day, shift, fact[0], facts)])


def _add(db: Database, key: list[Any], fact: Sequence[Any]) -> None:
    """Append one saved enrollment to the last part of its day, shift and desk (a new part
    when that one is full or there is none)."""
    row = db.execute("SELECT part, saved, officers, spans, nfiq, face, queue, open_us FROM "
                     f"report_days WHERE {_KEY} ORDER BY part DESC LIMIT 1", key).fetchone()
    if row is None or row[1] >= PART_SIZE:
        _insert(db, [(*key, [fact])], first_part=0 if row is None else row[0] + 1)
        return
    face = _unpack_face(row[5])
    names = _check_names([fact])
    for check_id, counts in _face_of([fact], check_ids(db, names) if names else {}).items():
        face[check_id] = [a + b for a, b in zip(face.get(check_id, [0, 0, 0, 0]), counts,
                                                strict=True)]
    left = OPEN if fact[4] is None else fact[4]
    # blobs joined here: SQLite's || makes text of them
    db.execute(
        "UPDATE report_days SET saved = saved + 1, officers = ?, spans = ?, nfiq = ?, face = ?, "
        f"queue = ?, open_us = ? WHERE {_KEY} AND part = ?",
        [row[2] + SEPARATOR + fact[1], row[3] + struct.pack("<q", fact[2] - fact[3]),
         row[4] + (fact[5] or b""), _pack_face(face),
         row[6] + struct.pack("<2q", fact[2], -1 if fact[4] is None else fact[4]),
         max(row[7], left), *key, row[0]])


def _left(db: Database, key: list[Any], saved_us: int, left_us: int) -> bool:
    """Set the departure of the packet saved at ``saved_us`` in its part's queue; False when
    that is not one pair of the day, shift and desk (then the caller rebuilds its parts)."""
    found: list[tuple[int, array[int], int]] = []
    for part, queue in db.execute(f"SELECT part, queue FROM report_days WHERE {_KEY}", key):
        pairs = array("q", queue)
        if sys.byteorder != "little":
            pairs.byteswap()
        found += [(part, pairs, i) for i in range(0, len(pairs), 2) if pairs[i] == saved_us]
    if len(found) != 1 or found[0][1][found[0][2] + 1] != -1:
        return False
    part, pairs, index = found[0]
    pairs[index + 1] = left_us
    lefts = [OPEN if v < 0 else v for v in pairs[1::2]]
    if sys.byteorder != "little":
        pairs.byteswap()
    db.execute(f"UPDATE report_days SET queue = ?, open_us = ? WHERE {_KEY} AND part = ?",
               [pairs.tobytes(), max(lefts), *key, part])
    return True


def rebuild(db: Database, setup: dict[str, Any]) -> None:
    """Every row again for a zone and shifts (recorded in ``meta``): after m016 fills the
    table, or when a report asks for other ones."""
    zone = ZoneInfo(setup["zone"])
    groups: dict[tuple[int, str, str], list[Sequence[Any]]] = {}
    for f in db.execute(f"{_FACTS} WHERE saved_us IS NOT NULL ORDER BY saved_us").fetchall():
        groups.setdefault((*key_of(f[2], setup, zone), f[0]), []).append(f)
    db.execute("DELETE FROM report_days")
    from kiosk.store import report_months  # (it builds on this module)

    report_months.clear(db)
    _insert(db, [(*k, rows) for k, rows in groups.items()])
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
               [META_KEY, json.dumps(setup, sort_keys=True)])


def check_ids(db: Database, names: Iterable[str]) -> dict[str, int]:
    """The numbers of face checks in ``report_checks`` (new names are added)."""
    wanted = sorted(set(names))
    found: dict[str, int] = {}
    for attempt in range(2):
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            found.update(db.execute(f"SELECT name, id FROM report_checks WHERE name IN "
                                    f"({', '.join('?' * len(part))})", part).fetchall())
        missing = [(n,) for n in wanted if n not in found]
        if not missing or attempt:
            return found
        db.conn.executemany("INSERT OR IGNORE INTO report_checks (name) VALUES (?)", missing)
    return found


def _check_names(facts: Iterable[Sequence[Any]]) -> set[str]:
    return {c for f in facts for c in (*json.loads(f[6] or "{}"), *json.loads(f[7] or "[]"))}


def _face_of(facts: Iterable[Sequence[Any]], ids: dict[str, int]) -> dict[int, list[int]]:
    """{check number: [held back, frames, hundredths of a second, kept]} of some facts."""
    face: dict[int, list[int]] = {}
    for f in facts:
        for check, counts in json.loads(f[6] or "{}").items():
            entry = face.setdefault(ids[check], [0, 0, 0, 0])
            entry[0] += 1
            entry[1] += int(counts.get("frames", 0))
            entry[2] += round(float(counts.get("seconds", 0)) * 100)
        for check in json.loads(f[7] or "[]"):
            face.setdefault(ids[check], [0, 0, 0, 0])[3] += 1
    return face


def _pack_face(face: dict[int, list[int]]) -> bytes:
    return struct.pack(f"<{5 * len(face)}q", *(v for check_id in sorted(face)
                                                for v in (check_id, *face[check_id])))


def _unpack_face(packed: bytes) -> dict[int, list[int]]:
    values = struct.unpack(f"<{len(packed) // 8}q", packed)
    return {values[i]: list(values[i + 1:i + 5]) for i in range(0, len(values), 5)}


def _insert(db: Database, groups: Iterable[tuple[int, str, str, list[Sequence[Any]]]],
            first_part: int = 0) -> None:
    """Insert the parts of some days, shifts and desks (their facts in saved order),
    numbered from ``first_part``."""
    groups = list(groups)
    names = _check_names(f for *_, facts in groups for f in facts)
    ids = check_ids(db, names) if names else {}
    rows = []
    for day, shift, station, every in groups:
        for start in range(0, len(every), PART_SIZE):
            facts = every[start:start + PART_SIZE]
            lefts = [OPEN if f[4] is None else f[4] for f in facts]
            rows.append((day, shift, station, first_part + start // PART_SIZE, len(facts),
                         SEPARATOR.join(f[1] for f in facts),
                         struct.pack(f"<{len(facts)}q", *(f[2] - f[3] for f in facts)),
                         b"".join(f[5] for f in facts if f[5] is not None),
                         _pack_face(_face_of(facts, ids)),
                         struct.pack(f"<{2 * len(facts)}q", *(v for f in facts for v in (
                             f[2], -1 if f[4] is None else f[4]))), max(lefts)))
    db.conn.executemany("INSERT INTO report_days (day, shift, station, part, saved, officers, "
                        "spans, nfiq, face, queue, open_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)", rows)
