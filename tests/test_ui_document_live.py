"""The desk reads passports live from the document camera, in a real window: no key press
fills the form, a blurry view never does, a broken camera says so and the desk goes on with
the wedge reader and typing; unsure name letters are highlighted and confirmed by keys."""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

import pytest
from desk_script import wait_until
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStackedWidget
from uihelp import StandInCapture, stand_in_desk

from kiosk.options import load_settings
from station.services import Services
from ui.common import ops
from ui.common.messages import describe
from ui.desk.desk_flow import DeskFlow

pytestmark = pytest.mark.gui
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")
READ_TIMEOUT_MS = 60_000  # a busy shared machine: the engine takes 0.3-2 s a frame


@pytest.fixture
def desk(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request):
    """A desk whose document camera is ``request.param`` (devices.document_camera)."""
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_CAMERA", request.param)
    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_IMAGES", str(tmp_path / "no-specimens"))
    ops.run_synchronously(True)
    flow, services = stand_in_desk(qtbot, active=True, size=(1280, 800))
    yield flow
    flow.shut_down()
    ops.run_synchronously(False)
    services.close()


def _needs_ocrb() -> None:
    from kiosk.documents.mrz_synth import ocrb_fonts

    if not ocrb_fonts():
        pytest.skip("the simulated document camera draws passports in OCR-B: "
                    "apt-get install fonts-ocr-b")


@pytest.mark.parametrize("desk", ["simulated"], indirect=True)
def test_a_passport_laid_under_the_camera_fills_the_form_without_a_key(
        language, desk, qtbot, screenshot) -> None:
    _needs_ocrb()
    desk.start_new()
    panel, inputs = desk.applicant.document_panel, desk.applicant.form.inputs
    assert panel.isVisible()
    qtbot.waitUntil(lambda: inputs["surname"].text() == "KIM", timeout=READ_TIMEOUT_MS)
    assert inputs["given_names"].text() == "MIN JUN"
    assert inputs["travel_document_number"].text() == "M12345678"
    assert inputs["date_of_birth"].text() == "01/05/1990"
    assert inputs["nationality"].text() == "KOR"
    qtbot.waitUntil(lambda: panel.state == "read")
    assert panel.status.text() == panel.tr("Passport read. The form was filled from it.")
    assert not desk.applicant.letters.remaining()
    reader = desk.document.reader
    assert reader.frames_analysed >= 2  # two alike frames, at least
    qtbot.waitUntil(lambda: not panel.preview.pixmap().isNull())
    screenshot(desk.screens, f"applicant_live_read_{language}")
    # the same passport lying there does not fill the form again
    inputs["surname"].setText("TYPED")
    seen = reader.frames_analysed + reader.frames_skipped
    qtbot.waitUntil(lambda: reader.frames_analysed + reader.frames_skipped >= seen + 10,
                    timeout=READ_TIMEOUT_MS)
    assert inputs["surname"].text() == "TYPED"
    desk.show_today()
    assert desk.document is None
    qtbot.waitUntil(lambda: not reader.running, timeout=10_000)


@pytest.fixture
def quick_recheck(monkeypatch: pytest.MonkeyPatch) -> float:
    """documents.live_recheck_s of 0.5 s: an unchanged view is read again every half second
    (by default every 10 s: four readings of a still, blurry passport took half a minute)."""
    monkeypatch.setenv("KIOSK_DOCUMENTS_LIVE_RECHECK_S", "0.5")
    return 0.5


@pytest.mark.parametrize("desk", ["simulated:blurry"], indirect=True)
def test_a_blurry_view_never_fills_the_form(quick_recheck, desk, qtbot) -> None:
    _needs_ocrb()
    desk.start_new()
    reader = desk.document.reader
    assert reader._recheck_s == quick_recheck  # the desk passes the option on
    qtbot.waitUntil(lambda: reader.camera is not None and bool(reader.camera.placements),
                    timeout=READ_TIMEOUT_MS)  # the passport lies under the camera
    analysed = reader.frames_analysed
    qtbot.waitUntil(lambda: reader.frames_analysed >= analysed + 4, timeout=READ_TIMEOUT_MS)
    QApplication.processEvents()
    assert all(desk.applicant.form.inputs[name].text() == ""
               for name in ("surname", "given_names", "travel_document_number",
                            "date_of_birth", "nationality"))
    assert desk.applicant.document_panel.state in ("empty", "reading")


