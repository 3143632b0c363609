"""The facts reports are computed from, read from the local database without decrypting.

Where each fact lives: an enrollment's start is ``enrollments.created_at`` (the applicant
step), its save the audit event ``state_changed -> finalized``; the portrait's mode and failed
ICAO checks the event ``face_captured`` (the last one), and which checks held the live
auto-capture back (frames and seconds, summed over every ``face_captured`` of the enrollment:
a retake adds its own); the NFIQ 2 score of each finger the event
``fingerprints_reviewed`` (the last one wins: a retake replaces it); forced captures and
finger exceptions the ``approvals`` register; the server's reason for a rejection the event
``state_changed -> rejected``; the upload queue the events ``-> finalized`` (queued) and
``-> uploaded`` / ``-> cancelled`` (left the queue). Audit events and the register outlive the
purge of biometric payloads, so past days keep their figures.

:class:`Facts` is plain JSON-ready data (UTC ISO timestamps), so a station can export it and
another import it: every figure, medians included, is computed again over the merged facts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.store import approvals
from kiosk.store.repository import Repository

Row = dict[str, Any]


@dataclass
class Facts:
    """Per-enrollment facts of one or more stations (``station`` in every row)."""

    enrollments: list[Row] = field(default_factory=list)  # id station officer started_at saved_at
    face: list[Row] = field(default_factory=list)  # enrollment station mode failed_checks
    # blocked: {check: {"frames": n, "seconds": s}} (absent in files of older versions)
    fingers: list[Row] = field(default_factory=list)  # enrollment station position nfiq2
    exceptions: list[Row] = field(default_factory=list)  # register rows (see approvals)
    rejections: list[Row] = field(default_factory=list)  # enrollment station at reason
    queue: list[Row] = field(default_factory=list)  # enrollment station queued_at left_at

    PARTS = ("enrollments", "face", "fingers", "exceptions", "rejections", "queue")

    def stations(self) -> set[str]:
        return {row["station"] for part in self.PARTS for row in getattr(self, part)}

    def merged(self, other: Facts) -> Facts:
        """These facts with ``other``'s; a station present in both keeps ``other``'s rows
        (re-importing a newer file of the same desk replaces the older one)."""
        replaced = other.stations()
        return Facts(**{part: [r for r in getattr(self, part) if r["station"] not in replaced]
                        + list(getattr(other, part)) for part in self.PARTS})

    def to_json(self) -> dict[str, list[Row]]:
        return {part: getattr(self, part) for part in self.PARTS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Facts:
        return cls(**{part: list(data.get(part, [])) for part in cls.PARTS})


def collect(repo: Repository, since: datetime, until: datetime) -> Facts:
    """Facts of enrollments saved in [since, until), plus the exceptions, rejections and
    upload-queue intervals of that period (all stations the database holds)."""
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
