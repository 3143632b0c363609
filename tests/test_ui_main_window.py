"""The main window with the desk: homes by role, accounts, scans, handover."""

from __future__ import annotations

from pathlib import Path

import pytest
from uihelp import press_enter, stand_in_window, type_text, visible_ids

from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from ui.common import ops
from ui.shell.main_window import MainWindow

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

    win = stand_in_window(settings, qtbot)
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
    assert visible_ids(window.desk.today) == [draft]


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


# -- account care (issue 15) ----------------------------------------------------------------

OFFICER_PASSWORD = "mật khẩu cán bộ 1"
TEMPORARY = "tạm thời 2026 xyz"
NEW_PASSWORD = "mật khẩu riêng của An 9"


def _focused(qtbot, expected) -> None:
    """Wait until the keyboard focus is in ``expected`` (where the screen put it)."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected)


def _keys(text: str) -> None:
    """Type ``text`` into whatever has the keyboard focus, as key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(
                kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _enter() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _sign_in_by_keys(window, qtbot, username: str, password: str) -> None:
    window.sign_out()
    _active(window, qtbot)
    _focused(qtbot, window.login_screen.username)
    _keys(username)
    _enter()
    _focused(qtbot, window.login_screen.password)
    _keys(password)
    _enter()


def _click(widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert widget.isEnabled() and widget.isVisible()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _select(screen, username: str) -> None:
    """Click the account's row in the list."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    table = screen.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 1)).center())
    assert screen.selected().username == username


def _row(screen, username: str) -> list[str]:
    table = screen.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _with_officer(window) -> None:
    accounts = window.services.accounts
    accounts.create(accounts.authenticate("lan.tran", PASSWORD), "an.nguyen", "Nguyễn Văn An",
                    Role.OFFICER, OFFICER_PASSWORD)


def test_supervisor_resets_a_password_and_the_officer_must_choose_a_new_one(
        window, qtbot, screenshot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _with_officer(window)
    _sign_in_by_keys(window, qtbot, "lan.tran", PASSWORD)
    window.accounts_action.trigger()
    screen = window.accounts_screen
    _select(screen, "lan.tran")  # one's own account: no care actions
    assert not screen.reset_button.isEnabled() and not screen.active_button.isEnabled()
    assert not screen.role_button.isEnabled() and not screen.unlock_button.isEnabled()
    _select(screen, "an.nguyen")
    assert screen.reset_button.isEnabled() and screen.active_button.isEnabled()
    assert not screen.unlock_button.isEnabled()  # not locked
    _click(screen.reset_button)
    _focused(qtbot, screen.temporary)
    _keys("half typed")
    window.home_action.trigger()  # leaving drops the half-typed temporary password
    window.accounts_action.trigger()
    assert screen.reset_box.isHidden() and not screen.temporary.text()
    assert screen.selected().username == "an.nguyen"
    _click(screen.reset_button)
    _focused(qtbot, screen.temporary)
    _keys(TEMPORARY)
    _enter()
    _focused(qtbot, screen.temporary_confirm)
    _keys("not the same one")
    _enter()
    assert screen.error.isVisible() and "differ" in screen.error.text.text()
    _focused(qtbot, screen.temporary_confirm)  # the repeat is selected: typing replaces it
    _keys(TEMPORARY)
    _enter()
    qtbot.waitUntil(lambda: _row(screen, "an.nguyen")[3] == "Temporary password")
    assert not screen.error.isVisible() and not screen.reset_box.isVisible()
    assert "Nguyễn Văn An" in screen.notice.text()
    screenshot(window, "accounts_after_reset")

    _sign_in_by_keys(window, qtbot, "an.nguyen", TEMPORARY)
    change = window.change_password_screen
    qtbot.waitUntil(lambda: window.screens.currentWidget() is change)
    assert not window.menuBar().isVisible() and window.desk is None
    _focused(qtbot, change.password)
    for key in (Qt.Key.Key_F2, Qt.Key.Key_A):  # home, accounts: nothing else is reachable
        QTest.keyClick(QApplication.focusWidget(), key,
                       Qt.KeyboardModifier.NoModifier if key == Qt.Key.Key_F2 else
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.screens.currentWidget() is change
    window.wedge.mrz_scanned.emit(TD3)
    assert window.screens.currentWidget() is change
    _keys(TEMPORARY)  # the temporary password again is refused
    _enter()
    _focused(qtbot, change.confirm)
    _keys(TEMPORARY)
    _enter()
    qtbot.waitUntil(change.error.isVisible)
    assert window.screens.currentWidget() is change
    screenshot(window, "change_password_refused")
    _focused(qtbot, change.password)
    _keys(NEW_PASSWORD)
    _enter()
    _focused(qtbot, change.confirm)
    _keys(NEW_PASSWORD)
    _enter()
    qtbot.waitUntil(lambda: window.desk is not None and
                    window.screens.currentWidget() is window.desk.today)
    assert window.session.officer.username == "an.nguyen" and window.menuBar().isVisible()

    _sign_in_by_keys(window, qtbot, "an.nguyen", TEMPORARY)  # the temporary one is gone
    qtbot.waitUntil(window.login_screen.error.isVisible)
    assert window.session is None
    _focused(qtbot, window.login_screen.password)
    _keys(NEW_PASSWORD)
    _enter()
    qtbot.waitUntil(lambda: window.desk is not None)
    assert window.screens.currentWidget() is window.desk.today


def test_leaving_the_password_change_signs_out(window, qtbot) -> None:
    _with_officer(window)
    accounts = window.services.accounts
    accounts.reset_password(accounts.authenticate("lan.tran", PASSWORD), "an.nguyen", TEMPORARY)
    _sign_in_by_keys(window, qtbot, "an.nguyen", TEMPORARY)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.change_password_screen)
    window.idle.locked.emit()  # walked away: nobody else may finish choosing the password
    assert window.screens.currentWidget() is window.login_screen
    assert window.session is None and window._password_change is None
    _sign_in_by_keys(window, qtbot, "an.nguyen", TEMPORARY)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.change_password_screen)
    _click(window.change_password_screen.sign_out_button)
    assert window.screens.currentWidget() is window.login_screen and window.session is None


def _choose(qtbot, combo, key) -> None:
    """Move a menu's choice with the arrow keys, as the keyboard does."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    combo.setFocus()
    _focused(qtbot, combo)
    QTest.keyClick(QApplication.focusWidget(), key)


def test_supervisor_unlocks_disables_enables_and_promotes_an_officer(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    _with_officer(window)
    attempts = window.settings["accounts.lockout_attempts"]
    for _ in range(attempts):
        _sign_in_by_keys(window, qtbot, "an.nguyen", "wrong password!")
        qtbot.waitUntil(window.login_screen.error.isVisible)
    locked_answer = window.login_screen.error.text.text()
    assert "supervisor can help" in locked_answer  # the one answer for every refusal

    _sign_in_by_keys(window, qtbot, "lan.tran", PASSWORD)
    window.accounts_action.trigger()
    screen = window.accounts_screen
    assert _row(screen, "an.nguyen")[3].startswith("Locked until ")
    _select(screen, "an.nguyen")
    _click(screen.unlock_button)
    qtbot.waitUntil(lambda: _row(screen, "an.nguyen")[3] == "Active")
    assert not screen.unlock_button.isEnabled() and screen.selected().username == "an.nguyen"

    assert screen.active_button.text() == "&Disable"
    _click(screen.active_button)
    qtbot.waitUntil(lambda: _row(screen, "an.nguyen")[3] == "Disabled")
    assert screen.active_button.text() == "&Enable"
    _sign_in_by_keys(window, qtbot, "an.nguyen", OFFICER_PASSWORD)
    qtbot.waitUntil(window.login_screen.error.isVisible)
    # disabled: the same answer as locked, unknown or wrong (nothing to enumerate)
    assert window.login_screen.error.text.text() == locked_answer and window.session is None

    _sign_in_by_keys(window, qtbot, "lan.tran", PASSWORD)
    window.accounts_action.trigger()
    _select(screen, "an.nguyen")
    _click(screen.active_button)
    qtbot.waitUntil(lambda: _row(screen, "an.nguyen")[3] == "Active")
    _choose(qtbot, screen.new_role, Qt.Key.Key_Down)  # officer -> supervisor
    assert screen.new_role.currentData() == Role.SUPERVISOR
    _click(screen.role_button)
    qtbot.waitUntil(lambda: _row(screen, "an.nguyen")[2] == "Supervisor")
    assert not screen.role_button.isEnabled()  # already a supervisor

    _sign_in_by_keys(window, qtbot, "an.nguyen", OFFICER_PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.accounts_action.isEnabled()  # the new role is in force
    window.accounts_action.trigger()
    _select(screen, "lan.tran")  # the new supervisor may demote the one who promoted them
    _choose(qtbot, screen.new_role, Qt.Key.Key_Up)  # supervisor -> officer
    _click(screen.role_button)
    qtbot.waitUntil(lambda: _row(screen, "lan.tran")[2] == "Officer")
    _select(screen, "an.nguyen")
    assert not screen.active_button.isEnabled()  # their own account


def test_the_start_up_imports_what_the_first_draft_needs_and_freezes_the_rest(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The ULID package was first imported by the first applicant's draft, on a background
    thread holding the GIL while the UI thread waited (bench_desk --why: 36 ms blocked);
    the start-up's background preparation imports it now."""
    import gc
    import sys
    from types import SimpleNamespace

    from ui.printing.receipt_process import stop_receipt_process
    from ui.shell.app import prepare

    monkeypatch.delitem(sys.modules, "ulid", raising=False)
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path))
    services = SimpleNamespace(settings=load_settings(),
                               accounts=SimpleNamespace(prepare=lambda: None),
                               start_sync=lambda: None)
    gc.unfreeze()
    try:
        prepare(services)
    finally:
        stop_receipt_process()  # prepare started it: no child outlives this test
    assert "ulid" in sys.modules
    # and what start-up loaded is out of the full collections' way (each walked it all:
    # 50-100 ms holding the GIL the UI thread needed)
    assert gc.get_freeze_count() > 10_000
