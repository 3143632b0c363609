"""Fleet benchmark: 500 stations, a central service of fixed capacity, a one-hour outage and
the recovery after it, on a simulated clock (discrete events, no sleeping).

Our stations run the real :class:`kiosk.sync.policy.ClientPolicy` with the shipped defaults
(``ClientPolicy.admit`` with the station's backlog, and ``record`` with the answer's latency:
the calls the sync worker makes): full-jitter back-off with one streak per kind of failure,
Retry-After floor, adaptive throttling, retry budget, circuit breaker, AIMD, and the
delay-based pacer shared per packet of backlog. Side by side, in
the same run on the same arrivals: naive fixed-interval retry, and MOSIP's registration client
(a sync job every 5 minutes on the wall clock, batches of 5, 2 attempts 1 s apart).

The central service does ``capacity`` requests/s, first come first served; a request that
would wait in its queue longer than 2 s gets 503 with Retry-After, and each rejection still
costs ``reject_cost`` of a request's work (parsing, TLS, logging), as rejections do. During the
outage connections are refused. Status polls (GET) are not simulated: only uploads.

Run: ``.venv/bin/python tests/benchmarks/bench_sync_fleet.py [--quick] [--out DIR] [--seeds N]``
(``--seeds``: ours again with N other arrival seeds, min / median / max; default 10).
"""

from __future__ import annotations

import argparse
import heapq
import math
import random
import statistics
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import print_table

from kiosk.options import OPTIONS
from kiosk.sync.policy import Admission, ClientPolicy, Outcome, PolicyConfig

OK, BUSY, REFUSED = "ok", "busy", "refused"
BIN_S = 10.0


@dataclass(frozen=True)
class Scenario:
    stations: int = 500
    capacity_rps: float = 10.0
    reject_cost: float = 0.1
    enrollments_per_station_hour: float = 12.0
    warmup_s: float = 600.0
    outage_s: float = 3600.0
    horizon_s: float = 6 * 3600.0       # after the outage: give up on draining after this
    queue_s: float = 2.0                # longest wait in the service's queue before a 503
    rtt_s: float = 0.05                 # network round trip
    seed: int = 7

    @property
    def outage_end(self) -> float:
        return self.warmup_s + self.outage_s


class Central:
    """Fixed capacity: one request's work takes 1/capacity seconds, FIFO; a request that would
    wait more than ``queue_s`` is refused with 503 + Retry-After (the time until the queue is
    short enough again), and the refusal itself costs ``reject_cost`` of a request's work."""

    def __init__(self, sc: Scenario) -> None:
        self.sc = sc
        self.free_at = 0.0
        self.log: list[tuple[float, str]] = []

    def handle(self, now: float) -> tuple[str, float | None, float]:
        """(result, Retry-After, seconds until the answer) for a request arriving now."""
        sc = self.sc
        if sc.warmup_s <= now < sc.outage_end:
            self.log.append((now, REFUSED))
            return REFUSED, None, sc.rtt_s
        start = max(now, self.free_at)
        work = 1.0 / sc.capacity_rps
        if start - now <= sc.queue_s:
            self.free_at = start + work
            self.log.append((now, OK))
            return OK, None, self.free_at - now + sc.rtt_s
        self.free_at += work * sc.reject_cost
        self.log.append((now, BUSY))
        return BUSY, float(max(1, math.ceil(start - now - sc.queue_s))), sc.rtt_s


@dataclass
class Packet:
    created: float
    attempts: int = 0
    in_flight: bool = False
    sent_at: float = 0.0


class Sim:
    """The event loop: a heap of (time, order, callback)."""

    def __init__(self, sc: Scenario) -> None:
        self.sc = sc
        self.now = 0.0
        self.central = Central(sc)
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._order = 0
        self.stored: list[tuple[float, float]] = []     # (stored at, created at)
        self.held_stored = 0                             # of packets made before the end

    def record_store(self, packet: Packet) -> None:
        self.stored.append((self.now, packet.created))
        self.held_stored += packet.created < self.sc.outage_end

    def at(self, t: float, fn: Callable[[], None]) -> None:
        self._order += 1
        heapq.heappush(self._heap, (max(t, self.now), self._order, fn))

    def send(self, station: Station, packet: Packet) -> None:
        packet.in_flight = True
        packet.sent_at = self.now
        result, retry_after, delay = self.central.handle(self.now)
        self.at(self.now + delay, lambda: station.answered(packet, result, retry_after))

    def run(self, until: float, done: Callable[[], bool]) -> None:
        while self._heap and self._heap[0][0] <= until:
            t, _, fn = heapq.heappop(self._heap)
            self.now = t
            fn()
            if t > self.sc.outage_end and done():
                return


