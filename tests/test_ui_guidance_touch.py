"""The guidance screen by the applicant's hands: the pre-registration form and the self-check
typed on the on-screen keyboard or a hardware keyboard, in a real window that fits the
station's 1280x800 screen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from guidancehelp import tap
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox

from kiosk.domain.tickets import read_ticket
from kiosk.guidance.office_keys import load_office_desk_key
from ui.guidance.eligibility_page import EligibilityPage

pytestmark = pytest.mark.gui
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")


def test_the_whole_form_filled_by_tapping_the_on_screen_keyboard(
        make_window, qtbot, keys, screenshot) -> None:
    """No hardware keyboard: every field by taps, as fast as the test can tap (the wedge
    filter runs on the real clock and must not take the taps for a passport reader)."""
    import time

    from ui.guidance.keyboard import Layout

    window = make_window()
    window.wedge.clock = time.monotonic
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tap(window.languages.buttons["en"])
    for _ in range(5):
        tap(window.stack.currentWidget().next_button)
    register = window.register
    assert window.stack.currentWidget() is register
    keyboard, inputs = register.keyboard, register.form.inputs
    assert not keyboard.isVisible()
    assert all(w.height() >= 56 for w in inputs.values()), {
        n: w.height() for n, w in inputs.items()}
    tap(inputs["surname"])
    qtbot.waitUntil(keyboard.isVisible)
    screenshot(window, "guidance_register_keyboard_en")
    typed = {"surname": "KIM", "given_names": "MIN JUN", "native_name": None, "sex": "M",
             "date_of_birth": "01/05/1990", "nationality": "KOR", "issuing_state": "KOR",
             "travel_document_number": "M12345678", "travel_document_expiry": "01/01/2031",
             "residence_card_kind": "temporary", "residence_card_number": "TT1234567",
             "residence_card_expiry": "30/06/2030", "address_vn": "12 Phố Huế, Hà Nội",
             "phone": "+84912345678", "email": "min.jun@example.kr",
             "preferred_language": "ko"}
    expected_layouts = {"native_name": Layout.SYSTEM, "date_of_birth": Layout.NUMERIC,
                        "travel_document_expiry": Layout.NUMERIC,
                        "residence_card_expiry": Layout.NUMERIC, "phone": Layout.NUMERIC,
                        "email": Layout.EMAIL, "address_vn": Layout.VIETNAMESE}
    # a Vietnamese address: letters, Shift for a capital, then the marks on the word
    address_taps = ["1", "2", "space", "shift", "p", "h", "o", "mark:circumflex",
                    "mark:acute", "space", "shift", "h", "u", "e", "mark:acute",
                    "mark:circumflex", ",", "space", "shift", "h", "a", "mark:grave", "space",
                    "shift", "n", "o", "i", "mark:dot", "mark:circumflex"]
    for name, value in typed.items():
        assert QApplication.focusWidget() is inputs[name], name
        assert keyboard.layout_shown is expected_layouts.get(
            name, Layout.CHOICE if isinstance(inputs[name], QComboBox) else Layout.LATIN), name
        if isinstance(inputs[name], QComboBox):
            tap(keyboard.keys[f"item:{value}"])
        elif name == "address_vn":
            for key in address_taps:
                tap(keyboard.keys[key])
            screenshot(window, "guidance_register_keyboard_vietnamese_en")
        elif value is not None:
            for char in value:
                tap(keyboard.keys["space" if char == " " else char])
        tap(keyboard.keys["next"])
    assert not keyboard.isVisible()  # "next" after the last field closes the keyboard
    values = {n: (w.currentData() if isinstance(w, QComboBox) else w.text())
              for n, w in inputs.items()}
    assert values == {n: v or "" for n, v in typed.items()}
    tap(inputs["residence_card_number"])  # a correction: clear, type again, done
    tap(keyboard.keys["clear"])
    assert inputs["residence_card_number"].text() == ""
    for char in "TT7654321":
        tap(keyboard.keys[char])
    tap(keyboard.keys["backspace"])
    tap(keyboard.keys["1"])
    tap(keyboard.keys["done"])
    assert not keyboard.isVisible()
    qtbot.waitUntil(register.next_button.isEnabled)
    tap(register.next_button)
    assert window.stack.currentWidget() is window.ticket
    applicant = read_ticket(window.ticket.ticket_text, load_office_desk_key(str(keys[1])),
                            datetime.now(UTC)).applicant
    assert applicant["residence_card_number"] == "TT7654321"
    assert applicant["address_vn"] == "12 Phố Huế, Hà Nội"
    assert applicant["email"] == "min.jun@example.kr"
    assert applicant["date_of_birth"] == "1990-05-01" and applicant["sex"] == "M"


def test_the_self_check_dates_are_typed_on_the_screen(make_window, qtbot) -> None:
    from ui.guidance.keyboard import Layout

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tap(window.languages.buttons["en"])
    tap(window.stack.currentWidget().next_button)
    page = window.stack.currentWidget()
    assert isinstance(page, EligibilityPage)
    tap(page.birth)
    qtbot.waitUntil(page.keyboard.isVisible)
    assert page.keyboard.layout_shown is Layout.NUMERIC
    for char in "01/05/1990":
        tap(page.keyboard.keys[char])
    tap(page.keyboard.keys["done"])
    tap(page.kinds.buttons()[2])
    tap(page.expiry)
    for char in "01/01/2099":
        tap(page.keyboard.keys[char])
    tap(page.keyboard.keys["next"])  # the last date: the keyboard closes
    assert not page.keyboard.isVisible()
    tap(page.check_button)
    assert "Eligible for a level 2 account" in page.result.text()


@pytest.mark.parametrize("language", ["ja", "zh_TW"])
def test_a_hardware_keyboard_enter_goes_on_then_gets_the_ticket(
        make_window, qtbot, keys, language, screenshot) -> None:
    """An applicant at a keyboard: Enter after a field went nowhere and, once the form was
    complete, did not get the ticket (only a tap on the button did). Now Enter moves to the
    next field, a drop-down included, and gets the ticket once the form allows it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tap(window.languages.buttons[language])
    for _ in range(5):
        tap(window.stack.currentWidget().next_button)
    register = window.register
    inputs = register.form.inputs
    tap(inputs["surname"])

    def focused():
        return QApplication.focusWidget()

    typed = {"surname": "TANAKA", "given_names": "HANAKO", "native_name": "田中花子",
             "sex": "F", "date_of_birth": "14/03/1992", "nationality": "JPN",
             "issuing_state": "JPN", "travel_document_number": "TZ1234567",
             "travel_document_expiry": "01/01/2032", "residence_card_kind": "temporary",
             "residence_card_number": "TT7654321", "residence_card_expiry": "30/06/2030",
             "address_vn": "5 Lý Thái Tổ, Hà Nội", "phone": "+84911222333"}
    for name, value in typed.items():
        assert focused() is inputs[name], name
        if isinstance(inputs[name], QComboBox):
            while inputs[name].currentData() != value:
                QTest.keyClick(focused(), Qt.Key.Key_Down)
        else:
            for char in value:   # key events to the focused field, at a person's pace
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(focused(), QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        if name != "phone":
            QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(register.next_button.isEnabled)   # the e-mail is optional
    screenshot(window, f"guidance_register_hardware_keyboard_{language}")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.ticket)
    applicant = read_ticket(window.ticket.ticket_text, load_office_desk_key(str(keys[1])),
                            datetime.now(UTC)).applicant
    assert applicant["native_name"] == "田中花子" and applicant["sex"] == "F"
    assert applicant["address_vn"] == "5 Lý Thái Tổ, Hà Nội"


