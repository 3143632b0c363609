"""Start-up in a real window: first-start setup, sign-in, status, translated errors, idle lock."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QLabel
from storehelp import new_enrollment, samples
from uihelp import HumanPace, press_enter, type_text

from kiosk.accounts.roles import Role
from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from station.services import Services
from ui.common import ops
from ui.common.screens import window_of
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
PASSWORD = "mật khẩu trạm 2026"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-1")
    monkeypatch.setenv("KIOSK_STATION_OFFICE", "Phòng Quản lý xuất nhập cảnh Hà Nội")
    return load_settings()


def _fast_services(settings):
    services = Services.open(settings)
    services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return services


@pytest.fixture
def synchronous_ops():
    ops.run_synchronously(True)
    yield
    ops.run_synchronously(False)


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(settings, lambda: _fast_services(settings))
    win.wedge.clock = HumanPace()  # the tests type faster than any person
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_first_start_setup_then_sign_in_then_status(language, window, synchronous_ops,
                                                    screenshot) -> None:
    window.open_services()
    setup = window.setup_screen
    assert window.screens.currentWidget() is setup
    screenshot(window, f"setup_{language}")
    type_text(setup.username, "lan.tran")
    type_text(setup.display_name, "Trần Thị Lan")
    setup.role.setCurrentIndex(setup.role.findData(Role.SUPERVISOR))
    type_text(setup.password, PASSWORD)
    type_text(setup.confirm, PASSWORD + "x")
    press_enter(setup.confirm)
    assert setup.error.isVisible() and window.screens.currentWidget() is setup
    setup.confirm.clear()
    type_text(setup.confirm, PASSWORD)
    press_enter(setup.confirm)
    login = window.login_screen
    assert window.screens.currentWidget() is login
    assert login.username.text() == "lan.tran"
    screenshot(window, f"login_{language}")
    type_text(login.password, "wrong password")
    press_enter(login.password)
    expected = "Sai tên đăng nhập hoặc mật khẩu" if language == "vi" else "Wrong user name"
    assert expected in login.error.text.text()
    screenshot(window, f"login_error_{language}")
    type_text(login.password, PASSWORD)
    press_enter(login.password)
    assert window.session is not None and window.session.officer.display_name == "Trần Thị Lan"
    assert window.screens.currentWidget() is window.status_screen
    assert "Trần Thị Lan" in window.officer_label.text()


def test_status_screen_shows_station_and_store(language, window, settings, synchronous_ops,
                                               screenshot) -> None:
    services = _fast_services(settings)
    with services.store as store:
        for i in range(3):
            e = new_enrollment()
            store.write(lambda r, e=e, i=i: r.save_enrollment(e, {}, samples(i), actor="o"))
        store.write(lambda r, e=e: r.transition(e.id, State.CAPTURED, actor="o")).result()
        services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    window.open_services()
    window._signed_in(services.accounts.authenticate("lan.tran", PASSWORD), resumed=False) \
        if False else None
    type_text(window.login_screen.username, "lan.tran")
    type_text(window.login_screen.password, PASSWORD)
    press_enter(window.login_screen.password)
    screen = window.status_screen
    assert window.screens.currentWidget() is screen
    assert screen.station_label.text() == "HN-DESK-1"
    assert screen.count_labels[State.DRAFT].text() == "2"
    assert screen.count_labels[State.CAPTURED].text() == "1"
    assert screen.error_panel.isHidden()
    text = _texts(window)
    assert ("Mã trạm" if language == "vi" else "Station ID") in text
    assert "Phòng Quản lý xuất nhập cảnh Hà Nội" in text
    screenshot(window, f"status_{language}")


def test_damaged_database_shows_translated_error_and_retry_recovers(
        language, window, synchronous_ops, screenshot) -> None:
    data = Path(os.environ["KIOSK_STORAGE_DATA_DIR"])
    data.mkdir(parents=True)
    (data / "kiosk.db").write_bytes(b"not a database" * 50)
    window.open_services()
    screen = window.status_screen
    assert screen.error_panel.isVisible()
    expected = "bị hỏng" if language == "vi" else "is damaged"
    assert expected in screen.error_banner.text.text()
    assert "not an SQLite database" in screen.error_banner.detail.text()
    screenshot(window, f"status_error_{language}")
    (data / "kiosk.db").unlink()
    qtbot_click(screen.retry_button)
    assert window.services is not None
    assert window.screens.currentWidget() is window.setup_screen


def qtbot_click(button) -> None:
    button.click()


def test_idle_lock_keeps_the_session_and_same_officer_unlocks(window, settings, synchronous_ops,
                                                              screenshot) -> None:
    services = _fast_services(settings)
    services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    services.close()
    window.open_services()
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    type_text(window.login_screen.username, "lan.tran")
    type_text(window.login_screen.password, PASSWORD)
    press_enter(window.login_screen.password)
    assert window.session is not None
    window.screens.setCurrentWidget(window.setup_screen)  # any screen with work on it
    now[0] += settings["accounts.idle_lock_minutes"] * 60 - 10
    window.idle.poll()
    assert window.statusBar().currentMessage()  # the warning
    now[0] += 11
    window.idle.poll()
    login = window.login_screen
    assert window.screens.currentWidget() is login and login.locked_user == "lan.tran"
    assert login.username.isReadOnly()
    screenshot(window, "locked_en")
    type_text(login.password, PASSWORD)
    press_enter(login.password)
    assert window.screens.currentWidget() is window.setup_screen  # back where work was
    window.sign_out()  # handover
    assert window.session is None and not window.login_screen.username.isReadOnly()


def test_services_open_off_the_ui_thread(qtbot, window) -> None:
    seen = {}
    original = window.start_up._open_services

    def spy():
        seen["thread"] = threading.current_thread()
        return original()

    window.start_up._open_services = spy
    window.open_services()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert seen["thread"] is not threading.main_thread()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.setup_screen, timeout=10_000)


def test_repeated_enter_signs_in_once(window, settings, synchronous_ops) -> None:
    services = _fast_services(settings)
    services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    services.close()
    window.open_services()
    calls = []
    window.login_screen.submitted.connect(lambda *a: calls.append(a))
    window.login_screen.set_busy(True)  # as while a sign-in is being checked
    type_text(window.login_screen.username, "lan.tran")
    type_text(window.login_screen.password, PASSWORD)
    for _ in range(3):
        press_enter(window.login_screen.password)
    assert calls == []


def test_input_to_the_window_keeps_the_session_and_other_events_do_not(
        qtbot, window, settings, synchronous_ops) -> None:
    """Keys and mouse moves reach the window (as from the keyboard and mouse, through its
    QWindow) and count as activity; painting and timers do not."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    services = _fast_services(settings)
    services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    services.close()
    window.open_services()
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    type_text(window.login_screen.username, "lan.tran")
    type_text(window.login_screen.password, PASSWORD)
    press_enter(window.login_screen.password)
    assert window.session is not None
    handle = window_of(window)
    assert handle is not None
    lock_s = settings["accounts.idle_lock_minutes"] * 60
    now[0] += lock_s - 10
    window.repaint()  # paint events meanwhile (not activity)
    window.idle.poll()
    assert window.statusBar().currentMessage()  # the warning: nothing counted as input
    QTest.keyClick(handle, Qt.Key.Key_Shift)  # the officer touches the keyboard
    window.idle.poll()
    assert not window.statusBar().currentMessage()
    now[0] += lock_s - 10
    QTest.mouseMove(handle, QPoint(200, 200))
    QTest.mouseMove(handle, QPoint(220, 210))
    now[0] += 20
    window.idle.poll()
    assert window.screens.currentWidget() is not window.login_screen  # not locked
