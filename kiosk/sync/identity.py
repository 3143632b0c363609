"""The central service's identity answer (``kiosk-identity/1``), shared by the central and
``kiosk doctor``.

``GET /v1/identity?challenge=<32 hex>`` answers the service's two public keys and its clock,
signed with its Ed25519 receipt key over the canonical JSON prefixed by
``kiosk-identity/1\\n``::

    {"format": "kiosk-identity/1", "challenge", "packet_key": base64 X25519,
     "signing_key": base64 Ed25519, "time_ms": Unix milliseconds}

The fresh challenge makes a recorded answer useless; the prefix keeps the signature from ever
passing for a receipt or a ticket answer. One cheap request: no database, no station
signature (the keys are public), inside the service's overload limits.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.canonical import CanonicalError, canonical_bytes

FORMAT = "kiosk-identity/1"
PREFIX = FORMAT.encode() + b"\n"
PATH = "/v1/identity"
CHALLENGE = re.compile(r"[0-9a-f]{32}")
_FIELDS = frozenset({"format", "challenge", "packet_key", "signing_key", "time_ms"})
_TIME_MS = (1_577_836_800_000, 4_102_444_800_000)   # 2020 .. 2100


class IdentityError(ValueError):
    """An identity answer that is malformed or whose signature does not verify."""


@dataclass(frozen=True)
class Identity:
    packet_key: str     # base64, as sync.central_public_key is written
    signing_key: str    # base64, as sync.central_signing_key is written
    time_s: float


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def sign(signing_key: Ed25519PrivateKey, packet_key_raw: bytes, signing_key_raw: bytes,
         challenge: str, now_s: float) -> dict[str, Any]:
    """The answer's JSON: the identity and its signature."""
    body = {"format": FORMAT, "challenge": challenge, "packet_key": _b64(packet_key_raw),
            "signing_key": _b64(signing_key_raw), "time_ms": int(now_s * 1000)}
    return {"identity": body,
            "signature": _b64(signing_key.sign(PREFIX + canonical_bytes(body)))}


def read(data: dict[str, Any], challenge: str) -> tuple[Identity, bytes, bytes]:
    """(identity, signed bytes, signature) of a well-formed answer to ``challenge``, not yet
    verified; :class:`IdentityError` otherwise."""
    body, signature_b64 = data.get("identity"), data.get("signature")
    if not isinstance(body, dict) or set(body) != _FIELDS or body["format"] != FORMAT:
        raise IdentityError("not a kiosk-identity/1 answer")
    if body["challenge"] != challenge:
        raise IdentityError("the answer is not for this challenge")
    when = body["time_ms"]
    if (isinstance(when, bool) or not isinstance(when, int)
            or not _TIME_MS[0] <= when <= _TIME_MS[1]
            or not all(isinstance(body[k], str) and len(body[k]) <= 64
                       for k in ("packet_key", "signing_key"))):
        raise IdentityError("a field of the wrong type or range")
    try:
        signature = base64.b64decode(str(signature_b64), validate=True)
        signed = PREFIX + canonical_bytes(body)
    except (binascii.Error, ValueError, CanonicalError):
        raise IdentityError("no readable signature") from None
    return Identity(body["packet_key"], body["signing_key"], when / 1000.0), signed, signature


def verifies(key: Ed25519PublicKey, signed: bytes, signature: bytes) -> bool:
    """Whether ``key`` made ``signature`` over ``signed``."""
    try:
        key.verify(signature, signed)
    except InvalidSignature:
        return False
    return True
