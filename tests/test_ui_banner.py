"""A hidden error banner takes no room: the officer's screens (first account, sign-in, today,
supervisor view) and the guidance screen (languages, pre-registration) in real windows, reached
by keys and taps. Reserved, it was a blank strip (~60 px) under every title."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_script import PASSWORD, DeskScript, wait_until
from guidancehelp import tap
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelp import hidden_banner_room

from kiosk.options import load_settings
from ui.common import style
from ui.guidance.register_page import RegisterPage

pytestmark = pytest.mark.gui


def no_room(screen) -> None:
    QApplication.processEvents()
    room = hidden_banner_room(screen)
    assert room, f"no hidden banner found on {screen!r}"
    assert all(px <= 0 for px in room.values()), room


@pytest.mark.slow
def test_the_officer_screens_have_no_blank_strip(qapp, tmp_path: Path, monkeypatch,
                                                 screenshot) -> None:
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DESK_OPEN_RECEIPTS", "false")
    sheet = qapp.styleSheet()
    style.apply(qapp)
    script = DeskScript(load_settings())
    try:
        window = script._show_window()
        script.window = window
        wait_until(lambda: window.screens.currentWidget() is window.setup_screen)
        no_room(window.setup_screen)
        window.close()
        script.window = None
        window = script.open_by_keyboard()
        wait_until(lambda: window.screens.currentWidget() is window.desk.today, 10)
        no_room(window.desk.today)
        screenshot(window, "banner_today")
        QTest.keyClick(script.focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: window.screens.currentWidget() is window.login_screen, 10)
        no_room(window.login_screen)
        wait_until(window.login_screen.password.hasFocus, 10)
        script.type_keys(PASSWORD)
        QTest.keyClick(script.focused(), Qt.Key.Key_Return)
        wait_until(lambda: window.screens.currentWidget() is window.desk.today, 30)
        QTest.keyClick(script.focused(), Qt.Key.Key_R,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        wait_until(lambda: window.screens.currentWidget() is window.reports_screen, 10)
        no_room(window.reports_screen)
        screenshot(window, "banner_reports")
    finally:
        if script.window is not None:
            script.window.close()
        qapp.setStyleSheet(sheet)


def test_the_guidance_pages_have_no_blank_strip(make_window, qtbot, screenshot) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.station is not None)
    no_room(window.languages)
    tap(window.languages.buttons["en"])
    for _ in range(5):
        tap(window.stack.currentWidget().next_button)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), RegisterPage))
    no_room(window.register)
    screenshot(window, "banner_guidance_register")
