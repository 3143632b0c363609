"""The demo starts its own central service only when nothing is configured; a configured
station never does. The demo's uploads really arrive, and stopping sync stops the service."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from synchelp import Station
from test_sync_export import finalized_unsealed
from test_sync_worker import wait_until

from central.server import DB_FILE
from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from kiosk.station import station_id
from kiosk.store.store import Store
from kiosk.sync.demo import demo_central_provider, register_demo_central
from kiosk.sync.setup import DEMO_FOLDER, demo_central_wanted, sealer_for, start_worker
from station.launcher import offer_demo_central


@pytest.fixture(autouse=True)
def application_offers_the_demo():
    """As the ``kiosk`` entry point does at start (station.launcher.offer_demo_central)."""
    offer_demo_central()
    assert demo_central_provider() is not None
    yield
    register_demo_central(None)


def settings_with(tmp_path: Path, toml: str | None = None, **env: str):
    path = tmp_path / "kiosk.toml"
    if toml is not None:
        path.write_text(toml)
    environ = {"KIOSK_STORAGE_DATA_DIR": str(tmp_path / "data"),
               "KIOSK_STORAGE_KEY_BACKEND": "file", **env}
    return load_settings(path, environ=environ)


@pytest.mark.parametrize(("toml", "env", "wanted"), [
    (None, {}, True),                                                  # the unconfigured demo
    ("[ui]\nlanguage = \"en\"\n", {}, False),                          # a configuration file
    (None, {"KIOSK_STATION_ID": "HN-DESK-1"}, False),                  # a named station
    (None, {"KIOSK_SYNC_URL": "https://central.example"}, False),      # a real central
    (None, {"KIOSK_SYNC_CENTRAL_PUBLIC_KEY": "AAAA"}, False),
    (None, {"KIOSK_SYNC_DEMO_CENTRAL": "off"}, False),
    (None, {"KIOSK_SYNC_ENABLED": "false"}, False),
    ("[station]\nid = \"HN-DESK-1\"\n", {"KIOSK_SYNC_DEMO_CENTRAL": "on"}, True),
    (None, {"KIOSK_SYNC_DEMO_CENTRAL": "on", "KIOSK_SYNC_URL": "https://c.example"}, False),
])
def test_demo_central_only_where_nothing_is_configured(tmp_path, toml, env, wanted):
    assert demo_central_wanted(settings_with(tmp_path, toml, **env)) is wanted


def test_the_station_bundle_never_starts_a_demo_central(tmp_path, monkeypatch):
    """The bundle leaves the reference service out of the kiosk program: 'auto' keeps the
    unconfigured bundle an offline station, 'on' names the option instead of failing later."""
    from kiosk.options import ConfigError

    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert demo_central_wanted(settings_with(tmp_path)) is False
    with pytest.raises(ConfigError, match=r"sync\.demo_central"):
        demo_central_wanted(settings_with(tmp_path, KIOSK_SYNC_DEMO_CENTRAL="on"))


def test_without_the_reference_service_no_demo_central_runs(tmp_path):
    """kiosk/ never imports central/: an installation whose application registers no demo
    service (as the station bundle) keeps an unconfigured station offline."""
    register_demo_central(None)
    assert demo_central_wanted(settings_with(tmp_path)) is False
    settings = settings_with(tmp_path)
    assert sealer_for(settings) is None and start_worker(settings, None) is None


def test_offline_station_without_a_central_key_has_no_sealer(tmp_path):
    settings = settings_with(tmp_path, "[station]\nid = \"HN-DESK-1\"\n")
    assert sealer_for(settings) is None and start_worker(settings, None) is None


def test_demo_uploads_reach_its_own_central_and_stop_ends_it(tmp_path):
    settings = settings_with(tmp_path)
    store = Store.from_settings(settings)
    try:
        ids = finalized_unsealed(Station(store, None, tmp_path / "data"), 2,
                                 station_id(settings))
        worker = start_worker(settings, store)
        assert worker is not None
        url = worker.client.url
        assert url.startswith("http://127.0.0.1:")
        try:
            assert wait_until(lambda: set(Station(store, None, tmp_path).states(ids))
                              == {State.UPLOADED}, 20)
        finally:
            worker.stop()
        port = int(url.rsplit(":", 1)[1])
        assert f"central-{port}" not in {t.name for t in threading.enumerate()}
    finally:
        store.close()
    central = CentralStore(tmp_path / "data" / DEMO_FOLDER / DB_FILE)
    assert sorted(r.id for r in central.all()) == sorted(ids)
    central.close()
