"""Builders for the sync tests: a station store, finalized enrollments, a central service."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from storehelp import image_bytes

from kiosk.biometrics.fingers.positions import FingerPosition
from kiosk.central.app import CentralConfig
from kiosk.central.faults import Faults
from kiosk.central.server import RunningServer, serve_in_thread
from kiosk.central.storage import CentralStore
from kiosk.desk import codec
from kiosk.desk.results import Approval, FaceResult, FingerSample
from kiosk.domain.enrollment import Enrollment, State
from kiosk.store.records import BiometricSample
from kiosk.store.store import Store
from kiosk.sync import keys
from kiosk.sync.client import CentralClient
from kiosk.sync.packet import raw_public
from kiosk.sync.policy import PolicyConfig
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


@dataclass
class Station:
    store: Store
    sealer: PacketSealer
    data_dir: Path

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

    def states(self, ids: list[str]) -> list[State]:
        return [self.store.read(lambda r, i=i: r.get(i).enrollment.state) for i in ids]

    def packet_hashes(self) -> dict[str, str]:
        return dict(self.store.read(lambda r: r.db.execute(
            "SELECT enrollment_id, sha256 FROM packets").fetchall()))


def open_station(data_dir: Path, central_key: X25519PrivateKey) -> Station:
    store = Store.open(data_dir, key_backend="file")
    sealer = PacketSealer(keys.station_key(data_dir), central_key.public_key())
    return Station(store, sealer, data_dir)


@dataclass
class Central:
    folder: Path
    key: X25519PrivateKey
    store: CentralStore
    server: RunningServer | None = None

    def start(self, faults: Faults | None = None, port: int = 0, delay: float = 0.0) -> str:
        self.server = serve_in_thread(CentralConfig(self.store, self.key, faults=faults,
                                                    processing_delay_s=delay), port)
        return self.server.url

    def stop(self) -> None:
        if self.server:
            self.server.stop()

    def register(self, station: Station, station_id: str = STATION) -> None:
        self.store.register_station(station_id, raw_public(station.sealer.station_key
                                                           .public_key()))

    def stored(self) -> dict[str, str]:
        return {row.id: row.sha256 for row in self.store.all()}


def fast_worker(station: Station, url: str, *, max_in_flight: int = 1, seed: int = 1,
                station_id: str = STATION, stall: float = 5.0) -> SyncWorker:
    """A worker with sub-second back-off so fault tests finish quickly."""
    client = CentralClient(url, station_id, station.sealer.station_key, connect_timeout=1.0,
                           stall_timeout=stall, max_connections=max_in_flight)
    policy = PolicyConfig(base_s=0.02, cap_s=0.3, max_in_flight=max_in_flight,
                          breaker_threshold=50, breaker_open_s=0.3)
    config = WorkerConfig(policy, poll_interval_s=0.1, retention=timedelta(hours=24),
                          purge_interval_s=0.2)
    return SyncWorker(station.store, client, station.sealer, config, random.Random(seed))
