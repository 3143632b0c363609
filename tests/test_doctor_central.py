"""``kiosk doctor``'s check of the central service against the real central app on
loopback: it answers with the pinned keys and a close clock; unreachable, another key, a
clock too far off, and a busy service (one request, Retry-After reported, no retry)."""

from __future__ import annotations

import re
import socket
import time
import types

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import Central

from central.faults import Faults
from central.store import open_store
from kiosk.options import load_settings
from kiosk.sync import central_check, keys
from station.diagnostics.checks import check_central_answers, run_checks


@pytest.fixture
def central(tmp_path):
    service = Central(tmp_path / "central", X25519PrivateKey.generate(),
                      open_store(tmp_path / "central" / "central.db"))
    yield service
    service.stop()
    service.store.close()


def _checks(monkeypatch, tmp_path, url: str, central: Central, packet_key: str | None = None):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_SYNC_URL", url)
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY",
                       packet_key or keys.public_b64(central.key.public_key()))
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_SIGNING_KEY",
                       keys.public_b64(central.signing.public_key()))
    return {r.name: r for r in check_central_answers(load_settings())}


def test_the_confirmed_central_answers_with_its_keys_and_clock(central, tmp_path,
                                                              monkeypatch) -> None:
    url = central.start()
    found = _checks(monkeypatch, tmp_path, url, central)
    assert set(found) == {"central reachable", "central identity", "central clock"}
    assert all(r.ok for r in found.values()), found
    assert "allowed 300 s" in found["central clock"].detail
    # part of the doctor: the other checks pass too
    results = {r.name: r for r in run_checks(load_settings())}
    assert results["central identity"].ok and results["central clock"].ok
    assert results["central packet key"].detail == (
        "sync.central_public_key: an X25519 public key")     # not "a X25519"
    assert results["central receipt key"].detail == (
        "sync.central_signing_key: an Ed25519 public key")


def test_unreachable_fails_fast(central, tmp_path, monkeypatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    started = time.monotonic()
    found = _checks(monkeypatch, tmp_path, url, central)
    assert time.monotonic() - started < central_check.TIMEOUT_S + 2
    assert list(found) == ["central reachable"] and not found["central reachable"].ok
    assert "cannot reach" in found["central reachable"].detail


def test_another_key_is_named_with_both_fingerprints(central, tmp_path, monkeypatch) -> None:
    url = central.start()
    other = keys.public_b64(X25519PrivateKey.generate().public_key())
    found = _checks(monkeypatch, tmp_path, url, central, packet_key=other)
    assert found["central reachable"].ok and not found["central identity"].ok
    from kiosk.sync.pinning import fingerprint

    detail = found["central identity"].detail
    assert fingerprint(keys.public_b64(central.key.public_key())) in detail
    assert fingerprint(other) in detail


def test_a_clock_off_by_more_than_allowed_fails(central, tmp_path, monkeypatch) -> None:
    url = central.start()
    skewed = types.SimpleNamespace(time=lambda: time.time() - 400)   # this station's clock
    monkeypatch.setattr(central_check, "time", skewed)
    found = _checks(monkeypatch, tmp_path, url, central)
    assert found["central identity"].ok and not found["central clock"].ok
    assert "ahead of" in found["central clock"].detail
    assert "400" in found["central clock"].detail or "399" in found["central clock"].detail


def test_a_busy_central_is_asked_once_and_its_retry_after_reported(central, tmp_path,
                                                                    monkeypatch) -> None:
    url = central.start(faults=Faults(capacity_rps=0.01))   # beyond it: 503 + Retry-After
    found = _checks(monkeypatch, tmp_path, url, central)
    assert list(found) == ["central reachable"]
    assert found["central reachable"].ok
    assert "busy (HTTP 503)" in found["central reachable"].detail
    assert re.search(r"wait (99|100) s \(not asked again\)", found["central reachable"].detail)
    assert central.server is not None
    assert central.server.app.app.injector.requests == 1   # one request, no retry
