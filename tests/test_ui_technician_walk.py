"""A technician's walk through the real main window, by keys only: sign in, the console opens,
test the camera (start, watch it measure, stop), go to the fingerprint scanner and make a test
capture. Every key goes to the widget that has the keyboard focus, as a keyboard sends it;
mnemonics are read from the buttons' own (translated) texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QWidget
from uihelp import stand_in_window

from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from ui.common import ops
from ui.common.i18n import install_language

pytestmark = pytest.mark.gui
SUPERVISOR_PASSWORD = "mật khẩu trạm 2026"
PASSWORD = "technician password 1"


@pytest.fixture(params=["en", "vi", "ko"])
def window(request, qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DEVICES_CAMERA", "simulated")
    monkeypatch.setenv("KIOSK_DEVICES_FINGERPRINT", "simulated")
    install_language(qapp, request.param)
    ops.run_synchronously(True)
    win = stand_in_window(load_settings(), qtbot)
    win.resize(1280, 800)
    win.open_services()
    accounts = win.services.accounts
    accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    accounts.create(accounts.authenticate("lan.tran", SUPERVISOR_PASSWORD), "minh.tech",
                    "Minh", Role.TECHNICIAN, PASSWORD)
    yield win
    win.close()
    ops.run_synchronously(False)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), code, modifier)


def type_keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def mnemonic(button: QAbstractButton) -> None:
    """Alt + the underlined letter of ``button``'s text, to whatever has the focus."""
    text = button.text().replace("&&", "")
    letter = text[text.index("&") + 1]
    QTest.keyClick(focused(), letter.lower(), Qt.KeyboardModifier.AltModifier)


def tab_to(qtbot, target: QWidget, backwards: bool = False) -> None:
    """Tab (or Shift+Tab) until ``target`` has the focus (at most 60 presses)."""
    for _ in range(60):
        if focused() is target:
            return
        key(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: focused() is target, timeout=1000)


def test_a_technician_tests_the_camera_and_the_scanner_by_keys(window, qtbot,
                                                              screenshot) -> None:
    window.sign_out()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: focused() is window.login_screen.username)
    type_keys("minh.tech")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is window.login_screen.password)
    type_keys(PASSWORD)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.console is not None
                    and window.screens.currentWidget() is window.console)
    console = window.console
    camera = console.camera
    assert console.stack.currentWidget().widget() is camera   # the console opens on it
    qtbot.waitUntil(lambda: focused() is not None and console.isAncestorOf(focused()))

    # the camera: Alt+T starts the test, the page shows what the camera delivers
    assert camera.chosen_spec() == "simulated"
    mnemonic(camera.test_button)
    qtbot.waitUntil(lambda: camera.probe is not None and camera.probe.frames_read >= 10,
                    timeout=15_000)
    qtbot.waitUntil(lambda: camera.measured.text() != "–", timeout=5000)
    assert camera.resolution.text() == "960 × 720"
    screenshot(window, f"walk_camera_{window.locale().name()}")
    mnemonic(camera.test_button)   # the same key stops it ("&Stop" shared Alt+S with Save)
    qtbot.waitUntil(lambda: camera.probe is None)
    assert camera.test_button.text() != camera.refresh_button.text()
    assert "&" in camera.test_button.text() and camera.tested

    # to the menu, down to the fingerprint scanner
    menu = console.menu
    assert isinstance(menu, QListWidget)
    tab_to(qtbot, menu, backwards=True)
    scanner = console.scanner
    while console.stack.currentWidget().widget() is not scanner:
        key(Qt.Key.Key_Down)
    assert menu.currentRow() == 2
    qtbot.waitUntil(scanner.isVisible)

    # the scanner: the simulated one, a test capture of the chosen segment by Alt+C
    assert scanner.kind.currentData() == "simulated"
    tab_to(qtbot, scanner.segment)
    key(Qt.Key.Key_Down)   # the next segment in the list
    segment = scanner.segment.currentData()
    assert scanner.segment.currentIndex() == 1
    mnemonic(scanner.test_button)
    qtbot.waitUntil(lambda: scanner.trial is not None, timeout=30_000)
    assert scanner.trial.fingers and all(0 < f.nfiq2 <= 100 for f in scanner.trial.fingers)
    assert not scanner.banner.isVisible()
    print(f"\nwalk: {segment!r} NFIQ 2 {[f.nfiq2 for f in scanner.trial.fingers]}")
    screenshot(window, f"walk_scanner_{window.locale().name()}")
