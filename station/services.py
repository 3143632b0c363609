"""The one object the UI reaches the core through: store, accounts and configuration."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.accounts.service import AccountPolicy, Accounts
from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.tickets import DeskKeys
from kiosk.guidance.office_keys import load_office_desk_key
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
    ticket_key: DeskKeys | None = None
    sync: SyncWorker | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _closed: bool = False

    @property
    def station_id(self) -> str:
        return station_id(self.settings)

    @classmethod
    def open(cls, settings: Settings, *, start_sync: bool = True,
             clock: Clock = system_clock) -> Services:
        """Open the store (creating it on first start) and the account service, and start
        the sync worker unless ``start_sync`` is false (the GUI starts it with
        :meth:`start_sync` after its first screen: its imports and the demo central service
        would delay that screen)."""
        store = Store.from_settings(settings, clock)
        try:
            accounts = Accounts(store, AccountPolicy.from_settings(settings))
            ticket_key = load_office_desk_key(settings["tickets.office_desk_key"])
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

