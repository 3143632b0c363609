"""The office's ticket-signing key pair (Ed25519, PEM files).

The guidance station holds the private key (``tickets.office_private_key``, mode 600); every
capture desk holds the public key (``tickets.office_public_key``) and trusts the tickets it
verifies. ``kiosk tickets keygen DIR`` makes a pair.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from kiosk.errors import KioskError

PRIVATE_NAME = "office-ticket-private.pem"
PUBLIC_NAME = "office-ticket-public.pem"


class OfficeKeyError(KioskError):
    """The office private key is not configured, missing, readable by others or not a key."""

    message_key = "ticket.private_key_invalid"


def generate_office_keys(folder: Path) -> tuple[Path, Path]:
    """Write a new pair into ``folder``: private key (0600, PKCS#8) and public key (SPKI).

    Never replaces an existing key (a desk would silently stop trusting earlier tickets).
    """
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise OfficeKeyError(f"{path} exists; move it away to make a new office key pair",
                                 message_key="ticket.keys_exist", path=str(path))
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def load_office_private_key(path: str) -> Ed25519PrivateKey:
    """The office private key from ``path``; raises :class:`OfficeKeyError` saying what is wrong."""
    if not path:
        raise OfficeKeyError("no office private key is configured (tickets.office_private_key)",
                             message_key="ticket.no_private_key")
    file = Path(path)
    try:
        mode = file.stat().st_mode
        data = file.read_bytes()
    except FileNotFoundError:
        raise OfficeKeyError(f"the office private key {path} does not exist",
                             message_key="ticket.private_key_missing", path=path) from None
    except OSError as exc:
        raise OfficeKeyError(f"cannot read the office private key {path}: {exc.strerror}",
                             message_key="ticket.private_key_missing", path=path) from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise OfficeKeyError(f"the office private key {path} can be read by other users "
                             f"(mode {stat.S_IMODE(mode):o}); chmod 600 it",
                             message_key="ticket.private_key_insecure", path=path)
    if b"PUBLIC KEY" in data and b"PRIVATE KEY" not in data:
        raise OfficeKeyError(f"{path} holds a public key; tickets.office_private_key needs "
                             "the private one", message_key="ticket.private_key_invalid",
                             path=path)
    try:
        key = load_pem_private_key(data, password=None)
    except TypeError:
        raise OfficeKeyError(f"{path} is encrypted with a passphrase; use an unencrypted "
                             "key file readable only by the kiosk user",
                             message_key="ticket.private_key_invalid", path=path) from None
    except ValueError as exc:
        raise OfficeKeyError(f"{path} is not a PEM private key: {exc}",
                             message_key="ticket.private_key_invalid", path=path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise OfficeKeyError(f"{path} is a {type(key).__name__}, not an Ed25519 key",
                             message_key="ticket.private_key_invalid", path=path)
    return key
