"""Device benchmarks: SBI discovery (concurrent vs one port after the other) and synthetic
fingerprint generation (cached master vs a new finger).

Run: ``.venv/bin/python tests/benchmarks/bench_devices.py [--quick]``
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import measure, print_table

from devices.sbi import synthetic
from devices.sbi.client import SbiClient
from devices.sbi.simulator import SbiSimulator


def _quiet_range(size: int) -> range:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return range(port, port + size)


def _devices_in_a_range() -> tuple[range, list[SbiSimulator], list[socket.socket]]:
    """20 consecutive ports holding 3 simulators and 2 hung services (listen, never answer)."""
    for base in range(21000, 40000, 50):
        opened: list = []
        try:
            for offset in (2, 7, 11):
                opened.append(SbiSimulator(base + offset, serial=f"B{offset}"))
            for offset in (4, 15):
                hung = socket.socket()
                hung.bind(("127.0.0.1", base + offset))
                hung.listen()
                opened.append(hung)
        except OSError:
            for item in opened:
                item.stop() if isinstance(item, SbiSimulator) else item.close()
            continue
        sims = [item.start() for item in opened if isinstance(item, SbiSimulator)]
        return range(base, base + 20), sims, [i for i in opened if isinstance(i, socket.socket)]
    raise RuntimeError("no free block of 20 ports")


def _sequential(client: SbiClient, ports: range) -> list:
    """The baseline: one port after the other, blocking connect then MOSIPDISC."""
    found = []
    for port in ports:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.3).close()
        except OSError:
            continue
        found += client.probe(port, 0.3)
    return found


def main(quick: bool) -> None:
    repeat = 2 if quick else 10
    client = SbiClient()
    empty = _quiet_range(100)
    concurrent = measure("discover 100 empty ports (concurrent)",
                         lambda: client.discover(empty, 0.3), repeat, warmup=1)
    sequential = measure("discover 100 empty ports (sequential baseline)",
                         lambda: _sequential(client, empty), repeat, warmup=1)
    span, sims, hung = _devices_in_a_range()
    try:
        assert len(client.discover(span, 0.3)) == 3
        few = 1 if quick else 3
        with_devices = measure("discover 20 ports: 3 devices, 2 hung (concurrent)",
                               lambda: client.discover(span, 0.3), few, warmup=0)
        seq_devices = measure("discover 20 ports: 3 devices, 2 hung (sequential baseline)",
                              lambda: _sequential(client, span), few, warmup=0)
    finally:
        for s in sims:
            s.stop()
        for h in hung:
            h.close()
    seeds = iter(range(10_000, 20_000))
    fresh = measure("synthetic print, new finger (baseline)",
                    lambda: synthetic.capture(next(seeds), 0), 3 if quick else 10, warmup=1)
    cached = measure("synthetic print, cached finger",
                     lambda: synthetic.capture(10_000, next(seeds)), repeat, warmup=1)
    print_table(
        ["measure", "median ms", "p90 ms", "baseline / this"],
        [[concurrent.name, concurrent.median, concurrent.p90,
          sequential.median / concurrent.median],
         [sequential.name, sequential.median, sequential.p90, 1.0],
         [with_devices.name, with_devices.median, with_devices.p90,
          seq_devices.median / with_devices.median],
         [seq_devices.name, seq_devices.median, seq_devices.p90, 1.0],
         [cached.name, cached.median, cached.p90, fresh.median / cached.median],
         [fresh.name, fresh.median, fresh.p90, 1.0]],
        title="devices: discovery and synthetic fingerprints")


if __name__ == "__main__":
    main("--quick" in sys.argv[1:])
