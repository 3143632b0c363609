"""Pre-registration tickets: what the guidance screen gives an applicant, the desk reads back.

Format ``kiosk-ticket/2`` (docs/tickets.md): signed by the office's Ed25519 key, then sealed
with HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM) to the
office's X25519 key, so the QR code shows nobody the applicant's data::

    text  = "KT2:" || base32(enc || ciphertext)       (RFC 4648, upper case, no padding)
    inner = Ed25519 signature (64) || body             (the HPKE plaintext, info "kiosk-ticket/2")
    body  = canonical JSON of {"v": 2, "id", "n", "o", "d", "exp", "a"}

The signature covers ``b"kiosk-ticket/2\\n" || body``. Base32 stays inside the QR code's
alphanumeric mode (denser than bytes) and types through any keyboard-wedge scanner. The desk
trusts a ticket only if it opens with the office's private X25519 key, the signature verifies
with the office's public Ed25519 key, every field has its type and range, it was issued by this
station's office and it has not expired. Single use is the desk's store (``ticket_uses``).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kiosk.domain.canonical import canonical_bytes
from kiosk.domain.errors import KioskError
from kiosk.domain.validation import has_control_character

VERSION = 2
FORMAT = "kiosk-ticket/2"
PREFIX = "KT2:"
_INFO = FORMAT.encode()
_SIG_PREFIX = FORMAT.encode() + b"\n"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_128_GCM)
_ENC_LEN, _TAG_LEN, _SIG_LEN = 32, 16, 64
MAX_TEXT = 4296  # a version 40 QR code holds at most 4,296 alphanumeric characters
APPLICANT_FIELDS = (
    "surname", "given_names", "native_name", "sex", "date_of_birth", "nationality",
    "issuing_state", "travel_document_number", "travel_document_expiry", "residence_card_kind",
    "residence_card_number", "residence_card_expiry", "address_vn", "phone", "email",
    "preferred_language",
)
DATE_FIELDS = frozenset({"date_of_birth", "travel_document_expiry", "residence_card_expiry"})
MAX_FIELD = 300  # kiosk.domain.validation.TEXT_MAX
MAX_NUMBER = 99_999
MAX_OFFICE = 200  # station.office is free text (the office's full name)
_KEYS = frozenset({"v", "id", "n", "o", "d", "exp", "a"})
_ID = re.compile(r"[0-9a-f]{16}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BASE32 = re.compile(r"[A-Z2-7]+")
_EXP_MAX = 2**40  # far beyond any real date, far below datetime's OverflowError


class TicketError(KioskError):
    """Not a ticket, damaged, forged, from another office, expired or already used."""

    message_key = "ticket.invalid"


@dataclass(frozen=True)
class IssuerKeys:
    """The guidance station's half: signs tickets and seals them to the desks."""

    sign: Ed25519PrivateKey
    seal_to: X25519PublicKey


@dataclass(frozen=True)
class DeskKeys:
    """A capture desk's half: opens sealed tickets and verifies their signature."""

    open_with: X25519PrivateKey
    verify: Ed25519PublicKey


def generate_ticket_keys() -> tuple[IssuerKeys, DeskKeys]:
    """A new office key set: the guidance station's half and the desks' half."""
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    return IssuerKeys(sign, box.public_key()), DeskKeys(box, sign.public_key())


@dataclass(frozen=True)
class Ticket:
    ticket_id: str
    number: int
    office: str
    issued_on: date
    expires_at: datetime
    applicant: dict[str, str]


def issue_ticket(keys: IssuerKeys, number: int, office: str, applicant: dict[str, Any],
                 now: datetime, zone: str) -> str:
    """Sign and seal a ticket valid until the end of the local day of ``now`` (aware)."""
    local = now.astimezone(ZoneInfo(zone))
    end_of_day = datetime.combine(local.date() + timedelta(days=1), time(0), ZoneInfo(zone))
    values = {k: (v.isoformat() if isinstance(v, date) else str(v))
              for k, v in applicant.items() if k in APPLICANT_FIELDS and v not in (None, "")}
    payload = {"v": VERSION, "id": secrets.token_hex(8), "n": number, "o": office,
               "d": local.date().isoformat(), "exp": int(end_of_day.timestamp()), "a": values}
    _check_payload(payload)  # never hand out a ticket the desk would refuse
    body = canonical_bytes(payload)
    inner = keys.sign.sign(_SIG_PREFIX + body) + body
    sealed = _SUITE.encrypt(inner, keys.seal_to, info=_INFO)
    return PREFIX + base64.b32encode(sealed).decode("ascii").rstrip("=")


def looks_like_ticket(text: str) -> bool:
    """Our prefix followed by base32 (cheap, no crypto): worth trying to open."""
    text = text.strip()
    return (text.startswith(PREFIX) and len(text) <= MAX_TEXT
            and _BASE32.fullmatch(text[len(PREFIX):]) is not None)


