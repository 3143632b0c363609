"""The one object the UI reaches the core through: store, accounts and configuration."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.accounts.service import AccountPolicy, Accounts
from kiosk.options import Settings
from kiosk.station import station_id
from kiosk.store.store import Store


@dataclass
class Services:
    """Everything a running station needs; open it off the UI thread, close it at exit."""

    settings: Settings
    store: Store
    accounts: Accounts

    @property
    def station_id(self) -> str:
        return station_id(self.settings)

    @classmethod
    def open(cls, settings: Settings) -> Services:
        """Open the store (creating it on first start) and the account service."""
        store = Store.from_settings(settings)
        try:
            accounts = Accounts(store, AccountPolicy.from_settings(settings))
        except BaseException:
            store.close()
            raise
        return cls(settings, store, accounts)

    def close(self) -> None:
        """Finish queued writes and close the store."""
        self.store.close()
