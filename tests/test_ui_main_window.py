"""The main window with the desk: homes by role, accounts, scans, handover."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from uihelp import HumanPace, StandInCapture, press_enter, type_text

from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from kiosk.services import Services
from ui import ops
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
PASSWORD = "mật khẩu trạm 2026"
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DESK_OPEN_RECEIPTS", "false")
    settings = load_settings()
    ops.run_synchronously(True)

    def open_services() -> Services:
        services = Services.open(settings)
        services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024,
                                                   parallelism=1)
        return services

    win = MainWindow(settings, open_services,
                     lambda services, session, parent: (StandInCapture(), StandInCapture()))
    win.wedge.clock = HumanPace()
    qtbot.addWidget(win)
    win.show()
    win.open_services()
    win.services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    yield win
    win.close()
    ops.run_synchronously(False)


def _sign_in(window: MainWindow, username: str, password: str) -> None:
    window.login_screen.show_sign_in()
    window.screens.setCurrentWidget(window.login_screen)
    type_text(window.login_screen.username, username)
    type_text(window.login_screen.password, password)
    press_enter(window.login_screen.password)


def test_supervisor_creates_an_officer_who_then_enrolls(window, screenshot) -> None:
    _sign_in(window, "lan.tran", PASSWORD)
    assert window.desk is not None and window.screens.currentWidget() is window.desk.today
    window.accounts_action.trigger()
    screen = window.accounts_screen
    assert window.screens.currentWidget() is screen
    type_text(screen.username, "an.nguyen")
    type_text(screen.display_name, "Nguyễn Văn An")
    screen.role.setCurrentIndex(screen.role.findData(Role.OFFICER))
    type_text(screen.password, "officer password 1")
    type_text(screen.confirm, "officer password 1")
    press_enter(screen.confirm)
    assert screen.table.rowCount() == 2 and not screen.error.isVisible()
    screenshot(window, "accounts")
    window.sign_out()
    _sign_in(window, "an.nguyen", "officer password 1")
    assert window.desk.desk.officer == "an.nguyen"
    assert not window.accounts_action.isEnabled()
    window.accounts_action.trigger()  # refused for an officer
    assert window.screens.currentWidget() is window.desk.today
    window.wedge.mrz_scanned.emit(TD3)  # the passport reader, anywhere
    assert window.screens.currentWidget() is window.desk.applicant
    assert window.desk.applicant.form.inputs["surname"].text() == "KIM"
    screenshot(window, "desk_after_scan")


def test_technician_sees_the_console_not_applicants(window) -> None:
    supervisor = window.services.accounts.authenticate("lan.tran", PASSWORD)
    window.services.accounts.create(supervisor, "minh.tech", "Minh", Role.TECHNICIAN,
                                    "technician password 1")
    _sign_in(window, "minh.tech", "technician password 1")
    assert window.desk is None and window.console is not None
    assert window.screens.currentWidget() is window.console
    window.wedge.mrz_scanned.emit(TD3)
    assert window.screens.currentWidget() is window.console
    window.status_action.trigger()  # the station status stays one shortcut away
    assert window.screens.currentWidget() is window.status_screen
    window.sign_out()
    assert window.console is None
    _sign_in(window, "lan.tran", PASSWORD)  # supervisors: the desk, no console
    assert window.console is None and window.desk is not None


def test_handover_keeps_the_draft_for_the_next_officer(window) -> None:
    _sign_in(window, "lan.tran", PASSWORD)
    desk = window.desk
    desk.handle_mrz(TD3)
    form = desk.applicant.form
    form.inputs["residence_card_kind"].setCurrentIndex(
        form.inputs["residence_card_kind"].findData("permanent"))
    form.set_values({"residence_card_number": "PR7654321", "address_vn": "Hà Nội",
                     "phone": "+84912345678"})
    form.inputs["residence_card_expiry"].setText("01/01/2035")
    desk.applicant.check()
    desk.applicant.continue_button.click()
    draft = desk.desk.enrollment_id
    window.sign_out()
    assert window.desk is None
    _sign_in(window, "lan.tran", PASSWORD)
    window.desk.refresh_today()
    assert window.desk.today.visible_ids() == [draft]


def test_navigation_is_visible_per_role_and_closed_while_locked(window, qtbot,
                                                                 screenshot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    assert not window.menuBar().isVisible()          # nothing to reach before sign-in
    _sign_in(window, "lan.tran", PASSWORD)
    assert window.menuBar().isVisible()
    visible = [a for a in window.go_menu.actions() if a.isVisible()]
    assert window.accounts_action in visible and window.reports_action in visible
    assert all(not a.shortcut().isEmpty() for a in visible)   # shown beside each entry
    window.go_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.go_menu.isVisible)
    screenshot(window.go_menu, "navigation_menu_supervisor")
    window.go_menu.hide()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.screens.currentWidget() is window.status_screen
    window.lock()
    assert window.screens.currentWidget() is window.login_screen
    for key, mods in ((Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)):
        QTest.keyClick(QApplication.focusWidget() or window, key, mods)
        assert window.screens.currentWidget() is window.login_screen   # the lock holds
    assert not window.menuBar().isVisible()
    type_text(window.login_screen.password, PASSWORD)
    press_enter(window.login_screen.password)
    assert window.screens.currentWidget() is window.status_screen  # back where work was
    window.sign_out()
    supervisor = window.services.accounts.authenticate("lan.tran", PASSWORD)
    window.services.accounts.create(supervisor, "an.nguyen", "Nguyễn Văn An", Role.OFFICER,
                                    "officer password 1")
    _sign_in(window, "an.nguyen", "officer password 1")
    visible = [a for a in window.go_menu.actions() if a.isVisible()]
    assert window.accounts_action not in visible and window.reports_action not in visible
    assert window.home_action in visible and window.status_action in visible
