"""Fault injection for the reference central service (all off by default)."""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Faults:
    """What the service does wrong. Rates are probabilities per request; windows are
    (start, end) seconds since the service started."""

    capacity_rps: float = 0.0          # 0: unlimited; beyond it 503 + Retry-After
    error_rate: float = 0.0            # random 500s
    latency_s: float = 0.0             # added to every request
    drop_rate: float = 0.0             # connection dropped (half before, half after storing)
    malformed_rate: float = 0.0        # a correct status with a garbage body
    downtime: list[tuple[float, float]] = field(default_factory=list)
    seed: int | None = None


class FaultInjector:
    """Decides, per request, which fault (if any) to apply. Thread-safe."""

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.started = time.monotonic()
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()
        self._tokens = faults.capacity_rps
        self._refilled = self.started
        self.requests = 0  # requests that reached /v1/ (for tests and benchmarks)

    def downtime_left(self) -> float:
        """Seconds until the current downtime window ends (0 when up)."""
        t = time.monotonic() - self.started
        return max((end - t for start, end in self.faults.downtime if start <= t < end),
                   default=0.0)

    def over_capacity(self) -> float | None:
        """None when the request fits in the capacity, else a Retry-After in seconds."""
        rate = self.faults.capacity_rps
        if rate <= 0:
            return None
        with self._lock:
            now = time.monotonic()
            self._tokens = min(rate, self._tokens + (now - self._refilled) * rate)
            self._refilled = now
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return None
            return float(max(1, math.ceil((1.0 - self._tokens) / rate)))

    def roll(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._lock:
            return self._rng.random() < rate