@pytest.fixture
def bad_digit_frames(tmp_path_factory) -> str:
    """A folder holding one photo of a passport printed with a wrong number check digit."""
    import cv2

    from devices.document.simulated import lay_on_desk
    from devices.document.specimens import DEMO_PASSPORTS
    from kiosk.documents.mrz_synth import draw_passport

    _needs_ocrb()
    line1, line2 = DEMO_PASSPORTS[0]
    bad = (line1, line2[:9] + "0" + line2[10:])  # M12345678's digit is 8
    folder = tmp_path_factory.mktemp("bad-digit")
    cv2.imwrite(str(folder / "passport.png"), lay_on_desk(draw_passport(bad), 1280, 960, -2.5))
    return f"file:{folder}"


def test_a_zone_failing_its_check_digit_never_fills(bad_digit_frames, qtbot, tmp_path,
                                                    monkeypatch) -> None:
    """The passport lies still under a camera (a 'file:' folder source) and is read frame
    after frame: the number's check digit fails every time, and nothing is filled."""
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_CAMERA", bad_digit_frames)
    ops.run_synchronously(True)
    services = Services.open(load_settings())
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    flow = DeskFlow(stack, services, "off.an", StandInCapture(), StandInCapture(),
                    open_receipts=False)
    stack.show()
    try:
        flow.start_new()
        reader = flow.document.reader
        qtbot.waitUntil(lambda: reader.frames_analysed >= 4, timeout=READ_TIMEOUT_MS)
        QApplication.processEvents()
        assert flow.applicant.document_panel.state == "reading"
        assert flow.applicant.form.inputs["surname"].text() == ""
        assert flow.applicant.form.inputs["travel_document_number"].text() == ""
    finally:
        flow.shut_down()
        ops.run_synchronously(False)
        services.close()


@pytest.mark.parametrize("desk", ["opencv:/dev/video-missing"], indirect=True)
def test_a_broken_camera_says_so_and_the_wedge_and_typing_still_work(
        language, desk, qtbot, screenshot) -> None:
    from devices.errors import DeviceNotFound

    desk.start_new()
    panel = desk.applicant.document_panel
    qtbot.waitUntil(lambda: panel.state == "failed", timeout=30_000)
    expected, _detail = describe(DeviceNotFound("x"))
    assert panel.status.text() == expected  # translated, no traceback
    assert "Traceback" not in panel.detail.text()
    assert panel.retry_button.isVisible() and desk.document is None
    screenshot(desk.screens, f"applicant_document_camera_failed_{language}")
    desk.handle_mrz(TD3)  # what the keyboard-wedge reader delivers
    inputs = desk.applicant.form.inputs
    assert inputs["surname"].text() == "KIM" and inputs["nationality"].text() == "KOR"
    inputs["given_names"].setFocus()
    inputs["given_names"].selectAll()
    QTest.keyClicks(inputs["given_names"], "MIN")
    assert inputs["given_names"].text() == "MIN"
    QTest.keyClick(desk.screens, Qt.Key.Key_F6)  # retry: fails again, precisely
    qtbot.waitUntil(lambda: panel.state == "failed" and desk.document is None, timeout=30_000)


@pytest.mark.parametrize("desk", ["simulated:worn"], indirect=True)
def test_unsure_name_letters_are_highlighted_and_confirmed_by_keys(
        language, desk, qtbot, screenshot) -> None:
    _needs_ocrb()
    desk.start_new()
    screen, inputs = desk.applicant, desk.applicant.form.inputs
    qtbot.waitUntil(lambda: inputs["travel_document_number"].text() == "M12345678",
                    timeout=READ_TIMEOUT_MS)
    surname = inputs["surname"]
    # the rubbed-off M of KIM: read as something, flagged, selected for the officer
    assert surname.text()[:2] == "KI" and len(surname.text()) == 3
    assert screen.letters.marks == {"surname": [2]}
    assert surname.property("unsure") is True and screen.mrz_banner.isVisible()
    assert surname.hasFocus() and surname.selectedText() == surname.text()[2]
    screen.form.set_values({"residence_card_kind": "temporary",
                            "residence_card_number": "TT1234567",
                            "residence_card_expiry": None, "address_vn": "12 Phố Huế",
                            "phone": "+84912345678"})
    inputs["residence_card_expiry"].setText("30/06/2030")
    screen.check()
    assert not screen.continue_button.isEnabled()  # not before the letter is compared
    screenshot(desk.screens, f"applicant_unsure_letters_{language}")
    QTest.keyClicks(surname, "M")  # typed over the selected letter
    assert surname.text() == "KIM"
    assert not screen.letters.remaining() and not surname.property("unsure")
    screen.check()
    assert screen.continue_button.isEnabled()


