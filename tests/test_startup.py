"""Start-up: the sign-in screen comes before any engine or the store is imported; the store
opens behind it (an officer faster than that sees "getting ready", and nothing typed is lost),
then the engines load in the background (and an officer faster than that sees "getting the
camera ready")."""

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
         "ui.screens.technician.console",
         # the store opens in the background once the first screen is drawn
         "sqlite_utils", "sqlcipher3", "kiosk.store.store", "kiosk.store.database",
         "kiosk.accounts.service", "station.services", "argon2", "cryptography", "ulid",
         "station.cli",
         # the log file's writer starts once the first screen is drawn (records kept till then);
         # a configured time zone is looked up when the store opens, not while drawing
         "logging.handlers", "zoneinfo")
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
            # PySide builds its Qt namespace (all its enums, ~20 ms) when first named
            built = "Qt" in vars(sys.modules["PySide6.QtCore"])
            print(f"Qt namespace at first screen {built}", flush=True)
    seen = []
    window.screens.currentChanged.connect(changed)
    shown(window)
app.quit_after_first_screen = watch
HEAVY = set(json.loads(sys.argv[1]))
from station.launcher import main
sys.exit(main(["--quit-after-first-screen"]))
"""


def test_the_first_screen_imports_no_engine_nor_the_store(tmp_path: Path) -> None:
    """Nor does it name PySide's ``Qt`` namespace (``Qt.AlignmentFlag``...; also built by some
    overloaded calls: ``QStyle.polish``, ``QAction.setShortcut``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY)], env=env,
                          cwd=REPO, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("modules at first")]
    assert lines == ["modules at first screen []"], done.stdout
    assert "Qt namespace at first screen False" in done.stdout  # see ui/common/style.py
    assert "kiosk: first screen setup" in done.stdout
    assert "kiosk: peak memory" in done.stdout
    assert "kiosk: store open" in done.stdout  # and it did open, behind the first screen


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
    qtbot.waitUntil(lambda: window.start_up.prepared is not False, timeout=30_000)
    _sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.status_screen,
                    timeout=30_000)
    assert window.desk is None


# -- the first screen before the store: drawn at once, the store opening behind it ----------

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


