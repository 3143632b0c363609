"""Signed receipts (``kiosk-receipt/1``): the central service's word that it holds a packet.

The central service signs, with its Ed25519 receipt key, the canonical JSON (UTF-8, sorted
keys, separators ``(",", ":")``) of::

    {"format": "kiosk-receipt/1", "enrollment_id", "station_id", "sha256", "status",
     "reason", "time"}

prefixed by ``kiosk-receipt/1\\n``. ``status`` is ``stored`` (PUT answers) or the decision of
a GET answer (``processing``, ``accepted``, ``rejected``); ``reason`` a string or null;
``time`` Unix seconds. Answers carry it as ``"receipt"`` (the object) and
``"receipt_signature"`` (base64). A station verifies it with the pinned key
(``sync.central_signing_key``) and against the packet it actually sent before it believes
anything, and keeps it: purging biometric data needs a stored ``accepted`` receipt that
still verifies.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.canonical import CanonicalError, canonical_bytes
from kiosk.domain.errors import KioskError
from kiosk.domain.vocabulary import ReceiptStatus

FORMAT = "kiosk-receipt/1"
PREFIX = FORMAT.encode() + b"\n"
STATUSES = tuple(ReceiptStatus)
FIELDS = frozenset({"format", "enrollment_id", "station_id", "sha256", "status", "reason",
                    "time"})
MAX_REASON_CHARS = 200
_TIME_RANGE = (1_577_836_800, 4_102_444_800)   # 2020-01-01 .. 2100-01-01 UTC


class ReceiptError(KioskError):
    """A missing, malformed, forged or mismatched receipt (the answer is not believed)."""

    message_key = "sync.bad_receipt"




@dataclass(frozen=True)
class Receipt:
    enrollment_id: str
    station_id: str
    sha256: str
    status: str
    reason: str | None
    time: int
    signature: bytes

    def body(self) -> dict[str, Any]:
        return {"format": FORMAT, "enrollment_id": self.enrollment_id,
                "station_id": self.station_id, "sha256": self.sha256, "status": self.status,
                "reason": self.reason, "time": self.time}

    def text(self) -> str:
        """The signed canonical JSON, as stored by the station."""
        return canonical_bytes(self.body()).decode()

    def signature_b64(self) -> str:
        return base64.b64encode(self.signature).decode("ascii")

    def wire(self) -> dict[str, Any]:
        """The fields an answer carries."""
        return {"receipt": self.body(), "receipt_signature": self.signature_b64()}


def sign(key: Ed25519PrivateKey, *, enrollment_id: str, station_id: str, sha256: str,
         status: str, reason: str | None, at: float) -> Receipt:
    """A receipt signed by the central service's receipt key."""
    if status not in STATUSES:
        raise ValueError(f"no receipt status {status!r}")
    unsigned = Receipt(enrollment_id, station_id, sha256, status,
                       reason[:MAX_REASON_CHARS] if reason else None, int(at), b"")
    signature = key.sign(PREFIX + canonical_bytes(unsigned.body()))
    return replace(unsigned, signature=signature)


def _parse(body: object, signature_b64: object) -> Receipt:
    """A well-formed receipt object and signature, not yet verified."""
    if not isinstance(body, dict) or set(body) != FIELDS:
        raise ReceiptError("no receipt, or a receipt with other fields", reason="malformed")
    strings = ("enrollment_id", "station_id", "sha256", "status")
    reason, when = body["reason"], body["time"]
    if (body["format"] != FORMAT or not all(isinstance(body[k], str) for k in strings)
            or body["status"] not in STATUSES
            or not (reason is None or (isinstance(reason, str)
                                       and len(reason) <= MAX_REASON_CHARS))
            or isinstance(when, bool) or not isinstance(when, int)
            or not _TIME_RANGE[0] <= when <= _TIME_RANGE[1]):
        raise ReceiptError("malformed receipt", reason="malformed")
    if not isinstance(signature_b64, str) or len(signature_b64) > 200:
        raise ReceiptError("no receipt signature", reason="unsigned")
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError):
        raise ReceiptError("receipt signature is not base64", reason="unsigned") from None
    if len(signature) != 64:
        raise ReceiptError("receipt signature has the wrong length", reason="unsigned")
    return Receipt(body["enrollment_id"], body["station_id"], body["sha256"], body["status"],
                   reason, when, signature)


def verify(body: object, signature_b64: object, key: Ed25519PublicKey, *, enrollment_id: str,
           sha256: str, status: str | Collection[str], station_id: str | None = None
           ) -> Receipt:
    """The receipt, if ``key`` signed it and it names this enrollment, the sha256 of the packet
    this station sent, an expected status (and ``station_id`` when given); else
    :class:`ReceiptError` (its ``reason`` param says which check failed)."""
    receipt = _parse(body, signature_b64)
    try:
        key.verify(receipt.signature, PREFIX + canonical_bytes(receipt.body()))
    except InvalidSignature:
        raise ReceiptError("receipt signature does not verify with the pinned key",
                           reason="forged") from None
    expected = (status,) if isinstance(status, str) else tuple(status)
    if receipt.enrollment_id != enrollment_id:
        raise ReceiptError("receipt names another enrollment", reason="other_enrollment")
    if receipt.sha256 != sha256:
        raise ReceiptError("receipt names another packet", reason="other_packet")
    if station_id is not None and receipt.station_id != station_id:
        raise ReceiptError("receipt names another station", reason="other_station")
    if receipt.status not in expected:
        raise ReceiptError(f"receipt status {receipt.status!r} is not what the answer says",
                           reason="other_status")
    return receipt


def verify_stored(text: str, signature_b64: str, key: Ed25519PublicKey, *,
                  enrollment_id: str, sha256: str, status: str) -> Receipt:
    """Verify a receipt as the station stored it (its canonical text and signature)."""
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        raise ReceiptError("stored receipt is unreadable", reason="malformed") from None
    try:
        canonical = isinstance(body, dict) and canonical_bytes(body).decode() == text
    except CanonicalError:
        canonical = False
    if not canonical:
        raise ReceiptError("stored receipt is not canonical", reason="malformed")
    return verify(body, signature_b64, key, enrollment_id=enrollment_id, sha256=sha256,
                  status=status)


def public_key(text: str, where: str = "sync.central_signing_key") -> Ed25519PublicKey:
    """Parse a base64 raw Ed25519 public key (``sync.central_signing_key``)."""
    from kiosk.sync.keys import SyncKeyError

    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text.strip(), validate=True))
    except (binascii.Error, ValueError):
        raise SyncKeyError(f"{where} is not a base64 Ed25519 public key",
                           where=where) from None
