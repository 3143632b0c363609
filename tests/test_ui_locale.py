"""The windows take the QLocale of the language chosen: an officer who picks Tiếng Việt on the
sign-in screen of an English station sees numbers and dates formatted for Vietnamese after
signing in; an applicant who taps 한국어 on the guidance screen gets Korean pages. (Qt's
default locale changed, but windows built before kept theirs, and so did every screen built
inside them: "0.5" in the Vietnamese thresholds page.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from guidancehelp import tap
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDoubleSpinBox
from uihelp import stand_in_window

from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from ui.common import ops
from ui.common.i18n import install_language
from ui.guidance.bring_page import BringPage

pytestmark = pytest.mark.gui
PASSWORD = "mật khẩu trạm 2026"


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_UI_LANGUAGE", "en")
    install_language(qapp, "en")  # an English station, as the app installs it at start
    ops.run_synchronously(True)
    win = stand_in_window(load_settings(), qtbot)
    win.open_services()
    accounts = win.services.accounts
    accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    accounts.create(accounts.authenticate("lan.tran", PASSWORD), "minh.tech", "Minh",
                    Role.TECHNICIAN, "technician password 1")
    yield win
    win.close()
    ops.run_synchronously(False)


def test_signing_in_in_vietnamese_formats_numbers_for_vietnamese(window, qtbot) -> None:
    assert window.locale().name() == "en_GB"
    window.sign_out()  # the sign-in screen
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    switch = window.login_screen.language_switch
    tap(switch.buttons["vi"])
    qtbot.waitUntil(lambda: window.login_screen.username.hasFocus())
    QTest.keyClicks(QApplication.focusWidget(), "minh.tech")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.login_screen.password.hasFocus())
    QTest.keyClicks(QApplication.focusWidget(), "technician password 1")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.console is not None)
    assert QLocale().name() == "vi_VN"
    assert window.locale().name() == "vi_VN"
    console = window.console
    assert console.locale().name() == "vi_VN"
    assert console.camera.locale().toString(15.0, "f", 1) == "15,0"  # the camera test's rate
    dwell = console.thresholds.form.editors["face.dwell_s"]
    assert isinstance(dwell, QDoubleSpinBox)
    assert dwell.text() == "0,5"  # a decimal comma in the Vietnamese thresholds page


def test_the_guidance_screen_takes_the_applicants_locale(make_window, qapp, qtbot) -> None:
    install_language(qapp, "vi")  # the station's language, installed at start
    window = make_window()
    assert window.locale().name() == "vi_VN"
    tap(window.languages.buttons["ko"])
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), BringPage))
    assert window.locale().name() == "ko_KR"
    assert window.stack.currentWidget().locale().name() == "ko_KR"
    assert window.register is not None and window.register.locale().name() == "ko_KR"
    window.start_over()  # the next applicant: the station's language and locale again
    assert window.locale().name() == "vi_VN"
