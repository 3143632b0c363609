"""Signed requests: a station signs method, path, time, a nonce and the body hash with its
Ed25519 key; the central service checks the key, a +-5 minute clock window and nonce reuse."""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

HEADER_STATION = "X-Station-Id"
HEADER_TIME = "X-Request-Time"
HEADER_NONCE = "X-Request-Nonce"
HEADER_SIGNATURE = "X-Signature"
MAX_SKEW_SECONDS = 300


def signing_text(method: str, path: str, timestamp: int, nonce: str, body: bytes,
                 body_sha256: str | None = None) -> bytes:
    """What the signature covers: one line each, the body as its SHA-256 (``body_sha256``:
    that hash if the caller already has it)."""
    return "\n".join(["kiosk-request/1", method.upper(), path, str(timestamp), nonce,
                      body_sha256 or hashlib.sha256(body).hexdigest()]).encode()


def sign_headers(key: Ed25519PrivateKey, station_id: str, method: str, path: str, body: bytes,
                 timestamp: float, body_sha256: str | None = None) -> dict[str, str]:
    """Headers that authenticate one request (fresh nonce each time)."""
    nonce = os.urandom(16).hex()
    ts = int(timestamp)
    signature = key.sign(signing_text(method, path, ts, nonce, body, body_sha256))
    return {HEADER_STATION: station_id, HEADER_TIME: str(ts), HEADER_NONCE: nonce,
            HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii")}
