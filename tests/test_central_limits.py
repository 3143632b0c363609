"""The central service's limits before work, on both backends: headers before the body, the
body capped and timed while it streams, the signature before any parsing, bounded JSON,
enrollment ids bound to their station, and an import that skips a bad file and goes on."""

from __future__ import annotations

import base64
import json
import socket
import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import STATION, Central, open_station

from central.importer import import_folder
from central.store import open_store
from kiosk.sync import auth, outbox
from kiosk.sync.export import export_packets
from kiosk.sync.packet import raw_public, seal_bytes

OTHER = "HCM-DESK-9"


@pytest.fixture
def env(tmp_path, central_database):
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, open_store(central_database))
    station = open_station(tmp_path / "station", key)
    central.register(station)
    yield station, central
    central.stop()
    central.store.close()
    station.store.close()


def _put(url: str, key: Ed25519PrivateKey, station_id: str, eid: str, body: bytes,
         **headers: str) -> httpx.Response:
    path = f"/v1/enrollments/{eid}"
    signed = auth.sign_headers(key, station_id, "PUT", path, body, time.time())
    import hashlib

    idem = f"{eid}:{hashlib.sha256(body).hexdigest()}"
    return httpx.put(url + path, content=body, timeout=30,
                     headers={"Idempotency-Key": idem, **signed, **headers})


def _raw_exchange(port: int, head: bytes, body: bytes = b"") -> bytes:
    """Send a request head (and part of a body) and read the whole answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head + body)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
            if b"\r\n\r\n" in out and out.endswith(b"}"):
                break
    return out


def test_unauthenticated_huge_body_is_refused_from_its_headers(env):
    """200 MB announced, nothing sent: the answer comes at once from the headers alone."""
    _, central = env
    url = central.start()
    port = central.server.port
    head = (b"PUT /v1/enrollments/01ABC HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n"
            b"Idempotency-Key: x\r\n\r\n")
    answer = _raw_exchange(port, head, b"KPK1")
    assert answer.startswith(b"HTTP/1.1 401") and b"unknown_station" in answer
    # a registered station's headers, but more than the request limit announced: 413 unread
    station_key = Ed25519PrivateKey.generate()
    central.store.add_station(OTHER, raw_public(station_key.public_key()), "test")
    signed = auth.sign_headers(station_key, OTHER, "PUT", "/v1/enrollments/01ABC", b"",
                               time.time())
    head = (b"PUT /v1/enrollments/01ABC HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n"
            + b"".join(f"{k}: {v}\r\n".encode() for k, v in signed.items()) + b"\r\n")
    answer = _raw_exchange(port, head, b"KPK1")
    assert answer.startswith(b"HTTP/1.1 413") and b"request_too_large" in answer
    assert httpx.get(url + "/healthz").json()["status"] == "ok"


def test_a_trickling_body_is_cut_off_at_the_read_timeout(env):
    station, central = env
    central.server = None
    from central.server import serve_in_thread

    central.server = serve_in_thread(central.config(read_timeout_s=0.5))
    key = station.sealer.station_key
    signed = auth.sign_headers(key, STATION, "PUT", "/v1/enrollments/01ABC", b"x" * 1000,
                               time.time())
    head = (b"PUT /v1/enrollments/01ABC HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
            + b"".join(f"{k}: {v}\r\n".encode() for k, v in signed.items()) + b"\r\n")
    started = time.monotonic()
    answer = _raw_exchange(central.server.port, head, b"x" * 10)   # 990 bytes never come
    assert answer.startswith(b"HTTP/1.1 408") and b"read_timeout" in answer
    assert time.monotonic() - started < 20      # cut by the service, not by the client


def test_signature_is_checked_before_the_body_is_parsed(env):
    station, central = env
    url = central.start()
    key = station.sealer.station_key
    deep = b"[" * 100_000 + b"]" * 100_000
    forged = seal_bytes(deep, Ed25519PrivateKey.generate(), central.key.public_key())
    r = _put(url, key, STATION, "01DEEP", forged)
    assert (r.status_code, r.json()["reason"]) == (400, "bad_signature")
    signed = seal_bytes(deep, key, central.key.public_key())
    r = _put(url, key, STATION, "01DEEP", signed)
    assert (r.status_code, r.json()["reason"]) == (400, "bad_body")
    assert r.json()["receipt"]["status"] == "rejected"


def test_enrollment_ids_are_bound_to_their_station(env):
    """Another registered station that stores a packet under this station's id first
    occupies nothing: the real upload is stored, and neither learns of the other's ids."""
    station, central = env
    url = central.start()
    intruder = Ed25519PrivateKey.generate()
    central.store.add_station(OTHER, raw_public(intruder.public_key()), "test")
    eid, only_ours = station.enroll(2)
    packet = station.store.read(lambda r: outbox.load_packet(r, eid))
    squat = seal_bytes(json.dumps({"format": "kiosk-packet/1", "enrollment_id": eid,
                                   "station_id": OTHER, "biometrics": [], "audit": []}).encode(),
                       intruder, central.key.public_key())
    first = _put(url, intruder, OTHER, eid, squat)
    assert first.status_code == 201, first.text          # stored, for the intruder only
    real = _put(url, station.sealer.station_key, STATION, eid, packet.data)
    assert real.status_code == 201, real.text
    assert {(r.id, r.station_id) for r in central.store.all()} == {(eid, OTHER), (eid, STATION)}
    ours = central.store.get(STATION, eid)
    assert ours is not None and ours.sha256 == packet.sha256

    def ask(enrollment_id: str) -> httpx.Response:
        path = f"/v1/enrollments/{enrollment_id}"
        return httpx.get(url + path, headers=auth.sign_headers(intruder, OTHER, "GET", path, b"",
                                                               time.time()))

    mine, theirs, never = ask(eid), ask(only_ours), ask("01NEVER")
    assert mine.json()["sha256"] != packet.sha256         # its own squat, not our packet
    assert (theirs.status_code, theirs.json()) == (never.status_code, never.json())
    assert theirs.status_code == 404


