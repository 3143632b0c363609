"""The central service this station trusts, pinned in the database at first configuration.

``meta.central_pin`` holds the address and the SHA-256 fingerprints of the two central keys
(``sync.central_public_key``: packets are sealed to it; ``sync.central_signing_key``:
receipts verify with it) as first configured. Afterwards the values in force (file,
environment or console) must match the pin before anything is sealed or sent: a change is
refused (:class:`CentralChanged`, naming old and new fingerprints) until a supervisor
confirms it (:func:`confirm`), which re-pins and writes an ``account_events`` row. So a
shell user who sets ``KIOSK_SYNC_CENTRAL_PUBLIC_KEY`` cannot have the waiting packets sealed
to their key, and packets already sealed are never sealed again to an unconfirmed key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.accounts.service import Officer
from kiosk.options import Settings
from kiosk.store.store import Store
from kiosk.sync.keys import SyncKeyError

META_KEY = "central_pin"
PINNED = ("sync.url", "sync.central_public_key", "sync.central_signing_key")
KEY_OPTIONS = ("sync.central_public_key", "sync.central_signing_key")


class CentralChanged(SyncKeyError):
    """The configured central service differs from the confirmed one; ``changes`` lists
    (option, old, new) with keys as fingerprints."""

    message_key = "sync.central_changed"


def fingerprint(key_text: str) -> str:
    """SHA-256 of the key's raw bytes, as 8 groups of 4 hex digits (the first 128 bits);
    empty for no key; text that is not base64 is fingerprinted as it is."""
    text = key_text.strip()
    if not text:
        return ""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = text.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def identity(values: dict[str, Any] | Settings) -> dict[str, str]:
    """What is pinned for a configuration: the address and the two key fingerprints."""
    return {"sync.url": str(values["sync.url"]).strip(),
            **{key: fingerprint(str(values[key])) for key in KEY_OPTIONS}}


@dataclass(frozen=True)
class Pin:
    values: dict[str, str]
    pinned_at: str
    by: str


def read_pin(store: Store) -> Pin | None:
    """The confirmed central service, None before the first configuration."""
    row = store.read(lambda r: r.db.execute("SELECT value FROM meta WHERE key = ?",
                                            [META_KEY]).fetchone())
    if row is None:
        return None
    data = json.loads(row[0])
    return Pin({k: data.get(k, "") for k in PINNED}, data.get("pinned_at", ""),
               data.get("by", ""))


def differences(pin: Pin, values: dict[str, str]) -> list[tuple[str, str, str]]:
    """(option, pinned, configured) for every pinned value that differs."""
    return [(key, pin.values[key], values[key]) for key in PINNED
            if pin.values[key] != values[key]]


def _configured(values: dict[str, str]) -> bool:
    return bool(values["sync.central_public_key"] or values["sync.url"])


def check(store: Store, settings: Settings) -> None:
    """Pin the configured central service at its first configuration; afterwards raise
    :class:`CentralChanged` when the configuration in force differs from the pin."""
    values = identity(settings)
    if not _configured(values):
        return
    if pin_first(store, settings, by=""):
        return
    pin = read_pin(store)
    assert pin is not None
    changed = differences(pin, values)
    if changed:
        listing = "; ".join(f"{key}: {old or '(empty)'} -> {new or '(empty)'}"
                            for key, old, new in changed)
        raise CentralChanged(
            f"the central service configured here differs from the one a supervisor "
            f"confirmed ({listing}); nothing is sealed or sent until a supervisor confirms "
            "it ('kiosk sync confirm-central' or the technician console)",
            changes=changed)


def pin_first(store: Store, values: dict[str, Any] | Settings, *, by: str) -> bool:
    """Pin ``values`` when nothing is pinned yet (the first configuration); False when a pin
    exists (then a change needs :func:`confirm`)."""
    new = identity(values)

    def job(repo: Any) -> bool:
        with repo.db.atomic():
            if repo.db.execute("SELECT 1 FROM meta WHERE key = ?", [META_KEY]).fetchone():
                return False
            _insert(repo.db, new, repo.clock(), by=by, event="central_pinned",
                    detail={"to": new})
            return True

    return bool(store.write(job).result())


def confirm(store: Store, values: dict[str, Any] | Settings, supervisor: Officer, *,
            via: str) -> list[tuple[str, str, str]]:
    """Pin ``values`` (the new configuration) on a supervisor's confirmation; returns the
    differences from the previous pin, recorded with it in ``account_events``."""
    new = identity(values)
    pin = read_pin(store)
    changed = differences(pin, new) if pin is not None else [
        (key, "", value) for key, value in new.items() if value]
    _write(store, new, by=supervisor.username, event="central_confirmed",
           detail={"changes": [list(c) for c in changed], "via": via})
    return changed


def _write(store: Store, values: dict[str, str], *, by: str, event: str,
           detail: dict[str, Any]) -> None:
    def job(repo: Any) -> None:
        with repo.db.atomic():
            _insert(repo.db, values, repo.clock(), by=by, event=event, detail=detail)

    store.write(job).result()


def _insert(db: Any, values: dict[str, str], at: datetime, *, by: str, event: str,
            detail: dict[str, Any]) -> None:
    from kiosk.accounts.audit import station_event

    now = at.isoformat()
    record = json.dumps({**values, "pinned_at": now, "by": by}, sort_keys=True)
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
               "value = excluded.value", [META_KEY, record])
    station_event(db, now, by or "-", event, detail)
