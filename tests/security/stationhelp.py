"""A station with accounts and finalized enrollments waiting to be sealed, for the probes."""

from __future__ import annotations

import base64
from pathlib import Path

from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from deskhelp import applicant, decision, face, fingers

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.desk.session import DeskSession
from kiosk.store.store import Store
from kiosk.sync.keys import public_b64

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
STATION = "HN-DESK-1"
SUPERVISOR, SUPERVISOR_PASSWORD = "sup.lan", "giám sát viên 2026"
OFFICER, OFFICER_PASSWORD = "off.an", "mật khẩu cán bộ 1"


def x25519_b64(key: X25519PrivateKey) -> str:
    return public_b64(key.public_key())


def new_key_b64() -> tuple[X25519PrivateKey, str]:
    key = X25519PrivateKey.generate()
    return key, x25519_b64(key)


def fake_signing_key() -> str:
    """A syntactically valid Ed25519 public key (32 bytes, base64)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def make_station(data: Path, waiting: int = 2) -> list[str]:
    """Accounts (a supervisor, an officer) and ``waiting`` finalized enrollments that have no
    sealed packet yet (the backlog the probe tried to divert)."""
    ids = []
    with Store.open(data, key_backend="file") as store:
        accounts = Accounts(store, hasher=FAST)
        accounts.create_first(SUPERVISOR, "Trần Thị Lan", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
        supervisor = accounts.authenticate(SUPERVISOR, SUPERVISOR_PASSWORD)
        accounts.create(supervisor, OFFICER, "Nguyễn Văn An", Role.OFFICER, OFFICER_PASSWORD)
        for _ in range(waiting):
            desk = DeskSession(store, STATION, OFFICER)
            person = applicant()
            desk.start(person, decision(person))
            desk.save_face(face())
            desk.save_fingers(fingers())
            ids.append(desk.finalize().id)
    return ids


def sealed_packets(data: Path) -> dict[str, str]:
    with Store.open(data, key_backend="file") as store:
        return dict(store.read(lambda r: r.db.execute(
            "SELECT enrollment_id, sha256 FROM packets").fetchall()))


def station_events(data: Path, event: str) -> list[tuple[str, str, str, dict]]:
    from kiosk.accounts import audit

    with Store.open(data, key_backend="file") as store:
        return audit.events(store, event)
