"""Per-enrollment report facts (table ``report_facts``, migration m013), kept up to date in
the same transaction as the audit event each one comes from, so the supervisor reports read
one indexed range of one table instead of replaying the audit trail.

What each column holds (``*_us``: the same time as integer microseconds since the Unix epoch,
for exact arithmetic and indexed ranges in SQL):

- ``started_at``: ``enrollments.created_at`` (the applicant step created the draft);
- ``saved_at``: the first ``state_changed -> finalized`` (the save; it also entered the
  upload queue then); ``left_at``: the first ``-> uploaded`` / ``-> cancelled`` after it;
- ``rejected_at``, ``rejected_reason``: the ``-> rejected`` event and the server's reason;
- ``face_mode``, ``failed_checks``: the last ``face_captured``; ``blocked``: what held the
  live capture back, summed over every ``face_captured`` ({check: {frames, seconds}});
- ``nfiq2``: the NFIQ 2 score of each finger in the last ``fingerprints_reviewed``, ten
  bytes (ISO position 1 first; :data:`NO_SCORE` for a finger without one).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from kiosk.store import report_days

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NO_SCORE = 255


def micros(stamp: str | datetime) -> int:
    """Exact microseconds since the epoch of an aware ISO time (or datetime)."""
    moment = datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp
    return (moment - EPOCH) // timedelta(microseconds=1)


def add_blocked(total: dict[str, dict[str, float]], checks: Mapping[str, Any]) -> None:
    """Add one ``face_captured`` event's blocking counts (``blocked.checks``) to ``total``."""
    for name, counts in checks.items():
        if isinstance(counts, Mapping):
            frames, seconds = counts.get("frames", 0), counts.get("seconds", 0)
        elif isinstance(counts, int | float) and not isinstance(counts, bool):
            frames, seconds = counts, 0  # a bare frame count (older records)
        else:
            continue  # a shape the reports do not know must never stop a save
        entry = total.setdefault(str(name), {"frames": 0, "seconds": 0.0})
        entry["frames"] += int(frames)
        entry["seconds"] = round(entry["seconds"] + float(seconds), 2)


def created(db: Database, enrollment_id: str, station: str, officer: str,
            created_at: str) -> None:
    """The facts row of a new enrollment (call in the transaction that inserts it)."""
    db.execute("INSERT OR REPLACE INTO report_facts (enrollment_id, station, officer, "
               "started_at, started_us) VALUES (?, ?, ?, ?, ?)",
               [enrollment_id, station, officer, created_at, micros(created_at)])


def on_event(db: Database, enrollment_id: str, at: str, event: str, to_state: str | None,
             detail: Mapping[str, Any]) -> None:
    """Update the enrollment's facts, and its day's totals (:mod:`report_days`) once it is
    saved, for one audit event (call inside its transaction)."""
    _update(db, enrollment_id, at, event, to_state, detail)
    if event in ("face_captured", "fingerprints_reviewed") or (
            event == "state_changed" and to_state in ("finalized", "uploaded", "cancelled")):
        report_days.on_change(db, enrollment_id, event, to_state, micros(at))


def _update(db: Database, enrollment_id: str, at: str, event: str, to_state: str | None,
            detail: Mapping[str, Any]) -> None:
    if event == "state_changed" and to_state == "finalized":
        db.execute("UPDATE report_facts SET saved_at = ?, saved_us = ? WHERE enrollment_id = ? "
                   "AND saved_us IS NULL", [at, micros(at), enrollment_id])
    elif event == "state_changed" and to_state in ("uploaded", "cancelled"):
        db.execute("UPDATE report_facts SET left_at = ?, left_us = ? WHERE enrollment_id = ? "
                   "AND saved_us IS NOT NULL AND left_us IS NULL",
                   [at, micros(at), enrollment_id])
    elif event == "state_changed" and to_state == "rejected":
        db.execute("UPDATE report_facts SET rejected_at = ?, rejected_us = ?, "
                   "rejected_reason = ? WHERE enrollment_id = ?",
                   [at, micros(at), detail.get("reason") or "", enrollment_id])
    elif event == "face_captured":
        row = db.execute("SELECT blocked FROM report_facts WHERE enrollment_id = ?",
                         [enrollment_id]).fetchone()
        blocked = json.loads(row[0]) if row and row[0] else {}
        add_blocked(blocked, (detail.get("blocked") or {}).get("checks") or {})
        db.execute("UPDATE report_facts SET face_mode = ?, failed_checks = ?, blocked = ? "
                   "WHERE enrollment_id = ?",
                   [detail.get("mode", ""), json.dumps(list(detail.get("failed_checks", []))),
                    json.dumps(blocked, sort_keys=True), enrollment_id])
    elif event == "fingerprints_reviewed":
        db.execute("UPDATE report_facts SET nfiq2 = ? WHERE enrollment_id = ?",
                   [pack_scores(detail.get("nfiq2", {})), enrollment_id])


def pack_scores(scores: Mapping[str, Any]) -> bytes:
    """{position code: NFIQ 2} as the ten bytes of the ``nfiq2`` column."""
    return bytes(NO_SCORE if scores.get(str(code)) is None else int(scores[str(code)])
                 for code in range(1, 11))


def unpack_scores(packed: bytes | None) -> list[tuple[int, int]]:
    """[(position code, NFIQ 2)] of an ``nfiq2`` column value."""
    return [(code, score) for code, score in enumerate(packed or b"", start=1)
            if score != NO_SCORE]
