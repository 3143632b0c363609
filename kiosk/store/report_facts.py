"""Per-enrollment report facts (table ``report_facts``, migration m013), derived from the
audit events, so the supervisor reports read one indexed range of one table instead of
replaying the audit trail.

The facts (and the per-day totals, :mod:`report_days`) are folded from the events by
:func:`fold`, in a transaction of their own just after the one that wrote the events (the
store's writer does it; m018): a save commits only what the desk needs (the enrollment, its
samples, its audit event and outbox row). The last event folded is recorded in ``meta``
(:data:`WATERMARK`) in the facts' own transaction, so a crash between the two leaves the
events unfolded, never half folded; the store folds them when it opens and before any
report is read.

What each column holds (``*_us``: the same time as integer microseconds since the Unix epoch,
for exact arithmetic and indexed ranges in SQL):

- ``started_at``: ``enrollments.created_at`` (the applicant step created the draft);
- ``saved_at``: the first ``state_changed -> finalized``, or a ``created`` event whose
  ``to_state`` is finalized (an enrollment saved whole; the save, which also entered the
  upload queue then); ``left_at``: the first ``-> uploaded`` / ``-> cancelled`` after it;
- ``rejected_at``, ``rejected_reason``: the ``-> rejected`` event and the server's reason;
- ``face_mode``, ``failed_checks``: the last ``face_captured``; ``blocked``: what held the
  live capture back, summed over every ``face_captured`` ({check: {frames, seconds}});
- ``nfiq2``: the NFIQ 2 score of each finger in the last ``fingerprints_reviewed``, ten
  bytes (ISO position 1 first; :data:`NO_SCORE` for a finger without one).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from kiosk.store import report_days

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NO_SCORE = 255
WATERMARK = "report_facts_seq"  # meta key: the seq of the last event folded into the facts
UNCOUNTED = "report_facts_uncounted"  # meta key: how many events could not be folded
# what a malformed event's detail raises while it is folded; a database error (a full disk)
# is not among them: it fails the fold, which is tried again
MALFORMED = (ValueError, TypeError, KeyError, AttributeError)
log = logging.getLogger(__name__)
_UNFOLDED = (
    "SELECT v.seq, v.enrollment_id, v.at, v.event, v.to_state, v.detail, e.station_id, "
    "e.officer_id, e.created_at FROM events v LEFT JOIN enrollments e ON e.id = v.enrollment_id "
    "WHERE v.seq > ? ORDER BY v.seq LIMIT ?")


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
    """The facts row of a new enrollment (its ``created`` event folded)."""
    db.execute("INSERT OR REPLACE INTO report_facts (enrollment_id, station, officer, "
               "started_at, started_us) VALUES (?, ?, ?, ?, ?)",
               [enrollment_id, station, officer, created_at, micros(created_at)])


def watermark(db: Database) -> int:
    """The seq of the last audit event folded into the facts (0: none)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [WATERMARK]).fetchone()
    return int(row[0]) if row else 0


def pending(db: Database) -> bool:
    """Whether some audit event is not folded into the facts yet."""
    return db.execute("SELECT 1 FROM events WHERE seq > ? LIMIT 1",
                      [watermark(db)]).fetchone() is not None


def fold(db: Database, batch: int = 5000) -> int:
    """Fold every audit event after the watermark into the facts and the per-day totals, in
    seq order, and move the watermark past them, in one transaction. Returns how many."""
    count = uncounted = 0
    with db.atomic():
        last = watermark(db)
        while True:
            rows = db.execute(_UNFOLDED, [last, batch]).fetchall()
            for seq, e_id, at, event, to_state, detail, station, officer, created_at in rows:
                try:
                    with db.atomic():  # a savepoint: a malformed event leaves no trace
                        _fold_one(db, e_id, at, event, to_state, detail, station, officer,
                                  created_at)
                except MALFORMED as exc:  # counted and named, never a stop for later ones
                    uncounted += 1
                    log.warning("audit event %s (%s) could not be counted in the reports: %s",
                                seq, event, type(exc).__name__)
                last = seq
            count += len(rows)
            if len(rows) < batch:
                break
        if count:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                       [WATERMARK, str(last)])
        if uncounted:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                       [UNCOUNTED, str(uncounted_events(db) + uncounted)])
    return count


def uncounted_events(db: Database) -> int:
    """How many audit events could not be folded into the facts (malformed; logged)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [UNCOUNTED]).fetchone()
    return int(row[0]) if row else 0


def _fold_one(db: Database, e_id: str, at: str, event: str, to_state: str | None,
              detail: str, station: str | None, officer: str, created_at: str) -> None:
    if station is None:  # its enrollment is gone (never, with foreign keys)
        return
    if event == "created":
        created(db, e_id, station, officer, created_at)
        if to_state not in (None, "draft"):  # saved whole: created finalized
            on_event(db, e_id, at, "state_changed", to_state, json.loads(detail))
    else:
        on_event(db, e_id, at, event, to_state, json.loads(detail))


def on_event(db: Database, enrollment_id: str, at: str, event: str, to_state: str | None,
             detail: Mapping[str, Any]) -> None:
    """Update the enrollment's facts, and its day's totals (:mod:`report_days`) once it is
    saved, for one audit event (folded in seq order)."""
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
