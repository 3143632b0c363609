"""The facts reports are computed from, read from the local database without decrypting.

The store keeps them per enrollment in the ``report_facts`` table
(:mod:`kiosk.store.report_facts`), from these audit events: an enrollment's start is
``enrollments.created_at`` (the applicant step), its save the event ``state_changed ->
finalized``; the portrait's mode and failed ICAO checks the event ``face_captured`` (the last
one), and which checks held the live auto-capture back (frames and seconds, summed over every
``face_captured`` of the enrollment: a retake adds its own); the NFIQ 2 score of each finger
the event ``fingerprints_reviewed`` (the last one wins: a retake replaces it); forced
captures and finger exceptions the ``approvals`` register; the server's reason for a
rejection the event ``state_changed -> rejected``; the upload queue the events ``->
finalized`` (queued) and ``-> uploaded`` / ``-> cancelled`` (left the queue). Audit events,
the register and the facts outlive the purge of biometric payloads, so past days keep their
figures.

:class:`Facts` is plain JSON-ready data (UTC ISO timestamps), so a station can export it and
another import it: every figure, medians included, is computed again over the merged facts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kiosk.store import approvals
from kiosk.store.report_facts import micros, unpack_scores
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
    upload-queue intervals of that period (all stations the database holds), read from the
    ``report_facts`` table (indexed by time: only the period is read)."""
    lo, hi = micros(since), micros(until)
    facts = Facts()
    for row in repo.db.execute(
            "SELECT enrollment_id, station, officer, started_at, saved_at, face_mode, "
            "failed_checks, blocked, nfiq2 FROM report_facts WHERE saved_us >= ? AND "
            "saved_us < ? ORDER BY saved_us", [lo, hi]):
        enrollment_id, station = row[0], row[1]
        facts.enrollments.append({"id": enrollment_id, "station": station, "officer": row[2],
                                  "started_at": row[3], "saved_at": row[4]})
        if row[5] is not None:
            facts.face.append({"enrollment": enrollment_id, "station": station,
                               "mode": row[5], "failed_checks": json.loads(row[6]),
                               "blocked": json.loads(row[7] or "{}")})
        facts.fingers += [{"enrollment": enrollment_id, "station": station,
                           "position": position, "nfiq2": score}
                          for position, score in unpack_scores(row[8])]
    bounds = since.astimezone(UTC), until.astimezone(UTC)
    facts.exceptions = [
        {"id": a.id, "enrollment": a.enrollment_id, "station": a.station_id,
         "officer": a.requested_by, "at": a.requested_at.isoformat(), "kind": a.kind,
         "subject": a.subject, "exception_kind": a.exception_kind, "reason": a.reason,
         "status": a.status, "decided_by": a.decided_by, "comment": a.comment}
        for a in approvals.rows(repo, *bounds)]
    facts.rejections = [
        {"enrollment": r[0], "station": r[1], "at": r[2], "reason": r[3]}
        for r in repo.db.execute(
            "SELECT enrollment_id, station, rejected_at, rejected_reason FROM report_facts "
            "WHERE rejected_us >= ? AND rejected_us < ? ORDER BY rejected_us", [lo, hi])]
    facts.queue = [
        {"enrollment": r[0], "station": r[1], "queued_at": r[2], "left_at": r[3]}
        for r in repo.db.execute(
            "SELECT enrollment_id, station, saved_at, left_at, saved_us FROM report_facts WHERE"
            " left_us >= :lo AND saved_us < :hi UNION ALL SELECT enrollment_id, station, "
            "saved_at, left_at, saved_us FROM report_facts WHERE left_us IS NULL AND "
            "saved_us < :hi ORDER BY 5", {"lo": lo, "hi": hi})]
    return facts
