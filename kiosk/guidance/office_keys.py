"""The office's ticket keys: two PEM files, one per station role, both secret (mode 600).

``kiosk tickets keygen DIR`` makes them from one new key set (docs/tickets.md):

- ``office-ticket-guidance.pem`` (the guidance station, ``tickets.office_private_key``): the
  Ed25519 private key that signs tickets and the X25519 public key they are sealed to;
- ``office-ticket-desk.pem`` (every capture desk, ``tickets.office_desk_key``): the X25519
  private key that opens tickets and the Ed25519 public key that verifies them.

Neither file alone can both read and forge tickets: the guidance station cannot open a ticket
once issued, and a desk cannot sign one.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key, load_pem_public_key

from kiosk.domain.errors import KioskError
from kiosk.domain.tickets import DeskKeys, IssuerKeys, generate_ticket_keys

GUIDANCE_NAME = "office-ticket-guidance.pem"
DESK_NAME = "office-ticket-desk.pem"
MAX_KEY_FILE = 16 * 1024
_BLOCK = re.compile(rb"-----BEGIN ([A-Z ]+)-----\r?\n.*?-----END \1-----\r?\n?", re.DOTALL)


class OfficeKeyError(KioskError):
    """An office ticket key file that is not configured, missing, readable by others or wrong."""

    message_key = "ticket.private_key_invalid"


def generate_office_keys(folder: Path) -> tuple[Path, Path]:
    """Write a new key set into ``folder``: the guidance station's file and the desks' file
    (both mode 600). Never replaces an existing file (tickets issued with it would no longer
    open)."""
    folder.mkdir(parents=True, exist_ok=True)
    guidance_path, desk_path = folder / GUIDANCE_NAME, folder / DESK_NAME
    for path in (guidance_path, desk_path):
        if path.exists():
            raise OfficeKeyError(f"{path} exists; move it away to make a new office key pair",
                                 message_key="ticket.keys_exist", path=str(path))
    issuer, desk = generate_ticket_keys()
    _write_secret(guidance_path, _private_pem(issuer.sign) + _public_pem(issuer.seal_to))
    _write_secret(desk_path, _private_pem(desk.open_with) + _public_pem(desk.verify))
    return guidance_path, desk_path


def _private_pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _public_pem(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def _write_secret(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def load_office_private_key(path: str) -> IssuerKeys:
    """The guidance station's keys from ``path`` (``tickets.office_private_key``)."""
    if not path:
        raise OfficeKeyError("no office private key is configured (tickets.office_private_key)",
                             message_key="ticket.no_private_key")
    private, public = _read_pair(path, "tickets.office_private_key", "ticket.private_key")
    if not isinstance(private, Ed25519PrivateKey) or not isinstance(public, X25519PublicKey):
        raise OfficeKeyError(f"{path} is not the guidance station's office key file "
                             f"({GUIDANCE_NAME}: an Ed25519 private key and an X25519 public "
                             "key); run 'kiosk tickets keygen'",
                             message_key="ticket.private_key_invalid", path=path)
    return IssuerKeys(private, public)


def load_office_desk_key(path: str) -> DeskKeys | None:
    """A desk's keys from ``path`` (``tickets.office_desk_key``); None when not configured."""
    if not path:
        return None
    private, public = _read_pair(path, "tickets.office_desk_key", "ticket.desk_key")
    if not isinstance(private, X25519PrivateKey) or not isinstance(public, Ed25519PublicKey):
        raise OfficeKeyError(f"{path} is not a desk's office key file ({DESK_NAME}: an X25519 "
                             "private key and an Ed25519 public key); run 'kiosk tickets "
                             "keygen'", message_key="ticket.desk_key_invalid", path=path)
    return DeskKeys(private, public)


def _read_pair(path: str, option: str, key_prefix: str) -> tuple[object, object]:
    """One private and one public key from a secret PEM file (checked mode 600 on POSIX)."""
    from kiosk.domain.safe_input import InputError, read_with_mode

    try:
        data, mode = read_with_mode(Path(path), MAX_KEY_FILE)
    except InputError as exc:
        missing = exc.message_key == "input.missing"
        raise OfficeKeyError(f"cannot read the office key file {path} ({option}): {exc}",
                             message_key=f"{key_prefix}_missing" if missing
                             else f"{key_prefix}_invalid", path=path) from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise OfficeKeyError(f"the office key file {path} can be read by other users "
                             f"(mode {stat.S_IMODE(mode):o}); chmod 600 it",
                             message_key=f"{key_prefix}_insecure", path=path)
    private, public = [], []
    for match in _BLOCK.finditer(data):
        label = match.group(1)
        try:
            if label == b"PRIVATE KEY":
                private.append(load_pem_private_key(match.group(0), password=None))
            elif label == b"PUBLIC KEY":
                public.append(load_pem_public_key(match.group(0)))
        except (TypeError, ValueError) as exc:
            raise OfficeKeyError(f"{path} holds a damaged or passphrase-protected key: {exc}",
                                 message_key=f"{key_prefix}_invalid", path=path) from None
    if len(private) != 1 or len(public) != 1:
        raise OfficeKeyError(f"{path} holds {len(private)} private and {len(public)} public "
                             f"keys, not one of each ({option}); run 'kiosk tickets keygen'",
                             message_key=f"{key_prefix}_invalid", path=path)
    return private[0], public[0]