class Station:
    def __init__(self, sim: Sim, rng: random.Random) -> None:
        self.sim = sim
        self.rng = rng
        self.queue: deque[Packet] = deque()

    def arrive(self) -> None:
        self.queue.append(Packet(self.sim.now))
        self.new_work()

    def stored(self, packet: Packet) -> None:
        self.queue.remove(packet)
        self.sim.record_store(packet)

    def new_work(self) -> None:
        raise NotImplementedError

    def answered(self, packet: Packet, result: str, retry_after: float | None) -> None:
        raise NotImplementedError


class OurStation(Station):
    """The sync worker's decisions, through the real ClientPolicy."""

    def __init__(self, sim: Sim, rng: random.Random, config: PolicyConfig) -> None:
        super().__init__(sim, rng)
        self.policy = ClientPolicy(config, rng)
        self.in_flight = 0
        self.wake_at: float | None = None

    def new_work(self) -> None:
        self.wake()

    def wake(self) -> None:
        now = self.sim.now
        self.wake_at = None
        for packet in list(self.queue):
            if packet.in_flight:
                continue
            admission = self.policy.admit(now, self.in_flight, retry=packet.attempts > 0,
                                          backlog=len(self.queue) - self.in_flight)
            if admission is Admission.SEND:
                self.in_flight += 1
                self.sim.send(self, packet)
                continue
            if admission is not Admission.WAIT or self.in_flight < self.policy.aimd.limit:
                self._wake_later(self.policy.ready_at())
            return   # otherwise the next answer wakes the station

    def _wake_later(self, t: float) -> None:
        t = max(t, self.sim.now + 1e-3)
        if self.wake_at is not None and self.wake_at <= t:
            return
        self.wake_at = t
        self.sim.at(t, lambda: self.wake() if self.wake_at == t else None)

    def answered(self, packet: Packet, result: str, retry_after: float | None) -> None:
        now = self.sim.now
        packet.in_flight = False
        first_try = packet.attempts == 0
        packet.attempts += 1
        outcome = {OK: Outcome.SUCCESS, BUSY: Outcome.OVERLOADED,
                   REFUSED: Outcome.TRANSIENT}[result]
        self.policy.record(now, outcome, self.in_flight, first_try, retry_after,
                           now - packet.sent_at)
        self.in_flight -= 1
        if result == OK:
            self.stored(packet)
        self.wake()


class NaiveStation(Station):
    """One upload at a time; after a failure, the same packet again after a fixed interval."""

    def __init__(self, sim: Sim, rng: random.Random, interval_s: float) -> None:
        super().__init__(sim, rng)
        self.interval_s = interval_s
        self.busy = False

    def new_work(self) -> None:
        if not self.busy:
            self.next()

    def next(self) -> None:
        if self.queue:
            self.busy = True
            self.sim.send(self, self.queue[0])
        else:
            self.busy = False

    def answered(self, packet: Packet, result: str, retry_after: float | None) -> None:
        packet.in_flight = False
        if result == OK:
            self.stored(packet)
            self.next()
        else:
            self.sim.at(self.sim.now + self.interval_s, self.next)


class MosipStation(Station):
    """A sync job on the wall clock (every ``period_s``, as a cron expression would): the
    pending packets in batches of 5 sent together, each with 2 attempts 1 s apart; what still
    fails waits for the next run. ``aligned=False``: each station's job at its own phase."""

    BATCH, ATTEMPTS, BACKOFF_S = 5, 2, 1.0

    def __init__(self, sim: Sim, rng: random.Random, period_s: float, aligned: bool) -> None:
        super().__init__(sim, rng)
        self.period_s = period_s
        self.running = False
        self.todo: deque[Packet] = deque()
        self.open = 0
        sim.at(period_s if aligned else rng.uniform(0, period_s), self.job)

    def new_work(self) -> None:
        pass   # waits for the next run

    def job(self) -> None:
        self.sim.at(self.sim.now + self.period_s, self.job)
        if self.running or not self.queue:
            return
        self.running = True
        self.todo = deque(self.queue)
        self.batch()

    def batch(self) -> None:
        if not self.todo:
            self.running = False
            return
        for _ in range(min(self.BATCH, len(self.todo))):
            packet = self.todo.popleft()
            packet.attempts = 0
            self.open += 1
            self.sim.send(self, packet)

    def answered(self, packet: Packet, result: str, retry_after: float | None) -> None:
        packet.in_flight = False
        packet.attempts += 1
        if result != OK and packet.attempts < self.ATTEMPTS:
            self.sim.at(self.sim.now + self.BACKOFF_S, lambda: self.sim.send(self, packet))
            return
        if result == OK:
            self.stored(packet)
        self.open -= 1
        if self.open == 0:
            self.batch()


