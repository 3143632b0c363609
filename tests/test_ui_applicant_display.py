"""The applicant-facing display through a real desk: the face screen's own frames (file camera),
the SBI simulator, and sentences from the applicant's translator, not the officer's."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from argon2 import PasswordHasher
from deskhelp import applicant, decision
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QStackedWidget

from devices.camera.file_source import FileCamera
from devices.sbi.scanner import SimulatedScanner
from kiosk.biometrics.face.imageio import read_image
from kiosk.options import load_settings
from station.services import Services
from ui.applicant import prompts
from ui.applicant.display import ApplicantDisplay, connect_to_desk, open_applicant_display, place
from ui.common import ops
from ui.common.fonts import family_for
from ui.common.screens import screen_of
from ui.desk.desk_flow import DeskFlow
from ui.screens.face import FaceScreen
from ui.screens.fingers import FingerprintScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_FINGERS_AUTO_CAPTURE", "false")  # each prompt, step by step
    services = Services.open(load_settings())
    services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    ops.run_synchronously(True)
    yield services
    ops.run_synchronously(False)
    services.close()


def _camera_folder(shared_data: Path, folder: Path) -> Path:
    image = read_image(shared_data / "faces" / "frll_neutral_001_03.jpg")
    frame = cv2.resize(image, (640, 640), interpolation=cv2.INTER_AREA)[:, 80:560]
    folder.mkdir()
    for i in range(3):
        cv2.imwrite(str(folder / f"frame_{i}.png"), frame)
    return folder


def test_the_display_mirrors_the_preview_and_speaks_the_applicants_language(
        qtbot, services, shared_data, tmp_path, language, screenshot) -> None:
    folder = _camera_folder(shared_data, tmp_path / "cam")
    settings = services.settings
    face = FaceScreen(settings, services.accounts,
                      lambda: FileCamera(folder, loop=True, folder_fps=15), "off.an")
    fingers = FingerprintScreen(settings, services.accounts, "off.an",
                                lambda: SimulatedScanner(capture_timeout_s=20))
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    desk = DeskFlow(stack, services, "off.an", face, fingers, parent=stack)
    display = ApplicantDisplay(language)
    qtbot.addWidget(display)
    connect_to_desk(display, desk)
    assert place(display, None) == "window"
    qtbot.waitExposed(display)
    area = screen_of(display).availableGeometry()   # on the officer's only screen: all of it
    assert area.contains(display.frameGeometry()), (area, display.frameGeometry())
    stack.resize(1000, 700)
    stack.show()

    # the officer works in `language`; the applicant reads the other one
    theirs = "en" if language == "vi" else "vi"
    translator = prompts.applicant_translator(theirs)
    assert prompts.applicant_translator(theirs) is translator  # loaded once
    person = applicant(preferred_language=theirs)
    desk._applicant_done(person, decision(person))
    assert display.language == theirs
    qtbot.waitUntil(lambda: display.preview.frames_received >= 5, timeout=15_000)
    # the very image the face screen painted: shared, not copied
    assert display.preview.image.cacheKey() == face.preview._image.cacheKey()
    qtbot.waitUntil(lambda: face.kept is not None, timeout=15_000)
    assert display.key == prompts.PHOTO_DONE
    source = prompts.PROMPTS[prompts.PHOTO_DONE]
    officer_text = QCoreApplication.translate(prompts.CONTEXT, source)
    if theirs == "vi":
        assert display.text.text() == translator.translate(prompts.CONTEXT, source) != source
        assert officer_text == source  # the officer's (English) side is untouched
    else:
        assert display.text.text() == source
        assert officer_text != source  # the officer reads Vietnamese meanwhile
    assert display.text.font().pointSizeF() >= 36
    screenshot(display, f"applicant_display_face_{language}")

    face.accept()
    qtbot.waitUntil(lambda: display.key == prompts.LEFT_FOUR, timeout=5000)
    assert stack.currentWidget() is fingers
    expected = prompts.prompt(prompts.LEFT_FOUR, translator)
    assert display.text.text() == expected
    assert (expected != prompts.PROMPTS[prompts.LEFT_FOUR]) == (theirs == "vi")
    assert display.preview.image is None  # no stale face picture during fingerprints
    screenshot(display, f"applicant_display_fingers_{language}")
    fingers.capture_current()
    assert display.key == prompts.LEFT_FOUR  # while capturing: keep the fingers there
    qtbot.waitUntil(lambda: not fingers.capturing, timeout=30_000)
    assert display.key in (prompts.LIFT, prompts.PRESS_HARDER)
    desk.shut_down()


def test_placement_follows_the_option_and_the_screens(qtbot) -> None:
    base = load_settings()
    assert len(QGuiApplication.screens()) == 1  # offscreen / Xvfb: one screen
    desk_signals = DeskSignals()  # what the display listens to on a DeskFlow
    assert open_applicant_display(desk_signals, base) is None  # auto, one screen
    assert open_applicant_display(desk_signals, base.replace(ui__applicant_display="off")) \
        is None
    shown = open_applicant_display(desk_signals, base.replace(ui__applicant_display="on"))
    qtbot.addWidget(shown)
    assert shown.isVisible() and not shown.isFullScreen()
    desk_signals.instruction_changed.emit(prompts.DONE)
    assert shown.text.text()
    full = ApplicantDisplay("ko")
    qtbot.addWidget(full)
    assert place(full, QGuiApplication.primaryScreen()) == "full screen"
    assert full.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert full.windowState() & Qt.WindowState.WindowFullScreen
    assert full.text.font().family() == (family_for("ko")[0] or "")
    qtbot.keyClick(full, Qt.Key.Key_Escape)
    qtbot.keyClick(full, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not full.close() and full.isVisible(), "on its own screen only the desk closes it"
    full.shut()
    assert not full.isVisible()


class DeskSignals(QObject):
    applicant_language = Signal(str)
    instruction_changed = Signal(str)


def test_locking_signing_out_and_a_new_applicant_leave_nothing_on_the_display(
        qtbot, tmp_path, monkeypatch) -> None:
    """Privacy: no picture and no instruction of the work while the officer's screen is
    locked, for the next applicant, or after sign-out; the welcome in the station's language."""
    from uihelp import press_enter, stand_in_window, type_text

    from kiosk.accounts.roles import Role
    from kiosk.biometrics.face import checks

    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_UI_APPLICANT_DISPLAY", "on")
    settings = load_settings()
    ops.run_synchronously(True)

    window = stand_in_window(settings, qtbot)
    window.open_services()
    window.services.accounts.create_first("lan.tran", "Lan", Role.SUPERVISOR, "pass word 12")

    def sign_in() -> None:
        type_text(window.login_screen.username, "lan.tran")
        type_text(window.login_screen.password, "pass word 12")
        press_enter(window.login_screen.password)

    try:
        window.login_screen.show_sign_in()
        window.screens.setCurrentWidget(window.login_screen)
        sign_in()
        desk, display = window.desk, window.applicant_display
        assert display is not None and display.isVisible()
        home = settings["ui.language"]
        theirs = "ko" if home != "ko" else "ja"
        welcome = prompts.prompt(prompts.WELCOME, prompts.applicant_translator(home))
        picture = QImage(64, 48, QImage.Format.Format_RGB32)
        picture.fill(Qt.GlobalColor.gray)

        def showing_work() -> bool:
            return display.preview.image is not None

        def neutral() -> bool:
            return (not showing_work() and display.key == prompts.WELCOME
                    and display.language == home and display.text.text() == welcome)

        desk.start_new()
        desk.applicant_language.emit(theirs)
        desk.instruction_changed.emit(checks.LOOK_STRAIGHT)
        desk.face.frame_shown.emit(picture)
        assert showing_work() and display.language == theirs
        window.screens.setCurrentWidget(desk.face)

        window.lock()  # the idle lock takes the same path
        assert neutral()
        desk.face.frame_shown.emit(picture)  # the camera keeps running behind the lock
        desk.instruction_changed.emit(checks.HOLD_STILL)
        assert neutral()

        sign_in()  # the same officer: back to the applicant in front of the camera
        assert window.screens.currentWidget() is desk.face
        assert display.key == checks.HOLD_STILL and display.language == theirs
        desk.face.frame_shown.emit(picture)
        assert showing_work()

        desk.start_new()  # the next applicant sees nothing of the last one
        assert neutral()
        desk.face.frame_shown.emit(picture)  # a frame still on its way from the last camera
        assert neutral()

        desk.instruction_changed.emit(checks.LOOK_STRAIGHT)
        desk.face.frame_shown.emit(picture)
        assert showing_work()
        desk.instruction_changed.emit(prompts.DONE)  # finished: the review
        assert not showing_work()
        desk.show_today()
        assert neutral()

        desk.instruction_changed.emit(checks.LOOK_STRAIGHT)
        desk.face.frame_shown.emit(picture)
        window.sign_out()  # handover
        assert neutral() and not display.isVisible()
        assert window.applicant_display is None
    finally:
        window.close()
        ops.run_synchronously(False)
