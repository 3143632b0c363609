"""Builders for the sync tests: a station store, finalized enrollments, a central service."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from storehelp import image_bytes

from central.app import CentralConfig
from central.demo import admit
from central.faults import Faults
from central.server import RunningServer, serve_in_thread
from central.store import CentralStore
from kiosk.desk import codec
from kiosk.desk.results import Approval, FaceResult, FingerSample
from kiosk.domain.enrollment import Enrollment, State
from kiosk.domain.fingers import FingerPosition
from kiosk.store.records import BiometricSample
from kiosk.store.store import Store
from kiosk.sync import keys, receipt
from kiosk.sync.client import CentralClient
from kiosk.sync.packet import raw_public
from kiosk.sync.policy import RETRY_AFTER_CAP_S, PolicyConfig
from kiosk.sync.setup import PacketSealer, finalize
from kiosk.sync.worker import SyncWorker, WorkerConfig

STATION = "HN-DESK-1"
AT = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)


def records(seed: int = 0, face: bool = True) -> list[FaceResult | FingerSample]:
    """A JPEG portrait and two WSQ fingerprints, as the desk records them: device ids, the
    scanner's verdict and quality, one forced finger with a supervisor's approval."""
    out: list[FaceResult | FingerSample] = [
        FingerSample(FingerPosition.RIGHT_INDEX, image_bytes("WSQ", seed + 1, (64, 64)), 55,
                     "scanner-1", 1, device_quality=61, device_verified=True),
        FingerSample(FingerPosition.LEFT_INDEX, image_bytes("WSQ", seed + 2, (64, 64)), 31,
                     "scanner-1", 3, "worn ridges", Approval("sup.lan", "worn ridges", AT),
                     device_quality=28, device_verified=True)]
    if face:
        out.insert(0, FaceResult(image_bytes("JPEG", seed, (80, 64)), {"compliant": True},
                                 "auto", AT, "camera-1"))
    return out


def samples(seed: int = 0, face: bool = True) -> list[BiometricSample]:
    """:func:`records` as stored samples (through the desk's codec)."""
    return [codec.to_sample(r) for r in records(seed, face)]


def stand_in_receipt(repo, enrollment_id: str, status: str = "accepted",
                     reason: str | None = None) -> receipt.Receipt:
    """A receipt as a central service signs it, for seeded histories with no real central
    (signed by a throwaway key; the station records only receipts it has verified)."""
    row = repo.db.execute("SELECT sha256 FROM packets WHERE enrollment_id = ?",
                          [enrollment_id]).fetchone()
    return receipt.sign(Ed25519PrivateKey.generate(), enrollment_id=enrollment_id,
                        station_id=STATION, sha256=row[0] if row else "0" * 64, status=status,
                        reason=reason, at=time.time())


def signing_key_for(central_key: X25519PrivateKey) -> Ed25519PrivateKey:
    """The test central service's receipt key, derived from its packet key so that a station
    and a central service built from the same key (also in another process) agree. The real
    service makes an independent key (central.server.central_signing_key)."""
    raw = central_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"receipt" + raw).digest())


@dataclass
class Station:
    store: Store
    sealer: PacketSealer
    data_dir: Path
    receipt_key: Ed25519PublicKey | None = None    # the central service's, pinned

    def enroll(self, n: int = 1, face: bool = True) -> list[str]:
        """Make ``n`` finalized enrollments with sealed packets; their ids, oldest first."""
        ids = []
        for i in range(n):
            e = Enrollment.start(STATION, "officer-7")

            def job(r, e=e, i=i):
                r.save_enrollment(e, {"surname": "NGUYEN", "given_names": "AN", "nationality":
                                      "KOR", "seq": i}, samples(i, face), actor="officer-7")
                r.transition(e.id, State.CAPTURED, actor="officer-7")
                finalize(r, e.id, self.sealer, actor="officer-7")

            self.store.write(job).result()
            ids.append(e.id)
        return ids

    def age_outbox(self, days: float) -> None:
        """Make every queued upload ``days`` old (as if the network had been gone that long)."""
        when = (datetime.now(UTC) - timedelta(days=days)).isoformat()
        self.store.write(lambda r: r.db.execute("UPDATE outbox SET created_at = ?",
                                                [when])).result()

    def states(self, ids: list[str]) -> list[State]:
        return [self.store.read(lambda r, i=i: r.get(i).enrollment.state) for i in ids]

    def packet_hashes(self) -> dict[str, str]:
        return dict(self.store.read(lambda r: r.db.execute(
            "SELECT enrollment_id, sha256 FROM packets").fetchall()))


