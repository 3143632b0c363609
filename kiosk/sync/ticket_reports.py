"""The desk's side of shared ticket uses: which accepted tickets the central service has
not confirmed yet, and what it said about each (``ticket_uses`` rows, migration m014)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlite_utils import Database

from kiosk.sync.ticket_wire import MAX_USES, Result, Use

log = logging.getLogger(__name__)


def unreported(db: Database, limit: int = MAX_USES) -> list[Use]:
    """Uses this desk accepted that the central service has not confirmed, oldest first."""
    rows = db.execute(
        "SELECT ticket_id, office, number, issued_on, used_at FROM ticket_uses "
        "WHERE reported_at IS NULL ORDER BY used_at LIMIT ?", [limit]).fetchall()
    return [Use(r[0], r[1], r[2], r[3], int(datetime.fromisoformat(r[4]).timestamp()))
            for r in rows]


def record(db: Database, results: list[Result], at: datetime) -> None:
    """Keep what the central service said of each use (a duplicate names the first use)."""
    with db.atomic():
        for result in results:
            first_at = (None if result.first_used_at is None else
                        datetime.fromtimestamp(result.first_used_at, UTC).isoformat())
            db.execute("UPDATE ticket_uses SET reported_at = ?, central_status = ?, "
                       "first_station = ?, first_used_at = ? WHERE ticket_id = ?",
                       [at.isoformat(), result.status, result.first_station, first_at,
                        result.ticket_id])
            if result.status == "duplicate":
                # ids only: the supervisor reviews it at the central service
                log.warning("ticket %s accepted here was first used at station %s: flagged "
                            "for review", result.ticket_id, result.first_station)


def flagged(db: Database) -> list[tuple[str, int, str, str, str]]:
    """Uses the central service flagged as second uses: (ticket id, number, used at, first
    station, first used at)."""
    return [tuple(r) for r in db.execute(
        "SELECT ticket_id, number, used_at, first_station, first_used_at FROM ticket_uses "
        "WHERE central_status = 'duplicate' ORDER BY used_at").fetchall()]
