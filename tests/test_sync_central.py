"""The reference central service over real HTTP on 127.0.0.1, on both backends (SQLite and
PostgreSQL): idempotency, rejections, authentication (unknown station, bad signature, replay,
clock skew) and the OpenAPI document."""

from __future__ import annotations

import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import Central, open_station

from central.server import serve_in_thread
from central.store import open_store
from kiosk.sync import auth, outbox
from kiosk.sync.client import CentralClient, Kind
from kiosk.sync.packet import SealedPacket


@pytest.fixture
def env(tmp_path, central_database):
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, open_store(central_database))
    station = open_station(tmp_path / "station", key)
    central.register(station)
    url = central.start()
    client = CentralClient(url, "HN-DESK-1", station.sealer.station_key,
                           receipt_key=station.receipt_key)
    yield station, central, client, url
    client.close()
    central.stop()
    central.store.close()
    station.store.close()


def _packet(station, eid):
    return station.store.read(lambda r: outbox.load_packet(r, eid))


def test_put_is_idempotent_and_conflicts_are_422(env):
    station, central, client, _ = env
    a, b = station.enroll(2)
    pa = _packet(station, a)
    first = client.upload(pa)
    assert (first.kind, first.http_status) == (Kind.STORED, 201)
    again = client.upload(pa)
    assert (again.kind, again.http_status) == (Kind.STORED, 200)
    other = _packet(station, b)
    conflict = client.upload(SealedPacket(a, other.data))  # a's id, b's bytes
    assert (conflict.kind, conflict.http_status) == (Kind.REJECTED, 422)
    assert central.stored() == {a: pa.sha256}
    status = client.status(a, pa.sha256)
    assert (status.kind, status.status) == (Kind.STATUS, "accepted")


def test_permanent_rejections_carry_a_reason(env, tmp_path):
    station, central, client, _ = env
    bad = client.upload(SealedPacket("01J00000000000000000000000", b"KPK1" + b"\x00" * 200))
    assert (bad.kind, bad.http_status, bad.reason) == (Kind.REJECTED, 400, "decrypt_failed")
    [eid] = station.enroll(1, face=False)
    stored = client.upload(_packet(station, eid))
    assert stored.kind is Kind.STORED
    status = client.status(eid, stored.receipt.sha256)
    assert (status.status, status.reason) == ("rejected", "missing_portrait")
    small = serve_in_thread(central.config(max_packet_bytes=100))
    try:
        [big] = station.enroll(1)
        c2 = CentralClient(small.url, "HN-DESK-1", station.sealer.station_key,
                           receipt_key=station.receipt_key)
        too_big = c2.upload(_packet(station, big))
        c2.close()
    finally:
        small.stop()
    assert (too_big.kind, too_big.http_status, too_big.reason) == (
        Kind.REJECTED, 413, "packet_too_large")


def test_anonymous_wrong_key_replayed_and_skewed_requests_are_refused(env):
    station, central, client, url = env
    [eid] = station.enroll(1)
    packet = _packet(station, eid)
    path = f"/v1/enrollments/{eid}"
    headers = {"Idempotency-Key": packet.idempotency_key}
    anonymous = httpx.put(url + path, content=packet.data, headers=headers)
    assert (anonymous.status_code, anonymous.json()["reason"]) == (401, "unknown_station")
    forged = auth.sign_headers(Ed25519PrivateKey.generate(), "HN-DESK-1", "PUT", path,
                               packet.data, time.time())
    r = httpx.put(url + path, content=packet.data, headers={**headers, **forged})
    assert (r.status_code, r.json()["reason"]) == (401, "bad_signature")
    signed = auth.sign_headers(station.sealer.station_key, "HN-DESK-1", "PUT", path,
                               packet.data, time.time())
    assert httpx.put(url + path, content=packet.data, headers={**headers, **signed}
                     ).status_code == 201
    replay = httpx.put(url + path, content=packet.data, headers={**headers, **signed})
    assert (replay.status_code, replay.json()["reason"]) == (401, "replayed")
    skewed = auth.sign_headers(station.sealer.station_key, "HN-DESK-1", "GET", path, b"",
                               time.time() - 3600)
    r = httpx.get(url + path, headers=skewed)
    assert (r.status_code, r.json()["reason"]) == (401, "clock_skew")
    # the client learns the offset from that answer and its next request passes
    client.clock_offset = -3600.0
    first = client.status(eid, packet.sha256)
    assert first.error_key == "sync.clock_skew" and abs(client.clock_offset) < 5
    assert client.status(eid, packet.sha256).status == "accepted"
    assert central.stored() == {eid: packet.sha256}


def test_openapi_document_describes_the_protocol(env):
    _, _, _, url = env
    spec = httpx.get(url + "/openapi.json").json()
    assert {"put", "get"} <= set(spec["paths"]["/v1/enrollments/{enrollment_id}"])
