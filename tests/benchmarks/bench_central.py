"""Central service benchmark: signed PUT ingest over loopback, then a fleet's arrivals.

Part 1, in one run on one machine: SQLite with 1 worker (the baseline) and PostgreSQL with 1,
2 and 4 workers (``kiosk-central serve --workers N``, a throw-away cluster from
tests/pghelp.py), each on a fresh database, uploading the same real sealed packets (a station
store's enrollments, ~10 KB each) from ``--clients`` concurrent keep-alive connections:
uploads stored per second, p50 and p99 latency, ratio to the baseline.

Part 2: the fleet simulation (bench_sync_fleet.py) with the real ClientPolicy of
kiosk/sync/policy.py, its central's capacity set to the rate PostgreSQL with 2 workers just
measured and enough stations to load it half (simulated with 2,000 stations and scaled in
time), runs through a 10-minute outage; the send times of the first seconds of its recovery
surge are replayed in real time against the real service (PostgreSQL, 2 workers) for
``--fleet-seconds``, one packet per request: offered and served rate, latency, statuses.

Run: ``.venv/bin/python tests/benchmarks/bench_central.py [--quick]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

import httpx  # noqa: E402
from benchlib import print_table  # noqa: E402
from pghelp import Cluster, pg_bin  # noqa: E402
from synchelp import STATION, open_station  # noqa: E402

from central.server import central_key  # noqa: E402
from central.store import open_store  # noqa: E402
from kiosk.sync import auth, outbox  # noqa: E402
from kiosk.sync.packet import SealedPacket, raw_public  # noqa: E402


@dataclass
class Run:
    name: str
    workers: int
    sent: int
    seconds: float
    latencies_ms: list[float]
    statuses: Counter

    @property
    def rate(self) -> float:
        return self.statuses[201] / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Service:
    def __init__(self, data: Path, database: str, workers: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "central.cli", "serve", "--port", "0", "--workers",
             str(workers), "--data", str(data), "--database", database],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            cwd=HERE.parents[1])
        self.url = self.proc.stdout.readline().split()[-1]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    # every worker answers (each opens its store on its first request)
                    for _ in range(4 * workers):
                        httpx.get(self.url + "/readyz", timeout=10)
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)      # polling a starting server: nothing to wait on but time
        raise RuntimeError("the service did not become ready")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


class Uploader:
    """Signed PUTs from one keep-alive connection per thread."""

    def __init__(self, url: str, station_key) -> None:
        self.url, self.key = url, station_key
        self.local = threading.local()

    def put(self, packet: SealedPacket) -> tuple[int, float]:
        client = getattr(self.local, "client", None)
        if client is None:
            client = self.local.client = httpx.Client(base_url=self.url, timeout=60)
        path = f"/v1/enrollments/{packet.enrollment_id}"
        headers = auth.sign_headers(self.key, STATION, "PUT", path, packet.data, time.time(),
                                    packet.sha256)
        headers["Idempotency-Key"] = packet.idempotency_key
        started = time.perf_counter()
        try:
            status = client.put(path, content=packet.data, headers=headers).status_code
        except httpx.HTTPError:
            status = 0
        return status, (time.perf_counter() - started) * 1000


def ingest(name: str, workers: int, database: str, data: Path, station, packets: list,
           clients: int) -> Run:
    store = open_store(database)
    store.add_station(STATION, raw_public(station.sealer.station_key.public_key()), "bench")
    store.close()
    service = Service(data, database, workers)
    try:
        uploader = Uploader(service.url, station.sealer.station_key)
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(uploader.put, packets))
        seconds = time.perf_counter() - started
    finally:
        service.stop()
    return Run(name, workers, len(packets), seconds, [ms for _, ms in results],
               Counter(s for s, _ in results))


SIM_STATIONS = 2000     # simulated; the pattern is scaled in time to the fleet it stands for


def fleet_send_times(capacity: float, seconds: float) -> tuple[list[float], int]:
    """Request times (s, from the end of the outage) of the recovery of a fleet that loads a
    service of ``capacity`` to half at steady state. The fleet's pattern is simulated with
    :data:`SIM_STATIONS` stations on a service ``scale`` times slower and replayed ``scale``
    times faster (the same shape: every rate in the simulation scales together)."""
    import bench_sync_fleet as fleet

    stations = max(SIM_STATIONS, int(0.5 * capacity * 3600 / 12))  # 12 enrollments/hour
    scale = stations / SIM_STATIONS
    sc = fleet.Scenario(stations=SIM_STATIONS, capacity_rps=capacity / scale, warmup_s=120,
                        outage_s=600, horizon_s=seconds * scale + 30)
    sent: list[float] = []
    original = fleet.Sim.send

    def recording(sim, station, packet) -> None:
        if sim.now >= sc.outage_end:
            sent.append((sim.now - sc.outage_end) / scale)
        original(sim, station, packet)

    fleet.Sim.send = recording
    try:
        fleet.simulate("ours", sc, lambda sim, rng: fleet.OurStation(
            sim, rng, fleet.shipped_policy()))
    finally:
        fleet.Sim.send = original
    return sorted(t for t in sent if t < seconds), stations


def replay(times: list[float], url: str, station, packets: list) -> Run:
    uploader = Uploader(url, station.sealer.station_key)
    results: list[tuple[int, float]] = []
    lock = threading.Lock()
    times = times[:len(packets)]
    started = time.perf_counter()

    def one(i: int) -> None:
        delay = times[i] - (time.perf_counter() - started)
        if delay > 0:
            time.sleep(delay)    # the recorded arrival time: this is the schedule itself
        out = uploader.put(packets[i])
        with lock:
            results.append(out)

    with ThreadPoolExecutor(64) as pool:
        list(pool.map(one, range(len(times))))
    seconds = time.perf_counter() - started
    return Run("fleet replay", 2, len(times), seconds, [ms for _, ms in results],
               Counter(s for s, _ in results))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--packets", type=int, default=None)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--fleet-seconds", type=float, default=None)
    args = parser.parse_args(argv)
    count = args.packets or (120 if args.quick else 1200)
    fleet_seconds = args.fleet_seconds or (5.0 if args.quick else 30.0)
    bin_dir = pg_bin()
    if bin_dir is None:
        print("PostgreSQL binaries not found (apt-get install postgresql): SQLite only")
    with tempfile.TemporaryDirectory(prefix="bench-central-") as tmp:
        root = Path(tmp)
        data = root / "central"
        key = central_key(data)
        station = open_station(root / "station", key)
        made = time.perf_counter()
        ids = station.enroll(count)
        packets = [station.store.read(lambda r, e=e: outbox.load_packet(r, e)) for e in ids]
        print(f"{count} sealed packets of {statistics.mean(len(p.data) for p in packets):.0f} "
              f"bytes made in {time.perf_counter() - made:.1f} s; {args.clients} clients")
        runs = [ingest("SQLite (baseline)", 1, str(root / "sqlite" / "central.db"), data,
                       station, packets, args.clients)]
        cluster = Cluster(bin_dir) if bin_dir else None
        try:
            if cluster:
                for workers in (1, 2, 4):
                    runs.append(ingest("PostgreSQL", workers, cluster.database(), data,
                                       station, packets, args.clients))
            base = runs[0].rate
            print_table(["store", "workers", "uploads", "stored/s", "p50 ms", "p99 ms",
                         "vs baseline", "other statuses"],
                        [[r.name, r.workers, r.sent, r.rate, r.pct(0.5), r.pct(0.99),
                          f"{r.rate / base:.2f}x",
                          dict((s, n) for s, n in r.statuses.items() if s != 201) or "-"]
                         for r in runs],
                        title="\nPUT ingest over loopback (same packets, fresh database each)")
            if cluster:
                pg2 = next(r for r in runs if r.name == "PostgreSQL" and r.workers == 2)
                times, stations = fleet_send_times(pg2.rate, fleet_seconds)
                database = cluster.database()
                store = open_store(database)
                store.add_station(STATION, raw_public(station.sealer.station_key.public_key()),
                                  "bench")
                store.close()
                service = Service(data, database, 2)
                try:
                    run = replay(times, service.url, station, packets)
                finally:
                    service.stop()
                replayed = times[:len(packets)]
                window = max(replayed[-1], 1e-3) if replayed else fleet_seconds
                offered = len(replayed) / window
                print_table(["stations simulated", "capacity set", "offered/s", "stored/s",
                             "p50 ms", "p99 ms", "statuses", "seconds"],
                            [[stations, pg2.rate, offered, run.rate, run.pct(0.5),
                              run.pct(0.99), dict(run.statuses), run.seconds]],
                            title=f"\nFleet recovery surge replayed against PostgreSQL, "
                                  f"2 workers: {len(replayed)} of the {len(times)} requests "
                                  f"of the first {fleet_seconds:.0f} s after the outage "
                                  f"(one packet each), over {window:.1f} s")
        finally:
            if cluster:
                cluster.stop()
            station.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
