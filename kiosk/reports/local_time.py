"""Local wall-clock time of the report's SQL and arrays: the zone's UTC offsets over a
range, the shift of a time of day, and the moments of the backlog curve."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.reports.figures import Scope
from kiosk.reports.shifts import OUTSIDE
from kiosk.store.report_facts import EPOCH, micros

DAY_US = 86_400_000_000


def offset_sql(zone: str, lo: int, hi: int, column: str) -> str:
    """The zone's UTC offset (microseconds) at ``column``, for times in [lo, hi)."""
    changes = offsets(ZoneInfo(zone), lo, hi)
    if len(changes) == 1:
        return str(changes[0][1])
    cases = " ".join(f"WHEN {column} < {start} THEN {offset}"
                     for (start, _), (_, offset) in zip(changes[1:], changes, strict=False))
    return f"(CASE {cases} ELSE {changes[-1][1]} END)"


@functools.lru_cache(maxsize=64)
def offsets(zone: ZoneInfo, lo: int, hi: int) -> list[tuple[int, int]]:
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


def shift_sql(scope: Scope, tod: str) -> str:
    """The shift label of a local time of day (microseconds since local midnight)."""
    cases = " ".join(
        f"WHEN {tod} >= {us_of(s.start)} AND {tod} < {us_of(s.end)} THEN '{s.label}'"
        for s in scope.shifts)
    return f"(CASE {cases} ELSE '{OUTSIDE}' END)" if cases else f"'{OUTSIDE}'"


def us_of(moment: Any) -> int:
    return ((moment.hour * 60 + moment.minute) * 60 + moment.second) * 10**6 + moment.microsecond


def backlog_moments(scope: Scope, now: datetime) -> list[int]:
    """Every full local hour of the period up to ``now`` (in the shift, if one is chosen),
    and ``now`` when it falls in the period: microseconds since the epoch, in order."""
    import numpy as np

    lo, hi, at = micros(scope.since), micros(scope.until), micros(now)
    end = min(hi, at)
    changes = offsets(ZoneInfo(scope.zone), lo, hi)
    if len(changes) == 1:  # local hours are UTC hours apart
        hours = np.arange(lo, end + 1, 3_600_000_000, dtype=np.int64)
    else:  # local wall-clock hours across an offset change, as Python adds them
        wall, hours_list, step = scope.since, [], timedelta(hours=1)
        while micros(wall) <= end:
            hours_list.append(micros(wall))
            wall += step
        hours = np.array(hours_list, dtype=np.int64)
    if scope.shift is not None and len(hours):
        tod = local(hours, changes) % DAY_US
        covered = np.zeros(len(hours), dtype=bool)
        keep = np.zeros(len(hours), dtype=bool)
        for shift in scope.shifts:
            inside = (tod >= us_of(shift.start)) & (tod < us_of(shift.end))
            if shift.label == scope.shift:
                keep |= inside & ~covered
            covered |= inside
        hours = hours[keep | ~covered] if scope.shift == OUTSIDE else hours[keep]
    moments = hours.tolist()
    if lo <= at < hi and at not in moments:
        moments.append(at)
    return moments


def local(utc: Any, changes: list[tuple[int, int]]) -> Any:
    """Local wall-clock microseconds of an array of UTC ones (offsets from :func:`offsets`)."""
    import numpy as np

    starts = np.array([c[0] for c in changes], dtype=np.int64)
    offsets = np.array([c[1] for c in changes], dtype=np.int64)
    return utc + offsets[np.maximum(np.searchsorted(starts, utc, "right") - 1, 0)]
