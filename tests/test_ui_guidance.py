"""The guidance screen in a real window: every page, the self-check, a ticket the desk reads,
the idle wipe, and lockdown on the guidance station."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QStackedWidget
from uihelp import HumanPace, StandInCapture, type_text

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.domain.tickets import read_ticket
from kiosk.guidance.office_keys import generate_office_keys, load_office_desk_key
from kiosk.options import load_settings
from kiosk.store.store import Store
from station.guidance import GuidanceStation
from station.services import Services
from ui.common import ops
from ui.guidance.bring_page import BringPage
from ui.guidance.desk_fingers_page import DeskFingersPage
from ui.guidance.desk_photo_page import DeskPhotoPage
from ui.guidance.eligibility_page import EligibilityPage
from ui.guidance.next_page import NextPage
from ui.guidance.register_page import RegisterPage
from ui.guidance.ticket_page import TicketPage
from ui.guidance.window import GuidanceWindow

pytestmark = pytest.mark.gui
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")
PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    return generate_office_keys(tmp_path / "office")


def _settings(tmp_path: Path, monkeypatch, keys, *, lockdown: bool = False,
              with_key: bool = True):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "guidance"))
    monkeypatch.setenv("KIOSK_STATION_OFFICE", "PA08 Hà Nội")
    monkeypatch.setenv("KIOSK_GUIDANCE_LOCKDOWN", "true" if lockdown else "false")
    monkeypatch.setenv("KIOSK_SYNC_ENABLED", "false")
    if with_key:
        monkeypatch.setenv("KIOSK_TICKETS_OFFICE_PRIVATE_KEY", str(keys[0]))
    return load_settings()


@pytest.fixture
def make_window(qtbot, tmp_path: Path, monkeypatch, keys):
    ops.run_synchronously(True)
    windows: list[GuidanceWindow] = []

    def make(**kwargs) -> GuidanceWindow:
        settings = _settings(tmp_path, monkeypatch, keys, **kwargs)
        window = GuidanceWindow(settings, lambda: GuidanceStation.open(settings), clock=Clock())
        window.wedge.clock = HumanPace()  # typed by a person, not burst by a reader
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.open_station()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.lockdown is not None:
            window.lockdown.release()
        window.close()
    ops.run_synchronously(False)


def _flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("station_language", ["vi", "ko"])
def test_each_language_after_a_station_language_was_installed(make_window, qapp, qtbot,
                                                              station_language) -> None:
    """As on a real station: the app installs the station's catalogue at start, then an
    applicant taps a language. English (a plurals-only catalogue) once showed Vietnamese."""
    from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
    from PySide6.QtTest import QTest

    from kiosk.options import LANGUAGES
    from ui.common import i18n
    from ui.common.i18n import current_language, install_language, load_translator

    before = (qapp.font(), QLocale(), qapp.property("kioskLanguage"))
    install_language(qapp, station_language)
    try:
        window = make_window()
        for language in LANGUAGES:
            button = window.languages.buttons[language]
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(button.width() // 2, button.height() // 2))
            qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), BringPage))
            catalogue = load_translator(language)
            expected = "What to bring"
            if catalogue is not None and catalogue.translate("BringPage", expected):
                expected = catalogue.translate("BringPage", expected)
            assert window.stack.currentWidget().title.text() == expected, language
            assert window.language == language
            window.start_over()
            _flush_deletes()
            assert current_language() == station_language   # the picker: station's again
            assert QCoreApplication.translate("BringPage", "What to bring") == (
                load_translator(station_language).translate("BringPage", "What to bring"))
        window.close()
    finally:  # leave the application as the other tests expect it: no catalogue
        qapp.removeTranslator(i18n._installed.pop(id(qapp)))
        qapp.setFont(before[0])
        QLocale.setDefault(before[1])
        qapp.setProperty("kioskLanguage", before[2])


def test_language_picker_names_each_language_in_its_own_script(make_window, screenshot) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.languages
    texts = {code: b.text() for code, b in window.languages.buttons.items()}
    assert texts == {"vi": "Tiếng Việt", "en": "English", "zh_CN": "简体中文",
                     "zh_TW": "繁體中文", "ko": "한국어", "ja": "日本語"}
    families = {code: b.font().family() for code, b in window.languages.buttons.items()}
    assert families["ko"] != families["en"] or families["ko"] == families["ja"]
    assert all(b.isEnabled() and b.height() >= 120 for b in window.languages.buttons.values())
    screenshot(window, "guidance_languages")


def test_every_page_renders(make_window, language, screenshot) -> None:
    window = make_window()
    window.languages.buttons[language].click()
    assert window.language == language
    for page_type, name in ((BringPage, "bring"), (EligibilityPage, "eligibility"),
                            (DeskPhotoPage, "desk_photo"), (DeskFingersPage, "desk_fingers"),
                            (NextPage, "next"), (RegisterPage, "register")):
        page = window.show_page(page_type)
        assert page.title.text()
        screenshot(window, f"guidance_{name}_{language}")
    checker = window.show_page(EligibilityPage)
    checker.birth.setText("01/05/1990")
    checker.kinds.buttons()[0].click()  # no residence card
    checker.check_button.click()
    screenshot(window, f"guidance_eligibility_refused_{language}")
    window.passport_scanned(TD3)
    screenshot(window, f"guidance_register_scanned_{language}")


def test_next_and_back_walk_the_steps_in_order(make_window) -> None:
    window = make_window()
    window.languages.buttons["en"].click()
    seen = [type(window.stack.currentWidget())]
    for _ in range(5):
        window.stack.currentWidget().next_button.click()
        seen.append(type(window.stack.currentWidget()))
    assert seen == [BringPage, EligibilityPage, DeskPhotoPage, DeskFingersPage, NextPage,
                    RegisterPage]
    window.stack.currentWidget().back_button.click()
    assert isinstance(window.stack.currentWidget(), NextPage)
    window.stack.currentWidget().home_button.click()
    assert window.stack.currentWidget() is window.languages


@pytest.mark.parametrize("birth, card, expiry, expected, ok", [
    ("01/05/1990", 0, "", "residence card is required", False),
    ("01/05/1990", 1, "01/01/2000", "residence card has expired", False),
    ("01/05/1990", 2, "01/01/2099", "Eligible for a level 2 account", True),
    (None, 1, "01/01/2099", "Under 6", False),
])
def test_self_check_explains_the_verdict(make_window, birth, card, expiry, expected, ok) -> None:
    window = make_window()
    window.languages.buttons["en"].click()
    page = window.show_page(EligibilityPage)
    if birth is None:  # a four-year-old
        today = date.today()
        birth = f"01/01/{today.year - 4}"
    page.birth.setText(birth)
    page.kinds.buttons()[card].click()
    page.expiry.setText(expiry)
    page.check_button.click()
    assert expected in page.result.text()
    assert ("#188038" in page.result.styleSheet()) is ok


def _fill_card_and_contact(page: RegisterPage) -> None:
    kind = page.form.inputs["residence_card_kind"]
    kind.setCurrentIndex(kind.findData("temporary"))
    type_text(page.form.inputs["residence_card_number"], "TT1234567")
    type_text(page.form.inputs["residence_card_expiry"], "30/06/2030")
    type_text(page.form.inputs["address_vn"], "12 Phố Huế, Hà Nội")
    type_text(page.form.inputs["phone"], "+84912345678")
    page.check()


def _decode(label: QLabel) -> str:
    return _decode_image(label.pixmap().toImage())


def _decode_image(image: QImage) -> str:
    import zxingcpp

    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width()]
    [result] = zxingcpp.read_barcodes(np.ascontiguousarray(pixels),
                                      formats=zxingcpp.BarcodeFormat.QRCode)
    return result.text


def test_a_ticket_from_the_guidance_screen_fills_the_desk_form(
        make_window, keys, tmp_path: Path, monkeypatch, qtbot, screenshot) -> None:
    window = make_window()
    window.languages.buttons["ko"].click()
    window.passport_scanned(TD3)
    register = window.register
    assert window.stack.currentWidget() is register
    assert register.form.inputs["surname"].text() == "KIM"
    assert not register.next_button.isEnabled()  # no residence card yet
    _fill_card_and_contact(register)
    assert register.next_button.isEnabled(), register.verdict.text()
    register.next_button.click()
    page = window.ticket
    assert window.stack.currentWidget() is page
    assert page.number.text() == "1"
    assert page.printing.text()  # printed, or told to show the screen
    screenshot(window, "guidance_ticket_ko")
    scanned = _decode(page.qr)  # what a desk camera or handheld scanner reads
    assert scanned == page.ticket_text
    # a screenshot of the whole screen at the size it is shown (a phone photo of it) scans too
    assert _decode_image(window.grab().toImage()) == scanned
    # nothing readable in the code: not in its text, not once its base32 is decoded (the
    # text alone held "KIM" by chance once in about a hundred random ciphertexts)
    body = scanned.removeprefix("KT2:")
    sealed = base64.b32decode(body + "=" * (-len(body) % 8))
    assert b"KIM" not in sealed and b"TT1234567" not in sealed
    assert "TT1234567" not in scanned

    desk_keys = load_office_desk_key(str(keys[1]))
    ticket = read_ticket(scanned, desk_keys, datetime.now(UTC), office="PA08 Hà Nội")
    assert ticket.number == 1 and ticket.applicant["preferred_language"] == "ko"

    from ui.desk.desk_flow import DeskFlow

    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "desk"))
    monkeypatch.setenv("KIOSK_TICKETS_OFFICE_DESK_KEY", str(keys[1]))
    services = Services.open(load_settings())
    try:
        stack = QStackedWidget()
        qtbot.addWidget(stack)
        desk = DeskFlow(stack, services, "off.an", StandInCapture(), StandInCapture(),
                        open_receipts=False, ticket_key=services.ticket_key)
        desk.show_today()
        desk.handle_text(scanned)
        form = desk.applicant.form
        assert stack.currentWidget() is desk.applicant
        assert form.inputs["surname"].text() == "KIM"
        assert form.inputs["residence_card_number"].text() == "TT1234567"
        assert form.inputs["address_vn"].text() == "12 Phố Huế, Hà Nội"
        desk.applicant.check()
        assert desk.applicant.continue_button.isEnabled()  # complete and eligible at the desk
    finally:
        services.close()

    page.next_button.click()  # Finish: the next applicant gets number 2
    window.languages.buttons["en"].click()
    window.passport_scanned(TD3)
    _fill_card_and_contact(window.register)
    window.register.next_button.click()
    assert window.ticket.number.text() == "2"


def test_the_day_sequence_survives_a_restart_of_the_station(make_window) -> None:
    for expected in ("1", "2"):
        window = make_window()
        window.languages.buttons["en"].click()
        window.passport_scanned(TD3)
        _fill_card_and_contact(window.register)
        window.register.next_button.click()
        assert window.ticket.number.text() == expected
        window.close()  # the station is switched off and on again


def test_idle_timeout_returns_to_the_languages_and_wipes_what_was_typed(make_window) -> None:
    window = make_window()
    window.languages.buttons["en"].click()
    window.show_page(EligibilityPage).birth.setText("01/05/1990")
    register = window.show_page(RegisterPage)
    window.passport_scanned(TD3)
    type_text(register.form.inputs["address_vn"], "12 Phố Huế, Hà Nội")
    type_text(register.form.inputs["phone"], "+84912345678")
    register_fields = list(register.form.inputs.values())
    clock = window.idle.clock
    clock.now += window.settings["guidance.idle_seconds"] - 5
    window.idle.poll()
    assert window.idle_warning.isVisible()
    clock.now += 10
    window.idle.poll()
    assert window.stack.currentWidget() is window.languages
    assert window.language is None and window.pages == [] and window.register is None
    # the fields were emptied before their pages were dropped ...
    assert all((w.currentIndex() == 0) if isinstance(w, QComboBox) else w.text() == ""
               for w in register_fields)
    _flush_deletes()
    # ... and no widget left in the window holds anything of the applicant
    secrets = ("KIM", "MIN JUN", "M12345678", "Phố Huế", "84912345678", "01/05/1990")
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    texts += [w.text() for w in window.findChildren(QLabel)]
    texts += [w.currentText() for w in window.findChildren(QComboBox)]
    assert not [t for t in texts for s in secrets if s in t]
    assert not window.findChildren(RegisterPage) and not window.findChildren(TicketPage)


def test_without_the_office_key_pre_registration_says_why(make_window) -> None:
    window = make_window(with_key=False)
    window.languages.buttons["en"].click()
    page = window.show_page(RegisterPage)
    window.passport_scanned(TD3)
    _fill_card_and_contact(page)
    assert not page.next_button.isEnabled()
    assert page.banner.isVisible() and "office key" in page.banner.text.text()


def test_guidance_station_is_locked_down_until_a_technician_signs_in(
        make_window, tmp_path: Path) -> None:
    with Store.open(tmp_path / "guidance", key_backend="file") as store:
        Accounts(store).create_first("tech.binh", "Binh", Role.TECHNICIAN, PASSWORD)
    window = make_window(lockdown=True)
    assert window.lockdown is not None and window.lockdown.locked and window.isFullScreen()
    assert window.close() is False and window.isVisible()
    window.lockdown.request_unlock()
    window.lockdown.dialog.username.setText("tech.binh")
    window.lockdown.dialog.password.setText(PASSWORD)
    window.lockdown.dialog.ok.click()
    assert not window.isVisible()


def test_without_a_technician_account_the_screen_refuses_to_lock(make_window) -> None:
    """Applicants once saw a red panel with an English developer sentence; staff now get a
    small translated note and the guide works."""
    window = make_window(lockdown=True)
    assert window.lockdown is None
    assert not window.languages.error.isVisible()
    note = window.languages.staff_note
    assert note.isVisible() and "technician" in note.text()
    assert "desk mode" not in note.text()              # the developer detail stays out
    window.languages.buttons["en"].click()
    assert isinstance(window.stack.currentWidget(), BringPage)


def test_the_printed_ticket_shows_the_number_and_a_readable_code(tmp_path: Path, qapp) -> None:
    import shutil
    import subprocess

    from PySide6.QtGui import QPdfWriter

    from ui.guidance.ticket_print import TicketSheet, paint_ticket

    sheet = TicketSheet(42, "x" * 700, "Queue ticket", "Show this code at the capture desk.",
                        "PA08 Hà Nội", "15/07/2025", "en")
    pdf = tmp_path / "ticket.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setResolution(300)
    paint_ticket(writer, sheet)
    del writer
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True).stdout
        assert "42" in text and "Queue ticket" in text and "PA08 Hà Nội" in text


def _tap(widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.rect().center())


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
    _tap(window.languages.buttons["en"])
    for _ in range(5):
        _tap(window.stack.currentWidget().next_button)
    register = window.register
    assert window.stack.currentWidget() is register
    keyboard, inputs = register.keyboard, register.form.inputs
    assert not keyboard.isVisible()
    assert all(w.height() >= 56 for w in inputs.values()), {
        n: w.height() for n, w in inputs.items()}
    _tap(inputs["surname"])
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
            _tap(keyboard.keys[f"item:{value}"])
        elif name == "address_vn":
            for key in address_taps:
                _tap(keyboard.keys[key])
            screenshot(window, "guidance_register_keyboard_vietnamese_en")
        elif value is not None:
            for char in value:
                _tap(keyboard.keys["space" if char == " " else char])
        _tap(keyboard.keys["next"])
    assert not keyboard.isVisible()  # "next" after the last field closes the keyboard
    values = {n: (w.currentData() if isinstance(w, QComboBox) else w.text())
              for n, w in inputs.items()}
    assert values == {n: v or "" for n, v in typed.items()}
    _tap(inputs["residence_card_number"])  # a correction: clear, type again, done
    _tap(keyboard.keys["clear"])
    assert inputs["residence_card_number"].text() == ""
    for char in "TT7654321":
        _tap(keyboard.keys[char])
    _tap(keyboard.keys["backspace"])
    _tap(keyboard.keys["1"])
    _tap(keyboard.keys["done"])
    assert not keyboard.isVisible()
    qtbot.waitUntil(register.next_button.isEnabled)
    _tap(register.next_button)
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
    _tap(window.languages.buttons["en"])
    _tap(window.stack.currentWidget().next_button)
    page = window.stack.currentWidget()
    assert isinstance(page, EligibilityPage)
    _tap(page.birth)
    qtbot.waitUntil(page.keyboard.isVisible)
    assert page.keyboard.layout_shown is Layout.NUMERIC
    for char in "01/05/1990":
        _tap(page.keyboard.keys[char])
    _tap(page.keyboard.keys["done"])
    _tap(page.kinds.buttons()[2])
    _tap(page.expiry)
    for char in "01/01/2099":
        _tap(page.keyboard.keys[char])
    _tap(page.keyboard.keys["next"])  # the last date: the keyboard closes
    assert not page.keyboard.isVisible()
    _tap(page.check_button)
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
    _tap(window.languages.buttons[language])
    for _ in range(5):
        _tap(window.stack.currentWidget().next_button)
    register = window.register
    inputs = register.form.inputs
    _tap(inputs["surname"])

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
    _tap(window.languages.buttons["en"])
    for _ in range(5):
        _tap(window.stack.currentWidget().next_button)
    register = window.register
    inputs = register.form.inputs
    _tap(inputs["email"])
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
        _tap(window.languages.buttons[language])
        _tap(window.stack.currentWidget().next_button)
        page = window.stack.currentWidget()
        assert isinstance(page, EligibilityPage)
        QApplication.processEvents()
        screenshot(window, f"guidance_eligibility_{language}")
        for line in (page.birth, page.expiry):
            needed = line.fontMetrics().horizontalAdvance(line.placeholderText())
            assert line.width() >= needed + 16, (language, line.objectName(), line.width(), needed)
        _tap(page.home_button)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_form_with_the_on_screen_keyboard_fits_a_1280x800_screen(
        make_window, qtbot, language, screenshot) -> None:
    """With the keyboard up the page needed 859 px: the window grew to 1153 px and "Get my
    ticket" went below the bottom of a 1280x800 screen. The step line, the introduction and
    the hidden banner's room give way while the keyboard is up, and come back after."""
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a field's focus brings the keyboard up
    _tap(window.languages.buttons[language])
    for _ in range(5):
        _tap(window.stack.currentWidget().next_button)
    register = window.register
    assert register.intro.isVisible() and register.step.isVisible()
    _tap(register.form.inputs["email"])
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
    _tap(register.keyboard.keys["done"])
    qtbot.waitUntil(lambda: not register.keyboard.isVisible())
    assert register.intro.isVisible() and register.step.isVisible()
