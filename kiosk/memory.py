"""Keep a long-running kiosk's native memory from creeping: cap glibc's malloc arenas.

glibc gives threads that allocate at the same time their own malloc arena, up to eight per core.
Every enrollment starts short-lived threads that allocate frame-sized buffers (the camera reader
and analyser, the fingerprint analysis, the scanner's HTTP exchanges, background operations);
spread over up to 16 arenas on a 2-core station, the freed buffers leave fragmented heaps that
``malloc_trim`` cannot give back, and a desk grew by tens of MiB per enrollment with a flat
Python object count. Two arenas keep it flat (measured by ``tests/benchmarks/bench_soak.py``);
the threads mostly run native code (mediapipe, NBIS, OpenCV) that allocates rarely, so they
seldom contend for them.
"""

from __future__ import annotations

import ctypes
import os
import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter number
DEFAULT_ARENAS = 2


def limit_malloc_arenas(count: int = DEFAULT_ARENAS) -> bool:
    """Cap glibc's malloc arenas at ``count`` (call first thing, before threads start).

    Does nothing on other C libraries and other systems, or when ``MALLOC_ARENA_MAX`` is set
    (glibc read it at start: the operator's choice stands). True when the cap was set.
    """
    if not sys.platform.startswith("linux") or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return mallopt(M_ARENA_MAX, count) == 1


def freeze_long_lived() -> int:
    """Collect once, then move every object alive now out of the cyclic garbage collector's
    reach (``gc.freeze``); returns how many. Call once the engines and screens are loaded
    (the kiosk's start-up does, in the background): what start-up made lives as long as the
    kiosk, yet each full collection walked it all again, 50-100 ms holding the GIL on
    whichever thread allocated, while the UI thread waited (``bench_desk.py --why``). Later
    collections walk only what enrollments make."""
    import gc

    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
