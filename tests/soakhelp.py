"""Measurements for soak runs: resident memory after the allocator gives back what it can,
the C heap in use (glibc's ``mallinfo2``), SQLite's own memory, reference counts of Python's
singletons, and how long a soak lasts.

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


def soak_seconds(default: float = 30.0) -> float:
    """How long each live soak runs (``KIOSK_SOAK_SECONDS``, default 30 s: the suite's run;
    a working day sets it)."""
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


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def c_heap_mib() -> float | None:
    """Bytes the C allocator has handed out and not had back, in MiB (glibc's ``mallinfo2``,
    every arena: ``uordblks`` plus the mmapped blocks ``hblkhd``); None without glibc 2.33+.
    Unlike RSS it does not move with fragmentation or trimming: growth here is memory held."""
    mallinfo2 = getattr(_LIBC, "mallinfo2", None)
    if mallinfo2 is None:
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


_SQLITE_MEMORY_USED = 0  # sqlite3_status64 operations (sqlite3.h)
_SQLITE_PAGECACHE_OVERFLOW = 2  # page cache bytes from the heap: all of it, as no buffer is set


def _sqlcipher() -> ctypes.CDLL | None:
    try:
        import sqlcipher3._sqlite3 as module  # the store's SQLCipher, linked into the module

        return ctypes.CDLL(module.__file__)
    except (ImportError, OSError):
        return None


_SQLCIPHER = _sqlcipher()


def sqlite_memory_mib() -> dict[str, float] | None:
    """SQLCipher's own accounting, process-wide, in MiB: ``page_cache`` (bytes the page
    caches of every connection hold now) and its ``page_cache_peak``, ``total`` (everything
    SQLite allocated: caches, statements, schemas); None if the library is not there."""
    status = getattr(_SQLCIPHER, "sqlite3_status64", None)
    if status is None:
        return None
    status.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_int64),
                       ctypes.POINTER(ctypes.c_int64), ctypes.c_int]
    values = {}
    for name, op in (("total", _SQLITE_MEMORY_USED), ("page_cache", _SQLITE_PAGECACHE_OVERFLOW)):
        current, peak = ctypes.c_int64(), ctypes.c_int64()
        if status(op, ctypes.byref(current), ctypes.byref(peak), 0) != 0:
            return None
        values[name] = current.value / 2**20
        values[f"{name}_peak"] = peak.value / 2**20
    return values


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


def least_squares_slope(ys: list[float]) -> float:
    """Least-squares growth per step of evenly spaced values (0 with fewer than two)."""
    if len(ys) < 2:
        return 0.0
    xs = range(len(ys))
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return num / sum((x - mx) ** 2 for x in xs)


@dataclass
class MemoryTrack:
    """Trimmed-RSS samples (MiB) with the Python object count, the C heap in use (MiB, when
    glibc tells) and the reference count of None, after a warm-up."""

    warmup: int
    samples: list[float] = field(default_factory=list)
    objects: list[int] = field(default_factory=list)
    heap: list[float] = field(default_factory=list)
    nones: list[int] = field(default_factory=list)

    def sample(self) -> float:
        rss = trimmed_rss_mib()
        self.samples.append(rss)
        self.objects.append(len(gc.get_objects()))
        heap = c_heap_mib()
        if heap is not None:
            self.heap.append(heap)
        self.nones.append(sys.getrefcount(None))
        return rss

    def halves(self, values: list[float] | list[int]) -> tuple[float, float]:
        """Least-squares growth per sample of ``values`` (a list of this track's) in the first
        and the second half of the samples after warm-up (the middle sample in both)."""
        ys = [float(v) for v in values[self.warmup:]]
        middle = len(ys) // 2
        return least_squares_slope(ys[:middle + 1]), least_squares_slope(ys[middle:])

    @property
    def baseline(self) -> float:
        """The sample just after warm-up."""
        return self.samples[min(self.warmup, len(self.samples) - 1)]

    def growth(self, last: int = 3) -> float:
        """Median of the last ``last`` samples minus the baseline, in MiB."""
        return statistics.median(self.samples[-last:]) - self.baseline

    def slope(self) -> float:
        """Least-squares MiB per sample after warm-up (0 with fewer than two samples)."""
        return least_squares_slope(self.samples[self.warmup:])