def read_ticket(text: str, keys: DeskKeys, now: datetime, office: str | None = None) -> Ticket:
    """Open, verify, validate and decode a scanned ticket issued by ``office`` (any office
    when None); raises :class:`TicketError` saying what is wrong. Never returns a ticket
    whose fields have other types or ranges than :func:`issue_ticket` writes."""
    text = text.strip()
    if not looks_like_ticket(text):
        raise TicketError("not a kiosk ticket (prefix KT2: and base32 expected)",
                          message_key="ticket.not_a_ticket")
    encoded = text[len(PREFIX):]
    try:
        sealed = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except (binascii.Error, ValueError):
        raise TicketError("damaged ticket: not base32", message_key="ticket.damaged") from None
    if base64.b32encode(sealed).decode("ascii").rstrip("=") != encoded:  # unused bits set
        raise TicketError("damaged ticket: not canonical base32", message_key="ticket.damaged")
    if len(sealed) < _ENC_LEN + _TAG_LEN + _SIG_LEN + 2:
        raise TicketError("damaged ticket: too short", message_key="ticket.damaged")
    try:
        inner = _SUITE.decrypt(sealed, keys.open_with, info=_INFO)
    except (InvalidTag, ValueError):  # wrong key, changed byte, or an invalid ephemeral key
        raise TicketError("the ticket cannot be opened with this office's key (another office, "
                          "or damaged)", message_key="ticket.forged") from None
    signature, body = inner[:_SIG_LEN], inner[_SIG_LEN:]
    try:
        keys.verify.verify(signature, _SIG_PREFIX + body)
    except InvalidSignature:
        raise TicketError("the ticket's signature does not match this office's key",
                          message_key="ticket.forged") from None
    try:
        payload = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise TicketError(f"damaged ticket payload: not JSON ({type(exc).__name__})",
                          message_key="ticket.damaged") from None
    _check_payload(payload)
    ticket = Ticket(payload["id"], payload["n"], payload["o"], date.fromisoformat(payload["d"]),
                    datetime.fromtimestamp(payload["exp"], tz=now.tzinfo), dict(payload["a"]))
    if office is not None and ticket.office != office:
        raise TicketError(f"ticket {ticket.number} was issued by office {ticket.office!r}, "
                          f"this station belongs to {office!r}", message_key="ticket.other_office",
                          number=ticket.number, ticket_office=ticket.office, office=office)
    if now >= ticket.expires_at:
        raise TicketError(f"ticket {ticket.number} expired at {ticket.expires_at.isoformat()}",
                          message_key="ticket.expired", number=ticket.number)
    return ticket


def _damaged(reason: str) -> TicketError:
    # reasons name fields, never their values (applicant data stays out of logs)
    return TicketError(f"damaged ticket payload: {reason}", message_key="ticket.damaged")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_text(value: object, name: str, limit: int) -> str:
    if not isinstance(value, str):
        raise _damaged(f"{name} is not text")
    if not 0 < len(value) <= limit or has_control_character(value):
        raise _damaged(f"{name} is empty, longer than {limit} or holds control characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (JSON "\\ud800")
        raise _damaged(f"{name} is not valid Unicode") from None
    return value


def _check_date(value: object, name: str) -> date:
    text = _check_text(value, name, 10)
    if not _DATE.fullmatch(text):
        raise _damaged(f"{name} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _damaged(f"{name} is not a valid date") from None


def _check_payload(payload: object) -> None:
    """The schema of a version 2 payload, checked before any field is used."""
    if not isinstance(payload, dict):
        raise _damaged("not an object")
    if set(payload) != _KEYS:
        raise _damaged(f"{len(set(payload) ^ _KEYS)} missing or unknown field(s)")
    if not _is_int(payload["v"]) or payload["v"] != VERSION:
        raise _damaged("unsupported version")
    if not isinstance(payload["id"], str) or not _ID.fullmatch(payload["id"]):
        raise _damaged("id is not 16 hexadecimal digits")
    if not _is_int(payload["n"]) or not 1 <= payload["n"] <= MAX_NUMBER:
        raise _damaged(f"number is not an integer from 1 to {MAX_NUMBER}")
    _check_text(payload["o"], "office", MAX_OFFICE)
    issued = _check_date(payload["d"], "issue date")
    exp = payload["exp"]
    if not _is_int(exp) or not 0 < exp < _EXP_MAX:
        raise _damaged("expiry is not a time stamp")
    issued_ts = datetime.combine(issued, time(0), ZoneInfo("UTC")).timestamp()
    if not issued_ts - 86_400 < exp <= issued_ts + 3 * 86_400:
        raise _damaged("expiry is not the end of the issue date")
    applicant = payload["a"]
    if not isinstance(applicant, dict):
        raise _damaged("applicant is not an object")
    unknown = set(applicant) - set(APPLICANT_FIELDS)
    if unknown:
        raise _damaged(f"{len(unknown)} unknown applicant field(s)")
    for name, value in applicant.items():
        if name in DATE_FIELDS:
            _check_date(value, name)
        else:
            _check_text(value, name, MAX_FIELD)
