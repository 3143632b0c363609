"""Enrollment packets: built from the store, signed by the station, sealed to the central service.

Format ``kiosk-packet/1`` (see docs/packet-format.md)::

    sealed  = b"KPK1" || ephemeral X25519 public key (32) || nonce (12) || AES-256-GCM(inner)
    inner   = Ed25519 signature (64) || body
    body    = canonical JSON (UTF-8, sorted keys, no spaces) of the manifest

The AES key is HKDF-SHA256(X25519(ephemeral, central), salt = ephemeral pub || central pub,
info = b"kiosk-packet/1"); the 4-byte magic plus the ephemeral key is the GCM associated data.
The signature covers b"kiosk-packet/1\\n" || body. Once sealed, only the holder of the central
private key can read the packet: the station keeps no way to open it.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.desk import codec
from kiosk.domain.canonical import canonical_bytes
from kiosk.domain.errors import KioskError
from kiosk.store import approvals
from kiosk.store.repository import Repository, detail_text, event_hash

FORMAT = "kiosk-packet/1"
MAGIC = b"KPK1"
_INFO = FORMAT.encode()
_SIG_PREFIX = FORMAT.encode() + b"\n"
# a JSON string (skipped whole) or one bracket
_BRACKETS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class PacketError(KioskError):
    """A packet that cannot be opened, verified or validated; ``reason`` is machine-readable."""

    message_key = "sync.packet_invalid"

    @property
    def reason(self) -> str:
        return str(self.params.get("reason", "invalid"))


@dataclass(frozen=True, repr=False)
class SealedPacket:
    enrollment_id: str
    data: bytes

    @functools.cached_property
    def sha256(self) -> str:
        """Hex SHA-256 of the sealed bytes (computed once: the key and the request signature
        both need it, and the worker computes it ahead, while the previous upload is out)."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def idempotency_key(self) -> str:
        return f"{self.enrollment_id}:{self.sha256}"

    def __repr__(self) -> str:
        return f"SealedPacket({self.enrollment_id!r}, bytes={len(self.data)})"


def raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def build_manifest(repo: Repository, enrollment_id: str) -> dict[str, Any]:
    """Everything the central service needs about one enrollment, payloads decrypted; every
    capture field is encoded by :mod:`kiosk.desk.codec` (the desk's own records)."""
    record = repo.get(enrollment_id)
    e = record.enrollment
    biometrics = []
    for info in record.biometrics:
        payload = repo.load_payload(enrollment_id, info.id)
        sample = codec.from_stored(info.kind, info.position, info.quality, info.meta, payload)
        biometrics.append(codec.to_manifest(sample, info.id))
    events = repo.events(enrollment_id)
    audit = [{k: ev[k] for k in ("at", "actor", "event", "from_state", "to_state", "detail",
                                 "hash")} for ev in events]
    return {
        "format": FORMAT, "enrollment_id": e.id, "station_id": e.station_id,
        "officer_id": e.officer_id, "state": str(e.state), "created_at": e.created_at.isoformat(),
        "finalized_at": e.updated_at.isoformat(), "demographics": dict(record.applicant),
        "biometrics": biometrics,
        "fingerprints": codec.state_to_manifest(codec.fingerprint_state(events)),
        "approvals": [codec.register_row_to_manifest(r)
                      for r in approvals.for_enrollment(repo, enrollment_id)],
        "audit": audit,
    }


def seal(manifest: dict[str, Any], station_key: Ed25519PrivateKey,
         central_public: X25519PublicKey) -> SealedPacket:
    """Sign the manifest with the station key and encrypt it to the central service."""
    return SealedPacket(manifest["enrollment_id"],
                        seal_bytes(canonical_bytes(manifest), station_key, central_public))


def seal_bytes(body: bytes, station_key: Ed25519PrivateKey,
               central_public: X25519PublicKey) -> bytes:
    """Sign ``body`` (the canonical manifest) and encrypt it to the central service."""
    inner = station_key.sign(_SIG_PREFIX + body) + body
    ephemeral = X25519PrivateKey.generate()
    eph_pub = raw_public(ephemeral.public_key())
    key = _derive(ephemeral.exchange(central_public), eph_pub, raw_public(central_public))
    nonce = os.urandom(12)
    return MAGIC + eph_pub + nonce + AESGCM(key).encrypt(nonce, inner, MAGIC + eph_pub)


def _derive(shared: bytes, eph_pub: bytes, central_pub: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, eph_pub + central_pub, _INFO).derive(shared)


