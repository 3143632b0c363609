"""The applicant screen in a real window: scan, bad check digits, eligibility, typing."""

from __future__ import annotations

from datetime import date

import pytest
from uihelp import type_text

from ui.screens.applicant import ApplicantScreen

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 23)
# A TD3 MRZ (Korean passport, expiring 2031) whose check digits are all valid
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")


@pytest.fixture
def screen(qtbot):
    widget = ApplicantScreen(lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _fill_card_and_contact(screen: ApplicantScreen, expiry: str = "30/06/2027") -> None:
    form = screen.form
    form.inputs["residence_card_kind"].setCurrentIndex(
        form.inputs["residence_card_kind"].findData("temporary"))
    type_text(form.inputs["residence_card_number"], "TT1234567")
    type_text(form.inputs["residence_card_expiry"], expiry)
    type_text(form.inputs["address_vn"], "12 Phố Huế, Hai Bà Trưng, Hà Nội")
    type_text(form.inputs["phone"], "+84 912 345 678")
    screen.check()


def test_valid_mrz_fills_the_form_and_eligible_applicant_can_continue(
        language, screen, qtbot, screenshot) -> None:
    from kiosk.domain.mrz import check_digit

    assert check_digit("M12345678") == "8"
    screen.apply_mrz(TD3)
    form = screen.form
    assert form.inputs["surname"].text() == "KIM"
    assert form.inputs["given_names"].text() == "MIN JUN"
    assert form.inputs["date_of_birth"].text() == "01/05/1990"
    assert form.inputs["nationality"].text() == "KOR"
    assert not screen.continue_button.isEnabled()  # no residence card yet
    assert "thẻ tạm trú hoặc thẻ thường trú" in screen.eligibility.text() or \
        "residence card is required" in screen.eligibility.text()
    _fill_card_and_contact(screen)
    assert screen.decision is not None and screen.decision.level2_allowed
    assert screen.continue_button.isEnabled()
    screenshot(screen, f"applicant_eligible_{language}")
    with qtbot.waitSignal(screen.continue_requested) as signal:
        screen.continue_button.click()
    applicant, decision = signal.args
    assert applicant.full_name == "KIM MIN JUN" and decision.level2_allowed


def test_failed_check_digit_blames_only_its_field(language, screen, screenshot) -> None:
    """A wrong number digit also fails the composite: only the number is in doubt (the dates
    were once blamed too, and all ten fields left blank)."""
    corrupted = (TD3[0], TD3[1][:9] + "5" + TD3[1][10:])  # document number check digit
    screen.apply_mrz(corrupted)
    assert screen.mrz_banner.isVisible()
    inputs, captions = screen.form.inputs, screen.form.captions
    detail = screen.mrz_banner.detail.text()
    assert captions["travel_document_number"] in detail
    assert captions["date_of_birth"] not in detail
    assert captions["travel_document_expiry"] not in detail
    assert inputs["surname"].text() == "KIM" and inputs["date_of_birth"].text() == "01/05/1990"
    assert inputs["travel_document_expiry"].text() == "01/01/2031"
    assert inputs["travel_document_number"].text() == ""
    assert inputs["travel_document_number"].property("invalid") is True
    assert not inputs["date_of_birth"].property("invalid")
    assert not screen.continue_button.isEnabled()
    screenshot(screen, f"applicant_mrz_failed_{language}")


def test_applicant_aged_5_is_refused_level_2(screen, screenshot) -> None:
    form = screen.form
    type_text(form.inputs["surname"], "TANAKA")
    type_text(form.inputs["given_names"], "HANA")
    form.inputs["sex"].setCurrentIndex(form.inputs["sex"].findData("F"))
    type_text(form.inputs["date_of_birth"], "24/11/2020")  # 6 tomorrow
    type_text(form.inputs["nationality"], "jpn")
    type_text(form.inputs["issuing_state"], "JPN")
    type_text(form.inputs["travel_document_number"], "TR1234567")
    type_text(form.inputs["travel_document_expiry"], "01/01/2030")
    _fill_card_and_contact(screen)
    assert form.inputs["nationality"].text() == "JPN"
    assert screen.applicant is not None  # the form itself is fine
    assert not screen.decision.level2_allowed and screen.decision.level1_allowed
    assert not screen.continue_button.isEnabled()
    assert "6" in screen.eligibility.text()
    screenshot(screen, "applicant_under_6")


def test_expired_card_and_future_birth_date(screen) -> None:
    screen.apply_mrz(TD3)
    _fill_card_and_contact(screen, expiry="22/11/2026")  # expired yesterday
    assert [r.value for r in screen.decision.reasons] == ["residence_card_expired"]
    assert not screen.continue_button.isEnabled()
    screen.form.inputs["residence_card_expiry"].setText("23/11/2026")  # expires today: valid
    screen.check()
    assert screen.continue_button.isEnabled()
    screen.form.inputs["date_of_birth"].setText("01/01/2030")
    screen._touch("date_of_birth")
    screen.check()
    assert screen.form.errors["date_of_birth"].text()
    assert not screen.continue_button.isEnabled()


def test_invalid_typed_values_show_errors_only_for_touched_fields(screen) -> None:
    phone = screen.form.inputs["phone"]
    where = phone.mapTo(screen, phone.rect().topLeft())
    type_text(screen.form.inputs["email"], "not-an-email")
    screen.check()
    assert screen.form.errors["email"].text()
    assert not screen.form.errors["surname"].text()  # not reached yet
    type_text(screen.form.inputs["surname"], "Nguyễn\u202eX")  # bidi override: refused
    screen.check()
    assert screen.form.errors["surname"].text()
    assert phone.mapTo(screen, phone.rect().topLeft()) == where  # no row moved


def test_ctrl_enter_on_an_empty_form_names_every_missing_field(screen, qtbot) -> None:
    """It once listed only 'Sex: Required' (the one field the cursor had passed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.form.inputs["surname"].setFocus()
    qtbot.waitUntil(screen.form.inputs["surname"].hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    errors = screen.form.errors
    for name in ("surname", "sex", "date_of_birth", "nationality", "travel_document_number",
                 "address_vn", "phone"):
        assert errors[name].text(), name
    assert not errors["email"].text()               # optional
    assert QApplication.focusWidget() is screen.form.inputs["surname"]  # the first problem


def test_eligibility_names_only_what_is_still_missing(screen) -> None:
    """It once asked for the birth date, nationality, expiry and card whatever was typed."""
    type_text(screen.form.inputs["date_of_birth"], "01/05/1990")
    type_text(screen.form.inputs["nationality"], "KOR")
    screen.check()
    text = screen.eligibility.text()
    captions = screen.form.captions
    assert screen.decision is None
    assert captions["date_of_birth"] not in text and captions["nationality"] not in text
    assert captions["travel_document_expiry"] in text


OTHER_TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
             "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


@pytest.fixture
def scanned(qtbot, screen):
    """The screen with a keyboard-wedge reader feeding it, as in the main window."""
    from ui.shell.wedge_filter import WedgeFilter

    class Pace:
        """A person's 150 ms per key, except while the reader bursts (4 ms per key)."""

        def __init__(self) -> None:
            self.now, self.burst = 1000.0, False

        def __call__(self) -> float:
            if not self.burst:
                self.now += 0.15
            return self.now

    clock = Pace()
    wedge = WedgeFilter(clock)
    wedge.mrz_scanned.connect(screen.apply_mrz)
    wedge.install()
    screen.activateWindow()

    def scan(lines: tuple[str, ...]) -> None:
        from PySide6.QtWidgets import QApplication
        from test_ui_wedge import _keys

        target = QApplication.focusWidget() or screen
        clock.burst, clock.now = True, clock.now + 1.0
        try:
            with qtbot.waitSignal(wedge.mrz_scanned, timeout=2000):
                _keys(target, "\r".join(lines) + "\r", clock, 0.004)
        finally:
            clock.burst = False

    yield scan
    wedge.uninstall()


def test_rescan_with_focus_on_the_card_list_keeps_the_card_kind(screen, scanned, qtbot) -> None:
    """The MRZ's leading 'P' once reached the list as type-ahead: Temporary became
    Permanent."""
    scanned(TD3)
    _fill_card_and_contact(screen)
    kind = screen.form.inputs["residence_card_kind"]
    kind.setFocus()
    qtbot.waitUntil(kind.hasFocus)
    assert kind.currentData() == "temporary"
    scanned(TD3)
    assert kind.currentData() == "temporary"
    assert screen.form.inputs["residence_card_number"].text() == "TT1234567"  # same person


def test_another_persons_passport_clears_the_previous_applicant(screen, scanned) -> None:
    scanned(TD3)
    _fill_card_and_contact(screen)
    scanned(OTHER_TD3)
    inputs = screen.form.inputs
    assert inputs["surname"].text() == "ERIKSSON"
    for name in ("residence_card_number", "residence_card_expiry", "address_vn", "phone"):
        assert inputs[name].text() == "", name
    assert inputs["residence_card_kind"].currentData() in (None, "")
    assert screen.hint.text() == screen.tr(
        "Another passport: the previous applicant's data was cleared.")


def test_camera_read_name_with_unsure_letters_is_highlighted_until_typed(screen) -> None:
    """A camera reading whose name letters were unsure (names carry no check digit): filled,
    highlighted amber with a hint to compare with the passport; typing in it confirms."""
    screen.apply_mrz(TD3, frozenset({"surname"}))
    inputs = screen.form.inputs
    assert inputs["surname"].text() == "KIM"
    assert inputs["surname"].property("unsure") is True
    assert not inputs["given_names"].property("unsure")
    assert screen.mrz_banner.isVisible() and screen.mrz_banner.text.text()
    inputs["surname"].textEdited.emit("KIM")  # the officer looked and typed: confirmed
    assert not inputs["surname"].property("unsure")
    assert not screen.mrz_banner.isVisible()
    screen.apply_mrz(TD3)  # a wedge reader's scan: nothing to confirm
    assert not inputs["surname"].property("unsure")
