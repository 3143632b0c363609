"""Shared helpers for the benchmarks: timing with warm-up, and a plain-text table.

Every benchmark measures its subject and a baseline in the same run, on the same machine, so
the ratio means something even where absolute times vary. Run one with
``.venv/bin/python tests/benchmarks/bench_<name>.py`` (``--quick`` for a short smoke run).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Timing:
    """Milliseconds per call over repeated runs."""

    name: str
    samples_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p90(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def measure(name: str, fn: Callable[[], object], repeat: int, warmup: int = 2,
            clock: Callable[[], float] = time.perf_counter) -> Timing:
    """Call ``fn`` ``warmup`` times untimed, then ``repeat`` times timed (``clock``: wall
    time, or ``time.process_time`` for the CPU time of every thread of this process)."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = clock()
        fn()
        samples.append((clock() - start) * 1000.0)
    return Timing(name, samples)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], title: str = "") -> None:
    """Print rows as an aligned table (floats with two decimals)."""
    cells = [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    if title:
        print(title)
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


class BusyLoad:
    """``count`` processes that each keep one core busy (a shared, busy station), for a
    benchmark's ``--load``; a context manager that ends them. ``own_session``: each runs in a
    session of its own, as a program the kiosk did not start does (Linux then schedules it in
    a group of its own, sched_autogroup); else in this process's session, sharing its group
    as the kiosk's own children do."""

    def __init__(self, count: int = 2, own_session: bool = True) -> None:
        self.count = count
        self.own_session = own_session
        self._processes: list = []

    def __enter__(self) -> BusyLoad:
        import subprocess
        import sys

        # each ends by itself when this process is gone (killed by a timeout, crashed)
        spin = ("import os, sys\nparent = int(sys.argv[1])\nwhile os.getppid() == parent:\n"
                "    for _ in range(100_000): pass")
        self._processes = [subprocess.Popen([sys.executable, "-c", spin, str(os.getpid())],
                                            start_new_session=self.own_session)
                           for _ in range(self.count)]
        return self

    def __exit__(self, *_exc: object) -> None:
        for process in self._processes:
            process.kill()
            process.wait()
        self._processes = []
