"""Single use of pre-registration tickets: the desk claims a ticket once, in its own store.

Claiming is one insert on the store's writer thread: the first claim of a ticket id wins; a
later one gets the first use back (when, at which station, by whom) and the desk refuses the
ticket saying so. Only the ticket's id, office, number and issue date are kept, never the
applicant's data, and for :data:`KEEP_DAYS` days (a ticket is valid on its day only).
The office's desks share their uses through the central service: after its own store, the
desk asks the central (:data:`Checker`, one short request, skipped when the sync worker knows
the central is unreachable or busy); a use elsewhere is refused the same way, saying when and
at which station. When the central does not answer in time the desk accepts: the sync worker
reports the use later and the central flags a second use for a supervisor to review
(:mod:`kiosk.sync.ticket_reports`; see docs/tickets.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from kiosk.domain.tickets import Ticket, TicketError
from kiosk.store.store import Store
from kiosk.sync import ticket_reports
from kiosk.sync.ticket_wire import Result, Use

KEEP_DAYS = 7
# asks the central service about one use; None when it was not asked or did not answer
Checker = Callable[[Use], Result | None]


@dataclass(frozen=True)
class TicketUse:
    ticket_id: str
    used_at: datetime
    station: str
    officer: str


def claim(db: Database, ticket: Ticket, station: str, officer: str,
          now: datetime) -> TicketUse | None:
    """Record the use of ``ticket``; None when this is its first use, else the first use."""
    with db.atomic():
        inserted = db.execute(
            "INSERT INTO ticket_uses (ticket_id, office, number, issued_on, used_at, station, "
            "officer) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(ticket_id) DO NOTHING "
            "RETURNING ticket_id",
            [ticket.ticket_id, ticket.office, ticket.number, ticket.issued_on.isoformat(),
             now.isoformat(), station, officer]).fetchone()
        db.execute("DELETE FROM ticket_uses WHERE issued_on < ?",
                   [(ticket.issued_on - timedelta(days=KEEP_DAYS)).isoformat()])
    if inserted is not None:
        return None
    row = db.execute("SELECT used_at, station, officer FROM ticket_uses WHERE ticket_id = ?",
                     [ticket.ticket_id]).fetchone()
    return TicketUse(ticket.ticket_id, datetime.fromisoformat(row[0]), row[1], row[2])


def unclaim(db: Database, ticket_id: str) -> None:
    """Forget this desk's claim of a ticket the central service says was used elsewhere."""
    db.execute("DELETE FROM ticket_uses WHERE ticket_id = ? AND reported_at IS NULL",
               [ticket_id])


def _used(ticket: Ticket, used_at: datetime, station: str, zone: str) -> TicketError:
    local = used_at.astimezone(ZoneInfo(zone))
    return TicketError(f"ticket {ticket.number} was already used at {local.isoformat()} at "
                       f"station {station}", message_key="ticket.used",
                       number=ticket.number, time=local.strftime("%H:%M"),
                       day=local.date().isoformat(), station=station)


def claim_ticket(store: Store, ticket: Ticket, station: str, officer: str, now: datetime,
                 zone: str, checker: Checker | None = None) -> Ticket:
    """Claim ``ticket`` through the store's writer, then with the office's central service
    when ``checker`` is given (blocks, for at most the checker's short timeout); raises
    :class:`TicketError` (``ticket.used``, with the local time and station of the first use)
    if it was used here or at another desk."""
    first = store.write(lambda r: claim(r.db, ticket, station, officer, now)).result()
    if first is not None:
        raise _used(ticket, first.used_at, first.station, zone)
    if checker is None:
        return ticket
    result = checker(Use(ticket.ticket_id, ticket.office, ticket.number,
                         ticket.issued_on.isoformat(), int(now.timestamp())))
    if result is None:   # not asked or no answer: accepted; reported at the next sync
        return ticket
    if result.status == "duplicate" and result.first_station and result.first_used_at:
        store.write(lambda r: unclaim(r.db, ticket.ticket_id)).result()
        raise _used(ticket, datetime.fromtimestamp(result.first_used_at, UTC),
                    result.first_station, zone)
    store.write(lambda r: ticket_reports.record(r.db, [result], datetime.now(UTC))).result()
    return ticket
