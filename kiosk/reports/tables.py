"""The report's tables from (merged) :class:`~kiosk.reports.aggregate.Partial` sums: counts
per shift, day and officer, durations, face checks, NFIQ 2, exceptions, rejections and the
sync backlog (:mod:`kiosk.reports.aggregate` computes the partials in SQL)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kiosk.reports import figures, local_time
from kiosk.reports.figures import Report, Scope, Table, median, percentile
from kiosk.reports.shifts import OUTSIDE
from kiosk.store.report_facts import micros

if TYPE_CHECKING:
    from kiosk.reports.aggregate import Partial


def tables(p: Partial, desks: tuple[str, ...], scope: Scope, now: datetime) -> Report:
    """The report's tables from (merged) partials."""
    built = [*_enrollment_tables(p, scope, desks), _face_table(p, desks), _nfiq_table(p, desks),
             *figures.exception_tables(p.exceptions, scope, desks,
                                       minute_labels(scope, [x["at"] for x in p.exceptions])),
             *figures.rejection_tables(p.rejections, scope, desks,
                                       minute_labels(scope, [r["at"] for r in p.rejections])),
             backlog_table(p.queue, local_time.backlog_moments(scope, now), scope, desks)]
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
    medians = {o: _median_s(_joined(per_officer.get(o, []))) for o in officers}
    officer_table = figures.pivot("by_officer", ["officer"], p.by_officer, desks,
                                  [(o,) for o in officers])
    officer_table = Table(officer_table.id, (*officer_table.columns, "median_s"),
                          tuple((*row, medians[row[0]]) for row in officer_table.rows))
    durations = []
    for desk in (*desks, "all"):
        values = _joined([v for d in desks for v in per_desk.get(d, [])] if desk == "all"
                         else per_desk.get(desk, []))
        durations.append((desk, len(values), _median_s(values), _percentile_s(values, 90)))
    return [figures.pivot("by_shift", ["day", "shift"], p.by_shift, desks, order),
            figures.pivot("by_day", ["day"], by_day, desks, [(d,) for d in days]),
            officer_table,
            Table("durations", ("desk", "count", "median_s", "p90_s"), tuple(durations))]


def _joined(arrays: list[Any]) -> Any:
    """One int64 array of microsecond arrays (in no order: the figures below pick their
    order statistics with ``numpy.partition``, in linear time, not a sort)."""
    import numpy as np

    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)


def _ranked(values: Any, ranks: list[int]) -> list[int]:
    """The values at these ranks (0 up) of ``values`` sorted."""
    import numpy as np

    chosen = np.partition(values, ranks)
    return [int(chosen[rank]) for rank in ranks]


def _median_s(values: Any) -> float | None:
    """:func:`figures.median` of microseconds, in seconds (the same float: only the middle
    values are converted, exactly as the whole sorted list would be)."""
    n = len(values)
    if not n:
        return None
    return median(us / 10**6 for us in _ranked(values, [n // 2] if n % 2
                                                else [n // 2 - 1, n // 2]))


def _percentile_s(values: Any, p: float) -> float | None:
    """:func:`figures.percentile` (nearest rank) of microseconds, in seconds."""
    if not len(values):
        return None
    rank = max(1, math.ceil(p / 100 * len(values))) - 1
    return percentile([_ranked(values, [rank])[0] / 10**6], p)


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
    (microseconds), from each desk's intervals [queued, left) sorted once: the waiting count
    is the arrivals so far minus the departures so far; the oldest waiting packet is the
    first, in arrival order, whose departure is later than the moment (found on the running
    maximum of the departure times). The total is the desks' sum and their oldest (no sort of
    every desk's intervals together)."""
    import numpy as np

    at = np.array(moments, dtype=np.int64)
    counts, ages = [], []
    total = np.zeros(len(at), dtype=np.int64)
    oldest_of_all = np.zeros(len(at))
    for desk in desks:
        parts = queue.get(desk, [])
        queued = np.concatenate([q for q, _ in parts]) if parts else total[:0]
        if not len(queued):
            counts.append([0] * len(moments))
            ages.append([0.0] * len(moments))
            continue
        left = np.concatenate([x for _, x in parts])
        order = np.argsort(queued, kind="stable")
        queued, left = queued[order], left[order]
        count = np.searchsorted(queued, at, "right") - np.searchsorted(np.sort(left), at,
                                                                        "right")
        total += count
        counts.append(count.tolist())
        first = np.searchsorted(np.maximum.accumulate(left), at, "right")
        oldest = queued[np.minimum(first, len(queued) - 1)]
        waiting = (first < len(queued)) & (oldest <= at)
        age = np.where(waiting, (at - oldest) / 10**6 / 60, 0.0)
        np.maximum(oldest_of_all, age, out=oldest_of_all)
        ages.append(_round_tenths(age))
    counts.append(total.tolist())
    ages.append(_round_tenths(oldest_of_all))
    local = local_time.local(at, _changes(scope))
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
    local = local_time.local(at, _changes(scope))
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


def _changes(scope: Scope) -> list[tuple[int, int]]:
    """The zone's UTC offsets over the scope (:func:`.local_time.offsets`)."""
    return local_time.offsets(ZoneInfo(scope.zone), micros(scope.since), micros(scope.until))
