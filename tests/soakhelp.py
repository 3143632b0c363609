"""Measurements for soak runs: resident memory after the allocator gives back what it can,
reference counts of Python's singletons, and how long a soak lasts.

Shared by ``tests/test_soak.py`` and ``tests/benchmarks/bench_soak.py``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import statistics
import sys
from dataclasses import dataclass, field

SECONDS_VAR = "KIOSK_SOAK_SECONDS"
ENROLLMENTS_VAR = "KIOSK_SOAK_ENROLLMENTS"


def soak_seconds(default: float = 60.0) -> float:
    """How long each live soak runs (``KIOSK_SOAK_SECONDS``, default one minute)."""
    return float(os.environ.get(SECONDS_VAR, default))


def soak_enrollments(default: int = 8) -> int:
    """How many scripted enrollments the desk soak runs (``KIOSK_SOAK_ENROLLMENTS``)."""
    return int(os.environ.get(ENROLLMENTS_VAR, default))


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


_LIBC = _libc()


def malloc_trim() -> None:
    """Give the C allocator's free memory back to the system (glibc only; else nothing)."""
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux /proc; else the peak, from rusage)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 2**10)


def trimmed_rss_mib() -> float:
    """RSS after a full garbage collection and ``malloc_trim(0)``: what is really held."""
    gc.collect()
    malloc_trim()
    return rss_mib()


def singleton_refcounts() -> dict[str, int]:
    """Reference counts of None, True and False (a faulty binding makes them drift)."""
    gc.collect()
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True),
            "False": sys.getrefcount(False)}


@dataclass
class MemoryTrack:
    """Trimmed-RSS samples (MiB) with the Python object count, after a warm-up."""

    warmup: int
    samples: list[float] = field(default_factory=list)
    objects: list[int] = field(default_factory=list)

    def sample(self) -> float:
        rss = trimmed_rss_mib()
        self.samples.append(rss)
        self.objects.append(len(gc.get_objects()))
        return rss

    @property
    def baseline(self) -> float:
        """The sample just after warm-up."""
        return self.samples[min(self.warmup, len(self.samples) - 1)]

    def growth(self, last: int = 3) -> float:
        """Median of the last ``last`` samples minus the baseline, in MiB."""
        return statistics.median(self.samples[-last:]) - self.baseline

    def slope(self) -> float:
        """Least-squares MiB per sample after warm-up (0 with fewer than two samples)."""
        ys = self.samples[self.warmup:]
        if len(ys) < 2:
            return 0.0
        xs = range(len(ys))
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
        return num / sum((x - mx) ** 2 for x in xs)
