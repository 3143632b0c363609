"""The one object the UI reaches the core through: store, accounts and configuration."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from kiosk.accounts.service import AccountPolicy, Accounts
from kiosk.domain.tickets import TicketError
from kiosk.options import Settings
from kiosk.station import station_id
from kiosk.store.store import Store

if TYPE_CHECKING:
    from kiosk.sync.worker import SyncWorker


@dataclass
class Services:
    """Everything a running station needs; open it off the UI thread, close it at exit."""

    settings: Settings
    store: Store
    accounts: Accounts
    ticket_key: Ed25519PublicKey | None = None
    sync: SyncWorker | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _closed: bool = False

    @property
    def station_id(self) -> str:
        return station_id(self.settings)

    @classmethod
    def open(cls, settings: Settings, *, start_sync: bool = True) -> Services:
        """Open the store (creating it on first start) and the account service, and start
        the sync worker unless ``start_sync`` is false (the GUI starts it with
        :meth:`start_sync` after its first screen: its imports and the demo central service
        would delay that screen)."""
        store = Store.from_settings(settings)
        try:
            accounts = Accounts(store, AccountPolicy.from_settings(settings))
            ticket_key = load_ticket_key(settings["tickets.office_public_key"])
            services = cls(settings, store, accounts, ticket_key)
            if start_sync:
                services.start_sync()
        except BaseException:
            store.close()
            raise
        return services

    def start_sync(self) -> None:
        """Start the sync worker (once; not after :meth:`close`)."""
        from kiosk.sync.setup import start_worker

        with self._lock:
            if self.sync is None and not self._closed:
                self.sync = start_worker(self.settings, self.store)

    def close(self) -> None:
        """Stop the sync worker, finish queued writes and close the store."""
        with self._lock:
            self._closed = True
            if self.sync is not None:
                self.sync.stop()
        self.store.close()


def load_ticket_key(path: str) -> Ed25519PublicKey | None:
    """The office's ticket-signing public key from a PEM file (None when not configured)."""
    if not path:
        return None
    try:
        key = load_pem_public_key(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise TicketError(f"cannot load the office ticket key {path}: {exc}",
                          message_key="ticket.no_key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise TicketError(f"{path} is not an Ed25519 public key", message_key="ticket.no_key")
    return key
