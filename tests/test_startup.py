"""Start-up: the sign-in screen comes before any engine is imported; the engines load in the
background, and an officer faster than that sees "getting the camera ready"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from uihelp import HumanPace, StandInCapture, press_enter, type_text

from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from station.services import Services
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[1]
PASSWORD = "mật khẩu trạm 2026"
HEAVY = ("cv2", "mediapipe", "fastapi", "uvicorn", "starlette", "matplotlib", "PIL", "httpx",
         "kiosk.biometrics.face.detector", "kiosk.biometrics.face.analysis",
         "kiosk.biometrics.fingers.analysis", "kiosk.biometrics.fingers.nbis",
         "central.server", "devices.camera.opencv_camera", "ui.desk.capture", "ui.desk.desk_flow",
         "ui.screens.face", "ui.screens.fingers", "ui.screens.reports",
         "ui.screens.technician.console")
CHILD = """
import json, sys
import ui.shell.app as app
shown = app.quit_after_first_screen
def watch(window):
    first = {window.setup_screen, window.login_screen}
    def changed(_index):
        if window.screens.currentWidget() in first and not seen:
            seen.append(sorted(m for m in sys.modules if m in HEAVY))
            print("modules at first screen " + json.dumps(seen[0]), flush=True)
    seen = []
    window.screens.currentChanged.connect(changed)
    shown(window)
app.quit_after_first_screen = watch
HEAVY = set(json.loads(sys.argv[1]))
from station.launcher import main
sys.exit(main(["--quit-after-first-screen"]))
"""


def test_the_first_screen_imports_no_engine(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY)], env=env,
                          cwd=REPO, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("modules at first")]
    assert lines == ["modules at first screen []"], done.stdout
    assert "kiosk: first screen setup" in done.stdout
    assert "kiosk: peak memory" in done.stdout


@pytest.fixture
def slow_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A main window (background work really in the background) whose preparation waits
    for ``release``, recording the screen shown when it started."""
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    settings = load_settings()
    seen: list = []
    release = threading.Event()
    failure: list[BaseException] = []

    def open_services() -> Services:
        services = Services.open(settings, start_sync=False)
        services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024,
                                                   parallelism=1)
        if services.accounts.needs_setup():
            services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR,
                                           PASSWORD)
        return services

    def prepare(services: Services) -> None:
        seen.append(services.sync)
        assert release.wait(60)
        services.start_sync()
        if failure:
            raise failure[0]

    win = MainWindow(settings, open_services,
                     lambda services, session, parent: (StandInCapture(), StandInCapture()),
                     prepare=prepare)
    win.wedge.clock = HumanPace()
    qtbot.addWidget(win)
    win.show()
    win.open_services()
    qtbot.waitUntil(lambda: win.screens.currentWidget() is win.login_screen and bool(seen),
                    timeout=30_000)
    yield win, seen, release, failure
    release.set()
    win.close()


def _sign_in(qtbot, window: MainWindow) -> None:
    window.login_screen.show_sign_in()
    window.screens.setCurrentWidget(window.login_screen)
    type_text(window.login_screen.username, "lan.tran")
    type_text(window.login_screen.password, PASSWORD)
    press_enter(window.login_screen.password)


def test_an_officer_faster_than_the_engines_sees_the_camera_getting_ready(
        qtbot, slow_window) -> None:
    window, seen, release, _failure = slow_window
    assert seen == [None]  # started once the sign-in screen showed; no sync worker yet
    _sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.preparing_screen,
                    timeout=30_000)
    assert window.preparing_screen.text() == window.tr("Getting the camera ready…")
    assert window.desk is None
    release.set()
    qtbot.waitUntil(lambda: window.desk is not None
                    and window.screens.currentWidget() is window.desk.today, timeout=30_000)
    window.sign_out()
    _sign_in(qtbot, window)  # prepared once: straight to the desk
    qtbot.waitUntil(lambda: window.desk is not None
                    and window.screens.currentWidget() is window.desk.today, timeout=30_000)
    assert len(seen) == 1


def test_a_failed_preparation_shows_on_the_status_screen(qtbot, slow_window) -> None:
    window, _seen, release, failure = slow_window
    failure.append(OSError("disk gone"))
    release.set()
    qtbot.waitUntil(lambda: window._prepared is not False, timeout=30_000)
    _sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.status_screen,
                    timeout=30_000)
    assert window.desk is None
