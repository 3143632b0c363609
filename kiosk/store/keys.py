"""Where the data key lives: the OS keyring when a real one is available, else a key file
readable only by the user. Never inside the database.

Each place is a :class:`KeyProvider` in :data:`PROVIDERS` (``storage.key_backend`` names
one). The data key opens everything: the SQLCipher database (through a key derived from it,
``kiosk.store.database.sqlcipher_key``), the biometric payloads and the keyed audit chains.
A provider protected by the operating system or a TPM (Windows DPAPI / CNG with the TPM
platform provider, systemd-creds with ``--with-key=tpm2``, a PKCS#11 token) plugs in as a
class with ``load`` and ``create`` registered with :func:`register_provider` (or the
``kiosk.key_providers`` entry point group); see docs/stations.md.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.store.crypto import KEY_BYTES, new_key
from kiosk.store.errors import DataDirNotWritable, DiskFull, KeyMissing, StoreError

log = logging.getLogger(__name__)

KEY_FILE_NAME = "data.key"
KEYRING_SERVICE = "enrollment-kiosk"


@dataclass(frozen=True)
class KeyLocation:
    """Which backend holds the key, and where (file path or keyring entry name)."""

    backend: str
    where: str


class KeyProvider(Protocol):
    """A place that keeps the 32-byte data key of one data folder."""

    def load(self, data_dir: Path) -> tuple[bytes | None, KeyLocation]:
        """The stored key (None when there is none yet) and where it is kept."""

    def create(self, data_dir: Path) -> tuple[bytes, KeyLocation]:
        """Make, store and return a new key; never overwrites an existing one."""


def _keyring_entry(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"data-key-{digest}"


def keyring_usable() -> bool:
    """True when a real OS keyring backend (not the fail/null one) is configured."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation behaves as none
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def choose_backend(setting: str, data_dir: Path | None = None) -> str:
    """Resolve the ``storage.key_backend`` option. 'auto': a data folder whose key is
    already in its ``data.key`` file keeps the file (the keyring is not even imported: its
    backend discovery costs the kiosk's first screen ~0.2 s of CPU); otherwise the keyring
    when a real one is usable, else the file."""
    if setting == "auto":
        if data_dir is not None and (data_dir / KEY_FILE_NAME).is_file():
            return "file"
        return "keyring" if keyring_usable() else "file"
    return setting


class KeyringProvider:
    """The OS keyring (Secret Service, Windows Credential Manager, macOS Keychain)."""

    def load(self, data_dir: Path) -> tuple[bytes | None, KeyLocation]:
        return _load_keyring(data_dir)

    def create(self, data_dir: Path) -> tuple[bytes, KeyLocation]:
        return _create_keyring(data_dir)


class FileProvider:
    """``data.key`` in the data folder, mode 600 (refused when others can read it)."""

    def load(self, data_dir: Path) -> tuple[bytes | None, KeyLocation]:
        return _load_file(data_dir)

    def create(self, data_dir: Path) -> tuple[bytes, KeyLocation]:
        return _create_file(data_dir)


PROVIDERS: dict[str, KeyProvider] = {"keyring": KeyringProvider(), "file": FileProvider()}


def register_provider(name: str, provider: KeyProvider) -> None:
    """Add a key provider (e.g. one protected by the OS or a TPM) under ``name``."""
    PROVIDERS[name] = provider


def provider(backend: str) -> KeyProvider:
    """The provider for a resolved backend name (entry points are looked up once)."""
    if backend not in PROVIDERS:
        from importlib.metadata import entry_points

        for point in entry_points(group="kiosk.key_providers"):
            if point.name == backend:
                register_provider(backend, point.load()())
    if backend not in PROVIDERS:
        raise StoreError(f"no key provider named {backend!r} (known: "
                         f"{', '.join(sorted(PROVIDERS))})", message_key="store.key_unreadable",
                         where=backend)
    return PROVIDERS[backend]


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise StoreError(f"the data key at {where} is malformed", message_key="store.key_malformed",
                         where=where)
    return key


def load_key(data_dir: Path, backend: str) -> tuple[bytes | None, KeyLocation]:
    """The stored key (or None if there is none) and where it is kept."""
    return provider(backend).load(data_dir)


def create_key(data_dir: Path, backend: str) -> tuple[bytes, KeyLocation]:
    """Make and store a new key; refuses to overwrite an existing one."""
    return provider(backend).create(data_dir)


def _load_keyring(data_dir: Path) -> tuple[bytes | None, KeyLocation]:
    import keyring

    entry = _keyring_entry(data_dir)
    where = KeyLocation("keyring", f"{KEYRING_SERVICE}/{entry}")
    try:
        text = keyring.get_password(KEYRING_SERVICE, entry)
    except Exception as exc:
        raise StoreError(f"the OS keyring failed: {exc}", message_key="store.keyring_failed"
                         ) from None
    return (_decode(text, where.where) if text else None), where


def _load_file(data_dir: Path) -> tuple[bytes | None, KeyLocation]:
    path = data_dir / KEY_FILE_NAME
    where = KeyLocation("file", str(path))
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None, where
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read the key file {path}: {exc}",
                         message_key="store.key_unreadable", where=str(path)) from None
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise StoreError(f"the key file {path} is readable by other users; "
                         f"run: chmod 600 {path}", message_key="store.key_insecure",
                         where=str(path))
    return _decode(text, str(path)), where


def _create_keyring(data_dir: Path) -> tuple[bytes, KeyLocation]:
    import keyring

    key = new_key()
    entry = _keyring_entry(data_dir)
    keyring.set_password(KEYRING_SERVICE, entry, base64.b64encode(key).decode("ascii"))
    log.info("created a new data key in the OS keyring")
    return key, KeyLocation("keyring", f"{KEYRING_SERVICE}/{entry}")


def _create_file(data_dir: Path) -> tuple[bytes, KeyLocation]:
    key = new_key()
    text = base64.b64encode(key).decode("ascii")
    path = data_dir / KEY_FILE_NAME
    temp = data_dir / f".{KEY_FILE_NAME}.{os.getpid()}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, text.encode("ascii") + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        # link() publishes the complete file atomically and never replaces an existing key
        os.link(temp, path)
        _fsync_dir(data_dir)
    except FileExistsError:
        raise StoreError(f"a key file already exists at {path}",
                         message_key="store.key_exists") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:   # the disk-full sentence, not the read-only one
            raise DiskFull(f"cannot create the key file {path}: {exc.strerror}",
                           path=str(path)) from None
        raise DataDirNotWritable(f"cannot create the key file {path}: {exc.strerror}",
                                 path=str(path)) from None
    finally:
        temp.unlink(missing_ok=True)
    log.info("created a new data key file at %s", path)
    return key, KeyLocation("file", str(path))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def require_key(data_dir: Path, backend: str) -> tuple[bytes, KeyLocation]:
    """The existing key, or :class:`KeyMissing` explaining where it was expected."""
    key, where = load_key(data_dir, backend)
    if key is None:
        raise KeyMissing(
            f"the database in {data_dir} holds encrypted data but its key is missing from "
            f"{where.backend} ({where.where}); restore the key or the station cannot read its "
            "records", where=where.where)
    return key, where
