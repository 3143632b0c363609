"""The supervisor report from the ``report_facts`` table: one indexed range of it, grouped in
SQL, and the backlog series in one pass over the upload-queue intervals (a sweep line).

The figures are those :func:`kiosk.reports.figures.compute` defines over :class:`Facts`
(definitions in that module). Imported station files are loaded into an in-memory table of
the same shape and go through the same queries; the partial results are then added up, so
medians and percentiles are computed over the merged values.
"""

from __future__ import annotations

import functools
import gc
import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.domain.vocabulary import ApprovalStatus
from kiosk.reports import figures
from kiosk.reports.facts import Facts
from kiosk.reports.figures import Report, Scope, Table, median, percentile
from kiosk.reports.shifts import OUTSIDE
from kiosk.store import report_days
from kiosk.store.report_facts import EPOCH, NO_SCORE, micros, pack_scores, uncounted_events
from kiosk.store.repository import Repository
from kiosk.store.sql_text import quoted

DAY_US = 86_400_000_000
NEVER = 2**63 - 1  # the departure time of a packet still waiting
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
MEMORY_TABLE = (
    "CREATE TABLE report_facts (enrollment_id TEXT PRIMARY KEY, station TEXT, officer TEXT, "
    "started_at TEXT, started_us INTEGER, saved_at TEXT, saved_us INTEGER, left_at TEXT, "
    "left_us INTEGER, rejected_at TEXT, rejected_us INTEGER, rejected_reason TEXT, "
    "face_mode TEXT, failed_checks TEXT, blocked TEXT, nfiq2 BLOB)")


@dataclass
class Partial:
    """What one source (this station's database, or imported files) adds to a report."""

    stations: set[str] = field(default_factory=set)
    by_shift: Counter = field(default_factory=Counter)  # (day, shift, station)
    by_officer: Counter = field(default_factory=Counter)  # (officer, station)
    durations: dict[tuple[str, str], list[Any]] = field(default_factory=dict)  # (station,
    # officer): arrays of microseconds from start to save
    face_counts: Counter = field(default_factory=Counter)  # (check, station)
    face_frames: Counter = field(default_factory=Counter)
    face_seconds: Counter = field(default_factory=Counter)
    face_kept: Counter = field(default_factory=Counter)
    nfiq: Counter = field(default_factory=Counter)  # (position, station, score)
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[dict[str, Any]] = field(default_factory=list)
    queue: dict[str, list[tuple[Any, Any]]] = field(default_factory=dict)  # station: arrays
    # (queued, left) in microseconds, left = NEVER while still waiting

    def add(self, other: Partial) -> None:
        self.stations |= other.stations
        for name in ("by_shift", "by_officer", "face_counts", "face_frames", "face_seconds",
                     "face_kept", "nfiq"):
            getattr(self, name).update(getattr(other, name))
        for key, values in other.durations.items():
            self.durations.setdefault(key, []).extend(values)
        self.exceptions += other.exceptions
        self.rejections += other.rejections
        for station, parts in other.queue.items():
            self.queue.setdefault(station, []).extend(parts)


def report(repo: Repository, scope: Scope, now: datetime,
           imported: Facts | None = None) -> Report:
    """Every table for ``scope`` over this station's facts and the imported ones (a station
    this database holds facts of, for the period, is taken from here, not from a file)."""
    with _no_cyclic_gc():  # a large period makes ~10 objects per enrollment, none cyclic
        built = _report(repo, scope, now, imported)
    return replace(built, uncounted=uncounted_events(repo.db))


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def day_setup(scope: Scope) -> dict[str, Any]:
    """The zone and shifts of a scope, as ``report_days`` records them."""
    return {"zone": scope.zone,
            "shifts": [[_us_of(s.start), _us_of(s.end), s.label] for s in scope.shifts]}


def _report(repo: Repository, scope: Scope, now: datetime, imported: Facts | None) -> Report:
    exceptions = _exceptions(repo, scope)
    local = (day_partial(repo.db.conn, scope, exceptions)
             if report_days.config(repo.db) == day_setup(scope)
             else partial(repo.db.conn, scope, now, exceptions))
    if imported is None:
        return tables(local, tuple(sorted(local.stations)), scope, now)
    kept = Facts(**{part: [r for r in getattr(imported, part) if r["station"] not in local.stations]
                    for part in Facts.PARTS})
    merged = imported_partial(kept, scope, now)  # imported rows first, as Facts.merged
    merged.add(local)
    return tables(merged, tuple(sorted(local.stations | kept.stations())), scope, now)


