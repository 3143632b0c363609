"""The central service's address: https, plain http only to this machine (loopback)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from test_sync_demo import settings_with

from kiosk.options import ConfigError
from kiosk.store.store import Store
from kiosk.sync.client import CentralClient
from kiosk.sync.endpoint import check_url, url_problem
from kiosk.sync.keys import public_b64
from kiosk.sync.setup import start_worker


@pytest.mark.parametrize("url", [
    "https://central.example.vn", "https://10.0.0.5:8443/api", "http://127.0.0.1:8470",
    "http://127.8.9.10", "http://[::1]:8470", "http://localhost:8470", "http://LOCALHOST",
    "https://[2001:db8::1]"])
def test_https_anywhere_and_http_to_loopback_are_accepted(url):
    assert url_problem(url) is None and check_url(url) == url


@pytest.mark.parametrize("url", [
    "http://central.example.vn", "http://10.0.0.5:8470", "http://192.168.1.10",
    "http://[::ffff:127.0.0.1]", "http://localhost.example.vn", "http://127.0.0.1.nip.io",
    "http://0.0.0.0:8470", "ftp://127.0.0.1", "central.example.vn", "https://",
    "https://user:pw@central.example.vn", "http://127.0.0.1@central.example.vn",
    "https://central.example.vn:99999"])
def test_anything_else_is_a_config_error_naming_sync_url(url):
    assert url_problem(url)
    with pytest.raises(ConfigError) as error:
        check_url(url)
    assert error.value.params["key"] == "sync.url" and "sync.url" in str(error.value)


def test_the_station_refuses_plain_http_to_another_machine_before_sending(tmp_path):
    with pytest.raises(ConfigError, match=r"sync\.url.*http://central\.example\.vn"):
        CentralClient("http://central.example.vn", "S", Ed25519PrivateKey.generate(),
                      receipt_key=Ed25519PrivateKey.generate().public_key())
    central = public_b64(X25519PrivateKey.generate().public_key())
    signing = public_b64(Ed25519PrivateKey.generate().public_key())
    store = Store.open(tmp_path / "data", key_backend="file")
    try:
        for env, key in (({"KIOSK_SYNC_URL": "http://central.example.vn",
                           "KIOSK_SYNC_CENTRAL_SIGNING_KEY": signing}, "sync.url"),
                         ({"KIOSK_SYNC_URL": "https://central.example.vn"},
                          "sync.central_signing_key")):
            settings = settings_with(tmp_path, None, KIOSK_STATION_ID="HN-DESK-1",
                                     KIOSK_SYNC_CENTRAL_PUBLIC_KEY=central, **env)
            with pytest.raises(ConfigError) as error:
                start_worker(settings, store)
            assert error.value.params["key"] == key and key in str(error.value)
    finally:
        store.close()
