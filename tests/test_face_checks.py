"""ICAO face checks on real portraits (ground truth: ../shared/data/faces/SOURCES.md) and on
generated degradations of a compliant one (blur, exposure, side light, size, rotation)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.biometrics.face import checks
from kiosk.biometrics.face.analysis import analyse_image
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.imageio import read_image

COMPLIANT = ["frll_neutral_001_03.jpg", "frll_neutral_002_03.jpg", "frll_neutral_004_03.jpg",
             "frll_neutral_005_03.jpg", "frll_neutral_006_03.jpg", "frll_neutral_008_03.jpg",
             "canada_003f.jpg"]

# file -> (check that must fail, instruction the applicant must get first, or None)
NON_COMPLIANT = {
    "coffee.png": ("face_count", checks.NO_FACE),
    "two_people.jpg": ("face_count", checks.ONE_PERSON),
    "laos.jpg": ("face_count", checks.ONE_PERSON),
    "classroom_in_tanzania.jpg": ("face_count", checks.ONE_PERSON),
    "meds-af-S419-01_40deg.jpg": ("face_count", checks.ONE_PERSON),
    "meds_S001-08-t10_02.jpg": ("yaw", checks.LOOK_STRAIGHT),  # full profile
    "lisa2.jpg": ("eye_distance", checks.MOVE_CLOSER),  # too far away
    "obama-240p.jpg": ("eye_distance", checks.MOVE_CLOSER),
    "lisa3.jpg": ("roll", None),  # tilted head (also off-centre)
    "yale_subject05.sleepy.gif": ("eyes_open", None),  # (low resolution comes first)
    "yale_subject02.wink.gif": ("eyes_open", None),
    "meds_S050-01-t10_01.jpg": ("eyes_open", None),
    "yale_subject05.glasses.gif": ("glare", None),
    "yale_subject02.surprised.gif": ("mouth_closed", None),
    "waaah.jpg": ("mouth_closed", checks.CLOSE_MOUTH),
    "frll_smiling_001_08.jpg": ("expression", None),
    "frll_smiling_002_08.jpg": ("mouth_closed", checks.CLOSE_MOUTH),
    "yale_subject05.leftlight.gif": ("light_symmetry", None),
    "yale_subject02.rightlight.gif": ("light_symmetry", None),
    "meds_S006-02-t10_01.jpg": ("dynamic_range", None),  # under-exposed
    "zoom_60cm.jpg": ("background_brightness", checks.BACKGROUND),  # cluttered, dark
    "model_face.jpg": ("occlusion", None),  # hand at the jaw (also tilted, cut off)
    "woman_portrait.jpg": ("gaze", None),  # looks sideways (head turned too)
}


@pytest.fixture(scope="module")
def detector():
    with FaceDetector() as d:
        yield d


@pytest.fixture
def reference(shared_data):
    """A compliant portrait at a moderate size (about 120 px between the eyes)."""
    image = read_image(shared_data / "faces" / "frll_neutral_002_03.jpg")
    return cv2.resize(image, (720, 720), interpolation=cv2.INTER_AREA)


@pytest.mark.parametrize("name", COMPLIANT)
def test_compliant_portraits_pass(shared_data, detector, name):
    result = analyse_image(read_image(shared_data / "faces" / name), detector)
    assert result.compliant, [(c.name, c.value) for c in result.failed]
    assert result.instruction is None
    assert 0 < result.score <= 1
    assert {c.name for c in result.checks} == set(checks.PRIORITY)


@pytest.mark.parametrize("name", sorted(NON_COMPLIANT))
def test_non_compliant_portraits_fail_for_the_right_reason(shared_data, detector, name):
    check, instruction = NON_COMPLIANT[name]
    result = analyse_image(read_image(shared_data / "faces" / name), detector)
    assert not result.compliant
    assert check in {c.name for c in result.failed}, [(c.name, c.value) for c in result.failed]
    if instruction is not None:
        assert result.instruction == instruction


def _failed(detector, image) -> set[str]:
    return {c.name for c in analyse_image(image, detector).failed}


def test_reference_passes(detector, reference):
    assert _failed(detector, reference) == set()


@pytest.mark.parametrize("sigma", [3.0, 6.0])
def test_blur_fails_sharpness(detector, reference, sigma):
    blurred = cv2.GaussianBlur(reference, (0, 0), sigma)
    assert "sharpness" in _failed(detector, blurred)


def test_slight_blur_still_passes(detector, reference):
    assert "sharpness" not in _failed(detector, cv2.GaussianBlur(reference, (0, 0), 0.8))


@pytest.mark.parametrize(("gamma", "gain"), [(3.0, 1.0), (0.3, 1.0), (1.0, 0.35)])
def test_bad_exposure_fails(detector, reference, gamma, gain):
    lut = np.clip(255.0 * gain * (np.arange(256) / 255.0) ** gamma, 0, 255).astype(np.uint8)
    failed = _failed(detector, cv2.LUT(reference, lut))
    assert failed & {"exposure", "dynamic_range"}, failed


def test_side_light_fails_light_symmetry(detector, reference):
    # a lamp on the image-right side: the light falls off across the face (about x 230-490)
    x = np.arange(reference.shape[1], dtype=np.float32)
    ramp = np.interp(x, [230, 490], [0.5, 1.1]).astype(np.float32)
    lit = np.clip(reference.astype(np.float32) * ramp[None, :, None], 0, 255).astype(np.uint8)
    failed = _failed(detector, lit)
    assert "light_symmetry" in failed


def test_too_small_face_fails_eye_distance_and_says_move_closer(detector, reference):
    small = cv2.resize(reference, (300, 300), interpolation=cv2.INTER_AREA)  # ~50 px eyes
    far = cv2.copyMakeBorder(small, 210, 210, 210, 210, cv2.BORDER_REPLICATE)  # 720x720 frame
    result = analyse_image(far, detector)
    assert result.check("eye_distance").value < 90
    assert result.instruction == checks.MOVE_CLOSER


def test_a_frame_too_small_for_any_portrait_is_the_cameras_fault(detector, reference):
    """The same small face filling its own small frame: no distance gives the pixels."""
    small = cv2.resize(reference, (300, 300), interpolation=cv2.INTER_AREA)
    result = analyse_image(small, detector)
    assert result.check("eye_distance").value < 90
    assert result.check("eye_distance").instruction_key == checks.CAMERA
    assert result.instruction == checks.CAMERA  # nothing else is wrong with this portrait


@pytest.mark.parametrize("angle", [-20.0, 15.0])
def test_rotated_head_fails_roll(detector, reference, angle):
    big = cv2.copyMakeBorder(reference, 200, 200, 200, 200, cv2.BORDER_REPLICATE)
    centre = (big.shape[1] / 2, big.shape[0] / 2)
    rotated = cv2.warpAffine(big, cv2.getRotationMatrix2D(centre, angle, 1.0),
                             (big.shape[1], big.shape[0]), borderMode=cv2.BORDER_REPLICATE)
    result = analyse_image(rotated, detector)
    assert not result.check("roll").passed
    assert result.instruction == checks.STRAIGHTEN


def test_glare_patch_on_lens_fails(detector, reference):
    result = analyse_image(reference, detector)
    from kiosk.biometrics.face import landmarks as lm
    with FaceDetector() as own:
        points = own.observe(reference, segment=False).landmarks
    x, y = points[lm.IRIS_LEFT, :2]
    glared = reference.copy()
    cv2.ellipse(glared, (int(x), int(y - 12)), (14, 7), 0, 0, 360, (255, 255, 255), -1)
    assert result.check("glare").passed
    assert "glare" in _failed(detector, glared)


def test_check_results_carry_value_threshold_and_instruction(detector, reference):
    result = analyse_image(reference, detector)
    yaw = result.check("yaw")
    assert yaw.threshold == 8.0 and yaw.instruction_key == checks.LOOK_STRAIGHT
    exposure = result.check("exposure")
    assert exposure.threshold == (75.0, 210.0)
    data = result.as_dict()
    assert data["compliant"] is True and len(data["checks"]) == len(checks.PRIORITY)


def test_pasted_hand_over_the_mouth_fails_occlusion(shared_data, detector, reference):
    """A real hand (cut from model_face.jpg) pasted over the reference face's lower half."""
    donor = read_image(shared_data / "faces" / "model_face.jpg")
    hand = donor[1000:1740, 300:880]  # the hand in that photo
    hand = cv2.resize(hand, (232, 296), interpolation=cv2.INTER_AREA)
    covered = reference.copy()
    covered[400:696, 250:482] = hand
    result = analyse_image(covered, detector)
    assert not result.check("occlusion").passed
    assert analyse_image(reference, detector).check("occlusion").value == 0.0


def test_gaze_sideways_fails(detector, reference):
    from kiosk.biometrics.face import landmarks as lm
    from kiosk.biometrics.face.analysis import analyse_observation
    from kiosk.biometrics.face.thresholds import FaceThresholds

    obs = detector.observe(reference)
    assert analyse_observation(reference, obs, FaceThresholds.defaults()).check("gaze").passed
    width = obs.landmarks[lm.EYE_LEFT_INNER, 0] - obs.landmarks[lm.EYE_LEFT_OUTER, 0]
    for iris in (lm.IRIS_LEFT, lm.IRIS_RIGHT):  # the irises as when glancing to the side
        obs.landmarks[iris, 0] += 0.15 * width
    result = analyse_observation(reference, obs, FaceThresholds.defaults())
    assert not result.check("gaze").passed
    assert result.instruction == checks.LOOK_STRAIGHT
