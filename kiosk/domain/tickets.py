"""Pre-registration tickets: what the guidance screen gives an applicant, the desk reads back.

A ticket is a JWS in compact serialization (RFC 7515) signed with EdDSA / Ed25519 (RFC 8037)
by the office key: ``header.payload.signature``, each part base64url. The payload (version 1)
holds the queue number, the office, the local issue date, the expiry (the end of that local
day) and the applicant's form values. Any ASCII-typing QR scanner can deliver it, and the
desk trusts it only if the signature verifies with the office's public key and it has not
expired.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.canonical import canonical_bytes
from kiosk.errors import KioskError

VERSION = 1
APPLICANT_FIELDS = (
    "surname", "given_names", "native_name", "sex", "date_of_birth", "nationality",
    "issuing_state", "travel_document_number", "travel_document_expiry", "residence_card_kind",
    "residence_card_number", "residence_card_expiry", "address_vn", "phone", "email",
    "preferred_language",
)


class TicketError(KioskError):
    """Not a ticket, damaged, forged, from another office or expired."""

    message_key = "ticket.invalid"


@dataclass(frozen=True)
class Ticket:
    number: int
    office: str
    issued_on: date
    expires_at: datetime
    applicant: dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_ticket(key: Ed25519PrivateKey, number: int, office: str, applicant: dict[str, Any],
                 now: datetime, zone: str) -> str:
    """Sign a ticket valid until the end of the local day of ``now`` (aware datetime)."""
    local = now.astimezone(ZoneInfo(zone))
    end_of_day = datetime.combine(local.date() + timedelta(days=1), time(0), ZoneInfo(zone))
    values = {k: (v.isoformat() if isinstance(v, date) else v)
              for k, v in applicant.items() if k in APPLICANT_FIELDS and v not in (None, "")}
    payload = {"v": VERSION, "n": number, "o": office, "d": local.date().isoformat(),
               "exp": int(end_of_day.timestamp()), "a": values}
    header = {"alg": "EdDSA", "typ": "kiosk-ticket+jws"}
    # the signature covers these bytes as sent (never re-encoded), so any earlier ticket
    # still verifies; canonical JSON makes equal tickets byte-identical
    signing_input = _b64(canonical_bytes(header)) + "." + _b64(canonical_bytes(payload))
    return signing_input + "." + _b64(key.sign(signing_input.encode("ascii")))


def looks_like_ticket(text: str) -> bool:
    """Three base64url parts whose header announces our ticket type (cheap, no crypto)."""
    parts = text.strip().split(".")
    if len(parts) != 3:
        return False
    try:
        return json.loads(_unb64(parts[0])).get("typ") == "kiosk-ticket+jws"
    except (ValueError, binascii.Error, AttributeError):
        return False


def read_ticket(text: str, public_key: Ed25519PublicKey, now: datetime) -> Ticket:
    """Verify and decode a scanned ticket; raises :class:`TicketError` saying what is wrong."""
    parts = text.strip().split(".")
    if len(parts) != 3:
        raise TicketError("not a ticket: expected three dot-separated parts",
                          message_key="ticket.not_a_ticket")
    try:
        header = json.loads(_unb64(parts[0]))
        payload = json.loads(_unb64(parts[1]))
        signature = _unb64(parts[2])
    except (ValueError, binascii.Error) as exc:
        raise TicketError(f"damaged ticket: {exc}", message_key="ticket.damaged") from None
    if not isinstance(header, dict) or header.get("alg") != "EdDSA" or \
            header.get("typ") != "kiosk-ticket+jws":
        raise TicketError("not a kiosk ticket (wrong header)", message_key="ticket.not_a_ticket")
    try:
        public_key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except (InvalidSignature, UnicodeEncodeError):
        raise TicketError("the ticket's signature does not match this office's key",
                          message_key="ticket.forged") from None
    if not isinstance(payload, dict) or payload.get("v") != VERSION:
        raise TicketError(f"unsupported ticket version {payload.get('v')!r}",
                          message_key="ticket.damaged")
    try:
        expires = datetime.fromtimestamp(int(payload["exp"]), tz=now.tzinfo)
        ticket = Ticket(int(payload["n"]), str(payload["o"]), date.fromisoformat(payload["d"]),
                        expires, dict(payload.get("a") or {}))
    except (KeyError, TypeError, ValueError) as exc:
        raise TicketError(f"damaged ticket payload: {exc}", message_key="ticket.damaged") from None
    if now >= expires:
        raise TicketError(f"ticket {ticket.number} expired at {expires.isoformat()}",
                          message_key="ticket.expired", number=ticket.number)
    unknown = set(ticket.applicant) - set(APPLICANT_FIELDS)
    if unknown:
        raise TicketError(f"ticket has unknown fields {sorted(unknown)}",
                          message_key="ticket.damaged")
    return ticket
