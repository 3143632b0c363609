"""The guidance screen in a real window: every page, the self-check, a ticket the desk reads,
the idle wipe, and lockdown on the guidance station."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest
from guidancehelp import PASSWORD
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QStackedWidget
from uihelp import StandInCapture, type_text

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.domain.tickets import read_ticket
from kiosk.guidance.office_keys import load_office_desk_key
from kiosk.options import load_settings
from kiosk.store.store import Store
from station.services import Services
from ui.guidance.bring_page import BringPage
from ui.guidance.desk_fingers_page import DeskFingersPage
from ui.guidance.desk_photo_page import DeskPhotoPage
from ui.guidance.eligibility_page import EligibilityPage
from ui.guidance.next_page import NextPage
from ui.guidance.register_page import RegisterPage
from ui.guidance.ticket_page import TicketPage

pytestmark = pytest.mark.gui
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")
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
    # the headings stay together above the buttons (the spare height once went between
    # their two rows: 143 px apart at 1280 x 800)
    headings = sorted({label.y() for label in window.languages.findChildren(QLabel)
                       if label.isVisible() and label.objectName() != "staffNote"})
    tallest = max(label.sizeHint().height() for label in window.languages.findChildren(QLabel)
                  if label.isVisible())
    assert len(headings) == 2 and headings[1] - headings[0] <= 2 * tallest, headings


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