def test_enter_on_the_last_field_of_an_incomplete_form_says_what_is_missing(
        make_window, qtbot) -> None:
    """Enter with fields still empty: no ticket, and the missing fields are named."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tap(window.languages.buttons["en"])
    for _ in range(5):
        tap(window.stack.currentWidget().next_button)
    register = window.register
    inputs = register.form.inputs
    tap(inputs["email"])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is inputs["preferred_language"]   # the last field
    assert not register.form.errors["surname"].text()   # not touched yet: nothing said
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is register
    assert register.form.errors["surname"].text()   # shown now, as by the ticket button


def test_the_self_check_date_hints_are_never_cut(make_window, qtbot, screenshot) -> None:
    """The card's expiry date beside the check button was narrower than its hint in Chinese
    and Japanese ("日/月/年（dd/…")."""
    from kiosk.options import LANGUAGES

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for language in LANGUAGES:
        tap(window.languages.buttons[language])
        tap(window.stack.currentWidget().next_button)
        page = window.stack.currentWidget()
        assert isinstance(page, EligibilityPage)
        QApplication.processEvents()
        screenshot(window, f"guidance_eligibility_{language}")
        for line in (page.birth, page.expiry):
            needed = line.fontMetrics().horizontalAdvance(line.placeholderText())
            assert line.width() >= needed + 16, (language, line.objectName(), line.width(), needed)
        tap(page.home_button)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_form_with_the_on_screen_keyboard_fits_a_1280x800_screen(
        make_window, qtbot, language, screenshot) -> None:
    """With the keyboard up the page needed 859 px: the window grew to 1153 px and "Get my
    ticket" went below the bottom of a 1280x800 screen. The step line, the introduction and
    the hidden banner's room give way while the keyboard is up, and come back after."""
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a field's focus brings the keyboard up
    tap(window.languages.buttons[language])
    for _ in range(5):
        tap(window.stack.currentWidget().next_button)
    register = window.register
    assert register.intro.isVisible() and register.step.isVisible()
    tap(register.form.inputs["email"])
    qtbot.waitUntil(register.keyboard.isVisible)
    register.verdict.setText("x")  # the verdict line too, as once the form was checked
    register.verdict.show()
    qtbot.waitUntil(lambda: not register.intro.isVisible())
    QApplication.sendPostedEvents()  # the layout requests
    # the station shows it full screen, which holds it at the screen's size: fits only if
    # the page's minimum does (a plain test window grows instead, so it is sized back)
    assert window.minimumSizeHint().height() <= 800
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.height() == 800)
    bottom = register.next_button.mapTo(window, register.next_button.rect().bottomLeft())
    assert bottom.y() < window.height()
    assert register.scroll.viewport().height() >= 120  # some of the form stays in view
    screenshot(window, f"guidance_register_keyboard_fits_{language}")
    tap(register.keyboard.keys["done"])
    qtbot.waitUntil(lambda: not register.keyboard.isVisible())
    assert register.intro.isVisible() and register.step.isVisible()


