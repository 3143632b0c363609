"""Overload-safe retry policy, free of I/O and of real time (every method takes ``now``).

The same objects drive the real sync worker and the fleet simulation benchmark:
capped exponential back-off with full jitter, Retry-After as a floor, client-side adaptive
throttling (Google SRE, "Handling Overload"), a retry budget (token bucket, AWS SDK numbers),
an AIMD concurrency limit starting at 1, and a circuit breaker.
"""

from __future__ import annotations

import enum
import math
import random
from collections import deque
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """Seconds to wait before retry ``attempt`` (1-based): uniform(0, min(cap, base*2^n))."""
    return rng.uniform(0.0, min(cap, base * (2.0 ** min(attempt, 30))))


def parse_retry_after(value: str | None, now_epoch: float) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now_epoch)
    except (TypeError, ValueError, IndexError):
        return None


class AdaptiveThrottle:
    """Reject locally with probability max(0, (requests - k*accepts) / (requests + 1))."""

    def __init__(self, window_s: float = 120.0, k: float = 2.0) -> None:
        self.window_s = window_s
        self.k = k
        self._log: deque[tuple[float, bool]] = deque()
        self.requests = 0
        self.accepts = 0

    def _expire(self, now: float) -> None:
        while self._log and self._log[0][0] < now - self.window_s:
            _, accepted = self._log.popleft()
            self.requests -= 1
            self.accepts -= accepted

    def reject_probability(self, now: float) -> float:
        self._expire(now)
        return max(0.0, (self.requests - self.k * self.accepts) / (self.requests + 1))

    def should_reject(self, now: float, rng: random.Random) -> bool:
        """True when this request should fail locally without reaching the server."""
        return rng.random() < self.reject_probability(now)

    def record(self, now: float, accepted: bool) -> None:
        """Count one request (also locally rejected ones) and whether the server accepted it."""
        self._expire(now)
        self._log.append((now, accepted))
        self.requests += 1
        self.accepts += accepted


@dataclass
class RetryBudget:
    """Token bucket for retries: a retry costs tokens, a first-try success earns one back."""

    max_tokens: float = 500.0
    retry_cost: float = 5.0
    timeout_cost: float = 10.0
    success_refund: float = 1.0
    tokens: float = field(default=-1.0)

    def __post_init__(self) -> None:
        if self.tokens < 0:
            self.tokens = self.max_tokens

    def try_acquire(self, timeout: bool = False) -> bool:
        cost = self.timeout_cost if timeout else self.retry_cost
        if self.tokens < cost:
            return False
        self.tokens -= cost
        return True

    def on_success(self) -> None:
        self.tokens = min(self.max_tokens, self.tokens + self.success_refund)


class AimdLimit:
    """Concurrency limit: +1 after a success while busy, x0.9 on an overload signal."""

    def __init__(self, initial: int = 1, cap: int = 4, decrease: float = 0.9) -> None:
        self.value = float(initial)
        self.cap = cap
        self.decrease = decrease

    @property
    def limit(self) -> int:
        return max(1, min(self.cap, math.floor(self.value)))

    def on_success(self, in_flight: int) -> None:
        if in_flight >= self.limit:
            self.value = min(float(self.cap), self.value + 1.0)

    def on_overload(self) -> None:
        self.value = max(1.0, self.value * self.decrease)


class Breaker(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Opens after ``threshold`` consecutive failures; one probe is allowed after ``open_s``."""

    def __init__(self, threshold: int = 5, open_s: float = 30.0) -> None:
        self.threshold = threshold
        self.open_s = open_s
        self.failures = 0
        self.opened_at: float | None = None
        self.open_for = open_s

    def state(self, now: float) -> Breaker:
        if self.opened_at is None:
            return Breaker.CLOSED
        return Breaker.HALF_OPEN if now >= self.opened_at + self.open_for else Breaker.OPEN

    def allows(self, now: float) -> bool:
        return self.state(now) is not Breaker.OPEN

    def on_success(self) -> None:
        self.failures = 0
        self.opened_at = None

    def on_failure(self, now: float, open_for: float | None = None) -> None:
        self.failures += 1
        if self.failures >= self.threshold or self.opened_at is not None:
            self.opened_at = now
            self.open_for = max(self.open_s, open_for or 0.0)


class Outcome(enum.Enum):
    """What one upload attempt taught the client."""

    SUCCESS = "success"          # 2xx, or a definitive answer such as 400/422
    OVERLOADED = "overloaded"    # 429/503: the server asked us to slow down
    TRANSIENT = "transient"      # other 5xx, dropped connection, refused connection
    TIMEOUT = "timeout"          # connect or stall timeout


@dataclass
class PolicyConfig:
    base_s: float = 1.0
    cap_s: float = 300.0
    max_in_flight: int = 4
    breaker_threshold: int = 5
    breaker_open_s: float = 30.0
    throttle_window_s: float = 120.0
    throttle_k: float = 2.0


class ClientPolicy:
    """One station's view of the central service: when it may send, and how many at once."""

    def __init__(self, config: PolicyConfig | None = None, rng: random.Random | None = None):
        self.config = config or PolicyConfig()
        self.rng = rng or random.Random()
        c = self.config
        self.throttle = AdaptiveThrottle(c.throttle_window_s, c.throttle_k)
        self.budget = RetryBudget()
        self.aimd = AimdLimit(1, c.max_in_flight)
        self.breaker = CircuitBreaker(c.breaker_threshold, c.breaker_open_s)
        self.consecutive_failures = 0
        self.not_before = 0.0
        self.last_retry_after = 0.0

    def may_send(self, now: float, in_flight: int) -> bool:
        """True when a request may start now (back-off over, breaker allows, under limit)."""
        if now < self.not_before or in_flight >= self.aimd.limit:
            return False
        if self.breaker.state(now) is Breaker.HALF_OPEN:
            return in_flight == 0
        return self.breaker.allows(now)

    def locally_rejected(self, now: float) -> bool:
        """Adaptive throttling: decide to fail this request without sending it."""
        if self.throttle.should_reject(now, self.rng):
            self.throttle.record(now, False)
            self._delay(now, None)
            return True
        return False

    def is_retry_allowed(self, outcome: Outcome) -> bool:
        return self.budget.try_acquire(timeout=outcome is Outcome.TIMEOUT)

    def record(self, now: float, outcome: Outcome, in_flight: int, first_try: bool,
               retry_after: float | None = None) -> None:
        """Learn from one finished request; sets the earliest time of the next one."""
        ok = outcome is Outcome.SUCCESS
        self.throttle.record(now, ok)
        if ok:
            self.consecutive_failures = 0
            self.breaker.on_success()
            self.aimd.on_success(in_flight)
            if first_try:
                self.budget.on_success()
            return
        if outcome is Outcome.OVERLOADED:
            self.aimd.on_overload()
        self.breaker.on_failure(now, retry_after)
        self._delay(now, retry_after)

    def _delay(self, now: float, retry_after: float | None) -> None:
        self.consecutive_failures += 1
        wait = full_jitter(self.consecutive_failures, self.config.base_s, self.config.cap_s,
                           self.rng)
        if retry_after is not None:
            self.last_retry_after = retry_after
            # Retry-After is a floor; jitter above it so the fleet does not return together
            wait = retry_after + self.rng.uniform(0.0, max(1.0, retry_after) * 0.5) + wait * 0.1
        self.not_before = max(self.not_before, now + wait)
