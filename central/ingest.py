"""Storing one packet: verify (signature before any parsing), validate, store once."""

from __future__ import annotations

import binascii
import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from central.faults import Faults
from central.limits import Limits
from central.store import CentralStore, StoredEnrollment
from kiosk.sync import receipt
from kiosk.sync.packet import (
    PacketError,
    decrypt_packet,
    parse_manifest,
    validate,
    verify,
    verify_body,
)

IMPORT = "*"    # station_id of an import: the signer named in the packet


@dataclass
class CentralConfig:
    store: CentralStore
    private_key: X25519PrivateKey
    max_packet_bytes: int = 20 * 1024 * 1024
    processing_delay_s: float = 0.0
    faults: Faults | None = None
    signing_key: Ed25519PrivateKey = field(kw_only=True)   # signs receipts
    read_timeout_s: float = field(default=30.0, kw_only=True)

    @property
    def limits(self) -> Limits:
        """Packets over the cap are hashed for their signed refusal, up to twice the cap (at
        least 1 MiB more); a longer body is cut off unread."""
        cut = max(2 * self.max_packet_bytes, self.max_packet_bytes + 1024 * 1024)
        return Limits(self.max_packet_bytes, cut, self.read_timeout_s)

    def receipt(self, enrollment_id: str, station_id: str, sha256: str, status: str,
                reason: str | None) -> dict[str, Any]:
        """The signed receipt fields for an answer about one packet."""
        return receipt.sign(self.signing_key, enrollment_id=enrollment_id,
                            station_id=station_id, sha256=sha256, status=status,
                            reason=reason, at=time.time()).wire()


def ingest(config: CentralConfig, enrollment_id: str, station_id: str, key: str, body: bytes,
           source: str = "upload") -> tuple[int, dict[str, Any], str]:
    """Verify, validate and store one packet idempotently: (HTTP status, JSON body, the
    station the packet is stored under). ``station_id`` is the authenticated uploader, or
    :data:`IMPORT` for an import (then the packet's signer)."""
    digest = hashlib.sha256(body).hexdigest()
    if key != f"{enrollment_id}:{digest}":
        return 422, {"reason": "idempotency_key_mismatch"}, station_id
    if station_id != IMPORT:
        existing = config.store.get(station_id, enrollment_id)
        if existing is not None:
            return *_existing(existing, digest), station_id
    if len(body) > config.max_packet_bytes:
        return 413, {"reason": "packet_too_large"}, station_id
    try:
        manifest, signer = _opened(config, station_id, body)
        if manifest.get("enrollment_id") != enrollment_id:
            raise PacketError("id mismatch", reason="enrollment_id_mismatch")
    except PacketError as exc:
        return 400, {"reason": exc.reason}, station_id
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error):
        return 400, {"reason": "bad_body"}, station_id
    rejection = validate(manifest)
    created, row = config.store.insert(
        enrollment_id, signer, digest, key, "rejected" if rejection else "processing",
        rejection, source, body)
    if not created:
        return *_existing(row, digest), signer
    return 201, {"id": enrollment_id, "sha256": digest, "status": row.status}, signer


def _opened(config: CentralConfig, station_id: str, body: bytes) -> tuple[dict[str, Any], str]:
    """The verified manifest and its signer. An upload's signature is checked with the
    uploader's key before the body is parsed; an import's body is parsed (depth-bounded) to
    learn the signer, then checked."""
    inner, signature = decrypt_packet(body, config.private_key)
    if station_id == IMPORT:
        manifest = parse_manifest(inner)
        signer = manifest.get("station_id")
        if not isinstance(signer, str):
            raise PacketError("no station", reason="station_mismatch")
        public = _station_public(config, signer)
    else:
        signer, public = station_id, _station_public(config, station_id)
        verify_body(inner, signature, public)
        manifest = parse_manifest(inner)
    if manifest.get("station_id") != signer:
        raise PacketError("station mismatch", reason="station_mismatch")
    verify(manifest, inner, signature, public)
    return manifest, signer


def _station_public(config: CentralConfig, station_id: str) -> Ed25519PublicKey:
    raw = config.store.station_key(station_id)
    if raw is None:
        raise PacketError("unknown station", reason="unknown_station")
    return Ed25519PublicKey.from_public_bytes(raw)


def _existing(row: StoredEnrollment, digest: str) -> tuple[int, dict[str, Any]]:
    if row.sha256 == digest:
        return 200, {"id": row.id, "sha256": digest, "status": row.status}
    return 422, {"reason": "different_packet_for_id"}