def imported_partial(facts: Facts, scope: Scope, now: datetime) -> Partial:
    """The partial of imported facts (through an in-memory table of the same shape)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(MEMORY_TABLE)
        rows: dict[str, dict[str, Any]] = {}

        def row(enrollment: str, station: str) -> dict[str, Any]:
            return rows.setdefault(enrollment, {"enrollment_id": enrollment, "station": station})

        for e in facts.enrollments:
            row(e["id"], e["station"]).update(
                officer=e["officer"], started_at=e["started_at"],
                started_us=micros(e["started_at"]), saved_at=e["saved_at"],
                saved_us=micros(e["saved_at"]))
        for f in facts.face:
            row(f["enrollment"], f["station"]).update(
                face_mode=f["mode"], failed_checks=json.dumps(f["failed_checks"]),
                blocked=json.dumps(f.get("blocked") or {}))
        scores: dict[str, dict[str, int]] = {}
        for f in facts.fingers:
            row(f["enrollment"], f["station"])
            scores.setdefault(f["enrollment"], {})[str(int(f["position"]))] = int(f["nfiq2"])
        for enrollment, found in scores.items():
            rows[enrollment]["nfiq2"] = pack_scores(found)
        for r in facts.rejections:
            row(r["enrollment"], r["station"]).update(
                rejected_at=r["at"], rejected_us=micros(r["at"]), rejected_reason=r["reason"])
        for q in facts.queue:
            found = row(q["enrollment"], q["station"])
            found.setdefault("saved_us", micros(q["queued_at"]))
            if q["left_at"] is not None:
                found["left_us"] = micros(q["left_at"])
        names = ["enrollment_id", "station", "officer", "started_at", "started_us", "saved_at",
                 "saved_us", "left_us", "rejected_at", "rejected_us", "rejected_reason",
                 "face_mode", "failed_checks", "blocked", "nfiq2"]
        conn.executemany(f"INSERT INTO report_facts ({', '.join(names)}) VALUES "
                         f"({', '.join('?' * len(names))})",
                         [[r.get(n) for n in names] for r in rows.values()])
        exceptions = [x for x in facts.exceptions if scope.includes(x["at"])]
        return partial(conn, scope, now, exceptions)
    finally:
        conn.close()


def _exceptions(repo: Repository, scope: Scope) -> list[dict[str, Any]]:
    """The register rows of the period, as :func:`kiosk.store.approvals.rows` reads them
    (its stored UTC ISO times are already what ``datetime.isoformat`` gives back)."""
    names = ("id", "enrollment", "station", "officer", "at", "kind", "subject",
             "exception_kind", "reason", "status", "decided_by", "comment")
    return [dict(zip(names, row, strict=True)) for row in repo.db.execute(
        "SELECT a.id, a.enrollment_id, coalesce(a.station, (SELECT e.station_id FROM "
        "enrollments e WHERE e.id = a.enrollment_id)), a.requested_by, a.requested_at, a.kind,"
        " a.subject, a.exception_kind, a.reason, a.status, a.decided_by, a.comment FROM "
        f"approvals a WHERE a.status != {quoted(ApprovalStatus.WITHDRAWN)} AND "
        "a.requested_at >= ? AND a.requested_at < ? ORDER BY a.requested_at, a.id",
        [scope.since.astimezone(UTC).isoformat(), scope.until.astimezone(UTC).isoformat()]
    ).fetchall()]


def partial(conn: sqlite3.Connection, scope: Scope, now: datetime,
            exceptions: list[dict[str, Any]]) -> Partial:
    """One source's partial: ``conn`` holds a ``report_facts`` table; ``exceptions`` are the
    register rows of the period (every station). Every per-enrollment step runs in SQLite
    (grouping) or numpy (values handed over as one ``group_concat`` text per group), so
    Python handles groups, never enrollments."""
    import numpy as np

    lo, hi = micros(scope.since), micros(scope.until)
    local = f"(saved_us + {_offset_sql(scope.zone, lo, hi, 'saved_us')})"
    shift = _shift_sql(scope, f"({local} % {DAY_US})")
    where = "saved_us >= :lo AND saved_us < :hi AND started_us IS NOT NULL"
    if scope.shift is not None:
        where += f" AND {shift} = :shift"
    args = {"lo": lo, "hi": hi, "shift": scope.shift}
    out = Partial()
    out.exceptions = [x for x in exceptions if scope.includes(x["at"])]
    # every enrollment saved in the period is in the queue for part of it
    for station, queued, left in conn.execute(
            "SELECT station, group_concat(saved_us), group_concat(ifnull(left_us, -1)) FROM ("
            "SELECT station, saved_us, left_us FROM report_facts WHERE left_us >= :lo AND "
            "saved_us < :hi UNION ALL SELECT station, saved_us, left_us FROM report_facts WHERE "
            "left_us IS NULL AND saved_us < :hi) GROUP BY station", args):
        departures = _integers(left)
        out.queue[station] = [(_integers(queued), np.where(departures < 0, NEVER, departures))]
    out.stations = {x["station"] for x in exceptions} | set(out.queue)
    days: dict[int, str] = {}
    for day, shift_label, station, count in conn.execute(
            f"SELECT {local} / {DAY_US}, {shift}, station, count(*) FROM report_facts "
            f"WHERE {where} GROUP BY 1, 2, 3", args):
        name = days.get(day) or days.setdefault(
            day, date.fromordinal(EPOCH_ORDINAL + day).isoformat())
        out.by_shift[(name, shift_label, station)] += count
    for station, officer, count, spans in conn.execute(
            f"SELECT station, officer, count(*), group_concat(saved_us - started_us) "
            f"FROM report_facts WHERE {where} GROUP BY 1, 2", args):
        out.by_officer[(officer, station)] += count
        out.durations[(station, officer)] = [_integers(spans)]
    for check, station, count, frames, seconds in conn.execute(
            "SELECT j.key, station, count(*), sum(json_extract(j.value, '$.frames')), "
            "total(json_extract(j.value, '$.seconds')) FROM report_facts, json_each(blocked) j"
            f" WHERE {where} AND blocked IS NOT NULL GROUP BY 1, 2", args):
        out.face_counts[(check, station)] += count
        out.face_frames[check] += frames
        out.face_seconds[check] += seconds
    out.face_kept = Counter(dict(conn.execute(
        "SELECT j.value, count(*) FROM report_facts, json_each(failed_checks) j "
        f"WHERE {where} AND failed_checks IS NOT NULL GROUP BY 1", args).fetchall()))
    for station, packed in conn.execute(
            f"SELECT station, group_concat(hex(nfiq2), '') FROM report_facts WHERE {where} "
            "AND nfiq2 IS NOT NULL GROUP BY 1", args):
        _add_scores(out, station, np.frombuffer(bytes.fromhex(packed),
                                                dtype=np.uint8).reshape(-1, 10))
    _rejections(conn, scope, args, out)
    return out


def day_partial(conn: sqlite3.Connection, scope: Scope,
                exceptions: list[dict[str, Any]]) -> Partial:
    """This station's partial from the per-day totals (:mod:`kiosk.store.report_days`,
    kept for ``scope``'s zone and shifts): the same figures as :func:`partial`, reading the
    rows of the period's days (one scan of their range, and the earlier ones whose packets
    were still waiting at its start) and adding up their packed values with numpy."""
    import numpy as np

    lo, hi = micros(scope.since), micros(scope.until)
    first, last = (d.toordinal() - EPOCH_ORDINAL for d in (scope.first_day, scope.last_day))
    args = {"first": first, "last": last, "lo": lo}
    out = Partial()
    # the store's register times are UTC ISO text, so the period's SQL bounds are exact
    out.exceptions = (exceptions if scope.shift is None
                      else [x for x in exceptions if scope.includes(x["at"])])
    rows = conn.execute(
        "SELECT station, day, shift, saved, officers, spans, nfiq, face, queue FROM "
        "report_days WHERE day >= :first AND day <= :last", args).fetchall()
    earliest = conn.execute("SELECT min(day) FROM report_days").fetchone()[0]
    if earliest is not None and earliest < first:  # packets of earlier days still waiting
        rows += [(station, None, None, 0, "", b"", b"", b"", queue) for station, queue in
                 conn.execute("SELECT station, queue FROM report_days INDEXED BY "
                              "report_days_open WHERE open_us >= :lo AND day < :first", args)]
    by_station: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        by_station[row[0]].append(row)
    names: dict[int, str] = {}
    checks = dict(conn.execute("SELECT id, name FROM report_checks").fetchall())
    for station, mine in by_station.items():
        _, days, shifts, counts, officers, spans, nfiq, face, queue = zip(*mine, strict=True)
        pairs = np.frombuffer(b"".join(queue), dtype="<i8").reshape(-1, 2)
        queued, left = pairs[:, 0], pairs[:, 1]
        keep = (queued < hi) & ((left >= lo) | (left < 0))
        if keep.any():
            out.queue[station] = [(queued[keep], np.where(left[keep] < 0, NEVER, left[keep]))]
        chosen = [i for i, (day, shift) in enumerate(zip(days, shifts, strict=True))
                  if day is not None and scope.shift in (None, shift)]
        if not chosen:
            continue
        if len(chosen) < len(days):  # (else every row: the columns as they are)
            days, shifts, counts, officers, spans, nfiq, face = (
                tuple([column[i] for i in chosen])
                for column in (days, shifts, counts, officers, spans, nfiq, face))
        for day, shift, count in zip(days, shifts, counts, strict=True):
            name = names.get(day) or names.setdefault(
                day, date.fromordinal(EPOCH_ORDINAL + day).isoformat())
            out.by_shift[(name, shift, station)] += count
        codes: dict[str, int] = {}
        index = np.array([codes.setdefault(name, len(codes)) for name in report_days.SEPARATOR
                          .join(officers).split(report_days.SEPARATOR)], dtype=np.int64)
        took = np.frombuffer(b"".join(spans), dtype="<i8").astype(np.int64)
        for officer, number in sorted(codes.items()):
            took_by = took[index == number]
            out.by_officer[(officer, station)] += len(took_by)
            out.durations[(station, officer)] = [took_by]
        scores = np.frombuffer(b"".join(nfiq), dtype=np.uint8)
        _add_scores(out, station, scores.reshape(-1, 10))
        _add_face(out, station, np.frombuffer(b"".join(face), dtype="<i8").reshape(-1, 5),
                  checks)
    out.stations = {x["station"] for x in exceptions} | set(out.queue)
    _rejections(conn, scope, {"lo": lo, "hi": hi}, out)
    return out


def _add_face(out: Partial, station: str, face: Any, checks: dict[int, str]) -> None:
    """Add a desk's face-check totals (rows of ``report_days.face`` records)."""
    import numpy as np

    if not len(face):
        return
    size = int(face[:, 0].max()) + 1
    sums = [np.bincount(face[:, 0], weights=face[:, i], minlength=size) for i in (1, 2, 3, 4)]
    for check_id in np.flatnonzero(sums[0] + sums[3]).tolist():
        check = checks[check_id]
        count, frames, hundredths, kept = (int(column[check_id]) for column in sums)
        if count:
            out.face_counts[(check, station)] += count
            out.face_frames[check] += frames
            seconds: Any = hundredths / 100
            out.face_seconds[check] += seconds
        if kept:
            out.face_kept[check] += kept


