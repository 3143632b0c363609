"""The simulated camera's drawn portrait, measured by the real face engine (no shared data)."""

from __future__ import annotations

import pytest

from devices.camera.simulated import BLINK_EVERY_S, VARIANTS, SimulatedCamera, draw_scene
from kiosk.biometrics.face import checks
from kiosk.biometrics.face.analysis import analyse_image
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.live import LiveAnalyser
from kiosk.options import OPTIONS, ConfigError, load_settings
from station import devices as registry

TIMES = (0.4, 2.7, 4.9)  # seconds into the motion, away from a blink


@pytest.fixture(scope="module")
def detector():
    with FaceDetector() as d:
        yield d


def test_the_option_offers_exactly_the_drawn_variants():
    assert set(OPTIONS["devices.simulated_face"].choices) == set(VARIANTS)


@pytest.mark.parametrize("t", TIMES)
def test_the_default_picture_passes_every_face_check(detector, t):
    analysis = analyse_image(draw_scene(960, 720, t), detector)
    assert analysis.compliant, [(c.name, c.value) for c in analysis.failed]


def test_the_picture_moves_and_blinks(detector):
    first, later = draw_scene(960, 720, 0.4), draw_scene(960, 720, 2.7)
    assert (first != later).mean() > 0.1
    blink = analyse_image(draw_scene(960, 720, BLINK_EVERY_S - 0.05), detector)
    assert [c.name for c in blink.failed] == ["eyes_open"]


@pytest.mark.parametrize("variant", [v for v in VARIANTS if VARIANTS[v]])
def test_each_training_variant_fails_its_check(detector, variant):
    for t in TIMES:
        analysis = analyse_image(draw_scene(960, 720, t, variant), detector)
        failed = [c.name for c in analysis.failed]
        assert VARIANTS[variant] in failed, (t, failed)
        # the chosen check is the one the applicant is told about (mouth_open may also
        # read as a smile, which comes after it)
        assert failed[0] == VARIANTS[variant], (t, failed)
        if variant == "too_close":  # the head runs out of the top: back, not centre
            assert analysis.instruction == checks.MOVE_BACK


def _frames_until_capture(variant: str, limit: int) -> int | None:
    analyser = LiveAnalyser(FaceDetector(video=True))
    try:
        for index in range(limit):
            t = index / 15.0  # the camera's own clock: 15 frames a second
            if analyser.feed(draw_scene(960, 720, t, variant), t).capture is not None:
                return index + 1
        return None
    finally:
        analyser.detector.close()


def test_live_mode_captures_the_default_picture_automatically():
    # the dwell is 0.5 s: a capture within the first 2 s of camera time
    frames = _frames_until_capture("compliant", 30)
    assert frames is not None and frames <= 30


def test_live_mode_never_captures_a_training_variant():
    assert _frames_until_capture("eyes_closed", 20) is None


def test_registry_picks_the_variant(tmp_path):
    settings = load_settings(tmp_path / "absent.toml", environ={})
    chosen = [registry.make_camera(settings),
              registry.make_camera(settings.replace(devices__simulated_face="head_turned")),
              registry.make_camera(settings, "simulated:mouth_open")]
    try:
        assert [c.variant for c in chosen] == ["compliant", "head_turned", "mouth_open"]
        assert all(isinstance(c, SimulatedCamera) for c in chosen)
    finally:
        for camera in chosen:
            camera.close()
    with pytest.raises(ConfigError, match="simulated face"):
        registry.make_camera(settings, "simulated:asleep")
    with pytest.raises(ConfigError, match="simulated_face"):
        load_settings(tmp_path / "absent.toml", environ={"KIOSK_DEVICES_SIMULATED_FACE": "x"})
