"""AES-256-GCM sealing of biometric payloads, bound to the record they belong to.

Sealed layout: ``version (1 byte) || nonce (12 bytes) || ciphertext+tag``. The associated data
names the record (id and kind), so a payload copied onto another record fails to open.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.store.errors import PayloadTampered

KEY_BYTES = 32
_VERSION = b"\x01"
_NONCE_BYTES = 12
_KEY_CHECK_LABEL = b"enrollment-kiosk data key check v1"


def new_key() -> bytes:
    """A fresh random 256-bit data key."""
    return AESGCM.generate_key(bit_length=256)


def key_check(key: bytes) -> str:
    """A value stored in the database that tells whether ``key`` is the one it was made with.

    HMAC of a fixed label: reveals nothing about the key, and detects a changed key before any
    payload is decrypted into garbage.
    """
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


class PayloadCipher:
    """Seals and opens payloads with one data key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(key)

    @staticmethod
    def _aad(record_id: str, kind: str) -> bytes:
        return f"kiosk-payload|{record_id}|{kind}".encode()

    def seal(self, record_id: str, kind: str, plaintext: bytes) -> bytes:
        """Encrypt ``plaintext`` for the record ``record_id`` with a fresh nonce."""
        nonce = os.urandom(_NONCE_BYTES)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, self._aad(record_id, kind))

    def seal_all(self, items: list[tuple[str, str, bytes]]) -> list[bytes]:
        """:meth:`seal` of each (record id, kind, plaintext), their random nonces drawn in one
        call (a save seals eleven payloads; each nonce is still 96 random bits of its own)."""
        nonces = os.urandom(_NONCE_BYTES * len(items))
        encrypt, sealed = self._aead.encrypt, []
        for i, (record_id, kind, plaintext) in enumerate(items):
            nonce = nonces[i * _NONCE_BYTES:(i + 1) * _NONCE_BYTES]
            sealed.append(_VERSION + nonce + encrypt(nonce, plaintext, self._aad(record_id, kind)))
        return sealed

    def open(self, record_id: str, kind: str, sealed: bytes) -> bytes:
        """Decrypt a sealed payload; raises :class:`PayloadTampered` if anything was altered."""
        if len(sealed) < 1 + _NONCE_BYTES + 16 or sealed[:1] != _VERSION:
            raise PayloadTampered(f"payload of {record_id} is not a sealed payload",
                                  record_id=record_id)
        nonce, body = sealed[1:1 + _NONCE_BYTES], sealed[1 + _NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, body, self._aad(record_id, kind))
        except InvalidTag:
            raise PayloadTampered(
                f"payload of {record_id} failed authentication (altered, moved or wrong key)",
                record_id=record_id) from None