def _add_scores(out: Partial, station: str, scores: Any) -> None:
    """Count a desk's NFIQ 2 scores (rows of ten ``report_facts.nfiq2`` bytes)."""
    import numpy as np

    for position in range(1, 11):
        counts = np.bincount(scores[:, position - 1], minlength=NO_SCORE + 1)
        for score in np.flatnonzero(counts[:NO_SCORE]).tolist():
            out.nfiq[(position, station, score)] += int(counts[score])


def _rejections(conn: sqlite3.Connection, scope: Scope, args: dict[str, Any],
                out: Partial) -> None:
    rejected = conn.execute(
        "SELECT enrollment_id, station, rejected_at, rejected_reason FROM report_facts "
        "WHERE rejected_us >= :lo AND rejected_us < :hi ORDER BY rejected_us", args).fetchall()
    out.stations |= {r[1] for r in rejected}
    out.rejections = [{"enrollment": r[0], "station": r[1], "at": r[2], "reason": r[3]}
                      for r in rejected if scope.shift is None or scope.includes(r[2])]


def _integers(text: str | None) -> Any:
    """The int64 array of a ``group_concat`` of integers (SQLite's comma-separated text)."""
    import numpy as np

    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def _offset_sql(zone: str, lo: int, hi: int, column: str) -> str:
    """The zone's UTC offset (microseconds) at ``column``, for times in [lo, hi)."""
    changes = _offsets(ZoneInfo(zone), lo, hi)
    if len(changes) == 1:
        return str(changes[0][1])
    cases = " ".join(f"WHEN {column} < {start} THEN {offset}"
                     for (start, _), (_, offset) in zip(changes[1:], changes, strict=False))
    return f"(CASE {cases} ELSE {changes[-1][1]} END)"


