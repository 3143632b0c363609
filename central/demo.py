"""The demo's own central service: the reference service on 127.0.0.1, any free port, its
database and keys in the station's data folder, with this station registered. Started for the
kiosk only when nothing about sync is configured (``sync.demo_central``): the application
layer (``station.launcher``) hands :data:`PROVIDER` to ``kiosk.sync.setup``, which never imports
this package."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from central.app import CentralConfig
from central.server import DB_FILE, central_key, central_signing_key, serve_in_thread
from central.store import CentralStore, StationError
from central.store_sqlite import SQLiteStore
from kiosk.sync.packet import raw_public

# the demo accepts a packet a few seconds after storing it, so "uploaded" is visible
PROCESSING_DELAY_S = 5.0


@dataclass
class DemoCentral:
    url: str
    public_key: X25519PublicKey
    signing_public: Ed25519PublicKey      # what the station pins to verify receipts
    stop: Callable[[], None]


def demo_public_key(folder: Path) -> X25519PublicKey:
    """The demo service's public key (its key pair is made on first use)."""
    return central_key(folder).public_key()


def start_demo_central(folder: Path, station_id: str,
                       station_public: Ed25519PublicKey) -> DemoCentral:
    """Start the service in a daemon thread; ``stop()`` ends it and closes its database."""
    key, signing = central_key(folder), central_signing_key(folder)
    store = SQLiteStore(folder / DB_FILE)
    try:
        admit(store, station_id, raw_public(station_public))
        running = serve_in_thread(CentralConfig(store, key, signing_key=signing,
                                                processing_delay_s=PROCESSING_DELAY_S))
    except BaseException:
        store.close()
        raise

    def stop() -> None:
        running.stop()
        store.close()

    return DemoCentral(running.url, key.public_key(), signing.public_key(), stop)


def admit(store: CentralStore, station_id: str, public_key: bytes) -> None:
    """The demo's own station: added on first start; a key made since (``kiosk sync rekey``)
    is a logged rotation."""
    try:
        store.add_station(station_id, public_key, actor="demo")
    except StationError as exc:
        if exc.reason != "exists":
            raise
        try:
            store.rotate_key(station_id, public_key, actor="demo")
        except StationError as again:
            if again.reason != "same_key":
                raise


@dataclass(frozen=True)
class Provider:
    """What ``kiosk.sync.setup`` needs to run a demo central (``DemoCentralProvider``)."""

    public_key: Callable[[Path], X25519PublicKey] = demo_public_key
    start: Callable[[Path, str, Ed25519PublicKey], DemoCentral] = start_demo_central


PROVIDER = Provider()
