"""The sync worker against the real central service on 127.0.0.1, under every injected fault:
each ends with every enrollment stored exactly once (same ids, same packet hashes)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta

import pytest
from synchelp import fast_worker, station_and_central, wait_until

from central.faults import Faults
from kiosk.domain.enrollment import State
from kiosk.store.repository import Change
from kiosk.sync import outbox


@pytest.fixture
def env(tmp_path):
    yield from station_and_central(tmp_path)


def settled(status) -> bool:
    return status.queue_length == 0 and status.awaiting_result == 0


def drain(station, central, url, ids, *, max_in_flight=1, timeout=120.0):
    worker = fast_worker(station, url, max_in_flight=max_in_flight)
    worker.start()
    try:
        done = wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED}, timeout)
        # the status is a snapshot the worker refreshes on its own schedule: taken at once, it
        # could still count an enrollment accepted a moment ago as awaiting its result
        done = done and wait_until(lambda: settled(worker.status()), timeout)
        status = worker.status()
    finally:
        worker.stop()
    assert done, f"not drained: {station.states(ids)} status={status}"
    assert central.stored() == station.packet_hashes()
    assert sorted(central.stored()) == sorted(ids)
    return status


FAULTS = {
    "random_500s": Faults(error_rate=0.4, seed=1),
    "latency": Faults(latency_s=0.05, seed=2),
    "dropped_connections": Faults(drop_rate=0.5, seed=3),
    "malformed_bodies": Faults(malformed_rate=0.5, seed=4),
    "capacity_limit": Faults(capacity_rps=4, seed=5),
    "downtime_window": Faults(downtime=[(0.0, 1.5)], seed=6),
    "everything": Faults(error_rate=0.2, drop_rate=0.2, malformed_rate=0.2, latency_s=0.01,
                         capacity_rps=20, seed=7),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_every_fault_ends_with_each_enrollment_stored_exactly_once(env, fault):
    station, central = env
    ids = station.enroll(8)
    url = central.start(FAULTS[fault])
    status = drain(station, central, url, ids, max_in_flight=3)
    assert settled(status), status


def test_uploads_go_oldest_first_one_at_a_time_by_default(env):
    station, central = env
    ids = station.enroll(6)
    url = central.start(Faults(error_rate=0.3, seed=11))
    drain(station, central, url, ids)
    received = sorted(central.store.all(), key=lambda row: row.received_at)
    assert [row.id for row in received] == ids


def test_permanent_rejection_reaches_the_supervisor_with_the_reason(env):
    station, central = env
    good = station.enroll(1)
    [bad] = station.enroll(1, face=False)
    url = central.start()
    worker = fast_worker(station, url)
    worker.start()
    try:
        assert wait_until(lambda: station.states([*good, bad]) == [State.ACCEPTED,
                                                                    State.REJECTED])
    finally:
        worker.stop()
    record = station.store.read(lambda r: r.get(bad))
    assert record.enrollment.reason == "missing_portrait"


def test_central_restart_and_offline_period_lose_nothing(env):
    station, central = env
    ids = station.enroll(6)
    url = central.start()
    port = central.server.port
    worker = fast_worker(station, url)
    worker.start()
    try:
        assert wait_until(lambda: State.ACCEPTED in station.states(ids))
        central.stop()
        more = station.enroll(3)      # finalized while the central service is down
        assert wait_until(lambda: worker.status().state in ("offline", "backing_off"))
        central.start(port=port)
        assert wait_until(lambda: set(station.states(ids + more)) == {State.ACCEPTED})
    finally:
        worker.stop()
    assert central.stored() == station.packet_hashes()


def test_wrong_station_credentials_give_a_clear_status_not_a_retry_storm(env):
    station, central = env
    station.enroll(3)
    url = central.start()
    worker = fast_worker(station, url, station_id="NOT-REGISTERED")
    worker.start()
    try:
        assert wait_until(lambda: worker.status().state == "auth_failed")
        time.sleep(1.0)
        status = worker.status()
    finally:
        worker.stop()
    assert status.last_error_key == "sync.auth_failed"
    assert "unknown_station" in status.last_error_detail
    assert status.queue_length == 3 and status.retry_in_s > 60
    assert central.server.requests <= 2
    assert central.stored() == {}


def test_clock_skew_is_corrected_from_the_servers_answer(env):
    station, central = env
    ids = station.enroll(2)
    url = central.start()
    worker = fast_worker(station, url)
    worker.client.clock_offset = -7200.0   # station clock two hours behind
    worker.start()
    try:
        assert wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED})
    finally:
        worker.stop()
    assert central.server.requests < 10


def test_status_reports_queue_and_oldest_age_while_offline(env):
    station, _ = env
    station.enroll(2)
    worker = fast_worker(station, "http://127.0.0.1:9")   # nothing listens on port 9
    worker.start()
    try:
        assert wait_until(lambda: worker.status().state == "offline")
        status = worker.status()
    finally:
        worker.stop()
    assert status.queue_length == 2 and status.oldest_pending_age_s >= 0
    assert status.last_error_key == "sync.offline"


def test_accepted_payloads_are_purged_after_retention_keeping_a_receipt(env):
    station, central = env
    [eid] = station.enroll(1)
    url = central.start()
    drain(station, central, url, [eid])
    assert station.store.write(lambda r: outbox.purge_accepted(
        r, timedelta(hours=1), station.receipt_key)).result() == 0
    assert station.store.write(lambda r: outbox.purge_accepted(
        r, timedelta(0), station.receipt_key)).result() == 1
    record = station.store.read(lambda r: r.get(eid))
    assert record.biometrics == () and record.enrollment.state is State.ACCEPTED
    receipt = station.store.read(lambda r: r.db.execute(
        "SELECT sha256, (SELECT count(*) FROM packet_data), accepted_at, purged_at "
        "FROM packets").fetchone())
    assert receipt[0] == central.stored()[eid] and receipt[1] == 0   # the bytes are gone
    assert receipt[2] and receipt[3]


def test_overload_answers_pace_the_station_and_quick_answers_release_it(env):
    station, central = env
    ids = station.enroll(10)
    url = central.start(Faults(capacity_rps=3, seed=8))
    worker = fast_worker(station, url)
    worker.start()
    gaps = []
    try:
        while not wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED}, 0.1):
            gaps.append(worker.policy.pacer.gap_s)
            assert len(gaps) < 3000, "not drained in 5 minutes"
    finally:
        worker.stop()
    assert max(gaps) > 0                                  # the 503s spaced the uploads out
    assert worker.policy.pacer.quickest_s is not None     # the worker reports answer times
    assert central.stored() == station.packet_hashes()


def test_stop_is_prompt_when_an_upload_stalls_and_the_packet_is_sent_again_later(env):
    """The kiosk must not hang at quit for the 30 s stall timeout: the stalled upload is
    abandoned, its outbox row stays pending, and the next start sends it once more."""
    station, central = env
    ids = station.enroll(1)
    url = central.start(Faults(latency_s=8.0))   # every request held for 8 s
    worker = fast_worker(station, url, stall=30.0)
    worker.start()
    assert wait_until(lambda: central.server.requests == 1)  # the upload is held there
    worker.stop()
    assert not central.stored()   # stop() returned without waiting the 8 s for the upload
    assert station.states(ids) == [State.FINALIZED]          # not marked: nothing lost
    central.stop()
    url = central.start()
    drain(station, central, url, ids)          # stored exactly once (200 if it had landed)


def test_a_new_upload_wakes_the_idle_worker_at_once(env, monkeypatch):
    """Idle, the worker sleeps until the store announces a new outbox row: with the idle
    timeout and the status poll an hour away, an enrollment finalized now is still sent."""
    station, central = env
    monkeypatch.setattr("kiosk.sync.worker.IDLE_WAIT_S", 3600.0)
    url = central.start()
    worker = fast_worker(station, url)
    worker.config = replace(worker.config, poll_interval_s=3600.0, purge_interval_s=3600.0)
    worker.start()
    try:
        assert wait_until(lambda: worker.status().state == "online", 10)  # one idle step done
        [enrollment_id] = station.enroll(1)
        assert wait_until(lambda: enrollment_id in central.stored(), 10)
    finally:
        worker.stop()


def test_the_store_announces_what_a_write_changed_until_unsubscribed(env):
    station, _central = env
    heard: list[frozenset] = []
    unsubscribe = station.store.subscribe(heard.append)
    [enrollment_id] = station.enroll(1)
    assert set().union(*heard) == {Change.ENROLLMENTS, Change.OUTBOX}
    heard.clear()
    station.store.write(lambda r: r.record_event(enrollment_id, "x", "noted", {})).result()
    assert heard == [frozenset({Change.ENROLLMENTS})]
    station.store.read(lambda r: r.counts_by_state())  # reads announce nothing
    unsubscribe()
    station.enroll(1)
    assert heard == [frozenset({Change.ENROLLMENTS})]
