"""Ticket uses shared by an office's desks (``kiosk-ticket-uses/1``), station and central.

A desk sends ``POST /v1/ticket-uses`` (signed like every request, :mod:`kiosk.sync.auth`)
with the canonical JSON::

    {"format": "kiosk-ticket-uses/1", "mode": "check" | "report", "request_id": 32 hex,
     "uses": [{"ticket_id": 16 hex, "office", "number", "issued_on": "YYYY-MM-DD",
               "used_at": Unix seconds}, ...]}

``check``: the desk asks before it accepts a ticket (the central records the use if it is the
first; a second use elsewhere is answered, not recorded). ``report``: uses a desk accepted
without asking (the central was unreachable), sent at sync; a second use is recorded as a
duplicate for a supervisor to review. Each use comes back as ``first`` (recorded now),
``same`` (this station's own use, already recorded) or ``duplicate`` with where and when the
first use was. The answer is signed with the central's receipt key over the request id and
the results (prefix ``kiosk-ticket-uses/1\\n``), so a forged "first" cannot hide a duplicate.
Only ticket ids, offices, numbers and dates travel: never applicant data.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.canonical import CanonicalError, canonical_bytes
from kiosk.domain.errors import KioskError

FORMAT = "kiosk-ticket-uses/1"
PREFIX = FORMAT.encode() + b"\n"
PATH = "/v1/ticket-uses"
MODES = ("check", "report")
STATUSES = ("first", "same", "duplicate")
MAX_USES = 100
MAX_BODY_BYTES = 64 * 1024
MAX_TEXT = 200
_ID = re.compile(r"[0-9a-f]{16}")
_REQUEST_ID = re.compile(r"[0-9a-f]{32}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RANGE = (1_577_836_800, 4_102_444_800)   # 2020-01-01 .. 2100-01-01 UTC
_USE_FIELDS = frozenset({"ticket_id", "office", "number", "issued_on", "used_at"})
_RESULT_FIELDS = frozenset({"ticket_id", "office", "status", "first_station", "first_used_at"})


class WireError(KioskError):
    """A ticket-use request or answer that does not follow the format (or is forged)."""

    message_key = "sync.bad_answer"


@dataclass(frozen=True)
class Use:
    """One accepted ticket, as a desk reports it."""

    ticket_id: str
    office: str
    number: int
    issued_on: str     # YYYY-MM-DD
    used_at: int       # Unix seconds

    def body(self) -> dict[str, Any]:
        return {"ticket_id": self.ticket_id, "office": self.office, "number": self.number,
                "issued_on": self.issued_on, "used_at": self.used_at}


@dataclass(frozen=True)
class Result:
    """The central's word on one use."""

    ticket_id: str
    office: str
    status: str                      # first, same, duplicate
    first_station: str | None = None
    first_used_at: int | None = None

    def body(self) -> dict[str, Any]:
        return {"ticket_id": self.ticket_id, "office": self.office, "status": self.status,
                "first_station": self.first_station, "first_used_at": self.first_used_at}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object) -> bool:
    return (isinstance(value, str) and 0 < len(value) <= MAX_TEXT
            and value.isprintable())


def _time(value: object) -> bool:
    return _is_int(value) and _TIME_RANGE[0] <= value <= _TIME_RANGE[1]  # type: ignore[operator]


def _use(item: object) -> Use:
    if not isinstance(item, dict) or set(item) != _USE_FIELDS:
        raise WireError("a use with missing or unknown fields")
    if not (isinstance(item["ticket_id"], str) and _ID.fullmatch(item["ticket_id"])
            and _text(item["office"]) and _is_int(item["number"]) and 0 < item["number"] < 10**6
            and isinstance(item["issued_on"], str) and _DATE.fullmatch(item["issued_on"])
            and _time(item["used_at"])):
        raise WireError("a use with a field of the wrong type or range")
    try:
        date.fromisoformat(item["issued_on"])
    except ValueError:
        raise WireError("a use with an invalid issue date") from None
    return Use(item["ticket_id"], item["office"], item["number"], item["issued_on"],
               item["used_at"])


def request_body(mode: str, request_id: str, uses: list[Use]) -> bytes:
    """The canonical request body."""
    if mode not in MODES or not 0 < len(uses) <= MAX_USES:
        raise ValueError(f"mode {mode!r} with {len(uses)} uses")
    return canonical_bytes({"format": FORMAT, "mode": mode, "request_id": request_id,
                            "uses": [u.body() for u in uses]})


def parse_request(body: bytes) -> tuple[str, str, list[Use]]:
    """(mode, request id, uses) of a request body; :class:`WireError` for anything else."""
    if len(body) > MAX_BODY_BYTES:
        raise WireError("request too large")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise WireError("request is not JSON") from None
    if not isinstance(data, dict) or set(data) != {"format", "mode", "request_id", "uses"}:
        raise WireError("request with missing or unknown fields")
    if data["format"] != FORMAT or data["mode"] not in MODES:
        raise WireError("unknown format or mode")
    if not isinstance(data["request_id"], str) or not _REQUEST_ID.fullmatch(data["request_id"]):
        raise WireError("request_id is not 32 hexadecimal digits")
    uses = data["uses"]
    if not isinstance(uses, list) or not 0 < len(uses) <= MAX_USES:
        raise WireError(f"uses is not a list of 1 to {MAX_USES}")
    return data["mode"], data["request_id"], [_use(item) for item in uses]


def _signed_bytes(station_id: str, request_id: str, results: list[dict[str, Any]]) -> bytes:
    return PREFIX + canonical_bytes({"format": FORMAT, "station_id": station_id,
                                     "request_id": request_id, "results": results})


def sign_answer(key: Ed25519PrivateKey, station_id: str, request_id: str,
                results: list[Result]) -> dict[str, Any]:
    """The answer's JSON: the results and their signature."""
    bodies = [r.body() for r in results]
    signature = key.sign(_signed_bytes(station_id, request_id, bodies))
    return {"results": bodies, "signature": base64.b64encode(signature).decode("ascii")}


def _result(item: object) -> Result:
    if not isinstance(item, dict) or set(item) != _RESULT_FIELDS:
        raise WireError("a result with missing or unknown fields")
    status, station, at = item["status"], item["first_station"], item["first_used_at"]
    if status not in STATUSES or not isinstance(item["ticket_id"], str) or \
            not isinstance(item["office"], str):
        raise WireError("a result of an unknown status")
    if status == "duplicate" and not (_text(station) and _time(at)):
        raise WireError("a duplicate without the first use")
    if status != "duplicate" and (station is not None or at is not None):
        raise WireError("a first use that names another")
    return Result(item["ticket_id"], item["office"], status, station, at)


def verify_answer(data: dict[str, Any], key: Ed25519PublicKey, station_id: str,
                  request_id: str, uses: list[Use]) -> list[Result]:
    """The results, one per use in order, if ``key`` signed them for this request; else
    :class:`WireError`."""
    bodies, signature_b64 = data.get("results"), data.get("signature")
    if not isinstance(bodies, list) or len(bodies) != len(uses):
        raise WireError("not one result per use")
    results = [_result(item) for item in bodies]
    if [(r.ticket_id, r.office) for r in results] != [(u.ticket_id, u.office) for u in uses]:
        raise WireError("results name other tickets")
    try:
        signature = base64.b64decode(str(signature_b64), validate=True)
        key.verify(signature, _signed_bytes(station_id, request_id, bodies))
    except (binascii.Error, ValueError, InvalidSignature, CanonicalError):
        raise WireError("the answer's signature does not verify with the pinned key",
                        reason="forged") from None
    return results