@functools.lru_cache(maxsize=64)
def _offsets(zone: ZoneInfo, lo: int, hi: int) -> list[tuple[int, int]]:
    """[(from microsecond, offset in microseconds)] over [lo, hi): every change, to the
    microsecond (found day by day, then by bisection; kept for the next report of the same
    period). Callers must not change the list."""

    def offset(us: int) -> int:
        shift = (EPOCH + timedelta(microseconds=us)).astimezone(zone).utcoffset()
        return (shift or timedelta(0)) // timedelta(microseconds=1)

    found = [(lo, offset(lo))]
    start = lo
    while start < hi:
        end = min(start + DAY_US, hi)
        if offset(end) != found[-1][1]:
            a, b = start, end  # offset(a) is the current one, offset(b) a new one
            while b - a > 1:
                middle = (a + b) // 2
                a, b = (middle, b) if offset(middle) == found[-1][1] else (a, middle)
            found.append((b, offset(b)))
        start = end
    return found


def _shift_sql(scope: Scope, tod: str) -> str:
    """The shift label of a local time of day (microseconds since local midnight)."""
    cases = " ".join(
        f"WHEN {tod} >= {_us_of(s.start)} AND {tod} < {_us_of(s.end)} THEN '{s.label}'"
        for s in scope.shifts)
    return f"(CASE {cases} ELSE '{OUTSIDE}' END)" if cases else f"'{OUTSIDE}'"


