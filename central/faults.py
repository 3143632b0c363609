"""Fault injection for the reference central service (all off by default)."""

from __future__ import annotations

import asyncio
import json
import math
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any


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


class FaultyApp:
    """ASGI wrapper applying :class:`Faults` around the real application."""

    def __init__(self, app: Any, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            return await self.app(scope, receive, send)
        inj, f = self.injector, self.injector.faults
        inj.requests += 1
        if f.latency_s:
            await asyncio.sleep(f.latency_s)
        down = inj.downtime_left()
        if down:
            return await _send_json(send, 503, {"reason": "maintenance"}, down)
        retry_after = inj.over_capacity()
        if retry_after is not None:
            return await _send_json(send, 503, {"reason": "over_capacity"}, retry_after)
        if inj.roll(f.error_rate):
            return await _send_json(send, 500, {"reason": "injected_error"}, None)
        if inj.roll(f.drop_rate / 2):
            await _drop(send)
        drop_after, garble = inj.roll(f.drop_rate / 2), inj.roll(f.malformed_rate)
        if not (drop_after or garble):
            return await self.app(scope, receive, send)
        status = 500

        async def capture(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        await self.app(scope, receive, capture)  # the request takes effect, the answer is lost
        if drop_after:
            await _drop(send)
        body = b"<html>\x00garbled"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


async def _send_json(send: Any, status: int, payload: dict, retry_after: float | None) -> None:

    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(max(1, round(retry_after))).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class DroppedConnection(Exception):
    """Raised inside the ASGI app so the server closes the connection mid-response."""


async def _drop(send: Any) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"1000")]})
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
    raise DroppedConnection("injected dropped connection")
