"""What every figure of the supervisor view means, and the parts its computation shares
(:mod:`kiosk.reports.aggregate` computes them from the ``report_facts`` table).

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
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.reports.shifts import Shift, shift_label

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

    @cached_property
    def since(self) -> datetime:
        return datetime.combine(self.first_day, time(0), ZoneInfo(self.zone))

    @cached_property
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
    uncounted: int = 0  # this station's audit events that could not be counted (malformed)

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


def pivot(table_id: str, keys: list[str], counts: Counter, desks: tuple[str, ...],
           order: list[tuple]) -> Table:
    """A count table: the key columns, one column per desk, then the total."""
    rows = []
    for key in order:
        values = [counts[(*key, d)] for d in desks]
        rows.append((*key, *values, sum(values)))
    return Table(table_id, (*keys, *desks, "total"), tuple(rows))


def _minutes(items: list[dict], scope: Scope, labels: list[str] | None) -> list[str]:
    """Each item's local "YYYY-MM-DD HH:MM" (``labels``: the same, computed by the caller)."""
    if labels is not None:
        return labels
    return [scope.local(x["at"]).strftime("%Y-%m-%d %H:%M") for x in items]


def exception_tables(items: list[dict], scope: Scope, desks: tuple[str, ...],
                     labels: list[str] | None = None) -> list[Table]:
    listing = tuple(
        (minute, x["station"], x["officer"], x["enrollment"], x["kind"], x["subject"],
         x["exception_kind"] or "", x["reason"], x["status"], x["decided_by"] or "",
         x["comment"] or "") for minute, x in zip(_minutes(items, scope, labels), items,
                                                  strict=True))
    counts: Counter = Counter((x["kind"], x["reason"], x["station"]) for x in items)
    order = sorted({(x["kind"], x["reason"]) for x in items},
                   key=lambda k: (-sum(counts[(*k, d)] for d in desks), k))
    return [Table("exceptions", ("time", "desk", "officer", "enrollment", "kind", "fingers",
                                 "exception_kind", "reason", "status", "supervisor", "comment"),
                  listing),
            pivot("exception_reasons", ["kind", "reason"], counts, desks, order)]


def rejection_tables(items: list[dict], scope: Scope, desks: tuple[str, ...],
                     labels: list[str] | None = None) -> list[Table]:
    listing = tuple((minute, r["station"], r["enrollment"], r["reason"])
                    for minute, r in zip(_minutes(items, scope, labels), items, strict=True))
    counts: Counter = Counter((r["reason"], r["station"]) for r in items)
    order = sorted({(r["reason"],) for r in items},
                   key=lambda k: (-sum(counts[(*k, d)] for d in desks), k))
    return [Table("rejections", ("time", "desk", "enrollment", "reason"), listing),
            pivot("rejection_reasons", ["reason"], counts, desks, order)]