@pytest.mark.parametrize("desk", ["simulated:worn"], indirect=True)
def test_f7_confirms_an_unsure_letter_as_read(desk, qtbot) -> None:
    _needs_ocrb()
    desk.start_new()
    screen, surname = desk.applicant, desk.applicant.form.inputs["surname"]
    qtbot.waitUntil(lambda: bool(screen.letters.remaining()), timeout=READ_TIMEOUT_MS)
    read = surname.text()
    QTest.keyClick(surname, Qt.Key.Key_F7)
    assert surname.text() == read and not screen.letters.remaining()
    assert not surname.property("unsure") and not screen.mrz_banner.isVisible()
    assert screen.form.inputs["residence_card_kind"].hasFocus()


def test_the_technician_tests_the_document_camera(qtbot, tmp_path, monkeypatch) -> None:
    """The console page reads the chosen camera live and says only whether a zone reads."""
    from ui.screens.technician.document_camera_page import DocumentCameraPage

    _needs_ocrb()
    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_IMAGES", str(tmp_path))
    page = DocumentCameraPage(load_settings(tmp_path / "none.toml"), tmp_path / "kiosk.toml")
    qtbot.addWidget(page)
    page.show()
    page.device.setCurrentText("simulated")
    page.test_button.click()
    qtbot.waitUntil(lambda: "TD3" in page.result.text(), timeout=READ_TIMEOUT_MS)
    assert "KIM" not in page.result.text()
    assert not page.preview.pixmap().isNull()
    page.stop()
    page.device.setCurrentText("off")
    page.test_button.click()
    qtbot.waitUntil(page.banner.isVisible, timeout=10_000)
    assert page.worker is None and "off" in page.banner.detail.text()
    page.shut_down()


@pytest.mark.parametrize("desk", ["simulated:worn"], indirect=True)
def test_the_wedge_reader_still_works_while_the_camera_reads(desk, qtbot) -> None:
    """A reader's burst typed into the very field whose letter is highlighted: the burst
    fills the form (another passport), the marks go, and the camera does not undo it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from ui.shell.wedge_filter import WedgeFilter

    _needs_ocrb()
    uto = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
           "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    now = [1000.0]
    wedge = WedgeFilter(lambda: now[0])
    wedge.mrz_scanned.connect(desk.handle_mrz)
    wedge.install()
    try:
        desk.start_new()
        screen, surname = desk.applicant, desk.applicant.form.inputs["surname"]
        qtbot.waitUntil(lambda: bool(screen.letters.remaining()), timeout=READ_TIMEOUT_MS)
        assert surname.hasFocus()
        with qtbot.waitSignal(wedge.mrz_scanned, timeout=2000):
            for ch in "\r".join(uto) + "\r":
                key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(surname, QKeyEvent(
                        kind, key, Qt.KeyboardModifier.NoModifier, "" if ch == "\r" else ch))
                now[0] += 0.004
    finally:
        wedge.uninstall()
    assert surname.text() == "ERIKSSON"
    assert screen.form.inputs["travel_document_number"].text() == "L898902C3"
    assert not screen.letters.remaining() and not surname.property("unsure")
    reader = desk.document.reader
    seen = reader.frames_analysed + reader.frames_skipped
    qtbot.waitUntil(lambda: reader.frames_analysed + reader.frames_skipped >= seen + 10,
                    timeout=READ_TIMEOUT_MS)
    assert surname.text() == "ERIKSSON"  # the passport lying there was read already


@pytest.mark.parametrize("desk", ["simulated"], indirect=True)
def test_every_applicant_reuses_the_document_cameras_connections(desk, qtbot) -> None:
    """The document camera starts for every applicant. Each session was a worker QObject
    with five signals connected to lambdas that held it: PySide6 6.11 kept references to
    None per ``Signal.connect`` and the cycle through C++ kept every session's worker. The
    desk's document events are connected once; a stopped session is freed."""
    _needs_ocrb()
    panel = desk.applicant.document_panel
    sessions: list[weakref.ref] = []

    def applicant() -> None:
        desk.start_new()
        worker = desk.document
        sessions.append(weakref.ref(worker))
        # desk_script's wait: pytest-qt's waitUntil itself keeps a None per call on 6.11
        wait_until(lambda: panel.state == "empty" and worker.reader.frames_read >= 3, 60)
        desk.show_today()  # the next applicant after this one: the camera stops
        wait_until(lambda: not worker.reader.running, 10)
        QApplication.processEvents()

    for _ in range(2):  # the engine and the drawn passports are made once
        applicant()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(5):
        applicant()
    gc.collect()
    assert sys.getrefcount(None) - before < 5  # was +90
    # (the last one stays in the desk's stopped list until the next applicant's start)
    assert [s for s in sessions[:-1] if s() is not None] == []
    assert desk.document_events.receivers(SIGNAL("read(PyObject,PyObject)")) == 1
