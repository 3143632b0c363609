"""Overload-safe retry policy, free of I/O and of real time (every method takes ``now``).

The same objects drive the real sync worker and the fleet simulation benchmark:
capped exponential back-off with full jitter, Retry-After as a floor, client-side adaptive
throttling (Google SRE, "Handling Overload"), a retry budget (token bucket, AWS SDK numbers),
an AIMD concurrency limit starting at 1 (continued below one upload in flight by a
delay-based pacer, :class:`Pacer`), and a circuit breaker. ``tests/benchmarks/
bench_sync_fleet.py`` runs them for 500 stations through an outage.
"""

from __future__ import annotations

import enum
import math
import random
import re
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime


def full_jitter(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """Seconds to wait before retry ``attempt`` (1-based): uniform(0, min(cap, base*2^n))."""
    return rng.uniform(0.0, min(cap, base * (2.0 ** min(attempt, 30))))


RETRY_AFTER_CAP_S = 3600.0   # the longest wait a server may ask for (RFC 9110 sets no limit)
_DELTA_SECONDS = re.compile(r"[0-9]{1,12}")
_HTTP_DATE = re.compile(r"[A-Za-z0-9 ,:\-]{1,64}")


def parse_retry_after(value: str | None, now_epoch: float,
                      cap: float = RETRY_AFTER_CAP_S) -> float | None:
    """Seconds from a Retry-After header: ASCII delta-seconds or an HTTP date, at most
    ``cap``; None when absent or anything else (never raises: the header is the server's)."""
    if not value:
        return None
    value = value.strip(" \t")
    if _DELTA_SECONDS.fullmatch(value):
        return min(float(int(value)), cap)
    if not _HTTP_DATE.fullmatch(value):
        return None
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:       # "-0000" in RFC 5322 terms: UTC, source unknown
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - now_epoch
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if not math.isfinite(seconds):
        return None
    return min(max(0.0, seconds), cap)


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
    """Token bucket for retries: a retry costs tokens, a first-try success earns one back.

    ``refill_per_s`` also trickles tokens back with time, so a station whose only work is a
    retry (the head of its queue after a long outage) is slowed down, never stuck for good.
    """

    max_tokens: float = 500.0
    retry_cost: float = 5.0
    timeout_cost: float = 10.0
    success_refund: float = 1.0
    refill_per_s: float = 0.0
    tokens: float = field(default=-1.0)
    _at: float | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.tokens < 0:
            self.tokens = self.max_tokens

    def try_acquire(self, timeout: bool = False, now: float | None = None) -> bool:
        if now is not None:
            if self._at is not None:
                self.tokens = min(self.max_tokens,
                                  self.tokens + (now - self._at) * self.refill_per_s)
            self._at = now
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


class Pacer:
    """A delay-based rate controller below one upload in flight (in the manner of LEDBAT,
    RFC 6817): a fleet of hundreds of stations needs each of them to send far less than one
    request at a time, and to fill the service's spare capacity without queueing it up.

    ``gap_s`` is the time between upload starts *per packet of backlog*: a station holding
    ``w`` packets starts uploads ``gap_s / w`` apart (at most ``cap_s``). The service's
    capacity is then shared per packet, not per station, so after an outage the stations
    with the longest queues drain faster and the fleet finishes together.

    Each answer measures the service's queueing delay (its latency above the quickest seen
    lately) against ``target_s``. No queueing divides the gap by ``e**gain`` (16 by
    default), a delay of twice the target or more multiplies it by as much, and in between
    the change is log-linear, so the fleet settles where answers queue about ``target_s``:
    the service stays busy with few overload answers, and a service with room is filled
    within a few answers. An overload answer doubles the gap (at least ``base_s``). A
    station that could not reach the service at all (an outage) returns at no more than
    ``cap_s`` per packet, a walk rather than a rush, and speeds up from its first answers.
    """

    def __init__(self, base_s: float = 1.0, cap_s: float = 60.0, target_s: float = 0.5,
                 gain: float = math.log(16.0), max_weight: float = 32.0) -> None:
        self.base_s = base_s
        self.cap_s = cap_s
        self.target_s = target_s
        self.gain = gain
        self.max_weight = max_weight
        self.gap_s = 0.0
        self.quickest_s: float | None = None
        self.backlog = 1

    def _top(self) -> float:
        """The largest useful gap: ``cap_s`` between starts for the current backlog."""
        return self.cap_s * self.weight(self.backlog)

    def on_overload(self) -> None:
        """The service answered 429/503: halve the rate."""
        self.gap_s = min(self._top(), max(self.base_s, 2.0 * self.gap_s))

    def on_unreachable(self) -> None:
        """No answer at all (refused, dropped, timed out): come back at a walk."""
        self.gap_s = max(self.gap_s, self.cap_s)

    def queueing_s(self, latency_s: float) -> float:
        """Learn from one answer's latency; its queueing delay (latency above the quickest
        lately, which creeps up 1 % per answer so that it follows the network)."""
        quickest = self.quickest_s if self.quickest_s is not None else latency_s
        self.quickest_s = min(latency_s, quickest * 1.01)
        return max(0.0, latency_s - self.quickest_s)

    def on_success(self, latency_s: float | None = None) -> None:
        queue = 0.0 if latency_s is None else self.queueing_s(latency_s)
        off_target = max(-1.0, min(1.0, (self.target_s - queue) / self.target_s))
        factor = math.exp(-self.gain * off_target)
        if self.gap_s == 0.0:
            if factor > 1.0:                       # queueing while unpaced: start pacing
                self.gap_s = self.base_s / 8 * factor
        else:
            self.gap_s = min(self._top(), self.gap_s * factor)
            if self.gap_s < self.base_s / 8:
                self.gap_s = 0.0

    def weight(self, backlog: int) -> float:
        """The share of a station holding ``backlog`` packets (1 to ``max_weight``)."""
        return float(min(self.max_weight, max(1, backlog)))

    def slot_s(self) -> float:
        """Seconds between upload starts now, for the last backlog given (at most the cap)."""
        return min(self.cap_s, self.gap_s / self.weight(self.backlog))

    def next_start(self, now: float, rng: random.Random, backlog: int | None = None) -> float:
        """When the upload after one starting now may start (jittered +-50 %), for a station
        holding ``backlog`` packets (default: the last backlog given)."""
        if backlog is not None:
            self.backlog = backlog
        self.gap_s = min(self.gap_s, self._top())
        gap = self.slot_s()
        return now + gap * rng.uniform(0.5, 1.5) if gap else now


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


class Admission(enum.Enum):
    """The answer to "may this upload start now?"."""

    SEND = "send"
    WAIT = "wait"              # back-off, breaker or concurrency limit: not yet
    NO_BUDGET = "no_budget"    # a retry, and the retry budget is spent
    THROTTLED = "throttled"    # adaptive throttling failed it locally


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
    pace_target_s: float = 0.5      # queueing delay the pacer aims at
    pace_cap_s: float = 60.0        # longest gap between upload starts
    retry_after_cap_s: float = RETRY_AFTER_CAP_S   # the longest Retry-After obeyed


class ClientPolicy:
    """One station's view of the central service: when it may send, and how many at once."""

    def __init__(self, config: PolicyConfig | None = None, rng: random.Random | None = None):
        self.config = config or PolicyConfig()
        self.rng = rng or random.Random()
        c = self.config
        self.throttle = AdaptiveThrottle(c.throttle_window_s, c.throttle_k)
        # empty, the budget allows one retry per back-off cap
        self.budget = RetryBudget(refill_per_s=RetryBudget.retry_cost / c.cap_s)
        self.aimd = AimdLimit(1, c.max_in_flight)
        self.breaker = CircuitBreaker(c.breaker_threshold, c.breaker_open_s)
        self.pacer = Pacer(c.base_s, min(c.pace_cap_s, c.cap_s), c.pace_target_s)
        self.consecutive_failures = 0
        self.failing: Outcome | None = None   # what the current failure streak is made of
        self.not_before = 0.0
        self.next_start = 0.0
        self.last_retry_after = 0.0

    def may_send(self, now: float, in_flight: int) -> bool:
        """True when a request may start now (back-off over, breaker allows, under limit)."""
        if now < self.not_before or now < self.next_start or in_flight >= self.aimd.limit:
            return False
        if self.breaker.state(now) is Breaker.HALF_OPEN:
            return in_flight == 0
        return self.breaker.allows(now)

    def pause_until(self, until: float) -> None:
        """Send nothing before ``until`` (monotonic seconds): the worker's own failures and a
        refused station credential pause it without a reply to learn from."""
        self.not_before = max(self.not_before, until)

    def ready_at(self) -> float:
        """Earliest time :meth:`may_send` can be true (given room under the limit)."""
        opened = self.breaker.opened_at
        reopen = opened + self.breaker.open_for if opened is not None else 0.0
        return max(self.not_before, self.next_start, reopen)

    def admit(self, now: float, in_flight: int, retry: bool, backlog: int = 1) -> Admission:
        """Decide one upload: the single entry point used by the worker and the fleet
        simulation (``retry``: this packet was sent before without a definitive answer;
        ``backlog``: packets waiting at this station, this one included)."""
        if not self.may_send(now, in_flight):
            return Admission.WAIT
        self.pacer.backlog = backlog
        if self.locally_rejected(now):  # before the budget: a local rejection spends nothing
            return Admission.THROTTLED
        if retry and not self.budget.try_acquire(now=now):
            self.not_before = now + self.config.base_s * 4 * (1.0 + self.rng.random())
            return Admission.NO_BUDGET
        self.next_start = self.pacer.next_start(now, self.rng, backlog)
        return Admission.SEND

    def locally_rejected(self, now: float) -> bool:
        """Adaptive throttling: decide to fail this request without sending it.

        A local rejection waits one pacing slot (or the current back-off, whichever is
        longer) and is not counted among the window's requests. The SRE book counts it,
        since its callers' demand does not depend on the throttle; but a queue worker
        retries its own rejected upload, and counting those retries kept the probability at
        1/2 or more with nothing reaching the service: a station sending once a minute
        stayed throttled for minutes after a single 503 (seen in the fleet benchmark).
        """
        if not self.throttle.should_reject(now, self.rng):
            return False
        wait = max(full_jitter(self.consecutive_failures, self.config.base_s,
                               self.config.cap_s, self.rng),
                   self.pacer.slot_s() * self.rng.uniform(0.5, 1.5))
        self.not_before = max(self.not_before, now + wait)
        return True

    def record(self, now: float, outcome: Outcome, in_flight: int, first_try: bool,
               retry_after: float | None = None, latency_s: float | None = None) -> None:
        """Learn from one finished request (``latency_s``: how long its answer took); sets the
        earliest time of the next one."""
        if retry_after is not None:
            retry_after = min(max(0.0, retry_after), self.config.retry_after_cap_s)
        ok = outcome is Outcome.SUCCESS
        self.throttle.record(now, ok)
        if ok:
            self.consecutive_failures = 0
            self.failing = None
            self.breaker.on_success()
            self.aimd.on_success(in_flight)
            self.pacer.on_success(latency_s)
            # what the answer taught applies at once: a service found with room is filled
            # now, not after the gap chosen before the answer came
            self.next_start = min(self.next_start, self.pacer.next_start(now, self.rng))
            if first_try:
                self.budget.on_success()
            return
        if outcome is Outcome.OVERLOADED:
            self.aimd.on_overload()
            self.pacer.on_overload()
        else:
            self.pacer.on_unreachable()
        self.breaker.on_failure(now, retry_after)
        # One streak per kind of failure: a station that reaches the service again after an
        # outage, and is told to slow down, backs off from a first overload answer, not
        # from its 30th refused connection (which kept it up to 300 s away from a service
        # that had room).
        kind = Outcome.OVERLOADED if outcome is Outcome.OVERLOADED else Outcome.TRANSIENT
        if self.failing is not kind:
            self.consecutive_failures = 0
            self.failing = kind
        self._delay(now, retry_after)

    def _delay(self, now: float, retry_after: float | None) -> None:
        self.consecutive_failures += 1
        wait = full_jitter(self.consecutive_failures, self.config.base_s, self.config.cap_s,
                           self.rng)
        if retry_after is not None:
            self.last_retry_after = retry_after
            # a floor, never a target: jitter above it so the fleet does not return together,
            # and the exponential back-off still applies when it asks for more
            wait = max(wait, retry_after + self.rng.uniform(0.0, max(1.0, retry_after) * 0.5))
        self.not_before = max(self.not_before, now + wait)
