"""An officer's day in the real main window, keyboard only: first start, sign-in, enrollments,
a draft found again through the search, the lock, another language. Real services and devices
(the simulated camera and scanner); every key goes to the focused widget, no slot is called.
Each test is a defect an exploratory walk found while every screen rendered and every other
test passed."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_script import PASSWORD, TD3, DeskScript, wait_until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from ui.common import style
from ui.shell.app import install_language

pytestmark = [pytest.mark.gui, pytest.mark.slow]

STATION_SCREEN = (1280, 800)  # the station's screen: the window is shown at this size


@pytest.fixture
def desk(request, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The real window in the officer language ``request.param`` (default English), with the
    officer style as the kiosk applies it, at its first start."""
    language = getattr(request, "param", "en")
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DESK_OPEN_RECEIPTS", "false")
    monkeypatch.setenv("KIOSK_UI_LANGUAGE", language)
    font, sheet = qapp.font(), qapp.styleSheet()
    install_language(qapp, language)
    style.apply(qapp)
    script = DeskScript(load_settings())
    try:
        yield script
    finally:
        if script.window is not None:
            script.window.close()
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)


def key(script: DeskScript, key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(script.focused(), key, modifiers)


def to_the_photo(script: DeskScript, window) -> None:
    """The passport through the reader, the rest of the form typed key by key, Ctrl+Enter."""
    flow = window.desk
    window.wedge.mrz_scanned.emit(TD3)
    wait_until(lambda: flow.applicant.form.inputs["surname"].text() == "KIM", 10)
    wait_until(lambda: window.screens.currentWidget() is flow.applicant, 10)
    wait_until(flow.applicant.form.inputs["residence_card_kind"].hasFocus, 10)
    key(script, Qt.Key.Key_Down)      # a temporary residence card
    key(script, Qt.Key.Key_Tab)
    for text in ("TT1234567", "30/06/2027", "12 Phố Huế, Hà Nội", "+84912345678"):
        script.type_keys(text)
        key(script, Qt.Key.Key_Tab)
    wait_until(flow.applicant.continue_button.isEnabled, 10)
    key(script, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("desk", ["ko", "zh_CN"], indirect=True)
def test_saved_review_fits_the_station_screen_and_the_next_form_is_clean(
        desk: DeskScript, screenshot) -> None:
    """Korean and Chinese: once saved, the review (its data, "Saved", the receipt note, Print
    and Next) asked for more height than the station's screen; the window grew past it, Next
    below the edge. Then the next applicant's empty form said "Required." under Sex (the last
    applicant's sex put back to empty counted as the officer's edit)."""
    window = desk.open_by_keyboard()
    language = QApplication.instance().property("kioskLanguage")
    desk.enroll(with_ticket=True, keyboard_only=True)  # saved, printed, Enter: the next one
    applicant = window.desk.applicant
    wait_until(lambda: window.screens.currentWidget() is applicant, 10)
    QApplication.processEvents()
    screenshot(window, f"officer_walk_next_applicant_{language}")
    assert applicant.form.inputs["surname"].hasFocus()
    errors = {name: label.text() for name, label in applicant.form.errors.items()
              if label.text()}
    assert errors == {}, errors
    assert (window.width(), window.height()) == STATION_SCREEN
    # the review itself, saved, at the station's size: everything on the screen
    review = window.desk.review
    assert review.minimumSizeHint().height() <= window.screens.height()


def test_a_draft_is_found_again_from_the_search_and_the_lock_says_who_locked(
        desk: DeskScript, screenshot) -> None:
    """The today list: the applicant's name typed in the search, then Enter, resumes the
    draft (Enter did nothing: no row was selected); Down goes to the list. Ctrl+L in the
    cancel question did nothing (the window's keys stop at a dialog); the lock screen then
    said the officer "was inactive"."""
    window = desk.open_by_keyboard()
    flow = window.desk
    to_the_photo(desk, window)
    wait_until(lambda: window.screens.currentWidget() is flow.face, 10)
    wait_until(lambda: flow.face.kept is not None, 60)   # the photo, then the officer leaves
    key(desk, Qt.Key.Key_F2)
    today = flow.today
    wait_until(lambda: window.screens.currentWidget() is today and today.search.hasFocus(), 10)
    wait_until(lambda: today.table.rowCount() == 1, 10)
    desk.type_keys("kim")
    screenshot(window, "officer_walk_today_search")
    key(desk, Qt.Key.Key_Return)
    wait_until(lambda: window.screens.currentWidget() is flow.face, 10)   # resumed
    key(desk, Qt.Key.Key_F2)
    wait_until(lambda: window.screens.currentWidget() is today and today.search.hasFocus(), 10)
    assert today.search.text() == "kim"   # the search is kept: typed over
    key(desk, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    desk.type_keys("M1234")
    key(desk, Qt.Key.Key_Down)
    assert today.table.hasFocus() and today.table.currentRow() == 0
    assert today.cancel_button.isEnabled()   # the draft is the one chosen
    key(desk, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)   # cancel it? ...
    wait_until(lambda: flow.cancel_dialog is not None and flow.cancel_dialog.isVisible(), 10)
    question = flow.cancel_dialog
    wait_until(lambda: QApplication.focusWidget() is question.reasons, 10)
    # ... the officer is called away: Ctrl+L in the question (it did nothing there)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    login = window.login_screen
    assert window.screens.currentWidget() is login
    wait_until(lambda: flow.cancel_dialog is None and not question.isVisible(), 10)
    window.activateWindow()
    wait_until(window.isActiveWindow, 10)
    screenshot(window, "officer_walk_locked")
    assert login.note.text() == login.tr(
        "%1 locked the screen. Work in progress is kept. Enter the password to "
        "continue.").replace("%1", "Trần Thị Lan")
    assert login.password.hasFocus()
    desk.type_keys(PASSWORD)
    key(desk, Qt.Key.Key_Return)
    wait_until(lambda: window.screens.currentWidget() is today, 10)
    wait_until(lambda: [r.state for r in today._rows] == [State.DRAFT], 10)   # not cancelled
    window.idle.locked.emit()   # the idle lock still says why
    assert "inactive" in login.note.text()


@pytest.mark.parametrize("desk", ["zh_CN"], indirect=True)
def test_the_sync_line_follows_the_language_switch(desk: DeskScript, screenshot) -> None:
    """Sign-in screen in Chinese, English chosen with the keyboard: the sync line on the
    status bar stayed Chinese (until its next minute's tick) under English screens."""
    window = desk.open_by_keyboard()
    wait_until(lambda: window.sync_status.text() != "", 10)
    key(desk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)   # sign out: the sign-in screen
    login = window.login_screen
    wait_until(lambda: window.screens.currentWidget() is login, 10)
    buttons = login.language_switch.buttons
    for _ in range(6):   # Tab to the language switch, then the arrows to English
        if desk.focused() in buttons.values():
            break
        key(desk, Qt.Key.Key_Tab)
    for _ in range(len(buttons)):
        if desk.focused() is buttons["en"]:
            break
        key(desk, Qt.Key.Key_Right)
    key(desk, Qt.Key.Key_Space)
    wait_until(lambda: QApplication.instance().property("kioskLanguage") == "en", 10)
    QApplication.processEvents()
    screenshot(window, "officer_walk_switched_to_english")
    assert window.login_screen.heading.text() == "Sign in"
    assert "Sync: Offline only" in window.sync_status.text(), window.sync_status.text()


def test_the_consoles_save_outcome_is_in_view(desk: DeskScript, screenshot) -> None:
    """A technician changes the camera's frame rate and presses Alt+S: the outcome was drawn
    below the fold of the long camera page, and nothing seemed to happen."""
    window = desk.open_by_keyboard("Kỹ thuật viên", technician=True)
    console = window.console
    wait_until(lambda: window.screens.currentWidget() is console, 10)
    assert desk.focused() is console.menu and console.menu.currentRow() == 0   # the camera
    form = console.camera.form
    rate = form.editors["devices.camera_fps"]
    for _ in range(12):   # Tab through the page to the frame rate
        if desk.focused() is rate or rate.isAncestorOf(desk.focused()):
            break
        key(desk, Qt.Key.Key_Tab)
    assert rate.hasFocus()
    key(desk, Qt.Key.Key_Up)          # 30 -> 31 frames per second
    key(desk, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    wait_until(form.result.isVisible, 10)
    scroll = window.console.stack.currentWidget()
    wait_until(lambda: form.result.visibleRegion().boundingRect().height()
               == form.result.height(), 10)   # wholly in view, not under the fold
    screenshot(window, "officer_walk_console_saved")
    assert scroll.verticalScrollBar().value() > 0


@pytest.fixture
def manual_fingers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each slap waits for the officer's Enter (asked for before the desk reads its
    settings)."""
    monkeypatch.setenv("KIOSK_FINGERS_AUTO_CAPTURE", "false")


def test_the_idle_lock_closes_a_finger_exception_question(
        manual_fingers, desk: DeskScript, screenshot) -> None:
    """The lock closed only the cancel question: a finger exception question (or the
    supervisor's approval after it) stayed open over the lock screen, and whoever came next
    could answer it. Now every open question of the desk is closed (a "no"), and after the
    unlock the fingerprint step is where it was, without an exception."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.finger_exception import FingerExceptionDialog

    window = desk.open_by_keyboard()
    flow = window.desk
    to_the_photo(desk, window)
    wait_until(lambda: flow.face.kept is not None, 60)
    key(desk, Qt.Key.Key_Return)   # accept the photo
    fingers = flow.fingers
    wait_until(lambda: window.screens.currentWidget() is fingers, 30)
    wait_until(lambda: fingers.exception_button.isEnabled() and not fingers.capturing, 30)
    seen: list[str] = []

    def lock_when_asked() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FingerExceptionDialog):
            seen.append("question")
            window.idle.locked.emit()   # the idle time ran out while the question was open

            def still_open() -> None:   # fail, not hang, when the lock leaves it open
                if dialog.isVisible():
                    seen.append("left open")
                    dialog.reject()
            QTimer.singleShot(5000, dialog, still_open)   # dropped once the dialog is gone
        else:
            QTimer.singleShot(20, window, lock_when_asked)

    QTimer.singleShot(0, window, lock_when_asked)
    # the officer clicks "Finger exception..." (QTest's key clicks do not reach Qt's
    # mnemonics, which real Alt+E does); the click returns once the question is closed
    QTest.mouseClick(fingers.exception_button, Qt.MouseButton.LeftButton)
    assert seen == ["question"]
    assert window.screens.currentWidget() is window.login_screen
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    screenshot(window, "officer_walk_locked_over_a_question")
    window.activateWindow()
    wait_until(window.isActiveWindow, 10)
    wait_until(window.login_screen.password.hasFocus, 10)
    desk.type_keys(PASSWORD)
    key(desk, Qt.Key.Key_Return)
    wait_until(lambda: window.screens.currentWidget() is fingers, 10)
    assert fingers.exceptions == {}   # the closed question decided nothing


JAPANESE_TD3 = ("P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                "TK12345671JPN8803159F3201015<<<<<<<<<<<<<<08")


def test_the_preferred_language_follows_the_passport_until_the_officer_picks_one(
        desk: DeskScript, screenshot) -> None:
    """Every applicant is a foreigner, yet the preferred language (the applicant display's
    prompts, the receipt) defaulted to Tiếng Việt for everyone. It now follows the passport's
    nationality (KOR: 한국어; one without a language of its own: English) until the officer
    picks one with the keyboard; that pick survives a corrected nationality, and the next
    passport, another person's, is followed again."""
    window = desk.open_by_keyboard()
    flow = window.desk
    form = flow.applicant.form
    picker, nationality = form.inputs["preferred_language"], form.inputs["nationality"]
    window.wedge.mrz_scanned.emit(TD3)     # a Korean passport through the reader
    wait_until(lambda: form.inputs["surname"].text() == "KIM", 10)
    wait_until(lambda: window.screens.currentWidget() is flow.applicant, 10)
    assert picker.currentData() == "ko"
    screenshot(window, "officer_walk_language_from_the_passport")
    # the applicant asks for English: the officer goes to the list and picks it by keyboard
    for _ in range(20):
        if picker.hasFocus():
            break
        key(desk, Qt.Key.Key_Tab)
    assert picker.hasFocus()
    while picker.currentData() != "en":
        before = picker.currentIndex()
        key(desk, Qt.Key.Key_Up)
        assert picker.currentIndex() != before, "the list did not move"
    # the nationality corrected by hand keeps the officer's pick
    nationality.setFocus()
    nationality.selectAll()
    desk.type_keys("USA")
    wait_until(lambda: nationality.text() == "USA", 5)
    key(desk, Qt.Key.Key_Backspace)
    key(desk, Qt.Key.Key_Backspace)
    key(desk, Qt.Key.Key_Backspace)
    desk.type_keys("JPN")
    wait_until(lambda: nationality.text() == "JPN", 5)
    assert picker.currentData() == "en"
    # the next applicant's passport: the form is cleared and the language follows again
    window.wedge.mrz_scanned.emit(JAPANESE_TD3)
    wait_until(lambda: form.inputs["surname"].text() == "SATO", 10)
    assert picker.currentData() == "ja"
    # a nationality without a language of its own: English, not Tiếng Việt
    nationality.setFocus()
    nationality.selectAll()
    desk.type_keys("FRA")
    wait_until(lambda: nationality.text() == "FRA", 5)
    assert picker.currentData() == "en"