def _us_of(moment: Any) -> int:
    return ((moment.hour * 60 + moment.minute) * 60 + moment.second) * 10**6 + moment.microsecond


def backlog_moments(scope: Scope, now: datetime) -> list[int]:
    """Every full local hour of the period up to ``now`` (in the shift, if one is chosen),
    and ``now`` when it falls in the period: microseconds since the epoch, in order."""
    import numpy as np

    lo, hi, at = micros(scope.since), micros(scope.until), micros(now)
    end = min(hi, at)
    changes = _offsets(ZoneInfo(scope.zone), lo, hi)
    if len(changes) == 1:  # local hours are UTC hours apart
        hours = np.arange(lo, end + 1, 3_600_000_000, dtype=np.int64)
    else:  # local wall-clock hours across an offset change, as Python adds them
        wall, hours_list, step = scope.since, [], timedelta(hours=1)
        while micros(wall) <= end:
            hours_list.append(micros(wall))
            wall += step
        hours = np.array(hours_list, dtype=np.int64)
    if scope.shift is not None and len(hours):
        tod = _local(hours, changes) % DAY_US
        covered = np.zeros(len(hours), dtype=bool)
        keep = np.zeros(len(hours), dtype=bool)
        for shift in scope.shifts:
            inside = (tod >= _us_of(shift.start)) & (tod < _us_of(shift.end))
            if shift.label == scope.shift:
                keep |= inside & ~covered
            covered |= inside
        hours = hours[keep | ~covered] if scope.shift == OUTSIDE else hours[keep]
    moments = hours.tolist()
    if lo <= at < hi and at not in moments:
        moments.append(at)
    return moments


def _local(utc: Any, changes: list[tuple[int, int]]) -> Any:
    """Local wall-clock microseconds of an array of UTC ones (offsets from :func:`_offsets`)."""
    import numpy as np

    starts = np.array([c[0] for c in changes], dtype=np.int64)
    offsets = np.array([c[1] for c in changes], dtype=np.int64)
    return utc + offsets[np.maximum(np.searchsorted(starts, utc, "right") - 1, 0)]


def tables(p: Partial, desks: tuple[str, ...], scope: Scope, now: datetime) -> Report:
    """The report's tables from (merged) partials."""
    built = [*_enrollment_tables(p, scope, desks), _face_table(p, desks), _nfiq_table(p, desks),
             *figures.exception_tables(p.exceptions, scope, desks,
                                       minute_labels(scope, [x["at"] for x in p.exceptions])),
             *figures.rejection_tables(p.rejections, scope, desks,
                                       minute_labels(scope, [r["at"] for r in p.rejections])),
             backlog_table(p.queue, backlog_moments(scope, now), scope, desks)]
    return Report(scope, desks, {t.id: t for t in built})


