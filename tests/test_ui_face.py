"""Face screen in a real window: live preview rate, guidance, auto/manual/forced capture,
a camera that fails and recovers, clean shutdown."""

from __future__ import annotations

import gc
import itertools
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from argon2 import PasswordHasher
from desk_script import wait_until
from PySide6.QtCore import SIGNAL, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication
from uihelp import type_text

from devices.camera.file_source import FileCamera
from devices.camera.simulated import SimulatedCamera
from devices.errors import DeviceNotFound, DeviceTimeout
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.biometrics.face import checks
from kiosk.biometrics.face.imageio import read_image
from kiosk.biometrics.face.live import LiveAnalyser, SharedAnalyser
from kiosk.desk.results import FaceResult
from kiosk.options import load_settings
from kiosk.store.store import Store
from ui.common import ops
from ui.common.messages import describe
from ui.desk.instructions import CHECK_NAMES, INSTRUCTIONS, instruction
from ui.dialogs.approval import ApprovalDialog
from ui.screens.face import FaceScreen

pytestmark = pytest.mark.gui
PASSWORD = "giám sát viên 2026"


@pytest.fixture
def accounts(tmp_path: Path):
    ops.run_synchronously(True)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        accounts = Accounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                         parallelism=1))
        accounts.create_first("sup.lan", "Lan", Role.SUPERVISOR, PASSWORD)
        yield accounts
    ops.run_synchronously(False)


def _portrait_folder(shared_data: Path, folder: Path, name: str, copies: int) -> Path:
    """A folder camera source: a portrait cropped to a 480x640 camera frame, repeated."""
    image = read_image(shared_data / "faces" / name)
    frame = cv2.resize(image, (640, 640), interpolation=cv2.INTER_AREA)[:, 80:560]
    folder.mkdir()
    for i in range(copies):
        cv2.imwrite(str(folder / f"frame_{i:03d}.png"), frame)
    return folder


def _screen(qtbot, accounts, factory, **options) -> FaceScreen:
    settings = load_settings().replace(**{"face__camera_timeout_s": 5.0, **options})
    screen = FaceScreen(settings, accounts, factory, "off.an")
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


_BEFORE: set[threading.Thread] = set()


@pytest.fixture(autouse=True)
def _threads_before_the_test():
    """The threads alive when a test starts are not its own (a daemon thread another test
    module left behind must not fail these)."""
    _BEFORE.clear()
    _BEFORE.update(threading.enumerate())
    yield


def _face_threads() -> list[str]:
    """Face and camera threads this test started that are still running."""
    return [t.name for t in threading.enumerate()
            if t not in _BEFORE and t.name.startswith(("face-", "device-camera"))]


def test_every_instruction_and_check_has_a_translatable_text() -> None:
    assert set(INSTRUCTIONS) == set(checks.INSTRUCTION_TEXT)
    assert set(CHECK_NAMES) == set(checks.PRIORITY)
    assert instruction(checks.OPEN_EYES) == "Please open your eyes."
    assert instruction(None) == ""


def test_preview_shows_the_camera_frames_with_overlay_and_stops_cleanly(
        qtbot, accounts, shared_data, language, screenshot) -> None:
    """Every frame read is offered for painting; the rate shown and the UI's stalls are
    tests/benchmarks/bench_face_screen.py's subject."""
    clip = shared_data / "video" / "openmpf_video_01.mp4"
    screen = _screen(qtbot, accounts, lambda: FileCamera(clip, loop=True))
    screen.start()
    qtbot.waitUntil(lambda: screen.preview.frames_painted >= 5, timeout=10_000)
    start_painted, start_read = screen.preview.frames_painted, screen.worker.frames_read
    qtbot.waitUntil(lambda: screen.preview.frames_painted >= start_painted + 30,
                    timeout=30_000)
    read = screen.worker.frames_read - start_read
    painted = screen.preview.frames_painted - start_painted
    print(f"\nface preview: {painted} frames painted of {read} read, "
          f"{screen.worker.frames_analysed} analysed")
    # painting keeps up with reading: only frames that came while one was waiting are merged
    assert painted >= read / 2, (painted, read)
    qtbot.waitUntil(lambda: screen.preview.update_ is not None, timeout=10_000)
    update = screen.preview.update_
    assert update is not None and update.analysis.checks
    assert screen.instruction.text()
    screenshot(screen, f"face_live_{language}")
    screen.stop()
    assert screen.worker is None
    assert not _face_threads(), f"threads left running: {_face_threads()}"