def shipped_policy() -> PolicyConfig:
    """The policy a station gets with no configuration (kiosk.options defaults)."""
    return PolicyConfig(base_s=OPTIONS["sync.backoff_base_seconds"].default,
                        cap_s=OPTIONS["sync.backoff_cap_seconds"].default,
                        max_in_flight=OPTIONS["sync.max_in_flight"].default,
                        pace_cap_s=OPTIONS["sync.pace_cap_seconds"].default)


@dataclass
class Result:
    name: str
    drain_s: float
    goodput: float          # stored per second during recovery / capacity
    rejected: float         # 503s / requests that reached the service during recovery
    outage_requests: float  # requests per station per hour of outage
    per_stored: float       # requests per stored packet during recovery
    cpu_s: float
    stored_bins: list[float] = field(default_factory=list)
    busy_bins: list[float] = field(default_factory=list)
    sent_bins: list[float] = field(default_factory=list)


def simulate(name: str, sc: Scenario, make: Callable[[Sim, random.Random], Station]) -> Result:
    cpu = time.process_time()
    sim = Sim(sc)
    arrivals = random.Random(sc.seed)
    stations = [make(sim, random.Random(sc.seed * 1000 + i)) for i in range(sc.stations)]
    end = sc.outage_end + sc.horizon_s
    rate = sc.enrollments_per_station_hour / 3600.0
    backlog = 0
    for station in stations:   # the same Poisson arrivals for every policy
        t = arrivals.expovariate(rate)
        while t < end:
            sim.at(t, station.arrive)
            backlog += t < sc.outage_end
            t += arrivals.expovariate(rate)

    def drained() -> bool:
        return sim.held_stored >= backlog

    sim.run(end, drained)
    t0 = sc.outage_end
    t1 = sim.now if drained() else end
    drain_s = t1 - t0 if drained() else math.inf
    window = [s for s in sim.stored if t0 <= s[0] <= t1]
    log = sim.central.log
    recovery = [r for t, r in log if t0 <= t <= t1]
    busy = sum(r == BUSY for r in recovery)
    outage = sum(r == REFUSED for _, r in log)
    nbins = math.ceil(t1 / BIN_S) + 1
    stored_bins, busy_bins, sent_bins = [0.0] * nbins, [0.0] * nbins, [0.0] * nbins
    for t, _ in sim.stored:
        if t <= t1:
            stored_bins[int(t / BIN_S)] += 1 / BIN_S
    for t, r in log:
        if t <= t1:
            sent_bins[int(t / BIN_S)] += 1 / BIN_S
            busy_bins[int(t / BIN_S)] += (r == BUSY) / BIN_S
    return Result(name, drain_s, len(window) / max(t1 - t0, 1e-9) / sc.capacity_rps,
                  busy / max(1, len(recovery)),
                  outage / sc.stations / (sc.outage_s / 3600.0),
                  len(recovery) / max(1, len(window)), time.process_time() - cpu,
                  stored_bins, busy_bins, sent_bins)


