"""The sync status never says "online" while the worker is holding uploads back or waiting on
a retry: the circuit breaker open after a run of 500s (its back-off long over, the breaker
still shut for its 30 s), and a retry hanging on a central service that does not answer.
Against the real central service on 127.0.0.1 with injected faults."""

from __future__ import annotations

import random
import time
from datetime import timedelta

import pytest
from synchelp import STATION, fast_worker, station_and_central, wait_until

from central.faults import Faults
from kiosk.sync.client import CentralClient
from kiosk.sync.policy import Breaker, PolicyConfig
from kiosk.sync.worker import REFRESH_S, SyncWorker, WorkerConfig


@pytest.fixture
def env(tmp_path):
    yield from station_and_central(tmp_path)


def test_an_open_circuit_breaker_reads_backing_off_with_the_time_of_the_next_try(env) -> None:
    station, central = env
    station.enroll(2)
    url = central.start(Faults(error_rate=1.0, seed=1))   # every answer a 500
    client = CentralClient(url, STATION, station.sealer.station_key,
                           receipt_key=station.receipt_key, connect_timeout=1.0,
                           stall_timeout=5.0, max_connections=1)
    # a back-off of a few hundredths of a second; the breaker then stays open for 30 s
    policy = PolicyConfig(base_s=0.01, cap_s=0.02, max_in_flight=1, breaker_threshold=2,
                          breaker_open_s=30.0)
    worker = SyncWorker(station.store, client, station.sealer,
                        WorkerConfig(policy, poll_interval_s=600.0,
                                     retention=timedelta(hours=24), purge_interval_s=600.0),
                        random.Random(1))
    worker.start()
    try:
        assert wait_until(lambda: worker.policy.breaker.state(time.monotonic()) is Breaker.OPEN)
        opened = time.monotonic()
        assert wait_until(lambda: time.monotonic() > worker.policy.not_before + 3 * REFRESH_S
                          and worker.status().retry_in_s < 29.5)   # refreshed since
        status = worker.status()
        assert worker.policy.breaker.state(time.monotonic()) is Breaker.OPEN
        assert central.server.requests == 2                  # nothing sent meanwhile
    finally:
        worker.stop()
    assert status.state == "backing_off", status
    assert status.last_error_key == "sync.server_error"
    # the next try is when the breaker lets one through, not "now"
    assert 20.0 < status.retry_in_s <= 30.0 - (time.monotonic() - opened) + 1.0, status


def test_a_retry_waiting_on_a_hanging_central_is_not_online(env) -> None:
    station, central = env
    station.enroll(1)
    url = central.start(Faults(latency_s=10.0))   # the central takes every request, answers none
    worker = fast_worker(station, url, stall=1.5)
    worker.start()
    seen = set()
    try:
        assert wait_until(lambda: central.server.requests >= 2)   # the retry is held there
        deadline = time.monotonic() + 1.0    # while it hangs, the line is read each second
        while time.monotonic() < deadline:
            seen.add(worker.status().state)
            time.sleep(REFRESH_S / 2)
        status = worker.status()
    finally:
        worker.stop()
    assert "online" not in seen, seen
    assert status.state == "backing_off" and status.last_error_key == "sync.timeout", status
