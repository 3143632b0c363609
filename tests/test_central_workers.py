"""``kiosk-central serve --workers 2`` on one database, both backends: station administration
through the command line, racing uploads of one packet (exactly one 201), a replayed request
refused whichever worker gets it, answers without the Nagle stall, health endpoints and
JSON-lines access logs."""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import STATION, open_station
from test_sync_worker import wait_until

from central.server import central_key, central_signing_key
from kiosk.sync import auth, outbox
from kiosk.sync.keys import public_b64

REPO = Path(__file__).resolve().parent.parent


def central_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "central.cli", *args], capture_output=True,
                          text=True, timeout=60, cwd=REPO)


class Service:
    """The service in its own process tree (``--workers``), its log lines collected."""

    def __init__(self, data: Path, database: str, workers: int) -> None:
        self.log = data / "service.log"
        self._log_file = open(self.log, "w")      # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "central.cli", "serve", "--port", "0", "--workers",
             str(workers), "--data", str(data), "--database", database],
            stdout=subprocess.PIPE, stderr=self._log_file, text=True, cwd=REPO,
            start_new_session=True)
        try:
            line = self.proc.stdout.readline()
            assert line.startswith("central service at "), line
            self.url = line.split()[-1]
            assert wait_until(self._ready, 120), self.log.read_text()[-2000:]
        except BaseException:
            self.stop()
            raise

    def _ready(self) -> bool:
        try:
            return httpx.get(self.url + "/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.log.read_text().splitlines()
                if line.startswith("{")]

    def stop(self) -> None:
        """SIGTERM (the supervisor stops its workers); the group is killed if it lingers."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        self._log_file.close()


@pytest.fixture
def service(tmp_path, central_database):
    data = tmp_path / "central"
    key = central_key(data)
    station = open_station(tmp_path / "station", key)
    station.receipt_key = central_signing_key(data).public_key()
    added = central_cli("stations", "add", STATION, public_b64(station.sealer.station_key),
                        "--by", "admin.lan", "--data", str(data), "--database", central_database)
    assert added.returncode == 0, added.stderr
    running = Service(data, central_database, workers=2)
    yield station, running, data, central_database
    running.stop()
    station.store.close()


def _signed_put(url: str, station, eid: str, data: bytes, headers: dict | None = None):
    path = f"/v1/enrollments/{eid}"
    signed = headers or auth.sign_headers(station.sealer.station_key, STATION, "PUT", path,
                                          data, time.time())
    import hashlib

    return httpx.put(url + path, content=data, timeout=60, headers={
        **signed, "Idempotency-Key": f"{eid}:{hashlib.sha256(data).hexdigest()}"})


def test_racing_uploads_and_a_replay_across_two_workers(service):
    station, running, _, _ = service
    [eid] = station.enroll(1)
    packet = station.store.read(lambda r: outbox.load_packet(r, eid))
    start = threading.Barrier(24)

    def upload(_: int) -> int:
        start.wait()
        return _signed_put(running.url, station, eid, packet.data).status_code

    with ThreadPoolExecutor(24) as pool:
        codes = list(pool.map(upload, range(48)))
    assert sorted(set(codes)) == [200, 201] and codes.count(201) == 1, codes
    # one signed request sent again and again, each on a new connection: accepted once
    [again] = station.enroll(1)
    other = station.store.read(lambda r: outbox.load_packet(r, again))
    headers = auth.sign_headers(station.sealer.station_key, STATION, "PUT",
                                f"/v1/enrollments/{again}", other.data, time.time())
    answers = [_signed_put(running.url, station, again, other.data, headers)
               for _ in range(8)]
    assert [a.status_code for a in answers].count(201) == 1
    assert {a.json()["reason"] for a in answers if a.status_code != 201} == {"replayed"}
    access = [r for r in running.records() if r.get("event") == "access"]
    puts = [r for r in access if r["method"] == "PUT"]
    assert len(puts) == 48 + 8 and len({r["pid"] for r in access}) == 2   # both answered
    text = running.log.read_text()
    assert "NGUYEN" not in text and packet.data[:16].hex() not in text   # no applicant data


def test_two_workers_answer_without_the_nagle_stall(service):
    """Each answer on a kept-alive connection comes at once: a worker socket without
    TCP_NODELAY makes every one wait ~40 ms for the peer's delayed ACK."""
    _, running, _, _ = service
    with httpx.Client(base_url=running.url, timeout=10) as client:
        client.get("/healthz")
        times = []
        for _ in range(40):
            started = time.perf_counter()
            assert client.get("/healthz").status_code == 200
            times.append(time.perf_counter() - started)
    assert statistics.median(times) < 0.025, sorted(times)


def test_station_administration_through_the_command_line(service, tmp_path):
    station, running, data, database = service
    db = ["--data", str(data), "--database", database]
    other = open_station(tmp_path / "other", X25519PrivateKey.generate())
    new_key = public_b64(other.sealer.station_key)
    other.store.close()
    again = central_cli("register-station", STATION, new_key, *db)
    assert again.returncode == 1 and "already registered" in again.stderr   # never replaced
    rotated = central_cli("stations", "rotate-key", STATION, new_key, "--by", "tech.lan", *db)
    assert rotated.returncode == 0, rotated.stderr
    [eid] = station.enroll(1)
    packet = station.store.read(lambda r: outbox.load_packet(r, eid))
    old = _signed_put(running.url, station, eid, packet.data)
    assert (old.status_code, old.json()["reason"]) == (401, "bad_signature")
    revoked = central_cli("stations", "revoke", STATION, "--by", "sup.lan", *db)
    assert revoked.returncode == 0
    assert central_cli("stations", "revoke", STATION, *db).returncode == 1
    listed = json.loads(central_cli("stations", "list", "--json", *db).stdout)
    assert [(s["station"], s["active"]) for s in listed] == [(STATION, False)]
    log = json.loads(central_cli("stations", "list", "--log", "--json", *db).stdout)
    assert [(e["action"], e["actor"]) for e in log] == [
        ("added", "admin.lan"), ("key_rotated", "tech.lan"), ("revoked", "sup.lan")]
    assert all(e["at"].endswith("Z") for e in log)
    assert central_cli("--version").stdout.startswith("kiosk-central ")
    health = httpx.get(running.url + "/healthz").json()
    assert health["status"] == "ok" and health["version"]