def test_auto_capture_keeps_the_portrait_through_a_camera_failure_and_retry(
        qtbot, accounts, shared_data, tmp_path, language, screenshot) -> None:
    folder = _portrait_folder(shared_data, tmp_path / "cam", "frll_neutral_001_03.jpg", 20)
    screen = _screen(qtbot, accounts, lambda: FileCamera(folder, loop=False, folder_fps=10))
    screen.start()
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=15_000)
    kept = screen.kept
    assert kept.capture.mode == "auto" and kept.capture.analysis.compliant
    assert screen.accept_button.isEnabled() and not screen.capture_button.isEnabled()
    screenshot(screen, f"face_captured_{language}")

    # the folder runs out: the camera "disconnects"; the portrait stays
    qtbot.waitUntil(screen.banner.isVisible, timeout=10_000)
    assert screen.retry_button.isVisible() and screen.kept is kept
    assert "✗" not in screen.verdicts.text()
    n = len(kept.capture.analysis.checks)
    assert re.search(rf"\b{n}\D{{1,6}}{n}\b", screen.verdicts.text())  # "18 of 18", "18/18"
    screenshot(screen, f"face_device_error_{language}")

    painted = screen.preview.frames_painted
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.preview.frames_painted > painted + 3, timeout=10_000)
    assert not screen.banner.isVisible() and screen.kept is kept
    assert screen.instruction.text() == screen.tr("Photo taken. Press Enter to accept it, or R "
                                                  "to retake.")

    with qtbot.waitSignal(screen.captured, timeout=5000) as signal:
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    result: FaceResult = signal.args[0]
    settings = load_settings()
    assert result.mode == "auto" and result.forced_reason is None and result.approval is None
    assert result.portrait_jpeg[:3] == b"\xff\xd8\xff"
    assert len(result.portrait_jpeg) <= settings["face.portrait_max_bytes"]
    assert result.checks["compliant"] is True
    decoded = cv2.imdecode(np.frombuffer(result.portrait_jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert decoded.shape[:2] == (640, 480)
    assert screen.worker is None  # accepting closes the camera in the background...
    qtbot.waitUntil(lambda: not _face_threads(), timeout=5000)  # ...and its threads end


def _approve_when_asked(qtbot, reason: str) -> None:
    """Fill the approval dialog as soon as it is shown (it runs its own event loop)."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ApprovalDialog):
            QTimer.singleShot(50, fill)
            return
        dialog.reason.setPlainText(reason)
        dialog.username.setText("sup.lan")
        type_text(dialog.password, PASSWORD)
        dialog._submit()

    QTimer.singleShot(50, fill)


def test_manual_capture_is_refused_and_force_capture_records_reason_and_supervisor(
        qtbot, accounts, shared_data, tmp_path, language, screenshot) -> None:
    folder = _portrait_folder(shared_data, tmp_path / "cam", "frll_smiling_001_08.jpg", 3)
    screen = _screen(qtbot, accounts, lambda: FileCamera(folder, loop=True, folder_fps=15))
    screen.start()
    qtbot.waitUntil(lambda: screen.last_update is not None, timeout=15_000)
    analysed = screen.worker.frames_analysed
    qtbot.waitUntil(lambda: screen.worker.frames_analysed >= analysed + 3, timeout=15_000)
    assert not screen.last_update.analysis.compliant and screen.last_update.instruction
    assert screen.kept is None
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.waitUntil(screen.notice.isVisible, timeout=5000)
    assert screen.kept is None
    screenshot(screen, f"face_refused_{language}")

    _approve_when_asked(qtbot, "Facial palsy:  the mouth corners stay raised")
    qtbot.keyClick(screen, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=10_000)
    assert screen.kept.capture.mode == "forced"
    assert "expression" in screen.kept.capture.failed_checks
    assert "sup.lan" in screen.mode.text() and "✗" in screen.verdicts.text()
    screenshot(screen, f"face_forced_{language}")

    with qtbot.waitSignal(screen.captured, timeout=5000) as signal:
        qtbot.keyClick(screen, Qt.Key.Key_Enter)
    result: FaceResult = signal.args[0]
    assert result.mode == "forced"
    assert result.forced_reason == "Facial palsy: the mouth corners stay raised"
    assert result.approval is not None and result.approval.supervisor == "sup.lan"
    assert result.checks["compliant"] is False
    qtbot.waitUntil(lambda: not _face_threads(), timeout=5000)  # closed in the background


def test_retake_drops_the_portrait_and_captures_again(qtbot, accounts, shared_data,
                                                       tmp_path) -> None:
    folder = _portrait_folder(shared_data, tmp_path / "cam", "frll_neutral_001_03.jpg", 3)
    screen = _screen(qtbot, accounts, lambda: FileCamera(folder, loop=True, folder_fps=15))
    screen.start()
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=15_000)
    first = screen.kept
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert screen.kept is None and not screen.accept_button.isEnabled()
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=15_000)
    assert screen.kept is not first and screen.kept.capture.mode == "auto"
    screen.stop()
    assert not _face_threads()


def test_space_captures_a_compliant_frame_at_once(qtbot, accounts, shared_data,
                                                  tmp_path) -> None:
    folder = _portrait_folder(shared_data, tmp_path / "cam", "frll_neutral_001_03.jpg", 3)
    screen = _screen(qtbot, accounts, lambda: FileCamera(folder, loop=True, folder_fps=15),
                     face__dwell_s=10.0)
    screen.start()
    qtbot.waitUntil(lambda: screen.last_update is not None
                    and screen.last_update.analysis.compliant, timeout=15_000)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=5000)
    assert screen.kept.capture.mode == "manual"
    screen.stop()
    assert not _face_threads()


def test_the_camera_is_made_off_the_ui_thread_and_a_factory_failure_shows_the_banner(
        qtbot, accounts, shared_data, tmp_path) -> None:
    """Making the camera (a plugin's lookup, a device) never runs on the UI thread; when it
    fails the officer sees why, and Retry makes it again."""
    folder = _portrait_folder(shared_data, tmp_path / "cam", "frll_neutral_001_03.jpg", 3)
    made_on: list[str] = []

    def factory() -> FileCamera:
        made_on.append(threading.current_thread().name)
        if len(made_on) == 1:
            raise DeviceNotFound("no device plugin named 'acme'",
                                 message_key="device.no_plugin", plugin="acme")
        return FileCamera(folder, loop=True, folder_fps=15)

    screen = _screen(qtbot, accounts, factory)
    screen.start()
    qtbot.waitUntil(screen.banner.isVisible, timeout=5000)
    assert screen.retry_button.isVisible()
    assert screen.banner.text.text() == describe(DeviceNotFound(
        "x", message_key="device.no_plugin", plugin="acme"))[0]
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=15_000)
    assert made_on == ["face-reader", "face-reader"]
    assert screen.kept.thumbnail is not None and screen.kept.thumbnail.width() <= 240
    screen.stop()
    assert not _face_threads()


def test_a_camera_that_stops_sending_frames_times_out_with_a_banner(qtbot, accounts) -> None:
    # a real (simulated) camera adapter so slow that its second frame is late
    screen = _screen(qtbot, accounts, lambda: SimulatedCamera(fps=0.5),
                     face__camera_timeout_s=0.5)
    screen.start()
    qtbot.waitUntil(screen.banner.isVisible, timeout=5000)
    assert screen.retry_button.isVisible()
    assert describe(DeviceTimeout("x"))[0] == screen.banner.text.text()
    started = time.monotonic()
    screen.stop()
    # the UI never waits for the stuck camera, whose next frame is 2 s away
    assert time.monotonic() - started < 2.0
    qtbot.waitUntil(lambda: not _face_threads(), timeout=5000)


def test_coming_back_to_the_photo_step_connects_nothing_more(qtbot, accounts) -> None:
    """The desk starts the face screen for every applicant (and again after a retake from
    review). Each session was a new worker QObject with five signals connected to it, and
    PySide6 6.11 keeps references to None (and ~58 bytes) per ``Signal.connect``: None
    drifted by two per visit, without end. The screen's events are connected once."""
    screen = _screen(qtbot, accounts, lambda: SimulatedCamera(fps=30))

    def visit() -> None:
        screen.start()
        painted = screen.preview.frames_painted
        # desk_script's wait: pytest-qt's waitUntil itself keeps a None per call on 6.11
        wait_until(lambda: screen.preview.frames_painted >= painted + 3, 30)
        screen.stop()
        wait_until(lambda: not _face_threads(), 10)  # nothing of the session left running
        QApplication.processEvents()

    for _ in range(3):  # the analyser's graphs start once per screen; caches fill
        visit()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(5):
        visit()
    gc.collect()
    assert sys.getrefcount(None) - before < 5  # was +10
    assert screen.events.receivers(SIGNAL("frame_ready(PyObject)")) == 1


class SlowAnalyser(LiveAnalyser):
    """The real analyser, made slower than the camera (as on a loaded machine)."""

    stamps: list[float]

    def feed(self, frame, timestamp):
        self.stamps.append(timestamp)
        time.sleep(0.1)  # the slowness being simulated, not a wait
        return super().feed(frame, timestamp)


def test_slow_analysis_still_shows_every_frame_and_analyses_only_the_newest(
        qtbot, accounts, shared_data) -> None:
    """(The rate shown and the frames' ages: tests/benchmarks/bench_face_screen.py.)"""
    clip = shared_data / "video" / "openmpf_video_01.mp4"
    stamps: list[float] = []

    def slow() -> LiveAnalyser:
        analyser = SlowAnalyser(dwell_s=0.5)
        analyser.stamps = stamps
        return analyser

    screen = _screen(qtbot, accounts, lambda: FileCamera(clip, loop=True))
    screen.analyser = SharedAnalyser(slow)
    screen.start()
    qtbot.waitUntil(lambda: len(stamps) >= 2, timeout=15_000)
    start_painted, first = screen.preview.frames_painted, len(stamps)
    qtbot.waitUntil(lambda: len(stamps) >= first + 6, timeout=30_000)
    worker = screen.worker
    painted = screen.preview.frames_painted - start_painted
    analysed = stamps[first - 1:]
    steps = [b - a for a, b in itertools.pairwise(analysed)]
    # each analysis (>= 0.1 s) skips the frames that came meanwhile and takes the newest:
    # consecutive analysed frames are several camera frames (1/30 s) apart, never queued
    assert min(steps) > 1.5 / 30, steps
    assert painted > len(analysed), (painted, len(analysed))  # shown, not held back by it
    assert worker.frames_analysed < worker.frames_read / 2
    screen.stop()


def test_instructions_follow_a_given_translator_for_the_applicant(tmp_path, qapp) -> None:
    """The officer's screen stays in its language; an applicant display passes its own."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = tmp_path / "applicant_ko.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ko">'
        "<context><name>Instructions</name><message><source>Please open your eyes."
        "</source><translation>눈을 떠 주세요.</translation></message></context></TS>",
        encoding="utf-8")
    qm = tmp_path / "applicant_ko.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert instruction(checks.OPEN_EYES, translator) == "눈을 떠 주세요."
    assert instruction(checks.OPEN_EYES) == "Please open your eyes."
    assert instruction(checks.HOLD_STILL, translator) == "Please hold still."  # untranslated


def test_prepare_starts_the_analyser_off_the_ui_thread_and_the_session_reuses_it(
        qtbot, accounts, shared_data, tmp_path: Path) -> None:
    """The desk prepares the face screen when an enrollment starts: the graphs are made on a
    standby thread (never the UI thread), once; the photo step then uses them as they are."""
    made_on: list[str] = []

    def factory() -> LiveAnalyser:
        made_on.append(threading.current_thread().name)
        return LiveAnalyser.from_settings(load_settings())

    folder = _portrait_folder(shared_data, tmp_path / "camera", "frll_neutral_001_03.jpg", 3)
    settings = load_settings().replace(face__camera_timeout_s=5.0)
    screen = FaceScreen(settings, accounts, lambda: FileCamera(folder, loop=True), "off.an",
                        analyser_factory=factory)
    qtbot.addWidget(screen)
    screen.prepare()
    qtbot.waitUntil(lambda: screen.analyser.started == 1, timeout=30_000)
    assert made_on == ["face-prepare"]
    screen.prepare()  # already made: nothing more
    screen.show()
    screen.start()
    qtbot.waitUntil(lambda: screen.preview.frames_painted >= 3, timeout=30_000)
    screen.shut_down()
    assert made_on == ["face-prepare"] and screen.analyser.started == 1