def _enrollment_tables(p: Partial, scope: Scope, desks: tuple[str, ...]) -> list[Table]:
    days = sorted({day for day, _, _ in p.by_shift})
    labels = [s.label for s in scope.shifts if scope.shift in (None, s.label)]
    order = [(d, s) for d in days for s in labels
             + ([OUTSIDE] if any(p.by_shift[(d, OUTSIDE, x)] for x in desks) else [])]
    by_day: Counter = Counter()
    for (day, _, station), n in p.by_shift.items():
        by_day[(day, station)] += n
    officers = sorted({o for o, _ in p.by_officer})
    per_officer: dict[str, list[Any]] = {}
    per_desk: dict[str, list[Any]] = {}
    for (station, officer), values in p.durations.items():
        per_officer.setdefault(officer, []).extend(values)
        per_desk.setdefault(station, []).extend(values)
    medians = {o: _median_s(_sorted(per_officer.get(o, []))) for o in officers}
    officer_table = figures.pivot("by_officer", ["officer"], p.by_officer, desks,
                                  [(o,) for o in officers])
    officer_table = Table(officer_table.id, (*officer_table.columns, "median_s"),
                          tuple((*row, medians[row[0]]) for row in officer_table.rows))
    durations = []
    for desk in (*desks, "all"):
        values = _sorted([v for d in desks for v in per_desk.get(d, [])] if desk == "all"
                         else per_desk.get(desk, []))
        durations.append((desk, len(values), _median_s(values), _percentile_s(values, 90)))
    return [figures.pivot("by_shift", ["day", "shift"], p.by_shift, desks, order),
            figures.pivot("by_day", ["day"], by_day, desks, [(d,) for d in days]),
            officer_table,
            Table("durations", ("desk", "count", "median_s", "p90_s"), tuple(durations))]


def _sorted(arrays: list[Any]) -> Any:
    """One sorted int64 array of microsecond arrays."""
    import numpy as np

    return np.sort(np.concatenate(arrays)) if arrays else np.zeros(0, dtype=np.int64)


