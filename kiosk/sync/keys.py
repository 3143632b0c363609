"""The station's Ed25519 signing key (made on first start, a 0600 file beside the data key) and
the central service's X25519 public key (from configuration)."""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from kiosk.errors import KioskError

STATION_KEY_FILE = "station-ed25519.pem"


class SyncKeyError(KioskError):
    message_key = "sync.key_invalid"


def station_key(data_dir: Path) -> Ed25519PrivateKey:
    """Load the station signing key, creating it (mode 0600, never overwritten) if missing."""
    path = data_dir / STATION_KEY_FILE
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return station_key(data_dir)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        return key
    except (ValueError, TypeError) as exc:
        raise SyncKeyError(f"the station key {path} is damaged: {exc}", where=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SyncKeyError(f"the station key {path} is not an Ed25519 key", where=str(path))
    return key


def public_b64(key: Ed25519PrivateKey | X25519PublicKey | Ed25519PublicKey) -> str:
    """Raw public key, base64 (what `kiosk-central register-station` takes)."""
    from kiosk.sync.packet import raw_public

    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(raw_public(pub)).decode("ascii")


def central_public(text: str) -> X25519PublicKey:
    """Parse ``sync.central_public_key`` (base64 of the raw 32-byte X25519 key)."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise SyncKeyError("sync.central_public_key is not a base64 X25519 public key",
                           where="sync.central_public_key") from None