def test_each_page_shown_waits_on_its_way_forward_for_enter(make_window, qtbot,
                                                             screenshot) -> None:
    """An applicant at a hardware keyboard, keys only: every page came up with the focus
    nowhere (Enter did nothing; only a tap went on). Each page now focuses its way forward,
    so Enter continues; the pre-registration page waits in the Surname field with the
    on-screen keyboard down (it covers half the form), up again once the field is tapped."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.guidance.bring_page import BringPage
    from ui.guidance.register_page import RegisterPage

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.station is not None)

    def focused():
        return QApplication.focusWidget()

    qtbot.waitUntil(lambda: focused() is window.languages.buttons["vi"])
    QTest.keyClick(focused(), Qt.Key.Key_Tab)   # Vietnamese, then English
    assert focused() is window.languages.buttons["en"]
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), BringPage))
    for step in range(5):
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda p=page: focused() is p.next_button)
        screenshot(window, f"guidance_step_{step + 1}_focused")
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda p=page: window.stack.currentWidget() is not p)
        assert window.stack.currentWidget() is window.pages[step + 1]
    register = window.stack.currentWidget()
    assert isinstance(register, RegisterPage)
    surname = register.form.inputs["surname"]
    qtbot.waitUntil(surname.hasFocus)
    QApplication.processEvents()
    assert not register.keyboard.isVisible()
    screenshot(window, "guidance_register_focused")
    for char in "KIM":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(
                kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    assert surname.text() == "KIM" and not register.keyboard.isVisible()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)   # a hardware keyboard: the keys stay down
    given_names = register.form.inputs["given_names"]
    assert focused() is given_names
    QTest.keyClick(focused(), Qt.Key.Key_Return)   # Enter goes to the next field, as Tab
    assert focused() is register.form.inputs["native_name"]
    QApplication.processEvents()
    assert not register.keyboard.isVisible()
    tap(register.form.inputs["native_name"])   # a finger on the focused field: keys come up
    qtbot.waitUntil(register.keyboard.isVisible)
    assert focused() is register.form.inputs["native_name"]
    # Back by the keyboard: the previous page, its way forward focused again
    for _ in range(40):
        if focused() is register.back_button:
            break
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is register.back_button
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages[4])
    qtbot.waitUntil(lambda: focused() is window.pages[4].next_button)


@pytest.mark.parametrize("language, hint, typed", [
    ("vi", "(ngày/tháng/năm)", "０１／０５／１９９０"), ("ko", "(일/월/년)", "1990년 5월 1일"),
    ("zh_CN", "（日/月/年）", "１９９０年５月１日"),
    ("zh_TW", "（日/月/年）", "０１／０５／１９９０"),
    ("ja", "（日/月/年）", "１９９０／０５／０１"), ("en", "(dd/mm/yyyy)", "０１／０５／１９９０")])
def test_date_hints_in_the_applicants_language_and_full_width_digits_count(
        make_window, qtbot, language, hint, typed, screenshot) -> None:
    """The date captions and hints said "(dd/mm/yyyy)" in every language; a date typed with
    a CJK input method in full-width mode (０１／０５／１９９０), or year first as Chinese,
    Japanese and Korean write it, was an invalid date. Keys only, from the language picker
    (Tab, Enter) to the form."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.station is not None)

    def focused():
        return QApplication.focusWidget()

    def type_keys(text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focused(), QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))

    qtbot.waitUntil(lambda: focused() in window.languages.buttons.values())
    while focused() is not window.languages.buttons[language]:
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages[0])
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    checker = window.pages[1]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is checker)
    hints = {checker.birth.placeholderText(), checker.expiry.placeholderText()}
    assert len(hints) == 1 and hints.pop() in hint, (checker.birth.placeholderText(), hint)
    for _ in range(4):
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda p=page: focused() is p.next_button)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda p=page: window.stack.currentWidget() is not p)
    register = window.register
    form = register.form
    qtbot.waitUntil(form.inputs["surname"].hasFocus)
    captions = {label.buddy(): label.text() for label in form.findChildren(QLabel)
                if label.buddy() is not None}
    for name in form.DATE_FIELDS:
        assert captions[form.inputs[name]].endswith(hint), captions[form.inputs[name]]
    for name in ("surname", "given_names", "native_name", "sex"):
        assert focused() is form.inputs[name], name
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.inputs["date_of_birth"]
    type_keys("３１／０２／１９９０")   # full width, as a CJK input method types it: no such day
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.errors["date_of_birth"].text() != "")
    QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.inputs["date_of_birth"]
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(typed)
    qtbot.waitUntil(lambda: form.errors["date_of_birth"].text() == "")
    assert form.values()["date_of_birth"] == date(1990, 5, 1)
    screenshot(window, f"guidance_register_date_hints_{language}")