def plot(results: list[Result], sc: Scenario, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(11, 7.5), sharex=True)
    drains = [r.drain_s for r in results if math.isfinite(r.drain_s)]
    shown = (sc.outage_end + 2 * max([1800.0, *drains])) / 60
    for rank, r in reversed(list(enumerate(results))):   # ours drawn last, on top
        minutes = [i * BIN_S / 60 for i in range(len(r.stored_bins))]
        width = 1.8 if rank == 0 else 1.0
        label = (f"{r.name}: drained in {r.drain_s / 60:.0f} min" if math.isfinite(r.drain_s)
                 else f"{r.name}: not drained")
        top.plot(minutes, r.stored_bins, label=label, linewidth=width, zorder=10 - rank)
        bottom.plot(minutes, [max(v, 0.05) for v in r.sent_bins], label=r.name,
                    linewidth=width, zorder=10 - rank)
    top.set_xlim(0, shown)
    top.axhline(sc.capacity_rps, color="black", linestyle="--", linewidth=0.8,
                label="capacity")
    for ax in (top, bottom):
        ax.axvspan(sc.warmup_s / 60, sc.outage_end / 60, color="grey", alpha=0.15,
                   label="outage" if ax is top else None)
    top.set_ylabel("packets stored / s")
    top.set_title(f"{sc.stations} stations, capacity {sc.capacity_rps:g} requests/s, "
                  f"{sc.outage_s / 60:g} min outage ({BIN_S:g} s bins)")
    handles, labels = top.get_legend_handles_labels()
    names = [r.name for r in results]

    def rank_of(label: str) -> int:
        return next((i for i, n in enumerate(names) if label.startswith(n + ":")), len(names))

    order = sorted(range(len(labels)), key=lambda i: rank_of(labels[i]))
    top.legend([handles[i] for i in order], [labels[i] for i in order], loc="upper right",
               fontsize=8)
    bottom.set_yscale("log")
    bottom.set_ylim(0.05, None)
    bottom.set_ylabel("requests reaching the service / s")
    bottom.set_xlabel("minutes")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def spread(sc: Scenario, config: PolicyConfig, seeds: int) -> None:
    """Ours with other Poisson arrivals: the goals must hold for the fleet, not for a seed."""
    runs = [simulate("ours", replace(sc, seed=seed), lambda sim, rng: OurStation(sim, rng, config))
            for seed in range(1, seeds + 1)]

    def span(values: list[float], fmt: str) -> list[str]:
        values = sorted(values)
        return [fmt.format(values[0]), fmt.format(statistics.median(values)),
                fmt.format(values[-1])]

    rows = [["goodput / capacity (%)", *span([100 * r.goodput for r in runs], "{:.0f}")],
            ["rejected (503) (%)", *span([100 * r.rejected for r in runs], "{:.1f}")],
            ["time to drain (min)", *span([r.drain_s / 60 for r in runs], "{:.1f}")]]
    print_table(["ours", "min", "median", "max"], rows,
                title=f"Ours with arrival seeds 1 to {seeds}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 stations, 10 minute outage")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()),
                        help="folder for bench_sync_fleet.png (default: the temp folder)")
    parser.add_argument("--stations", type=int, default=500)
    parser.add_argument("--capacity", type=float, default=10.0, help="requests/s")
    parser.add_argument("--reject-cost", type=float, default=0.1)
    parser.add_argument("--naive-interval", type=float, default=5.0, help="seconds")
    parser.add_argument("--mosip-period", type=float, default=300.0, help="seconds")
    parser.add_argument("--seeds", type=int, default=10,
                        help="also run ours with this many other arrival seeds (0: none)")
    args = parser.parse_args(argv)
    if args.quick:
        sc = Scenario(stations=50, capacity_rps=args.capacity / 10, warmup_s=300,
                      outage_s=600, horizon_s=3 * 3600, reject_cost=args.reject_cost)
    else:
        sc = Scenario(stations=args.stations, capacity_rps=args.capacity,
                      reject_cost=args.reject_cost)
    config = shipped_policy()
    policies: list[tuple[str, Callable[[Sim, random.Random], Station]]] = [
        ("ours (kiosk.sync.policy)", lambda sim, rng: OurStation(sim, rng, config)),
        (f"naive: retry every {args.naive_interval:g} s",
         lambda sim, rng: NaiveStation(sim, rng, args.naive_interval)),
        (f"MOSIP: 2 x 1 s, batches of 5, every {args.mosip_period:g} s",
         lambda sim, rng: MosipStation(sim, rng, args.mosip_period, aligned=True)),
        ("MOSIP, each station's job at its own phase",
         lambda sim, rng: MosipStation(sim, rng, args.mosip_period, aligned=False)),
    ]
    results = [simulate(name, sc, make) for name, make in policies]
    backlog_note = sc.stations * sc.enrollments_per_station_hour * sc.outage_s / 3600
    print(f"{sc.stations} stations, {sc.enrollments_per_station_hour:g} enrollments/station/h "
          f"(about {backlog_note:.0f} held back by the outage), capacity "
          f"{sc.capacity_rps:g} requests/s, a 503 costs {sc.reject_cost:g} of a request, "
          f"outage {sc.outage_s / 60:g} min; policy defaults: base {config.base_s:g} s, "
          f"cap {config.cap_s:g} s, {config.max_in_flight} in flight")
    rows = [[r.name, f"{r.drain_s / 60:.1f} min" if math.isfinite(r.drain_s) else "not drained",
             f"{100 * r.goodput:.0f} %", f"{100 * r.rejected:.1f} %", f"{r.per_stored:.2f}",
             f"{r.outage_requests:.0f}", f"{r.cpu_s:.1f} s"] for r in results]
    print_table(["policy", "time to drain", "goodput / capacity", "rejected (503)",
                 "requests / stored", "requests / station / outage h", "cpu"], rows,
                title="Recovery after the outage (goals: goodput >= 90 %, rejected < 10 %)")
    if args.seeds:
        spread(sc, config, args.seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "bench_sync_fleet.png"
    plot(results, sc, path)
    print(f"plot: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