def open_station(data_dir: Path, central_key: X25519PrivateKey) -> Station:
    store = Store.open(data_dir, key_backend="file")
    sealer = PacketSealer(keys.station_key(data_dir), central_key.public_key())
    return Station(store, sealer, data_dir, signing_key_for(central_key).public_key())


@dataclass
class Central:
    folder: Path
    key: X25519PrivateKey
    store: CentralStore
    server: RunningServer | None = None
    signing: Ed25519PrivateKey | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.signing = self.signing or signing_key_for(self.key)

    def config(self, **extra) -> CentralConfig:
        return CentralConfig(self.store, self.key, signing_key=self.signing, **extra)

    def start(self, faults: Faults | None = None, port: int = 0, delay: float = 0.0) -> str:
        self.server = serve_in_thread(self.config(faults=faults, processing_delay_s=delay), port)
        return self.server.url

    def stop(self, abandon: bool = False) -> None:
        """Stop serving; ``abandon``: drop requests still in flight (one held by a fault's
        latency) instead of waiting for them to finish, as a central that goes away does."""
        if self.server:
            if abandon:
                self.server.server.force_exit = True
            self.server.stop()

    def register(self, station: Station, station_id: str = STATION) -> None:
        admit(self.store, station_id, raw_public(station.sealer.station_key.public_key()))

    def stored(self) -> dict[str, str]:
        return {row.id: row.sha256 for row in self.store.all()}


def fast_worker(station: Station, url: str, *, max_in_flight: int = 1, seed: int = 1,
                station_id: str = STATION, stall: float = 5.0,
                receipt_key: Ed25519PublicKey | None = None,
                retry_after_cap_s: float = RETRY_AFTER_CAP_S) -> SyncWorker:
    """A worker with sub-second back-off so fault tests finish quickly."""
    client = CentralClient(url, station_id, station.sealer.station_key,
                           receipt_key=receipt_key or station.receipt_key, connect_timeout=1.0,
                           stall_timeout=stall, max_connections=max_in_flight)
    policy = PolicyConfig(base_s=0.02, cap_s=0.3, max_in_flight=max_in_flight,
                          breaker_threshold=50, breaker_open_s=0.3,
                          retry_after_cap_s=retry_after_cap_s)
    config = WorkerConfig(policy, poll_interval_s=0.1, retention=timedelta(hours=24),
                          purge_interval_s=0.2)
    return SyncWorker(station.store, client, station.sealer, config, random.Random(seed))


def open_packet(data: bytes, central_key: X25519PrivateKey) -> tuple[dict, bytes, bytes]:
    """(manifest, body, signature) of a sealed packet, decrypted and parsed as the central's
    import does (``decrypt_packet``, then ``parse_manifest``); the signature is not checked."""
    from kiosk.sync.packet import decrypt_packet, parse_manifest

    body, signature = decrypt_packet(data, central_key)
    return parse_manifest(body), body, signature


def wait_until(condition, timeout: float = 120.0) -> bool:
    """Poll ``condition`` until true; ``timeout`` only bounds a hang (a loaded machine is
    slow, not wrong), so it is generous."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def station_and_central(folder: Path) -> Iterator[tuple[Station, Central]]:
    """A station and a central service (SQLite, not started) that knows it; for a fixture."""
    from central.store_sqlite import SQLiteStore

    key = X25519PrivateKey.generate()
    central = Central(folder / "central", key, SQLiteStore(folder / "central" / "c.db"))
    station = open_station(folder / "station", key)
    central.register(station)
    yield station, central
    central.stop(abandon=True)  # a request a fault holds is not waited for after the test
    station.store.close()