class OpeningStation:
    """A station whose store opens, on Op's worker thread, only once ``release`` is set."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.release = threading.Event()
        self.opening = threading.Event()
        self.threads: list[threading.Thread] = []
        self.closed: list[Services] = []

    def make_account(self) -> None:
        services = Services.open(load_settings(), start_sync=False)
        services.accounts._hasher = FAST
        services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
        services.close()

    def open_services(self) -> Services:
        self.opening.set()
        assert self.release.wait(60)
        self.threads.append(threading.current_thread())
        services = Services.open(load_settings(), start_sync=False)
        services.accounts._hasher = FAST
        close = services.close
        services.close = lambda: (self.closed.append(services), close())[1]  # type: ignore
        return services

    def window(self, qtbot) -> MainWindow:
        """The window as the app builds it: the hint read from the data folder."""
        from kiosk.accounts.hint import accounts_hint

        settings = load_settings()
        win = MainWindow(settings, self.open_services,
                         lambda services, session, parent: (StandInCapture(), StandInCapture()),
                         accounts_hint=accounts_hint(self.data))
        win.wedge.clock = HumanPace()
        qtbot.addWidget(win)
        win.show()
        win.open_services()
        return win


@pytest.fixture
def station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    station = OpeningStation(tmp_path / "data")
    yield station
    station.release.set()


def test_the_sign_in_screen_takes_keys_while_the_store_opens(qtbot, station) -> None:
    station.make_account()
    window = station.window(qtbot)
    login = window.login_screen
    assert window.screens.currentWidget() is login  # at once: the store is not open
    qtbot.waitExposed(window)
    type_text(login.username, "lan.tran")
    type_text(login.password, PASSWORD)
    assert (login.username.text(), login.password.text()) == ("lan.tran", PASSWORD)
    assert window.services is None and not station.threads
    press_enter(login.password)
    assert not login.waiting.isHidden()
    assert login.waiting.text() == login.waiting.tr(
        "Getting ready… This goes on by itself in a moment.")
    assert window.session is None and not login.sign_in_button.isEnabled()
    station.release.set()
    qtbot.waitUntil(lambda: window.desk is not None
                    and window.screens.currentWidget() is window.desk.today, timeout=30_000)
    assert window.session.officer.username == "lan.tran"
    assert station.threads[0] is not threading.main_thread()
    assert login.waiting.isHidden()


def test_a_form_changed_while_it_waits_is_not_sent(qtbot, station) -> None:
    station.make_account()
    window = station.window(qtbot)
    login = window.login_screen
    type_text(login.username, "lan.tran")
    type_text(login.password, PASSWORD[:-1])
    press_enter(login.password)
    assert not login.waiting.isHidden()
    type_text(login.password, PASSWORD[-1])  # the officer goes on typing: withdrawn
    assert login.waiting.isHidden() and login.sign_in_button.isEnabled()
    station.release.set()
    qtbot.waitUntil(lambda: window.start_checked, timeout=30_000)
    assert window.session is None and window.screens.currentWidget() is login
    assert login.password.text() == PASSWORD and login.error.isHidden()  # nothing was sent
    press_enter(login.password)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)


def test_the_first_account_is_made_once_the_store_opens(qtbot, station) -> None:
    from kiosk.accounts.hint import accounts_hint

    window = station.window(qtbot)  # a new station: no database yet
    setup = window.setup_screen
    assert window.screens.currentWidget() is setup
    type_text(setup.username, "lan.tran")
    type_text(setup.display_name, "Trần Thị Lan")
    setup.role.setCurrentIndex(setup.role.findData(Role.SUPERVISOR))
    type_text(setup.password, PASSWORD)
    type_text(setup.confirm, PASSWORD)
    press_enter(setup.confirm)
    assert not setup.waiting.isHidden() and window.services is None
    station.release.set()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=30_000)
    assert window.login_screen.username.text() == "lan.tran"
    assert accounts_hint(station.data) is True  # the next start shows the sign-in at once


def test_a_wrong_hint_is_put_right_when_the_store_opens(qtbot, station) -> None:
    from kiosk.accounts.hint import HINT_FILE

    station.release.set()
    Services.open(load_settings(), start_sync=False).close()  # a database with no account
    (station.data / HINT_FILE).write_text("accounts\n")  # e.g. an emptied database restored
    window = station.window(qtbot)
    assert window.screens.currentWidget() is window.login_screen
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.setup_screen,
                    timeout=30_000)
    assert window.start_checked


def _fill_setup(setup) -> None:
    type_text(setup.username, "lan.tran")
    type_text(setup.display_name, "Trần Thị Lan")
    setup.role.setCurrentIndex(setup.role.findData(Role.SUPERVISOR))
    type_text(setup.password, PASSWORD)
    type_text(setup.confirm, PASSWORD)


def test_a_first_account_sent_on_a_wrong_hint_says_accounts_exist(qtbot, station) -> None:
    from kiosk.accounts.hint import HINT_FILE

    station.make_account()
    (station.data / HINT_FILE).write_text("none\n")  # e.g. a database put back by hand
    window = station.window(qtbot)
    setup = window.setup_screen
    assert window.screens.currentWidget() is setup
    _fill_setup(setup)
    press_enter(setup.confirm)
    assert not setup.waiting.isHidden()
    station.release.set()
    login = window.login_screen
    qtbot.waitUntil(lambda: window.screens.currentWidget() is login, timeout=30_000)
    assert not login.error.isHidden()  # the form was not sent, and the officer is told why
    assert login.error.text.text() == window.start_up.tr(
        "This station already has accounts, so no new account was made. Sign in with your "
        "account.")
    assert login.username.text() == "lan.tran" and login.sign_in_button.isEnabled()
    assert window.services.accounts.needs_setup() is False
    type_text(login.password, PASSWORD)
    press_enter(login.password)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)


def test_a_sign_in_sent_on_a_wrong_hint_says_there_is_no_account(qtbot, station) -> None:
    from kiosk.accounts.hint import HINT_FILE

    station.release.set()
    Services.open(load_settings(), start_sync=False).close()  # a database with no account
    (station.data / HINT_FILE).write_text("accounts\n")
    station.release.clear()
    window = station.window(qtbot)
    login = window.login_screen
    type_text(login.username, "lan.tran")
    type_text(login.password, PASSWORD)
    press_enter(login.password)
    assert not login.waiting.isHidden()
    station.release.set()
    setup = window.setup_screen
    qtbot.waitUntil(lambda: window.screens.currentWidget() is setup, timeout=30_000)
    assert not setup.error.isHidden()
    assert setup.error.text.text() == window.start_up.tr(
        "This station has no accounts yet, so nobody was signed in. Make the first account "
        "here.")
    assert window.session is None


def test_a_store_that_does_not_open_says_why_over_a_waiting_sign_in(qtbot, station) -> None:
    from kiosk.accounts.hint import HINT_FILE
    from ui.common.messages import describe

    station.data.mkdir(parents=True)
    (station.data / "kiosk.db").write_bytes(b"not a database" * 50)
    (station.data / HINT_FILE).write_text("accounts\n")
    window = station.window(qtbot)
    login = window.login_screen
    type_text(login.username, "lan.tran")
    type_text(login.password, PASSWORD)
    press_enter(login.password)
    station.release.set()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.status_screen,
                    timeout=30_000)
    assert window.session is None and window.open_error is not None
    sentence, _detail = describe(window.open_error)
    assert "damaged" in sentence
    assert window.status_screen.error_banner.text.text() == sentence
    assert "not an SQLite database" in window.status_screen.error_banner.detail.text()
    window.switch_language("vi")  # the status screen is rebuilt in Vietnamese: still says why
    banner = window.status_screen.error_banner
    assert banner.isVisible() and not window.status_screen.error_panel.isHidden()
    assert banner.text.text() == describe(window.open_error)[0] != sentence


def test_closing_while_the_store_opens_closes_it(qtbot, station) -> None:
    station.make_account()
    window = station.window(qtbot)
    qtbot.waitUntil(station.opening.is_set, timeout=30_000)  # after the first paint
    teardown = window._teardown_desk

    def closing() -> None:  # the store opens while the window is closing
        station.release.set()
        teardown()

    window._teardown_desk = closing
    window.close()
    qtbot.waitUntil(lambda: len(station.closed) == 1, timeout=30_000)
    assert window.services is None


def test_a_gui_start_is_read_without_a_parser() -> None:
    from argparse import Namespace

    from station.launcher import gui_arguments

    assert gui_arguments([]) == Namespace(config=None, quit_after_first_screen=False,
                                          command=None)
    assert gui_arguments(["guidance", "--config", "k.toml", "--quit-after-first-screen"]) == \
        Namespace(config="k.toml", quit_after_first_screen=True, command="guidance")
    assert gui_arguments(["--config=a.toml"]).config == "a.toml"
    for other in (["doctor"], ["--config"], ["--quit"], ["guidance", "guidance"], ["-h"],
                  ["sync", "export", "x"]):
        assert gui_arguments(other) is None, other  # the full parser reads these


def test_after_first_paint_runs_once_and_without_a_paint(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    from ui.shell import first_paint

    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("x", window)
    calls: list[str] = []
    first_paint.after_first_paint(label, lambda: calls.append("painted"))
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=10_000)
    label.repaint()
    other = QLabel("y", window)  # deleted before it is ever painted: the fallback still runs
    first_paint.after_first_paint(other, lambda: calls.append("fallback"))
    other.deleteLater()
    qtbot.waitUntil(lambda: calls == ["painted", "fallback"],
                    timeout=first_paint.FALLBACK_MS + 10_000)


def test_the_cheaper_pyside_source_check_answers_as_pyside_does() -> None:
    import inspect
    import json as stdlib_json
    import math

    import kiosk.options
    import ui.shell.app
    from ui.shell import pyside_imports

    def pyside_answer(module) -> bool:  # shibokensupport.feature._mod_uses_pyside
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            return False

    modules = [ui.shell.app, pyside_imports, kiosk.options, stdlib_json, math, sys, threading]
    answers = [pyside_imports.uses_pyside(module) for module in modules]
    assert answers == [pyside_answer(module) for module in modules]
    assert answers[:3] == [True, True, False]
    assert pyside_imports.install()  # the PySide in use has the check it replaces
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is pyside_imports.uses_pyside
