"""Test-wide fixtures: isolated user folders, shared test data, screenshots, Qt platform."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from kiosk.memory import limit_malloc_arenas

limit_malloc_arenas()  # as the kiosk does at start (station.launcher): the soak tests measure that
pytest_plugins = ["guidancehelp"]  # the guidance tests' fixtures: keys, make_window

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("KIOSK_SHARED_DATA", REPO.parent / "shared" / "data"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--screenshots", metavar="DIR", default=os.environ.get("KIOSK_SCREENSHOTS"),
                     help="save a PNG of every screen a GUI test renders into DIR")


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    # pytest-xvfb has started Xvfb (and set DISPLAY) by now when Xvfb is installed. Without any
    # display Qt would abort the whole run, so fall back to the offscreen platform.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's configuration, data or keyring."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    for var in list(os.environ):
        if var.startswith("KIOSK_") and var not in ("KIOSK_SHARED_DATA", "KIOSK_SCREENSHOTS",
                                                    "KIOSK_SOAK_SECONDS",
                                                    "KIOSK_SOAK_ENROLLMENTS"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("KIOSK_STORAGE_KEY_BACKEND", "file")
    monkeypatch.setenv("KIOSK_SYNC_DEMO_CENTRAL", "off")   # no test starts a demo central
    # no desk test gets passports read live unless it asks (tests/test_ui_document_live.py)
    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_CAMERA", "off")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    # simulated scanner: two synthetic applicants whose every finger scores NFIQ 2 >= 46, in
    # turn (a random one falls below the threshold now and then: a retry the test didn't plan)
    monkeypatch.setenv("KIOSK_SIM_SUBJECTS", "2,3")


@pytest.fixture(autouse=True)
def _officer_look(request: pytest.FixtureRequest):
    """Every Qt test sees the application as the kiosk makes it (ui/shell/app.py): the officer
    type scale and style sheet, whichever test ran before (before, a test that started the app
    left a 12 pt font for every later one, and a test run alone measured in Qt's default)."""
    if {"qapp", "qtbot"} & set(request.fixturenames):
        from ui.common import style

        style.apply(request.getfixturevalue("qapp"))
    yield


@pytest.fixture(autouse=True)
def _source_language_after_each_test():
    """A test that installs a catalogue leaves none behind for the next (source texts)."""
    yield
    import sys

    i18n = sys.modules.get("ui.common.i18n")
    if i18n is not None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.uninstall_language(app)


@pytest.fixture(autouse=True)
def _nothing_frozen_after_each_test():
    """The desk's start-up freezes what is alive (``kiosk.memory.freeze_long_lived``): in one
    test process that would keep a later test's checks that an object is collected from
    seeing it go. Each test starts with nothing frozen."""
    yield
    import gc

    gc.unfreeze()


DEVICE_THREAD_GRACE_S = 5.0  # a closed device's thread is joined; this covers slow machines


@pytest.fixture(autouse=True, scope="module")
def _no_device_thread_outlives_its_module():
    """A module that leaves a device thread (``device-*``: a camera, a scanner) running
    fails at its end: a device it opened was never closed (one once haunted the face-screen
    tests' thread counts)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + DEVICE_THREAD_GRACE_S

    def left() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t not in before and t.is_alive()
                and t.name.startswith("device-")]

    while left() and time.monotonic() < deadline:
        time.sleep(0.05)  # polling a condition with a deadline, not a fixed sleep
    names = sorted(t.name for t in left())
    assert not names, f"device threads left running (a device not closed): {names}"


@pytest.fixture
def shared_data() -> Path:
    """The shared real-world test data folder, or a skip saying where it was expected."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA} (set KIOSK_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture
def screenshot(request: pytest.FixtureRequest):
    """``screenshot(widget, name)`` saves ``<DIR>/<name>.png`` when --screenshots DIR is given.

    Always grabs the widget, so a screen that cannot render fails the test even without DIR.
    """
    target = request.config.getoption("--screenshots")

    def take(widget, name: str) -> Path | None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let pending layouts settle, as a user would see them
        pixmap = widget.grab()
        assert not pixmap.isNull(), f"screen {name} did not render"
        if not target:
            return None
        folder = Path(target)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        assert pixmap.save(str(path)), f"could not save {path}"
        return path

    return take


@pytest.fixture(params=["vi", "en"])
def language(request, qapp):
    """Run a GUI test once per officer language, with that catalogue installed."""
    from ui.shell.app import install_language

    translator = install_language(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.fixture(scope="session")
def postgres():
    """A throw-away PostgreSQL cluster for the session (tests/pghelp.py), or a skip naming
    what to install."""
    from pghelp import INSTALL_HINT, Cluster, pg_bin

    bin_dir = pg_bin()
    if bin_dir is None:
        pytest.skip(INSTALL_HINT)
    cluster = Cluster(bin_dir)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def central_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty central-service database on each backend: a SQLite file or a new
    PostgreSQL database (``--database`` value)."""
    if request.param == "sqlite":
        return str(tmp_path / "central-db" / "central.db")
    return request.getfixturevalue("postgres").database()
