"""Which ICAO checks held the live auto-capture back, and for how long (per enrollment).

The face screen's analyser thread adds every analysed frame seen while no portrait is kept:
the names of the checks it failed and the time since the previous analysed frame (capped, so
a paused camera does not count as minutes of blocking). Only check names and counts are
kept: no image, no measurement, nothing biometric. ``as_dict()`` goes into the audit event
``face_captured`` (the report ranks checks by it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

MAX_GAP_S = 1.0  # a longer gap between analysed frames counts as this much


class BlockTally:
    """Thread-safe counters: one writer (the analyser thread), readers on the UI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._frames = 0
            self._seconds = 0.0
            self._checks: dict[str, list[float]] = {}  # name -> [frames, seconds]
            self._last: float | None = None

    def add(self, failed: Iterable[str], timestamp: float) -> None:
        """One analysed frame (camera timestamp in seconds) and the checks it failed."""
        with self._lock:
            gap = 0.0 if self._last is None else min(max(timestamp - self._last, 0.0),
                                                     MAX_GAP_S)
            self._last = timestamp
            self._frames += 1
            self._seconds += gap
            for name in set(failed):
                counts = self._checks.setdefault(name, [0, 0.0])
                counts[0] += 1
                counts[1] += gap

    def pause(self) -> None:
        """The stream stopped (portrait kept, camera closed): the next frame adds no gap."""
        with self._lock:
            self._last = None

    def as_dict(self) -> dict[str, Any]:
        """``{"frames": n, "seconds": s, "checks": {name: {"frames": n, "seconds": s}}}``."""
        with self._lock:
            return {"frames": self._frames, "seconds": round(self._seconds, 2),
                    "checks": {name: {"frames": int(f), "seconds": round(s, 2)}
                               for name, (f, s) in sorted(self._checks.items())}}