MAX_JSON_DEPTH = 32   # a manifest nests 4 deep; anything far deeper is refused unparsed


def decrypt_packet(data: bytes, central_key: X25519PrivateKey) -> tuple[bytes, bytes]:
    """Decrypt only: (body, signature), nothing parsed (see :func:`verify_body`)."""
    if len(data) < 4 + 32 + 12 + 16 + 64 or data[:4] != MAGIC:
        raise PacketError("not a kiosk-packet/1 packet", reason="bad_format")
    eph_pub, nonce, ct = data[4:36], data[36:48], data[48:]
    try:
        shared = central_key.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError:  # a low-order (e.g. all-zero) ephemeral key
        raise PacketError("packet has an invalid ephemeral key", reason="decrypt_failed") from None
    key = _derive(shared, eph_pub, raw_public(central_key.public_key()))
    try:
        inner = AESGCM(key).decrypt(nonce, ct, MAGIC + eph_pub)
    except InvalidTag:
        raise PacketError("packet failed decryption (tampered or wrong key)",
                          reason="decrypt_failed") from None
    return inner[64:], inner[:64]


def verify_body(body: bytes, signature: bytes, station_public: Ed25519PublicKey) -> None:
    """The station's signature over the body, checked before the body is parsed."""
    try:
        station_public.verify(signature, _SIG_PREFIX + body)
    except InvalidSignature:
        raise PacketError("packet signature does not match the station key",
                          reason="bad_signature") from None


def parse_manifest(body: bytes, max_depth: int = MAX_JSON_DEPTH) -> dict[str, Any]:
    """The manifest JSON, refused when not JSON, nested deeper than ``max_depth`` or not a
    kiosk-packet/1 manifest."""
    if _nesting(body) > max_depth:
        raise PacketError("packet body nests too deep", reason="bad_body")
    try:
        manifest = json.loads(body)
    except (ValueError, RecursionError):
        raise PacketError("packet body is not JSON", reason="bad_body") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PacketError("unknown packet format", reason="bad_format")
    return manifest


def _nesting(body: bytes) -> int:
    """An upper bound of the JSON nesting depth, without parsing: brackets outside strings
    (base64 payloads hold none, so this is one pass of C-speed scans over the text)."""
    depth = deepest = 0
    for token in _BRACKETS.finditer(body):
        text = token.group()
        if text in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif text in (b"]", b"}"):
            depth -= 1
    return deepest


def verify(manifest: dict[str, Any], body: bytes, signature: bytes,
           station_public: Ed25519PublicKey) -> None:
    """Check the station signature, payload hashes and the audit hash chain."""
    verify_body(body, signature, station_public)
    for bio in manifest.get("biometrics", []):
        if hashlib.sha256(base64.b64decode(bio["data"])).hexdigest() != bio["sha256"]:
            raise PacketError(f"sample {bio['id']} does not match its hash", reason="bad_sample")
    audit = manifest.get("audit", [])
    if not (_chain_holds(audit, detail_text) or _chain_holds(audit, _legacy_detail_text)):
        raise PacketError("audit trail hash chain is broken", reason="bad_audit_chain")


def _legacy_detail_text(detail: dict[str, Any]) -> str:
    """How packets sealed before the canonical audit chain (store migration m007) encoded an
    event's detail for its hash. Such a packet is never resealed, so the service still accepts
    one whose whole chain holds under this encoding (only possible when every detail's keys
    were already in sorted order)."""
    return json.dumps(detail, ensure_ascii=False)


def _chain_holds(audit: list[dict[str, Any]], encode: Callable[[Any], str]) -> bool:
    """Whether every event's hash chains to the previous one, ``encode`` giving detail text."""
    previous = None
    try:
        for ev in audit:
            fields = [ev["at"], ev["actor"], ev["event"], ev["from_state"], ev["to_state"],
                      encode(ev["detail"])]
            if event_hash(previous, fields) != ev["hash"]:
                return False
            previous = ev["hash"]
    except (ValueError, TypeError, AttributeError):  # CanonicalError is a ValueError
        return False
    return True


def validate(manifest: dict[str, Any]) -> str | None:
    """Business validation at the central service: a rejection reason, or None when valid."""
    kinds = [b.get("kind") for b in manifest.get("biometrics", [])]
    if "face" not in kinds:
        return "missing_portrait"
    if not manifest.get("audit"):
        return "missing_audit_trail"
    return None
