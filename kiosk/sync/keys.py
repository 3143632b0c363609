"""The station's Ed25519 signing key (made on first start, a 0600 file beside the data key) and
the central service's X25519 public key (from configuration).

The key file is created atomically (a full disk leaves no empty or partial key) and never
replaced, except by ``kiosk sync rekey`` (:mod:`kiosk.sync.station_key`), which keeps the old file.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from kiosk.domain.errors import KioskError

STATION_KEY_FILE = "station-ed25519.pem"
REKEY_COMMAND = "kiosk sync rekey"


class SyncKeyError(KioskError):
    message_key = "sync.key_invalid"


def station_key_path(data_dir: Path) -> Path:
    return data_dir / STATION_KEY_FILE


def station_key(data_dir: Path, *, create: bool = True) -> Ed25519PrivateKey:
    """Load the station signing key; when there is none, make it (``create``, mode 0600,
    atomically, never replacing a key) or raise :class:`SyncKeyError`."""
    path = station_key_path(data_dir)
    key = read_station_key(path)
    if key is not None:
        return key
    if not create:
        raise SyncKeyError(f"the station key {path} is missing", where=str(path))
    key = Ed25519PrivateKey.generate()
    try:
        _publish(data_dir, key, replace=False)
        return key
    except FileExistsError:  # another process made it first: use theirs
        return station_key(data_dir, create=False)


def read_station_key(path: Path) -> Ed25519PrivateKey | None:
    """The key in ``path``, None when there is no file; :class:`SyncKeyError` when the file is
    empty, damaged, unreadable or holds another kind of key."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SyncKeyError(f"cannot read the station key {path}: {exc.strerror}",
                           where=str(path)) from None
    fix = (f"restore it from a backup, or run '{REKEY_COMMAND}' to make a new key and "
           "register it at the central service")
    if not data.strip():
        raise SyncKeyError(f"the station key {path} is empty ({len(data)} bytes; an "
                           f"interrupted creation?); {fix}", where=str(path))
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise SyncKeyError(f"the station key {path} is damaged ({exc}); {fix}",
                           where=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SyncKeyError(f"the station key {path} is not an Ed25519 key; {fix}",
                           where=str(path))
    return key


def new_station_key(data_dir: Path) -> tuple[Ed25519PrivateKey, Path | None]:
    """A new key in place of the current one (``kiosk sync rekey``): the old file, if any
    (damaged or not), is kept beside it as ``station-ed25519.pem.replaced-<UTC time>``.
    Returns the key and where the old file went."""
    key = Ed25519PrivateKey.generate()
    try:
        return key, _publish(data_dir, key, replace=True)
    except FileExistsError:
        path = station_key_path(data_dir)
        raise SyncKeyError(f"another program created {path} meanwhile; run "
                           f"'{REKEY_COMMAND}' again", where=str(path)) from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _publish(data_dir: Path, key: Ed25519PrivateKey, *, replace: bool) -> Path | None:
    """Write ``key`` to a temporary file in the same folder, fsync it, link it into place
    (never over an existing key; with ``replace`` the existing one is first renamed aside:
    returns where) and fsync the folder. On any failure (a full disk) no new key file and no
    temporary file is left: the next start tries again."""
    path = station_key_path(data_dir)
    aside = None
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    temp = data_dir / f".{STATION_KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            _write_all(fd, pem)
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace and os.path.lexists(path):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            aside = path.with_name(f"{STATION_KEY_FILE}.replaced-{stamp}")
            os.rename(path, aside)
        try:
            os.link(temp, path)  # atomic, and fails rather than replace a key made meanwhile
        except OSError:
            if aside is not None:
                os.rename(aside, path)
            raise
        _fsync_dir(data_dir)
    except FileExistsError:
        raise
    except OSError as exc:
        raise SyncKeyError(f"cannot create the station key {path}: {exc.strerror or exc}",
                           where=str(path)) from None
    finally:
        temp.unlink(missing_ok=True)
    return aside


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def public_b64(key: Ed25519PrivateKey | X25519PublicKey | Ed25519PublicKey) -> str:
    """Raw public key, base64 (what `kiosk-central stations add` takes)."""
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