def _median_s(ordered: Any) -> float | None:
    """:func:`figures.median` of sorted microseconds, in seconds (the same float: only the
    middle values are converted, exactly as the whole list would be)."""
    n = len(ordered)
    if not n:
        return None
    middle = [ordered[n // 2]] if n % 2 else [ordered[n // 2 - 1], ordered[n // 2]]
    return median(int(us) / 10**6 for us in middle)


def _percentile_s(ordered: Any, p: float) -> float | None:
    """:func:`figures.percentile` (nearest rank) of sorted microseconds, in seconds."""
    if not len(ordered):
        return None
    return percentile([int(ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]) / 10**6], p)


def _face_table(p: Partial, desks: tuple[str, ...]) -> Table:
    names = {c for c, _ in p.face_counts} | set(p.face_kept)
    totals = {c: sum(p.face_counts[(c, d)] for d in desks) for c in names}
    order = [(c,) for c in sorted(names, key=lambda c: (-round(p.face_seconds[c], 1),
                                                        -totals[c], c))]
    table = figures.pivot("face_checks", ["check"], p.face_counts, desks, order)
    return Table(table.id, (*table.columns, "blocked_frames", "blocked_s", "kept"),
                 tuple((*row, p.face_frames[row[0]], round(p.face_seconds[row[0]], 1),
                        p.face_kept[row[0]]) for row in table.rows))


def _hist_median(hist: dict[int, int]) -> float | None:
    """The median of a histogram {value: count}, as :func:`figures.median` gives it."""
    n = sum(hist.values())
    if not n:
        return None
    wanted = [n // 2] if n % 2 else [n // 2 - 1, n // 2]
    found, seen = [], 0
    for value in sorted(hist):
        seen += hist[value]
        while wanted and wanted[0] < seen:
            found.append(value)
            wanted.pop(0)
    return median(found)


def _nfiq_table(p: Partial, desks: tuple[str, ...]) -> Table:
    columns = ["position", "count", "median", "min",
               *(f"{lo}-{hi}" for lo, hi in figures.NFIQ_BINS)]
    if len(desks) > 1:
        columns += [f"median:{d}" for d in desks]
    per_position: defaultdict[int, Counter] = defaultdict(Counter)
    per_desk: defaultdict[tuple[int, str], Counter] = defaultdict(Counter)
    for (position, station, score), n in p.nfiq.items():
        per_position[position][score] += n
        per_desk[(position, station)][score] += n
    rows = []
    for position in sorted(per_position):
        hist = per_position[position]
        row: list[Any] = [position, sum(hist.values()), _hist_median(hist), min(hist)]
        row += [sum(n for s, n in hist.items() if lo <= s <= hi) for lo, hi in figures.NFIQ_BINS]
        if len(desks) > 1:
            row += [_hist_median(per_desk.get((position, d), {})) for d in desks]
        rows.append(tuple(row))
    return Table("nfiq2", tuple(columns), tuple(rows))


def backlog_table(queue: dict[str, list[tuple[Any, Any]]], moments: list[int],
                  scope: Scope, desks: tuple[str, ...]) -> Table:
    """The queue (waiting packets, age of the oldest) per desk and in total at each moment
    (microseconds), from the intervals [queued, left) sorted once: the waiting count is the
    arrivals so far minus the departures so far; the oldest waiting packet is the first, in
    arrival order, whose departure is later than the moment (found on the running maximum of
    the departure times)."""
    import numpy as np

    at = np.array(moments, dtype=np.int64)
    counts, ages = [], []
    empty = np.zeros(0, dtype=np.int64)
    by_desk = {d: queue.get(d, []) for d in desks}
    for desk in (*desks, None):
        parts = by_desk[desk] if desk is not None else [p for d in desks for p in by_desk[d]]
        queued = np.concatenate([q for q, _ in parts]) if parts else empty
        left = np.concatenate([x for _, x in parts]) if parts else empty
        order = np.argsort(queued, kind="stable")
        queued, left = queued[order], left[order]
        counts.append((np.searchsorted(queued, at, "right")
                       - np.searchsorted(np.sort(left), at, "right")).tolist())
        if not len(queued):
            ages.append([0.0] * len(moments))
            continue
        first = np.searchsorted(np.maximum.accumulate(left), at, "right")
        oldest = queued[np.minimum(first, len(queued) - 1)]
        waiting = (first < len(queued)) & (oldest <= at)
        ages.append(_round_tenths(np.where(waiting, (at - oldest) / 10**6 / 60, 0.0)))
    local = _local(at, _offsets(ZoneInfo(scope.zone), micros(scope.since), micros(scope.until)))
    labels = [t.replace("T", " ") for t in np.datetime_as_string(
        (local // 60_000_000).astype("datetime64[m]")).tolist()]
    columns = ["time", *desks, "total", *(f"oldest_min:{d}" for d in desks), "oldest_min"]
    return Table("backlog", tuple(columns), tuple(zip(labels, *counts, *ages, strict=True)))


def minute_labels(scope: Scope, stamps: list[str]) -> list[str]:
    """The station's local "YYYY-MM-DD HH:MM" of UTC ISO times of the period, vectorised
    (``scope.local(stamp).strftime("%Y-%m-%d %H:%M")`` for each)."""
    import numpy as np

    if not stamps:
        return []
    at = _utc_micros(stamps)
    local = _local(at, _offsets(ZoneInfo(scope.zone), micros(scope.since), micros(scope.until)))
    return [t.replace("T", " ") for t in np.datetime_as_string(
        (local // 60_000_000).astype("datetime64[m]")).tolist()]


def _utc_micros(stamps: list[str]) -> Any:
    """The int64 microseconds since the epoch of ISO times: parsed by numpy when all are
    UTC as the store writes them (``...+00:00``), else one by one."""
    import numpy as np

    if all(s.endswith("+00:00") and "T" in s for s in stamps):
        try:
            return np.array([s[:-6] for s in stamps], dtype="datetime64[us]").astype(np.int64)
        except ValueError:
            pass
    return np.array([micros(s) for s in stamps], dtype=np.int64)


def _round_tenths(values: Any) -> list[float]:
    """``[round(v, 1) if v else 0.0 for v in values]``, vectorised: numpy's rounding agrees
    with Python's except next to a tie, where Python's ``round`` decides."""
    import numpy as np

    tenths = values * 10
    rounded = np.rint(tenths) / 10
    rounded[rounded == 0] = 0.0  # no -0.0
    out = rounded.tolist()
    for i in np.flatnonzero(np.abs(tenths - np.floor(tenths) - 0.5) < 1e-6).tolist():
        out[i] = round(float(values[i]), 1) or 0.0
    return out
