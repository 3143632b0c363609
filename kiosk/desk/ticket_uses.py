"""Single use of pre-registration tickets: the desk claims a ticket once, in its own store.

Claiming is one insert on the store's writer thread: the first claim of a ticket id wins; a
later one gets the first use back (when, at which station, by whom) and the desk refuses the
ticket saying so. Only the ticket's id, office, number and issue date are kept, never the
applicant's data, and for :data:`KEEP_DAYS` days (a ticket is valid on its day only).
Desks do not share their stores: a ticket shown at a second desk of the office is caught
there only if it is the same station (see docs/tickets.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from kiosk.domain.tickets import Ticket, TicketError
from kiosk.store.store import Store

KEEP_DAYS = 7


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


def claim_ticket(store: Store, ticket: Ticket, station: str, officer: str, now: datetime,
                 zone: str) -> Ticket:
    """Claim ``ticket`` through the store's writer (blocks); raises :class:`TicketError`
    (``ticket.used``, with the local time and station of the first use) if it was used."""
    first = store.write(lambda r: claim(r.db, ticket, station, officer, now)).result()
    if first is None:
        return ticket
    local = first.used_at.astimezone(ZoneInfo(zone))
    raise TicketError(f"ticket {ticket.number} was already used at {local.isoformat()} at "
                      f"station {first.station}", message_key="ticket.used",
                      number=ticket.number, time=local.strftime("%H:%M"),
                      day=local.date().isoformat(), station=first.station)
