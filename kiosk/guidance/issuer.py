"""Issuing a pre-registration ticket: the day's next queue number, signed with the office key
and sealed to the office's desks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from kiosk.domain.applicant import Applicant
from kiosk.domain.eligibility import local_today
from kiosk.domain.tickets import IssuerKeys, issue_ticket
from kiosk.guidance.numbers import next_number
from kiosk.store.store import Store


@dataclass(frozen=True, repr=False)
class IssuedTicket:
    """What the applicant takes to the desk: the number and the signed ticket for the QR code."""

    number: int
    issued_on: date
    text: str


class TicketIssuer:
    """Takes numbers from ``store``, signs and seals with ``key`` for ``office`` in ``zone``."""

    def __init__(self, store: Store, key: IssuerKeys, office: str, zone: str,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.store, self.key, self.office, self.zone, self.clock = store, key, office, zone, clock

    def issue(self, applicant: Applicant) -> IssuedTicket:
        """Number and sign a ticket (blocks on the store: call it from a background Op)."""
        now = self.clock()
        day = local_today(self.zone, now)
        number = next_number(self.store, day)
        text = issue_ticket(self.key, number, self.office, applicant.to_dict(), now, self.zone)
        return IssuedTicket(number, day, text)
