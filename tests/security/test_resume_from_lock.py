"""Probe: 'resuming a locked screen does not check that the same officer signed back in.'

In a real window with real key events: officer An locks the screen over a draft; Bình's
password does not unlock An's screen; Bình signing in at the lock screen ends An's session
(An's draft stays saved) and starts Bình's own at the today list."""

from __future__ import annotations

from pathlib import Path

import pytest
from deskhelp import applicant, decision
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelp import press_enter, stand_in_window, type_text

from kiosk.accounts.roles import Role
from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from ui.common import ops
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
SUPERVISOR_PASSWORD = "giám sát viên 2026"
AN, AN_PASSWORD = "off.an", "mật khẩu riêng của An 9"
BINH, BINH_PASSWORD = "off.binh", "mật khẩu cán bộ 1"


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DESK_OPEN_RECEIPTS", "false")
    settings = load_settings()
    ops.run_synchronously(True)

    win = stand_in_window(settings, qtbot)
    qtbot.waitExposed(win)
    win.open_services()
    accounts = win.services.accounts
    accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    supervisor = accounts.authenticate("sup.lan", SUPERVISOR_PASSWORD)
    accounts.create(supervisor, AN, "Nguyễn Văn An", Role.OFFICER, AN_PASSWORD)
    accounts.create(supervisor, BINH, "Lê Bình", Role.OFFICER, BINH_PASSWORD)
    yield win
    win.close()
    ops.run_synchronously(False)


def _sign_in(window: MainWindow, username: str, password: str) -> None:
    window.login_screen.show_sign_in()
    window.screens.setCurrentWidget(window.login_screen)
    type_text(window.login_screen.username, username)
    _type_password_and_enter(window, password)
    assert window.session is not None, window.login_screen.error.text.text()


def _type_password_and_enter(window: MainWindow, password: str) -> None:
    type_text(window.login_screen.password, password)
    press_enter(window.login_screen.password)


def test_only_the_officer_who_locked_gets_the_work_back(qtbot, window: MainWindow) -> None:
    login = window.login_screen
    _sign_in(window, AN, AN_PASSWORD)
    assert window.session.officer.username == AN
    person = applicant()
    draft = window.desk.desk.start(person, decision(person))  # An's draft, saved
    window.screens.setCurrentWidget(window.desk.face)          # An is at work on it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+L: lock the screen
    assert window.screens.currentWidget() is login and login.locked_user == AN
    assert login.username.isReadOnly()  # the lock screen is An's

    _type_password_and_enter(window, BINH_PASSWORD)  # Bình's password for An's screen
    assert login.error.isVisible() and window.screens.currentWidget() is login
    assert window.session.officer.username == AN     # still An's, still locked

    # Bình signs in at the lock screen with his own name: An's session ends safely
    login.submitted.emit(BINH, BINH_PASSWORD)
    assert window.session.officer.username == BINH
    assert window.desk.desk.officer == BINH
    assert window.screens.currentWidget() is window.desk.today  # his own start, not An's work
    state = window.services.store.read(lambda r: r.get(draft).enrollment.state)
    assert state is State.DRAFT                                   # An's draft is kept


def test_another_officer_can_take_over_by_the_switch_button(qtbot, window: MainWindow) -> None:
    login = window.login_screen
    _sign_in(window, AN, AN_PASSWORD)
    window.lock()
    qtbot.mouseClick(login.switch_button, Qt.MouseButton.LeftButton)
    assert window.session is None and not login.username.isReadOnly()
    _sign_in(window, BINH, BINH_PASSWORD)
    assert window.session.officer.username == BINH
    assert window.screens.currentWidget() is window.desk.today
