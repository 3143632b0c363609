"""Kiosk lockdown: close events and closing keys do nothing; only a technician gets out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.store.store import Store
from ui.common import ops
from ui.shell.lockdown import CORNER_TAPS, Lockdown, technician_verifier

pytestmark = pytest.mark.gui
PASSWORD = "correct horse battery"


class WindowManagerLike(QWidget):
    """Closes itself on Escape and Alt+F4, as a dialog or a window manager would."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        alt_f4 = event.key() == Qt.Key.Key_F4 and alt
        if event.key() == Qt.Key.Key_Escape or alt_f4:
            self.close()


@pytest.fixture
def accounts(tmp_path: Path):
    ops.run_synchronously(True)
    store = Store.open(tmp_path, key_backend="file")
    accounts = Accounts(store)
    accounts.create_first("sup.hoa", "Hoa", Role.SUPERVISOR, PASSWORD)
    supervisor = accounts.authenticate("sup.hoa", PASSWORD)
    accounts.create(supervisor, "tech.binh", "Binh", Role.TECHNICIAN, PASSWORD)
    accounts.create(supervisor, "off.an", "An", Role.OFFICER, PASSWORD)
    yield accounts
    ops.run_synchronously(False)
    store.close()


@pytest.fixture
def locked(qtbot, accounts):
    window = WindowManagerLike()
    qtbot.addWidget(window)
    lockdown = Lockdown(window, technician_verifier(accounts))
    lockdown.engage()
    qtbot.waitExposed(window)
    yield window, lockdown
    lockdown.release()


def test_without_lockdown_escape_and_alt_f4_close_the_test_window(qtbot) -> None:
    for key, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)):
        window = WindowManagerLike()
        qtbot.addWidget(window)
        window.show()
        QTest.keyClick(window, key, mods)
        assert not window.isVisible()  # so the locked tests below can fail


def test_locked_window_is_full_screen_and_frameless(locked) -> None:
    window, _lockdown = locked
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_close_events_escape_and_alt_f4_do_not_close_a_locked_window(locked) -> None:
    window, _lockdown = locked
    assert window.close() is False
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window.field, Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and window.isFullScreen()
    assert Qt.Key.Key_Escape not in window.keys and Qt.Key.Key_F4 not in window.keys
    QTest.keyClicks(window.field, "abc")  # ordinary typing still works
    assert window.field.text() == "abc"


def _open_dialog(window: QWidget, lockdown: Lockdown) -> None:
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert lockdown.dialog is not None and lockdown.dialog.isVisible()


def test_a_wrong_password_keeps_the_window_the_right_one_closes_it(locked, screenshot) -> None:
    window, lockdown = locked
    released: list[bool] = []
    lockdown.unlocked.connect(lambda: released.append(True))
    _open_dialog(window, lockdown)
    dialog = lockdown.dialog
    dialog.username.setText("tech.binh")
    dialog.password.setText("wrong password")
    dialog.ok.click()
    assert window.isVisible() and lockdown.locked and not released
    assert dialog.error.isVisible() and dialog.password.text() == ""
    screenshot(dialog, "lockdown_unlock_wrong_password")
    dialog.password.setText(PASSWORD)
    dialog.ok.click()
    assert released == [True] and not lockdown.locked
    assert not window.isVisible()


def test_an_officer_account_cannot_leave(locked) -> None:
    window, lockdown = locked
    _open_dialog(window, lockdown)
    lockdown.dialog.username.setText("off.an")
    lockdown.dialog.password.setText(PASSWORD)
    lockdown.dialog.ok.click()
    assert window.isVisible() and lockdown.locked
    assert "technician" in lockdown.dialog.error.text.text()


def test_five_taps_in_the_top_right_corner_open_the_dialog(locked) -> None:
    window, lockdown = locked
    corner = QPoint(window.width() - 10, 10)
    for _ in range(CORNER_TAPS - 1):
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)
    QApplication.processEvents()
    assert lockdown.dialog is None
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))  # elsewhere: reset
    for _ in range(CORNER_TAPS):
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)
    QApplication.processEvents()
    assert lockdown.dialog is not None and lockdown.dialog.isVisible()
