"""The report as computed before the report_facts table (kept to check the new computation
gives the same numbers): facts replayed from the audit trail, figures in Python, the backlog
rescanned for every hour of the period and every desk. Only the time bounds of the facts query
differ from that version: it compared ISO times in the station's zone with the stored UTC
ones as text, which dropped what happened between local midnight and 07:00 UTC on the first
day of a period."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.reports.facts import Facts
from kiosk.reports.figures import (
    NFIQ_BINS,
    Report,
    Scope,
    Table,
    exception_tables,
    median,
    percentile,
    pivot,
    rejection_tables,
)
from kiosk.reports.shifts import OUTSIDE, shift_label
from kiosk.store import approvals
from kiosk.store.repository import Repository


def collect_from_events(repo: Repository, since: datetime, until: datetime) -> Facts:
    """Facts of enrollments saved in [since, until), plus the exceptions, rejections and
    upload-queue intervals of that period (all stations the database holds)."""
    since, until = since.astimezone(UTC), until.astimezone(UTC)
    lo, hi = since.isoformat(), until.isoformat()
    facts = Facts()
    saved = repo.db.execute(
        "SELECT e.id, e.station_id, e.officer_id, e.created_at, s.at FROM enrollments e JOIN "
        "(SELECT enrollment_id, min(at) AS at FROM events WHERE to_state = 'finalized' "
        "GROUP BY enrollment_id) s ON s.enrollment_id = e.id WHERE s.at >= ? AND s.at < ? "
        "ORDER BY s.at", [lo, hi]).fetchall()
    station_of = {r[0]: r[1] for r in saved}
    facts.enrollments = [{"id": r[0], "station": r[1], "officer": r[2], "started_at": r[3],
                          "saved_at": r[4]} for r in saved]
    blocked = _blocked(repo, list(station_of))
    for event, rows in _last_events(repo, list(station_of),
                                    ("face_captured", "fingerprints_reviewed")).items():
        for enrollment_id, detail in rows.items():
            station = station_of[enrollment_id]
            if event == "face_captured":
                facts.face.append({"enrollment": enrollment_id, "station": station,
                                   "mode": detail.get("mode", ""),
                                   "failed_checks": list(detail.get("failed_checks", [])),
                                   "blocked": blocked.get(enrollment_id, {})})
            else:
                facts.fingers += [{"enrollment": enrollment_id, "station": station,
                                   "position": int(code), "nfiq2": int(score)}
                                  for code, score in sorted(detail.get("nfiq2", {}).items(),
                                                            key=lambda kv: int(kv[0]))]
    facts.exceptions = [
        {"id": a.id, "enrollment": a.enrollment_id, "station": a.station_id,
         "officer": a.requested_by, "at": a.requested_at.isoformat(), "kind": a.kind,
         "subject": a.subject, "exception_kind": a.exception_kind, "reason": a.reason,
         "status": a.status, "decided_by": a.decided_by, "comment": a.comment}
        for a in approvals.rows(repo, since, until)]
    facts.rejections = [
        {"enrollment": r[0], "station": r[1], "at": r[2],
         "reason": json.loads(r[3]).get("reason") or ""}
        for r in repo.db.execute(
            "SELECT v.enrollment_id, e.station_id, v.at, v.detail FROM events v JOIN enrollments"
            " e ON e.id = v.enrollment_id WHERE v.to_state = 'rejected' AND v.at >= ? AND "
            "v.at < ? ORDER BY v.at", [lo, hi])]
    facts.queue = [
        {"enrollment": r[0], "station": r[1], "queued_at": r[2], "left_at": r[3]}
        for r in repo.db.execute(
            "SELECT q.enrollment_id, e.station_id, q.at, (SELECT min(x.at) FROM events x WHERE "
            "x.enrollment_id = q.enrollment_id AND x.to_state IN ('uploaded', 'cancelled') AND "
            "x.at >= q.at) AS left_at FROM events q JOIN enrollments e ON e.id = q.enrollment_id"
            " WHERE q.to_state = 'finalized' AND q.at < ? AND (left_at IS NULL OR left_at >= ?)"
            " ORDER BY q.at", [hi, lo])]
    return facts


def _last_events(repo: Repository, ids: list[str],
                 names: tuple[str, ...]) -> dict[str, dict[str, dict[str, Any]]]:
    """{event name: {enrollment id: detail of its last such event}} for ``ids``."""
    found: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in names}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for enrollment_id, event, detail in repo.db.execute(
                f"SELECT enrollment_id, event, detail FROM events WHERE event IN "
                f"({', '.join('?' * len(names))}) AND enrollment_id IN ({marks}) ORDER BY seq",
                [*names, *chunk]):
            found[event][enrollment_id] = json.loads(detail)
    return found


def _blocked(repo: Repository, ids: list[str]) -> dict[str, dict[str, dict[str, float]]]:
    """{enrollment id: {check: {"frames", "seconds"}}}: the live blocking counts of every
    ``face_captured`` event of ``ids``, summed (the event holds names and counts only)."""
    found: dict[str, dict[str, dict[str, float]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for enrollment_id, checks in repo.db.execute(
                "SELECT enrollment_id, json_extract(detail, '$.blocked.checks') FROM events "
                f"WHERE event = 'face_captured' AND enrollment_id IN ({marks}) ORDER BY seq",
                chunk):
            for name, counts in json.loads(checks or "{}").items():
                total = found.setdefault(enrollment_id, {}).setdefault(
                    name, {"frames": 0, "seconds": 0.0})
                total["frames"] += int(counts.get("frames", 0))
                total["seconds"] = round(total["seconds"] + float(counts.get("seconds", 0)), 2)
    return found


def compute(facts: Facts, scope: Scope, now: datetime) -> Report:
    """All tables for ``scope`` (``now`` bounds the backlog series)."""
    desks = tuple(sorted(facts.stations()))
    saved = [e for e in facts.enrollments if scope.includes(e["saved_at"])]
    in_scope = {e["id"] for e in saved}
    tables = [
        *_enrollment_tables(saved, scope, desks),
        _face_table([f for f in facts.face if f["enrollment"] in in_scope], desks),
        _nfiq_table([f for f in facts.fingers if f["enrollment"] in in_scope], desks),
        *exception_tables([x for x in facts.exceptions if scope.includes(x["at"])], scope,
                           desks),
        *rejection_tables([r for r in facts.rejections if scope.includes(r["at"])], scope,
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
    officer_table = pivot("by_officer", ["officer"], by_officer, desks, [(o,) for o in officers])
    medians = {o: median(_seconds(e) for e in saved if e["officer"] == o) for o in officers}
    officer_table = Table(officer_table.id, (*officer_table.columns, "median_s"),
                          tuple((*row, medians[row[0]]) for row in officer_table.rows))
    durations = []
    for desk in (*desks, "all"):
        values = [_seconds(e) for e in saved if desk in ("all", e["station"])]
        durations.append((desk, len(values), median(values), percentile(values, 90)))
    return [pivot("by_shift", ["day", "shift"], by_shift, desks, order),
            pivot("by_day", ["day"], by_day, desks, [(d,) for d in sorted(days)]),
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
    table = pivot("face_checks", ["check"], counts, desks, order)
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
