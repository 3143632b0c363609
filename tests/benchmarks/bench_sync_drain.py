"""Sync drain benchmark: a backlog of sealed enrollments emptied over loopback by the real
client and worker, against the reference central service's raw ingest rate in the same run.

The central service runs as ``kiosk-central`` in its own process, on a fresh database for
each measurement. Baseline: a plain loop of signed PUTs of the same pre-sealed packets (one
connection, or N threads). Subject: :class:`SyncWorker` draining a copy of
the same station store (outbox, packets, receipts, audit writes included), one upload in
flight (the default) and with AIMD allowed up to N. Packets carry a portrait JPEG and ten
WSQ fingerprints (about 90 kB sealed).

Run: ``.venv/bin/python tests/benchmarks/bench_sync_drain.py [--quick] [--count N]``
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import print_table
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from storehelp import image_bytes

from central.server import DB_FILE, KEY_FILE, central_key
from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.domain.enrollment import Enrollment, State
from kiosk.domain.fingers import FingerPosition
from kiosk.store.records import BiometricSample
from kiosk.store.store import Store
from kiosk.sync import keys, outbox, receipt
from kiosk.sync.client import CentralClient, Kind
from kiosk.sync.packet import SealedPacket, raw_public
from kiosk.sync.policy import PolicyConfig
from kiosk.sync.setup import PacketSealer, finalize
from kiosk.sync.worker import SyncWorker, WorkerConfig

STATION = "HN-DESK-1"


def bench_payloads() -> list[tuple[str, str, bytes, str]]:
    """A 320x240 portrait and ten 200x200 WSQ prints (the same bytes in every enrollment)."""
    out = [("face", "jpeg", image_bytes("JPEG", 1, (320, 240)), "portrait")]
    for i, position in enumerate(list(FingerPosition)[1:11]):
        out.append(("finger", "wsq", image_bytes("WSQ", 10 + i, (200, 200)),
                    str(int(position))))
    return out


def bench_samples(payloads: list[tuple[str, str, bytes, str]]) -> list[BiometricSample]:
    face = {"captured_at": "2026-11-23T02:30:00+00:00", "mode": "auto"}  # as the desk stores it
    return [BiometricSample(kind, fmt, data, position, 50.0,
                            {"device": f"{kind}-1", **(face if kind == "face" else {})})
            for kind, fmt, data, position in payloads]


def make_backlog(folder: Path, central_key: X25519PrivateKey, count: int) -> float:
    """A station store with ``count`` finalized, sealed enrollments; returns seconds taken."""
    start = time.perf_counter()
    store = Store.open(folder, key_backend="file")
    sealer = PacketSealer(keys.station_key(folder), central_key.public_key())
    payloads = bench_payloads()
    futures = []
    for i in range(count):
        e = Enrollment.start(STATION, "officer-7")

        def job(r, e=e, i=i):
            r.save_enrollment(e, {"surname": "NGUYEN", "given_names": "AN", "seq": i},
                              bench_samples(payloads),
                              actor="officer-7")
            r.transition(e.id, State.CAPTURED, actor="officer-7")
            finalize(r, e.id, sealer, actor="officer-7")

        futures.append(store.write(job))
    for f in futures:
        f.result()
    store.close()
    return time.perf_counter() - start


class CentralProcess:
    """``kiosk-central`` in its own process (as deployed), on a fresh database."""

    def __init__(self, folder: Path, key_file: Path, station_pub: bytes) -> None:
        self.folder = folder
        folder.mkdir(parents=True)
        shutil.copy(key_file, folder / KEY_FILE)
        store = CentralStore(folder / DB_FILE)
        store.add_station(STATION, station_pub, "bench")
        store.close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "central.cli", "--port", "0", "--data", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)   # JSON access logs
        line = self.proc.stdout.readline()
        assert line.startswith("central service at "), line
        self.url = line.split()[-1]
        self.proc.stdout.readline()                       # sync.central_public_key
        signing = self.proc.stdout.readline()             # sync.central_signing_key
        assert signing.startswith("sync.central_signing_key = "), signing
        self.receipt_key = receipt.public_key(signing.split('"')[1])

    def stop(self) -> dict[str, str]:
        """Stop the service; the ids and packet hashes it stored."""
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(30)
        store = CentralStore(self.folder / DB_FILE)
        stored = {row.id: row.sha256 for row in store.all()}
        store.close()
        return stored


class CountingClient(CentralClient):
    """The real client, counting the HTTP requests it makes."""

    requests = 0

    def _send(self, *args, **kwargs):
        self.requests += 1
        return super()._send(*args, **kwargs)


def raw_ingest(folder: Path, key_file: Path, station_key, packets: list[SealedPacket],
               threads: int) -> float:
    """Packets per second of a plain PUT loop (``threads`` loops sharing the packets)."""
    central = CentralProcess(folder, key_file, raw_public(station_key.public_key()))
    client = CentralClient(central.url, STATION, station_key, receipt_key=central.receipt_key,
                           max_connections=threads)
    os.sync()   # as before the worker's run: no setup writes flushed while timing
    items = iter(packets)
    lock = threading.Lock()

    def loop() -> None:
        while True:
            with lock:
                packet = next(items, None)
            if packet is None:
                return
            reply = client.upload(packet)
            assert reply.kind is Kind.STORED, reply

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        for f in [pool.submit(loop) for _ in range(threads)]:
            f.result()
    elapsed = time.perf_counter() - start
    client.close()
    assert len(central.stop()) == len(packets)
    return len(packets) / elapsed


def worker_drain(folder: Path, backlog: Path, key_file: Path, count: int,
                 max_in_flight: int) -> tuple[float, int]:
    """Enrollments per second of the real worker draining a copy of the backlog; and the
    number of HTTP requests it made (uploads plus status polls)."""
    station_dir = folder / "station"
    shutil.copytree(backlog, station_dir)
    store = Store.open(station_dir, key_backend="file")
    sealer = PacketSealer(keys.station_key(station_dir), central_key(key_file.parent)
                          .public_key())
    central = CentralProcess(folder / "central", key_file,
                             raw_public(sealer.station_key.public_key()))
    client = CountingClient(central.url, STATION, sealer.station_key,
                            receipt_key=central.receipt_key, max_connections=max_in_flight)
    config = WorkerConfig(PolicyConfig(max_in_flight=max_in_flight), poll_interval_s=60.0,
                          retention=timedelta(hours=24))
    worker = SyncWorker(store, client, sealer, config, random.Random(1))
    os.sync()   # the copy's 450 MB would otherwise be written back while the worker is timed
    start = time.perf_counter()
    worker.start()
    while worker.uploaded < count:   # the status line's count lags up to 0.2 s
        time.sleep(0.002)
    elapsed = time.perf_counter() - start
    requests = client.requests   # uploads and the status polls made during the drain
    worker.stop()
    stored = central.stop()
    hashes = dict(store.read(lambda r: r.db.execute(
        "SELECT enrollment_id, sha256 FROM packets").fetchall()))
    store.close()
    assert stored == hashes and len(stored) == count, "not every packet stored exactly once"
    return count / elapsed, requests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 enrollments")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4, help="parallel uploads (AIMD cap)")
    parser.add_argument("--rounds", type=int, default=5, help="runs of each (median)")
    args = parser.parse_args(argv)
    count = 100 if args.quick else args.count
    if args.quick:
        args.rounds = 1
    with tempfile.TemporaryDirectory(prefix="bench-sync-drain-") as tmp:
        root = Path(tmp)
        key = central_key(root / "key")
        key_file = root / "key" / KEY_FILE
        setup_s = make_backlog(root / "backlog", key, count)
        store = Store.open(root / "backlog", key_backend="file")
        packets = store.read(lambda r: [outbox.load_packet(r, e) for (e,) in r.db.execute(
            "SELECT enrollment_id FROM packets ORDER BY enrollment_id").fetchall()])
        store.close()
        station_key = keys.station_key(root / "backlog")
        size_kb = sum(len(p.data) for p in packets) / len(packets) / 1024
        print(f"backlog: {count} sealed enrollments, {size_kb:.0f} kB each, built in "
              f"{setup_s:.1f} s", flush=True)
        rows = []
        for n in (1, args.threads):
            raws, rates, requests = [], [], 0
            for i in range(args.rounds):  # interleaved, so load changes hit both alike
                raws.append(raw_ingest(root / f"raw-{n}-{i}", key_file, station_key, packets,
                                       n))
                rate, requests = worker_drain(root / f"worker-{n}-{i}", root / "backlog",
                                              key_file, count, n)
                rates.append(rate)
                shutil.rmtree(root / f"worker-{n}-{i}")
                shutil.rmtree(root / f"raw-{n}-{i}")
            raw, rate = statistics.median(raws), statistics.median(rates)
            # each round's ratio is of two runs back to back: the machine's load drifts less
            ratios = sorted(100 * w / r for w, r in zip(rates, raws, strict=True))
            rows.append([f"{n} in flight", raw, rate, f"{statistics.median(ratios):.0f} %",
                         f"{ratios[0]:.0f}-{ratios[-1]:.0f} %", f"{requests / count:.2f}"])
    print_table(["uploads", "raw ingest /s", "worker drain /s", "worker / raw", "range",
                 "requests per enrollment"], rows,
                title=f"Drain of {count} enrollments over loopback, median of {args.rounds} "
                      "runs (goal: worker >= 80 % of raw)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
