"""SIGKILL of the station mid-upload, several times, then a restart: every enrollment ends
up stored exactly once at the central service, with the same packet hash."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synchelp import Central, fast_worker, open_station
from test_sync_worker import wait_until

from central.faults import Faults
from central.server import central_key
from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.domain.enrollment import State

CHILD = Path(__file__).resolve().parent / "sync_kill_child.py"


@pytest.mark.slow
def test_kill_mid_upload_then_restart_stores_each_enrollment_once(tmp_path):
    key = central_key(tmp_path / "central-key")
    central = Central(tmp_path / "central", key, CentralStore(tmp_path / "central" / "c.db"))
    station = open_station(tmp_path / "station", key)
    central.register(station)
    ids = station.enroll(12)
    station.store.close()
    # answers take 0.15 s, so most kills land with uploads in flight (some already stored)
    url = central.start(Faults(latency_s=0.15, seed=3))
    rng = random.Random(5)
    try:
        for _ in range(3):
            child = subprocess.Popen([sys.executable, str(CHILD), str(tmp_path / "station"),
                                      str(tmp_path / "central-key"), url],
                                     stdout=subprocess.PIPE, text=True)
            assert child.stdout.readline().strip() == "started"
            before = central.server.requests
            assert wait_until(lambda b=before: central.server.requests > b, 20)
            time.sleep(rng.uniform(0.05, 0.4))
            child.send_signal(signal.SIGKILL)
            child.wait(10)
        assert 0 < len(central.stored()) < len(ids), "the kills should land mid-drain"
        station = open_station(tmp_path / "station", key)
        worker = fast_worker(station, url)
        worker.start()
        try:
            assert wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED}, 60)
        finally:
            worker.stop()
        assert central.stored() == station.packet_hashes()
        assert sorted(central.stored()) == sorted(ids)
        station.store.close()
    finally:
        central.stop()