def test_import_reports_a_bad_file_and_imports_the_rest(env, tmp_path):
    station, central = env
    ids = station.enroll(3)
    usb = tmp_path / "usb"
    export_packets(station.store, usb, STATION)
    manifest = json.loads((usb / "manifest.json").read_text())
    deep = seal_bytes(b"[" * 100_000 + b"]" * 100_000, station.sealer.station_key,
                      central.key.public_key())
    (usb / "deep.kpk").write_bytes(deep)
    import hashlib

    crafted = [{"id": "01DEEP", "file": "deep.kpk", "sha256": hashlib.sha256(deep).hexdigest()},
               "not an entry", {"id": "01GONE", "file": "../../etc/passwd", "sha256": "0"},
               {"id": 7}, {"id": "01DIR", "file": ".", "sha256": "0"}]
    manifest["packets"] = crafted + manifest["packets"]
    (usb / "manifest.json").write_text(json.dumps(manifest))
    result = import_folder(central.config(), usb)
    assert sorted(result.stored) == sorted(ids)
    reasons = dict(result.refused)
    assert reasons["01DEEP"] == "bad_body"
    assert len(result.refused) == 5


def test_revoked_and_rotated_station_keys_take_effect_at_once(env):
    station, central = env
    url = central.start()
    [a, b] = station.enroll(2)
    packets = [station.store.read(lambda r, e=e: outbox.load_packet(r, e)) for e in (a, b)]
    old = station.sealer.station_key
    central.store.revoke_station(STATION, "test")
    r = _put(url, old, STATION, a, packets[0].data)
    assert (r.status_code, r.json()["reason"]) == (401, "unknown_station")
    with pytest.raises(ValueError, match="revoked"):
        central.store.rotate_key(STATION, raw_public(old.public_key()), "test")
    assert [e.action for e in central.store.station_events()] == ["added", "revoked"]


def test_rotation_replaces_the_key_and_is_logged(env):
    station, central = env
    url = central.start()
    [a] = station.enroll(1)
    packet = station.store.read(lambda r: outbox.load_packet(r, a))
    new = Ed25519PrivateKey.generate()
    with pytest.raises(ValueError, match="already registered"):
        central.store.add_station(STATION, raw_public(new.public_key()), "someone")
    central.store.rotate_key(STATION, raw_public(new.public_key()), "admin@host")
    r = _put(url, station.sealer.station_key, STATION, a, packet.data)   # the old key
    assert (r.status_code, r.json()["reason"]) == (401, "bad_signature")
    events = central.store.station_events()
    assert [(e.action, e.actor) for e in events][-1] == ("key_rotated", "admin@host")
    assert events[-1].key_sha256 == central.store.stations()[0].key_sha256
    assert base64.b64encode(raw_public(new.public_key()))   # (the listed value is a hash)


def test_readyz_follows_the_database(env, central_database):
    _, central = env
    url = central.start()
    assert httpx.get(url + "/readyz").json() == {"status": "ready"}
    if not central_database.startswith("postgresql://"):
        return                      # an embedded SQLite file has no server to lose
    import psycopg

    admin, name = central_database.rsplit("/", 1)
    with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
    answer = httpx.get(url + "/readyz", timeout=30)
    assert answer.status_code == 503 and answer.headers["Retry-After"]
    assert httpx.get(url + "/healthz").status_code == 200     # alive, but not ready
