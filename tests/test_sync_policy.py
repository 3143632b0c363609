"""The overload-safe retry policy, on a hand-driven clock: jitter bounds, Retry-After as a
floor, the adaptive throttling formula, the retry budget, AIMD, the pacer and the breaker."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from kiosk.sync.policy import (
    RETRY_AFTER_CAP_S,
    AdaptiveThrottle,
    Admission,
    AimdLimit,
    Breaker,
    CircuitBreaker,
    ClientPolicy,
    Outcome,
    Pacer,
    PolicyConfig,
    RetryBudget,
    full_jitter,
    parse_retry_after,
)


def test_full_jitter_stays_under_the_capped_exponential_and_spreads():
    rng = random.Random(1)
    for attempt, ceiling in [(1, 2.0), (3, 8.0), (10, 300.0), (40, 300.0)]:
        waits = [full_jitter(attempt, 1.0, 300.0, rng) for _ in range(2000)]
        assert min(waits) >= 0.0 and max(waits) <= ceiling
        assert max(waits) > 0.9 * ceiling and min(waits) < 0.1 * ceiling   # full, not equal


def test_retry_after_in_seconds_or_as_an_http_date():
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("120", now) == 120.0
    later = format_datetime(datetime(2026, 1, 5, 8, 0, 30, tzinfo=UTC), usegmt=True)
    assert parse_retry_after(later, now) == 30.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


@pytest.mark.parametrize("hostile", [
    "\u00b2", "\u0661\u0662", "１２", "1.5", "-5", "+5", "1e9", "0x10", "5 5", "NaN", "inf",
    "9" * 13, "Mon, 99 Foo 99999 99:99:99 GMT", "Fri, 31 Dec 9999 23:59:59 GMT\u00b2",
    "x" * 200, "\x00", "Tue, 15 Nov 1994 08:12:31 GMT; x", ""])
def test_retry_after_anything_but_digits_or_a_date_is_absent_never_an_error(hostile):
    assert parse_retry_after(hostile, 1_767_600_000.0) is None


def test_retry_after_is_capped_at_an_hour_and_a_past_date_means_now():
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("315360000", now) == RETRY_AFTER_CAP_S == 3600.0
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now) == 3600.0
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now) == 0.0
    assert parse_retry_after(" 7 ", now) == 7.0


def test_a_huge_retry_after_delays_the_next_try_by_the_cap_at_most():
    for seed in range(50):
        policy = ClientPolicy(PolicyConfig(), random.Random(seed))
        policy.record(100.0, Outcome.OVERLOADED, 1, True, retry_after=315_360_000.0)
        assert 100.0 + 3600.0 <= policy.not_before <= 100.0 + 1.5 * 3600.0
        assert policy.may_send(100.0 + 1.5 * 3600.0 + 30.0 + 1.0, 0)   # breaker open 1 h
    short = ClientPolicy(PolicyConfig(retry_after_cap_s=2.0), random.Random(1))
    short.record(100.0, Outcome.OVERLOADED, 1, True, retry_after=315_360_000.0)
    assert short.not_before <= 100.0 + 300.0


def test_retry_after_is_a_floor_for_every_station():
    for seed in range(50):
        policy = ClientPolicy(PolicyConfig(), random.Random(seed))
        policy.record(100.0, Outcome.OVERLOADED, 1, True, retry_after=7.0)
        assert policy.not_before >= 107.0
        assert not policy.may_send(106.9, 0)


def test_adaptive_throttling_follows_the_sre_formula_over_two_minutes():
    throttle = AdaptiveThrottle(window_s=120.0, k=2.0)
    for i in range(10):
        throttle.record(float(i), accepted=i < 2)
    assert throttle.reject_probability(10.0) == (10 - 2 * 2) / (10 + 1)
    assert throttle.reject_probability(200.0) == 0.0    # the window forgot them
    for i in range(10):
        throttle.record(300.0 + i, accepted=True)
    assert throttle.reject_probability(310.0) == 0.0    # healthy: never rejects


def test_retry_budget_spends_refunds_and_refills_with_time():
    budget = RetryBudget()
    assert sum(budget.try_acquire() for _ in range(200)) == 100        # 500 tokens / 5
    budget.on_success()
    assert not budget.try_acquire()                                     # 1 token < 5
    timed = RetryBudget(tokens=0.0, refill_per_s=5.0 / 300.0)
    assert not timed.try_acquire(now=0.0)
    assert not timed.try_acquire(now=200.0)
    assert timed.try_acquire(now=301.0)
    assert RetryBudget(tokens=9.0).try_acquire(timeout=True) is False   # a timeout costs 10


def test_an_empty_retry_budget_slows_a_station_but_never_strands_it():
    policy = ClientPolicy(PolicyConfig(cap_s=300.0), random.Random(3))
    policy.budget.tokens = 0.0
    assert policy.admit(0.0, 0, retry=True) is Admission.NO_BUDGET
    assert policy.admit(policy.not_before, 0, retry=False) is Admission.SEND   # first tries
    now, sent = policy.not_before, 0
    while now < 3600.0:
        policy.next_start = 0.0
        if policy.admit(now, 0, retry=True) is Admission.SEND:
            sent += 1
        now = max(now + 1.0, policy.not_before)
    assert 8 <= sent <= 14     # about one retry per back-off cap (300 s), not zero, not 3600


def test_aimd_grows_only_while_busy_and_backs_off_multiplicatively():
    limit = AimdLimit(1, cap=4)
    limit.on_success(in_flight=0)
    assert limit.limit == 1
    for _ in range(5):
        limit.on_success(in_flight=limit.limit)
    assert limit.limit == 4
    limit.on_overload()
    assert limit.limit == 3 and limit.value == 4 * 0.9
    for _ in range(50):
        limit.on_overload()
    assert limit.limit == 1


def test_pacer_follows_the_services_queueing_delay():
    pacer = Pacer(base_s=1.0, cap_s=60.0, target_s=0.5)
    pacer.on_success(0.2)
    assert pacer.gap_s == 0.0 and pacer.quickest_s == 0.2     # unpaced while nothing queues
    for expected in (1.0, 2.0, 4.0):
        pacer.on_overload()
        assert pacer.gap_s == expected
    for _ in range(20):
        pacer.on_overload()
    assert pacer.gap_s == 60.0                    # one packet: at most the cap between starts
    pacer.gap_s = 32.0           # (the quickest answer creeps up 1 % per answer: rel=0.05)
    pacer.on_success(0.2 + 0.5)                   # queued as long as the target: hold
    assert pacer.gap_s == pytest.approx(32.0, rel=0.05)
    pacer.on_success(0.2 + 0.25)                  # half the target: the gap / 16^(1/2)
    assert pacer.gap_s == pytest.approx(32.0 / 4.0, rel=0.05)
    pacer.on_success(0.2 + 1.5)                   # queued three times the target: slow down
    assert pacer.gap_s == 60.0   # 8 x 16, capped
    pacer.gap_s = 32.0
    pacer.on_success(0.2)                         # as quick as ever: the service has room
    assert pacer.gap_s == pytest.approx(2.0, rel=0.05)
    pacer.on_success(0.2)
    pacer.on_success(0.2)
    assert pacer.gap_s == 0.0                     # under an eighth of the base: unpaced
    assert pacer.next_start(5.0, random.Random(1)) == 5.0
    pacer.on_success(0.2 + 2.0)                   # queueing while unpaced: start pacing
    assert pacer.gap_s == pytest.approx(16.0 / 8)


def test_after_an_outage_the_pacer_returns_at_a_walk_and_speeds_up_on_answers():
    pacer = Pacer(base_s=1.0, cap_s=60.0, target_s=0.5)
    for _ in range(30):
        pacer.on_unreachable()
    assert pacer.gap_s == 60.0                    # not doubled 30 times: one walk's pace
    pacer.backlog = 12
    gaps = []
    for _ in range(3):
        pacer.on_success(0.1)
        gaps.append(pacer.gap_s)
    assert gaps == [pytest.approx(60.0 / 16), pytest.approx(60.0 / 256), 0.0]


def test_breaker_opens_probes_once_and_closes_on_success():
    breaker = CircuitBreaker(threshold=3, open_s=30.0)
    for t in (1.0, 2.0):
        breaker.on_failure(t)
    assert breaker.state(2.0) is Breaker.CLOSED
    breaker.on_failure(3.0)
    assert breaker.state(10.0) is Breaker.OPEN and not breaker.allows(32.9)
    assert breaker.state(33.0) is Breaker.HALF_OPEN
    breaker.on_failure(33.0)                       # the probe failed: open again
    assert breaker.state(40.0) is Breaker.OPEN
    breaker.on_failure(70.0, open_for=120.0)       # a long Retry-After keeps it open
    assert breaker.state(150.0) is Breaker.OPEN and breaker.state(190.0) is Breaker.HALF_OPEN
    breaker.on_success()
    assert breaker.state(190.0) is Breaker.CLOSED


def test_half_open_allows_exactly_one_probe():
    policy = ClientPolicy(PolicyConfig(breaker_threshold=1, breaker_open_s=10.0,
                                       max_in_flight=4), random.Random(2))
    policy.record(0.0, Outcome.TRANSIENT, 1, True)
    ready = policy.ready_at()
    assert ready >= 10.0
    assert policy.may_send(ready, 0) and not policy.may_send(ready, 1)


def test_pacer_shares_the_gap_per_packet_of_backlog():
    pacer = Pacer(base_s=1.0, cap_s=60.0, max_weight=32.0)
    pacer.backlog = 500
    for _ in range(20):
        pacer.on_overload()
    assert pacer.gap_s == 60.0 * 32                     # room to pace long queues too
    rng = random.Random(4)
    alone = [pacer.next_start(0.0, rng, backlog=1) for _ in range(500)]
    assert min(alone) >= 30.0 and max(alone) <= 90.0    # one packet: at most the cap, jittered
    assert pacer.gap_s == 60.0                          # and the gap forgot the long queue
    pacer.gap_s = 120.0
    ten = [pacer.next_start(0.0, rng, backlog=10) for _ in range(500)]
    assert min(ten) >= 6.0 and max(ten) <= 18.0         # ten packets: ten times as often
    assert pacer.weight(0) == 1.0 and pacer.weight(500) == 32.0


def test_a_station_with_a_longer_queue_gets_a_larger_share():
    short, long_ = (ClientPolicy(PolicyConfig(), random.Random(seed)) for seed in (5, 6))
    for policy in (short, long_):
        policy.pacer.gap_s = 100.0
    sent = {}
    for name, policy, backlog in (("short", short, 2), ("long", long_, 20)):
        now, count = 0.0, 0
        while now < 3600.0:
            if policy.admit(now, 0, retry=False, backlog=backlog) is Admission.SEND:
                count += 1
            now = max(now + 0.5, policy.ready_at())
        sent[name] = count
    assert 8 * sent["short"] <= sent["long"] <= 12 * sent["short"]   # about backlog-fold


def test_a_local_rejection_spends_no_retry_budget():
    """Throttled locally, nothing is sent: the retry budget must stay for real retries
    (spending it first stranded stations after an outage in the fleet simulation)."""
    policy = ClientPolicy(PolicyConfig(), random.Random(5))
    for t in range(100):  # two minutes of refusals: the throttle now rejects most requests
        policy.throttle.record(float(t), False)
    before = policy.budget.tokens
    outcomes = []
    now = 100.0
    for _ in range(50):
        policy.next_start = policy.not_before = 0.0
        outcomes.append(policy.admit(now, 0, retry=True))
        now += 0.01
    assert Admission.THROTTLED in outcomes
    sent = outcomes.count(Admission.SEND)
    assert policy.budget.tokens >= before - 5 * sent - 1e-9  # only sent retries cost tokens


def test_an_overload_answer_after_an_outage_backs_off_from_its_first_failure():
    """The streak is per kind: 30 refused connections must not put a station 300 s away from
    a service that answered, even if its first answer says to slow down."""
    for seed in range(50):
        policy = ClientPolicy(PolicyConfig(), random.Random(seed))
        for t in range(30):
            policy.record(float(t), Outcome.TRANSIENT, 1, False)
        assert policy.consecutive_failures == 30
        policy.not_before = 0.0
        policy.record(100.0, Outcome.OVERLOADED, 1, False, retry_after=1.0)
        assert policy.consecutive_failures == 1
        assert 101.0 <= policy.not_before <= 100.0 + 2.0


def test_a_single_503_never_strands_a_slow_station_behind_the_throttle():
    """Local rejections are not counted as requests: before, each one kept the probability at
    1/2 or more, and a station pacing once a minute stayed throttled for up to 8 minutes."""
    waits = []
    for seed in range(50):
        policy = ClientPolicy(PolicyConfig(), random.Random(seed))
        policy.pacer.gap_s = 60.0
        policy.record(0.0, Outcome.OVERLOADED, 1, True, retry_after=1.0)
        now = 0.0
        while policy.admit(now, 0, retry=True) is not Admission.SEND:
            now = max(now + 0.5, policy.ready_at())
            assert policy.throttle.requests == 1          # only what reached the service
        waits.append(now)
    assert max(waits) <= 120.0 + 90.0        # the 503 leaves the 2-minute window, then a slot
    assert sorted(waits)[25] < 90.0


def test_a_quick_answer_pulls_the_next_start_in():
    policy = ClientPolicy(PolicyConfig(), random.Random(7))
    policy.pacer.gap_s = 60.0
    assert policy.admit(0.0, 0, retry=False, backlog=1) is Admission.SEND
    assert policy.next_start >= 30.0
    policy.record(0.1, Outcome.SUCCESS, 1, True, latency_s=0.1)
    assert policy.next_start <= 0.1 + 60.0 / 16 * 1.5     # the room it found is used now
