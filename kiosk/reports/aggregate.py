"""The supervisor report from the ``report_facts`` table: one indexed range of it, grouped in
SQL into :class:`Partial` sums; the tables are built from them by :mod:`.tables` (the
backlog series in one pass over the upload-queue intervals, a sweep line).

The figures are those :func:`kiosk.reports.figures.compute` defines over :class:`Facts`
(definitions in that module). Imported station files are loaded into an in-memory table of
the same shape and go through the same queries; the partial results are then added up, so
medians and percentiles are computed over the merged values.
"""

from __future__ import annotations

import gc
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from kiosk.domain.vocabulary import ApprovalStatus
from kiosk.reports import local_time
from kiosk.reports.facts import Facts
from kiosk.reports.figures import Report, Scope
from kiosk.reports.local_time import DAY_US
from kiosk.reports.tables import tables
from kiosk.store import report_days, report_months
from kiosk.store.report_facts import NO_SCORE, micros, pack_scores, uncounted_events
from kiosk.store.repository import Repository
from kiosk.store.sql_text import quoted

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
            "shifts": [[local_time.us_of(s.start), local_time.us_of(s.end), s.label]
                       for s in scope.shifts]}


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
    local = f"(saved_us + {local_time.offset_sql(scope.zone, lo, hi, 'saved_us')})"
    shift = local_time.shift_sql(scope, f"({local} % {DAY_US})")
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
    """This station's partial from the kept totals (for ``scope``'s zone and shifts): the
    period's full months that are rolled up (:mod:`kiosk.store.report_months`), the
    per-day rows (:mod:`kiosk.store.report_days`) of its other days, and the earlier per-day
    rows whose packets were still waiting at its start; the same figures as :func:`partial`,
    their packed values added up with numpy (officers per month, not per enrollment)."""
    import numpy as np

    lo, hi = micros(scope.since), micros(scope.until)
    first, last = (d.toordinal() - EPOCH_ORDINAL for d in (scope.first_day, scope.last_day))
    out = Partial()
    # the store's register times are UTC ISO text, so the period's SQL bounds are exact
    out.exceptions = (exceptions if scope.shift is None
                      else [x for x in exceptions if scope.includes(x["at"])])
    months = list(report_months.full_months(first, last))
    rolled = conn.execute(
        f"SELECT {report_months.COLUMNS} FROM report_months WHERE month >= ? AND month <= ?",
        [months[0][0], months[-1][0]]).fetchall() if months else []
    covered = {row[1] for row in rolled}
    rows = []
    for start, end in _other_days(first, last, [m for m in months if m[0] in covered]):
        rows += conn.execute(
            "SELECT station, day, shift, saved, officers, spans, nfiq, face, queue FROM "
            "report_days WHERE day >= ? AND day <= ?", [start, end]).fetchall()
    earliest = conn.execute("SELECT min(day) FROM report_days").fetchone()[0]
    if earliest is not None and earliest < first:  # packets of earlier days still waiting
        rows += [(station, None, None, 0, "", b"", b"", b"", queue) for station, queue in
                 conn.execute("SELECT station, queue FROM report_days INDEXED BY "
                              "report_days_open WHERE open_us >= ? AND day < ?", [lo, first])]
    by_station: dict[str, tuple[list[Any], list[Any]]] = defaultdict(lambda: ([], []))
    for row in rows:
        by_station[row[0]][0].append(row)
    for row in rolled:
        by_station[row[0]][1].append(row)
    names: dict[int, str] = {}
    checks = dict(conn.execute("SELECT id, name FROM report_checks").fetchall())
    for station, (daily, monthly) in by_station.items():
        pairs = np.frombuffer(b"".join([r[8] for r in daily] + [r[10] for r in monthly]),
                              dtype="<i8").reshape(-1, 2)
        queued, left = pairs[:, 0], pairs[:, 1]
        keep = (queued < hi) & ((left >= lo) | (left < 0))
        if keep.any():
            out.queue[station] = [(queued[keep], np.where(left[keep] < 0, NEVER, left[keep]))]
        daily = [r for r in daily if r[1] is not None and scope.shift in (None, r[2])]
        monthly = [r for r in monthly if scope.shift in (None, r[2])]
        if not daily and not monthly:
            continue
        for _, day, shift, count, *_ in daily:
            out.by_shift[(_day_name(names, day), shift, station)] += count
        for row in monthly:
            for day, count in np.frombuffer(row[4], dtype="<i8").reshape(-1, 2).tolist():
                out.by_shift[(_day_name(names, day), row[2], station)] += count
        codes: dict[str, int] = {}
        index = [np.array([codes.setdefault(name, len(codes)) for name in report_days.SEPARATOR
                           .join(r[4] for r in daily).split(report_days.SEPARATOR)]
                          if daily else [], dtype=np.int64)]
        index += [np.repeat(np.array([codes.setdefault(name, len(codes)) for name in
                                      row[5].split(report_days.SEPARATOR)], dtype=np.int64),
                            np.frombuffer(row[6], dtype="<i8")) for row in monthly]
        officers = np.concatenate(index)
        took = np.frombuffer(b"".join([r[5] for r in daily] + [r[7] for r in monthly]),
                             dtype="<i8").astype(np.int64)
        for officer, number in sorted(codes.items()):
            took_by = took[officers == number]
            out.by_officer[(officer, station)] += len(took_by)
            out.durations[(station, officer)] = [took_by]
        scores = np.frombuffer(b"".join([r[6] for r in daily] + [r[8] for r in monthly]),
                               dtype=np.uint8)
        _add_scores(out, station, scores.reshape(-1, 10))
        _add_face(out, station, np.frombuffer(b"".join([r[7] for r in daily]
                                                       + [r[9] for r in monthly]),
                                              dtype="<i8").reshape(-1, 5), checks)
    out.stations = {x["station"] for x in exceptions} | set(out.queue)
    _rejections(conn, scope, {"lo": lo, "hi": hi}, out)
    return out


def _other_days(first: int, last: int, rolled: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of the days [first, last] outside the (ordered) rolled-up months."""
    found, start = [], first
    for month_first, month_last in rolled:
        if start < month_first:
            found.append((start, month_first - 1))
        start = month_last + 1
    return [*found, (start, last)] if start <= last else found


def _day_name(names: dict[int, str], day: int) -> str:
    """The ISO date of a local day number (kept in ``names``)."""
    return names.get(day) or names.setdefault(
        day, date.fromordinal(EPOCH_ORDINAL + day).isoformat())


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
