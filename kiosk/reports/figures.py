"""Every figure of the supervisor view, computed from :class:`~kiosk.reports.facts.Facts`.

An enrollment counts when it was saved (finalized) in the period, on the local day and shift
of that save. Time to save = save - start (the applicant step created the draft); median is
the middle value (mean of the two middle ones for an even count), the 90th percentile the
nearest rank (the smallest value with at least 90 % of values at or below it). Tables with a
desk dimension get one column per desk (station id) and a ``total`` column.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.reports.facts import Facts
from kiosk.reports.shifts import OUTSIDE, Shift, shift_label

NFIQ_BINS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))


@dataclass(frozen=True)
class Scope:
    """The period (local dates, inclusive), the station time zone, the shifts and an optional
    shift filter (a shift label: only what happened in that shift counts)."""

    first_day: date
    last_day: date
    zone: str
    shifts: tuple[Shift, ...]
    shift: str | None = None

    @property
    def since(self) -> datetime:
        return datetime.combine(self.first_day, time(0), ZoneInfo(self.zone))

    @property
    def until(self) -> datetime:
        return datetime.combine(self.last_day + timedelta(days=1), time(0), ZoneInfo(self.zone))

    def local(self, stamp: str) -> datetime:
        return datetime.fromisoformat(stamp).astimezone(ZoneInfo(self.zone))

    def includes(self, stamp: str) -> bool:
        """Whether a UTC ISO time falls in the period (and the chosen shift)."""
        moment = datetime.fromisoformat(stamp)
        if not self.since <= moment < self.until:
            return False
        return self.shift is None or shift_label(self.local(stamp), self.shifts) == self.shift


@dataclass(frozen=True)
class Table:
    """Column ids (CSV headers; the UI translates them) and rows of plain values."""

    id: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def column(self, name: str) -> list[Any]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Report:
    scope: Scope
    desks: tuple[str, ...]
    tables: dict[str, Table] = field(default_factory=dict)

    def __getitem__(self, table_id: str) -> Table:
        return self.tables[table_id]


def median(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(float(statistics.median(values)), 1) if values else None


def percentile(values: Iterable[float], p: float) -> float | None:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return None
    return round(float(ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]), 1)


def _pivot(table_id: str, keys: list[str], counts: Counter, desks: tuple[str, ...],
           order: list[tuple]) -> Table:
    """A count table: the key columns, one column per desk, then the total."""
    rows = [(*key, *(counts[(*key, d)] for d in desks), sum(counts[(*key, d)] for d in desks))
            for key in order]
    return Table(table_id, (*keys, *desks, "total"), tuple(rows))


def compute(facts: Facts, scope: Scope, now: datetime) -> Report:
    """All tables for ``scope`` (``now`` bounds the backlog series)."""
    desks = tuple(sorted(facts.stations()))
    saved = [e for e in facts.enrollments if scope.includes(e["saved_at"])]
    in_scope = {e["id"] for e in saved}
    tables = [
        *_enrollment_tables(saved, scope, desks),
        _face_table([f for f in facts.face if f["enrollment"] in in_scope], desks),
        _nfiq_table([f for f in facts.fingers if f["enrollment"] in in_scope], desks),
        *_exception_tables([x for x in facts.exceptions if scope.includes(x["at"])], scope,
                           desks),
        *_rejection_tables([r for r in facts.rejections if scope.includes(r["at"])], scope,
                           desks),
        _backlog_table(facts.queue, scope, desks, now),
    ]
    return Report(scope, desks, {t.id: t for t in tables})


def _seconds(e: dict[str, Any]) -> float:
    return (datetime.fromisoformat(e["saved_at"])
            - datetime.fromisoformat(e["started_at"])).total_seconds()


def _enrollment_tables(saved: list[dict], scope: Scope, desks: tuple[str, ...]) -> list[Table]:
    by_shift: Counter = Counter()
    by_day: Counter = Counter()
    by_officer: Counter = Counter()
    days: set[str] = set()
    for e in saved:
        local = scope.local(e["saved_at"])
        day = local.date().isoformat()
        days.add(day)
        by_shift[(day, shift_label(local, scope.shifts), e["station"])] += 1
        by_day[(day, e["station"])] += 1
        by_officer[(e["officer"], e["station"])] += 1
    labels = [s.label for s in scope.shifts if scope.shift in (None, s.label)]
    order = [(d, s) for d in sorted(days) for s in labels
             + ([OUTSIDE] if any(by_shift[(d, OUTSIDE, x)] for x in desks) else [])]
    officers = sorted({e["officer"] for e in saved})
    officer_table = _pivot("by_officer", ["officer"], by_officer, desks, [(o,) for o in officers])
    medians = {o: median(_seconds(e) for e in saved if e["officer"] == o) for o in officers}
    officer_table = Table(officer_table.id, (*officer_table.columns, "median_s"),
                          tuple((*row, medians[row[0]]) for row in officer_table.rows))
    durations = []
    for desk in (*desks, "all"):
        values = [_seconds(e) for e in saved if desk in ("all", e["station"])]
        durations.append((desk, len(values), median(values), percentile(values, 90)))
    return [_pivot("by_shift", ["day", "shift"], by_shift, desks, order),
            _pivot("by_day", ["day"], by_day, desks, [(d,) for d in sorted(days)]),
            officer_table,
            Table("durations", ("desk", "count", "median_s", "p90_s"), tuple(durations))]


def _face_table(face: list[dict], desks: tuple[str, ...]) -> Table:
    """Per check: enrollments whose live capture it held back (per desk, total), the frames
    and seconds it held it back, and the kept portraits that failed it (forced ones). Ranked
    by the time it held the capture back, then by enrollments, then by name."""
    counts: Counter = Counter()
    frames: Counter = Counter()
    seconds: Counter = Counter()
    kept: Counter = Counter()
    for f in face:
        for check, held in (f.get("blocked") or {}).items():
            counts[(check, f["station"])] += 1
            frames[check] += int(held.get("frames", 0))
            seconds[check] += float(held.get("seconds", 0))
        for check in f["failed_checks"]:
            kept[check] += 1
    names = {c for c, _ in counts} | set(kept)
    totals = {c: sum(counts[(c, d)] for d in desks) for c in names}
    order = [(c,) for c in sorted(names, key=lambda c: (-round(seconds[c], 1), -totals[c], c))]
    table = _pivot("face_checks", ["check"], counts, desks, order)
    return Table(table.id, (*table.columns, "blocked_frames", "blocked_s", "kept"),
                 tuple((*row, frames[row[0]], round(seconds[row[0]], 1), kept[row[0]])
                       for row in table.rows))


def _nfiq_table(fingers: list[dict], desks: tuple[str, ...]) -> Table:
    columns = ["position", "count", "median", "min",
               *(f"{lo}-{hi}" for lo, hi in NFIQ_BINS)]
    if len(desks) > 1:
        columns += [f"median:{d}" for d in desks]
    rows = []
    for position in sorted({f["position"] for f in fingers}):
        scores = [f["nfiq2"] for f in fingers if f["position"] == position]
        row: list[Any] = [position, len(scores), median(scores), min(scores)]
        row += [sum(lo <= s <= hi for s in scores) for lo, hi in NFIQ_BINS]
        if len(desks) > 1:
            row += [median(f["nfiq2"] for f in fingers
                           if f["position"] == position and f["station"] == d) for d in desks]
        rows.append(tuple(row))
    return Table("nfiq2", tuple(columns), tuple(rows))


def _exception_tables(items: list[dict], scope: Scope, desks: tuple[str, ...]) -> list[Table]:
    listing = tuple(
        (scope.local(x["at"]).strftime("%Y-%m-%d %H:%M"), x["station"], x["officer"],
         x["enrollment"], x["kind"], x["subject"], x["exception_kind"] or "", x["reason"],
         x["status"], x["decided_by"] or "", x["comment"] or "") for x in items)
    counts: Counter = Counter((x["kind"], x["reason"], x["station"]) for x in items)
    order = sorted({(x["kind"], x["reason"]) for x in items},
                   key=lambda k: (-sum(counts[(*k, d)] for d in desks), k))
    return [Table("exceptions", ("time", "desk", "officer", "enrollment", "kind", "fingers",
                                 "exception_kind", "reason", "status", "supervisor", "comment"),
                  listing),
            _pivot("exception_reasons", ["kind", "reason"], counts, desks, order)]


def _rejection_tables(items: list[dict], scope: Scope, desks: tuple[str, ...]) -> list[Table]:
    listing = tuple((scope.local(r["at"]).strftime("%Y-%m-%d %H:%M"), r["station"],
                     r["enrollment"], r["reason"]) for r in items)
    counts: Counter = Counter((r["reason"], r["station"]) for r in items)
    order = sorted({(r["reason"],) for r in items},
                   key=lambda k: (-sum(counts[(*k, d)] for d in desks), k))
    return [Table("rejections", ("time", "desk", "enrollment", "reason"), listing),
            _pivot("rejection_reasons", ["reason"], counts, desks, order)]


def backlog_at(queue: list[dict], moment: datetime, desk: str | None = None) -> tuple[int, float]:
    """(packets waiting to be uploaded, age in minutes of the oldest) at ``moment``."""
    waiting = [datetime.fromisoformat(q["queued_at"]) for q in queue
               if desk in (None, q["station"]) and datetime.fromisoformat(q["queued_at"]) <= moment
               and (q["left_at"] is None or datetime.fromisoformat(q["left_at"]) > moment)]
    age = (moment - min(waiting)).total_seconds() / 60 if waiting else 0.0
    return len(waiting), round(age, 1)


def _backlog_table(queue: list[dict], scope: Scope, desks: tuple[str, ...],
                   now: datetime) -> Table:
    """The queue at every full local hour of the period (up to ``now``) and at ``now``."""
    end = min(scope.until, now)
    moments = []
    moment = scope.since
    while moment <= end:
        local = moment.astimezone(ZoneInfo(scope.zone))
        if scope.shift is None or shift_label(local, scope.shifts) == scope.shift:
            moments.append(moment)
        moment += timedelta(hours=1)
    if scope.since <= now < scope.until and now not in moments:
        moments.append(now)
    columns = ["time", *desks, "total", *(f"oldest_min:{d}" for d in desks), "oldest_min"]
    rows = []
    for moment in moments:
        per_desk = [backlog_at(queue, moment, d) for d in desks]
        total = backlog_at(queue, moment)
        rows.append((moment.astimezone(ZoneInfo(scope.zone)).strftime("%Y-%m-%d %H:%M"),
                     *(n for n, _ in per_desk), total[0], *(a for _, a in per_desk), total[1]))
    return Table("backlog", tuple(columns), tuple(rows))
