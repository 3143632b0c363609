"""Live mode: the single instruction, auto-capture after the dwell, best frame, officer capture."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from kiosk.biometrics.face import checks
from kiosk.biometrics.face.detector import FaceDetector, FaceEngineError
from kiosk.biometrics.face.imageio import read_image
from kiosk.biometrics.face.live import CaptureRefused, LiveAnalyser, SharedAnalyser
from kiosk.options import load_settings

FPS = 30.0


@pytest.fixture(scope="module")
def detector():
    with FaceDetector(video=True) as d:
        yield d


@pytest.fixture
def frames(shared_data):
    """Portrait-oriented 480x640 camera frames: sharp (compliant), softer, and blurred."""
    image = read_image(shared_data / "faces" / "frll_neutral_002_03.jpg")
    image = cv2.resize(image, (640, 640), interpolation=cv2.INTER_AREA)[:, 80:560]  # ED ~110
    sharp = np.ascontiguousarray(image)
    softer = cv2.GaussianBlur(sharp, (0, 0), 1.0)
    blurred = cv2.GaussianBlur(sharp, (0, 0), 6.0)
    return sharp, softer, blurred


def _feed(live, sequence, start=0.0):
    updates = []
    for i, frame in enumerate(sequence):
        updates.append(live.feed(frame, start + i / FPS))
    return updates


def test_auto_capture_after_the_dwell_with_the_best_frame(detector, frames):
    sharp, softer, blurred = frames
    live = LiveAnalyser(detector, dwell_s=0.5, background_every_n=3)
    sequence = [blurred] * 5 + [softer] * 6 + [sharp] + [softer] * 20
    updates = _feed(live, sequence)
    assert all(u.instruction == checks.HOLD_STILL for u in updates[:5])
    assert all(u.capture is None for u in updates[:5])
    captured = [i for i, u in enumerate(updates) if u.capture is not None]
    # the streak starts at frame 5; the dwell ends 0.5 s (15 frames) later
    assert captured == [20]
    assert 0 < updates[12].progress < 1 and updates[20].progress == 1.0
    capture = updates[20].capture
    assert capture.mode == "auto" and capture.analysis.compliant
    assert capture.timestamp == pytest.approx(11 / FPS)  # the sharp frame won
    assert np.array_equal(capture.frame, sharp)
    assert live.capture is capture


def test_a_failing_frame_restarts_the_dwell(detector, frames):
    sharp, _, blurred = frames
    live = LiveAnalyser(detector, dwell_s=0.5)
    updates = _feed(live, [sharp] * 10 + [blurred] + [sharp] * 20)
    captured = [i for i, u in enumerate(updates) if u.capture is not None]
    assert captured == [11 + 15]


def test_manual_capture_needs_a_compliant_frame_and_forced_capture_a_reason(detector, frames):
    sharp, _, blurred = frames
    live = LiveAnalyser(detector, dwell_s=5.0)
    _feed(live, [blurred] * 3)
    with pytest.raises(CaptureRefused, match="not compliant"):
        live.capture_manual()
    with pytest.raises(CaptureRefused) as err:
        live.force_capture("  ")
    assert err.value.message_key == "face.capture_reason_missing"
    forced = live.force_capture("applicant cannot hold still (medical)")
    assert forced.mode == "forced" and forced.reason == "applicant cannot hold still (medical)"
    assert "sharpness" in forced.failed_checks
    live.reset()
    _feed(live, [sharp] * 3)
    manual = live.capture_manual()
    assert manual.mode == "manual" and manual.analysis.compliant and manual.reason is None


def test_no_face_and_two_faces_give_the_first_instructions(detector, frames, shared_data):
    live = LiveAnalyser(detector)
    empty = np.full((640, 480, 3), 200, np.uint8)
    assert live.feed(empty, 0.0).instruction == checks.NO_FACE
    two = read_image(shared_data / "faces" / "two_people.jpg")
    assert live.feed(two, 0.1).instruction == checks.ONE_PERSON


def test_configured_from_options(detector):
    settings = load_settings(environ={"KIOSK_FACE_DWELL_S": "1.5",
                                      "KIOSK_FACE_BACKGROUND_EVERY_N": "5",
                                      "KIOSK_FACE_MAX_ROLL_DEG": "6"})
    live = LiveAnalyser.from_settings(settings, detector)
    assert live.dwell_s == 1.5 and live.background_every_n == 5
    assert live.thresholds.max_roll_deg == 6.0


class _Stub:
    """Stands in for a LiveAnalyser: counts resets and closes."""

    def __init__(self) -> None:
        self.resets = 0
        self.closed = False

    def reset(self) -> None:
        self.resets += 1

    def close(self) -> None:
        self.closed = True


def test_shared_analyser_is_made_once_lent_to_one_session_at_a_time_and_closed() -> None:
    made: list[_Stub] = []
    shared = SharedAnalyser(lambda: made.append(_Stub()) or made[-1])
    with shared.hold() as first:
        entered = threading.Event()

        def next_session() -> None:
            with shared.hold() as second:
                assert second is first
                entered.set()

        thread = threading.Thread(target=next_session)
        thread.start()
        assert not entered.wait(0.2)  # waits for the session still holding it
    thread.join(10)
    assert entered.is_set() and len(made) == 1 and shared.started == 1
    assert first.resets >= 3 and not first.closed  # reset for each session, kept between
    with shared.hold():
        shared.close(timeout=0)  # closing while held: released when the session ends
        assert not first.closed
    assert first.closed
    with pytest.raises(FaceEngineError), shared.hold():
        pass
