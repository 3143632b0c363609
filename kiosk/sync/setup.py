"""Wiring sync from the configuration: the packet sealer, finalize-and-seal, the worker."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk.domain.enrollment import State
from kiosk.options import ConfigError, Settings, data_dir_from
from kiosk.station import station_id
from kiosk.store.repository import Repository
from kiosk.store.store import Store
from kiosk.sync import keys, outbox, pinning, receipt
from kiosk.sync.client import CentralClient
from kiosk.sync.demo import demo_central_provider
from kiosk.sync.endpoint import check_url
from kiosk.sync.packet import SealedPacket, build_manifest, seal
from kiosk.sync.policy import PolicyConfig
from kiosk.sync.station_key import checked_station_key, note_sealing_key
from kiosk.sync.worker import SyncWorker, WorkerConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PacketSealer:
    """Builds and seals one enrollment's packet (call on the writer thread)."""

    station_key: Ed25519PrivateKey
    central_public: X25519PublicKey

    def __call__(self, repo: Repository, enrollment_id: str) -> SealedPacket:
        note_sealing_key(repo, self.station_key)
        return seal(build_manifest(repo, enrollment_id), self.station_key, self.central_public)

    @classmethod
    def from_settings(cls, settings: Settings, store: Store | None = None) -> PacketSealer:
        """With ``store``, a missing or different station key is refused while packets
        sealed with the recorded one wait (:func:`checked_station_key`), and a central
        service other than the confirmed one is refused (:func:`pinning.check`)."""
        if not settings["sync.central_public_key"]:
            raise keys.SyncKeyError("sync.central_public_key is not configured",
                                    message_key="sync.not_configured")
        if store is not None:
            pinning.check(store, settings)
        return cls(station_key_for(settings, store),
                   keys.central_public(settings["sync.central_public_key"]))


def station_key_for(settings: Settings, store: Store | None = None) -> Ed25519PrivateKey:
    """The station key (made at first use); checked against the store when given."""
    data_dir = data_dir_from(settings)
    if store is not None:
        return checked_station_key(store, data_dir)
    return keys.station_key(data_dir)


def central_key_for(settings: Settings) -> X25519PublicKey | None:
    """The configured central service's key, or the demo's; None when unknown."""
    if settings["sync.central_public_key"]:
        return keys.central_public(settings["sync.central_public_key"])
    if demo_central_wanted(settings):
        provider = demo_central_provider()
        assert provider is not None
        return provider.public_key(data_dir_from(settings) / DEMO_FOLDER)
    return None


def central_receipt_key(settings: Settings) -> Ed25519PublicKey:
    """The pinned key the central service's receipts must verify with
    (``sync.central_signing_key``); a configured central service without it is refused."""
    text = settings["sync.central_signing_key"]
    if not text.strip():
        raise ConfigError("option 'sync.central_signing_key' is empty: the central service's "
                          "answers could not be verified ('kiosk-central' prints the key)",
                          message_key="config.bad_value", key="sync.central_signing_key",
                          expected="a base64 Ed25519 public key")
    return receipt.public_key(text)


def finalize(repo: Repository, enrollment_id: str, sealer: PacketSealer, *,
             actor: str) -> SealedPacket:
    """captured -> finalized, its outbox row and its sealed packet, in one transaction."""
    with repo.db.atomic():
        repo.transition(enrollment_id, State.FINALIZED, actor=actor)
        return outbox.save_packet(repo, sealer(repo, enrollment_id))


def worker_config(settings: Settings) -> WorkerConfig:
    policy = PolicyConfig(base_s=settings["sync.backoff_base_seconds"],
                          cap_s=settings["sync.backoff_cap_seconds"],
                          max_in_flight=settings["sync.max_in_flight"],
                          pace_cap_s=settings["sync.pace_cap_seconds"])
    return WorkerConfig(policy, poll_interval_s=settings["sync.poll_interval_seconds"],
                        retention=timedelta(hours=settings["sync.retention_hours"]))


DEMO_FOLDER = "demo-central"


def demo_central_wanted(settings: Settings) -> bool:
    """Whether this kiosk runs its own demo central service (see ``sync.demo_central``).

    Never when sync is off or a URL is configured; with 'auto' only when nothing marks a real
    station (a configuration file, a station id, a central key): a real offline station must
    keep its packets until they really reach the central service.
    """
    mode = settings["sync.demo_central"]
    if mode == "off" or not settings["sync.enabled"] or settings["sync.url"]:
        return False
    if mode == "on":
        if not reference_service_available():
            raise ConfigError("sync.demo_central = 'on' needs the reference central service, "
                              "which this installation does not include",
                              message_key="config.bad_value", key="sync.demo_central")
        return True
    return (settings.source is None and not settings["sync.central_public_key"]
            and not settings["sync.central_signing_key"]
            and not settings["station.id"].strip() and reference_service_available())


def reference_service_available() -> bool:
    """Whether the reference central service can run here: the application registered it
    (:mod:`kiosk.sync.demo`; a source install, not the station bundle, which leaves it out of
    the kiosk program)."""
    return not getattr(sys, "frozen", False) and demo_central_provider() is not None


def sealer_for(settings: Settings, store: Store | None = None) -> PacketSealer | None:
    """The sealer for the configured central service (or the demo's); None when unknown.
    With ``store`` the station key is checked (:func:`station_key_for`)."""
    if settings["sync.central_public_key"]:
        return PacketSealer.from_settings(settings, store)
    central = central_key_for(settings)
    return PacketSealer(station_key_for(settings, store), central) if central else None


def start_worker(settings: Settings, store: Store) -> SyncWorker | None:
    """A running worker, or None when sync is disabled or has no URL (offline-only station).

    On an unconfigured demo it first starts the demo central service on 127.0.0.1; the
    worker's :meth:`SyncWorker.stop` stops it too.
    """
    if not settings["sync.enabled"]:
        return None
    url, stops = settings["sync.url"], []
    if demo_central_wanted(settings):
        provider = demo_central_provider()
        assert provider is not None
        sealer = sealer_for(settings, store)
        assert sealer is not None
        demo = provider.start(data_dir_from(settings) / DEMO_FOLDER, station_id(settings),
                                  sealer.station_key.public_key())
        url, stops, receipt_key = demo.url, [demo.stop], demo.signing_public
        log.info("demo central service at %s (sync.demo_central)", url)
    elif not url:
        return None
    else:
        check_url(url)
        receipt_key = central_receipt_key(settings)
        try:
            sealer = PacketSealer.from_settings(settings, store)
        except pinning.CentralChanged as exc:  # capture goes on; packets wait, unsealed
            log.warning("sync not started: %s", exc)
            return None
    try:
        client = CentralClient(url, station_id(settings), sealer.station_key,
                               receipt_key=receipt_key,
                               connect_timeout=settings["sync.connect_timeout_seconds"],
                               stall_timeout=settings["sync.stall_timeout_seconds"],
                               max_connections=settings["sync.max_in_flight"])
        worker = SyncWorker(store, client, sealer, worker_config(settings), on_stop=stops)
    except BaseException:
        for stop in stops:
            stop()
        raise
    worker.start()
    return worker
