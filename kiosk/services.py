"""The one object the UI reaches the core through: store, accounts and configuration."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.accounts.service import AccountPolicy, Accounts
from kiosk.domain.tickets import DeskKeys
from kiosk.guidance.office_keys import load_office_desk_key
from kiosk.options import Settings
from kiosk.station import station_id
from kiosk.store.store import Store
from kiosk.sync.worker import SyncWorker


@dataclass
class Services:
    """Everything a running station needs; open it off the UI thread, close it at exit."""

    settings: Settings
    store: Store
    accounts: Accounts
    ticket_key: DeskKeys | None = None
    sync: SyncWorker | None = None

    @property
    def station_id(self) -> str:
        return station_id(self.settings)

    @classmethod
    def open(cls, settings: Settings) -> Services:
        """Open the store (creating it on first start) and the account service."""
        store = Store.from_settings(settings)
        try:
            accounts = Accounts(store, AccountPolicy.from_settings(settings))
            ticket_key = load_office_desk_key(settings["tickets.office_desk_key"])
            from kiosk.sync.setup import start_worker

            sync = start_worker(settings, store)
        except BaseException:
            store.close()
            raise
        return cls(settings, store, accounts, ticket_key, sync)

    def close(self) -> None:
        """Stop the sync worker, finish queued writes and close the store."""
        if self.sync is not None:
            self.sync.stop()
        self.store.close()

