"""Too close to the camera: perspective (the head's outline narrower than the face mesh) and
a head cut by the frame's top edge both ask the applicant to move back, on the shared faces
and on stronger generated variants (scale 0.6-1.5, rotation +-5 degrees, crop)."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
from scripthelp import load_script

from kiosk.biometrics.face import checks, measures
from kiosk.biometrics.face import landmarks as lm
from kiosk.biometrics.face.analysis import analyse_image
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.geometry import crop_box, frame_box, head_cut_at_top
from kiosk.biometrics.face.imageio import read_image
from kiosk.biometrics.face.thresholds import FaceThresholds

_EVAL = load_script("face_instruction_eval")
_rotate, _crop = _EVAL._rotate, _EVAL._crop


STRONG = {
    "original": lambda im: im,
    "scale 0.6": lambda im: cv2.resize(im, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA),
    "scale 1.5": lambda im: cv2.resize(im, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC),
    "rotate +5": lambda im: _rotate(im, 5.0),
    "rotate -5": lambda im: _rotate(im, -5.0),
    "crop 10 %": lambda im: _crop(im, 0.10),
}


def _points(left: tuple[float, float], right: tuple[float, float]) -> np.ndarray:
    points = np.zeros((478, 3), np.float32)
    points[lm.CHEEK_LEFT, :2] = left
    points[lm.CHEEK_RIGHT, :2] = right
    return points


def _head_mask(centre: tuple[int, int], axes: tuple[int, int],
               size: tuple[int, int] = (400, 400)) -> np.ndarray:
    mask = np.zeros(size, np.float32)
    cv2.ellipse(mask, centre, axes, 0, 0, 360, (1.0,), -1)
    return mask


def test_silhouette_width_is_the_outline_over_the_mesh_width() -> None:
    points = _points((150, 200), (250, 200))  # mesh 100 px wide across the ears
    assert measures.silhouette_width(points, _head_mask((200, 200), (65, 90))) == \
        pytest.approx(1.3, abs=0.02)
    assert measures.silhouette_width(points, _head_mask((200, 200), (47, 90))) == \
        pytest.approx(0.94, abs=0.02)
    # a rolled head: measured along the ear line, not the image row
    a = math.radians(20)
    rolled = _points((200 - 50 * math.cos(a), 200 - 50 * math.sin(a)),
                     (200 + 50 * math.cos(a), 200 + 50 * math.sin(a)))
    mask = np.zeros((400, 400), np.float32)
    cv2.ellipse(mask, (200, 200), (65, 90), 20, 0, 360, (1.0,), -1)
    assert measures.silhouette_width(rolled, mask) == pytest.approx(1.3, abs=0.03)
    # the outline runs out of the frame, or the nose is not on the person: not measurable
    near_edge = _points((20, 200), (120, 200))
    assert math.isnan(measures.silhouette_width(near_edge, _head_mask((70, 200), (90, 90))))
    # hair far beyond the ears: capped at twice the mesh width
    assert measures.silhouette_width(points, _head_mask((200, 200), (180, 90))) == 2.0
    assert math.isnan(measures.silhouette_width(points, np.zeros((400, 400), np.float32)))


def test_perspective_check_asks_to_move_back_and_passes_when_unmeasurable() -> None:
    t = FaceThresholds.defaults()
    close = checks.perspective(0.96, t)
    assert not close.passed and close.instruction_key == checks.MOVE_BACK
    assert checks.perspective(1.10, t).passed
    assert checks.perspective(math.nan, t).passed
    # perspective comes before centring (moving back also makes room to centre)
    frame = checks.CheckResult("frame_fit", 0.05, 0.02, False, checks.CENTRE)
    assert checks.ranked([frame, close])[0] is close


def test_head_cut_at_top_needs_a_quarter_of_the_face_width() -> None:
    points = _points((150, 200), (250, 200))
    mask = np.zeros((400, 400), np.float32)
    mask[0:300, 180:203] = 1.0  # a lock of hair, a little under a quarter of the width
    assert not head_cut_at_top(points, mask)
    mask[0:300, 150:250] = 1.0
    assert head_cut_at_top(points, mask)
    assert not head_cut_at_top(points, None)


@pytest.fixture(scope="module")
def detector():
    with FaceDetector() as d:
        yield d


@pytest.mark.parametrize("variant", sorted(STRONG))
def test_a_camera_a_hand_away_is_told_to_move_back(shared_data, detector, variant) -> None:
    image = STRONG[variant](read_image(shared_data / "faces" / "zoom_15cm.jpg"))
    result = analyse_image(image, detector)
    assert not result.check("perspective").passed
    assert result.instruction == checks.MOVE_BACK


@pytest.mark.parametrize("variant", sorted(STRONG))
def test_a_selfie_with_the_head_cut_off_is_told_to_move_back(shared_data, detector,
                                                             variant) -> None:
    image = STRONG[variant](read_image(shared_data / "faces" / "lisa1.jpg"))
    result = analyse_image(image, detector)
    assert result.check("frame_fit").instruction_key == checks.MOVE_BACK
    assert result.instruction == checks.MOVE_BACK


@pytest.mark.parametrize("name", ["zoom_60cm.jpg", "canada_003f.jpg", "frll_neutral_002_03.jpg",
                                  "meds_S024-01-t10_01.jpg", "yale_subject02.normal.gif"])
def test_a_camera_at_portrait_distance_passes_perspective(shared_data, detector, name) -> None:
    image = read_image(shared_data / "faces" / name)
    for variant, make in STRONG.items():
        result = analyse_image(make(image), detector)
        assert result.check("perspective").passed, (variant, result.check("perspective"))


def test_hair_cut_far_above_a_small_face_is_left_to_the_portraits_crop(shared_data,
                                                                      detector) -> None:
    """Big curly hair cut by the frame's top edge, the face well below it: the portrait box
    stops short of the edge, so the frame holds it (a selfie's box reaches the edge)."""
    image = _crop(read_image(shared_data / "faces" / "frll_neutral_001_03.jpg"), 0.10)
    obs = detector.observe(image)
    assert obs.landmarks is not None
    assert head_cut_at_top(obs.landmarks, obs.person_mask)
    box = crop_box(obs.landmarks, obs.person_mask)
    assert frame_box(obs.landmarks, obs.person_mask, box) == box
    assert analyse_image(image, detector).compliant
    selfie = detector.observe(read_image(shared_data / "faces" / "lisa1.jpg"))
    assert selfie.landmarks is not None
    box = crop_box(selfie.landmarks, selfie.person_mask)
    assert frame_box(selfie.landmarks, selfie.person_mask, box).height > box.height


def _centre(image: np.ndarray, keep: float) -> np.ndarray:
    h, w = image.shape[:2]
    ch, cw = int(h * keep), int(w * keep)
    return image[(h - ch) // 2:(h - ch) // 2 + ch, (w - cw) // 2:(w - cw) // 2 + cw]


@pytest.mark.parametrize("name", ["zoom_15cm.jpg", "canada_003f.jpg"])
def test_a_face_too_large_for_the_detector_is_found_by_its_landmarks(shared_data, detector,
                                                                     name) -> None:
    """The face overflows the frame (the centre 55 % of it): the detector sees no face, the
    mesh does, and the applicant is told to move back, not to look at the camera."""
    image = _centre(read_image(shared_data / "faces" / name), 0.55)
    assert detector.detect(image) == []
    obs = detector.observe(image)
    assert obs.face_count == 1 and obs.landmarks is not None
    assert obs.detections[0].score == 0.0
    assert analyse_image(image, detector).instruction == checks.MOVE_BACK


@pytest.mark.parametrize("keep", [1.0, 0.55])
def test_the_mesh_alone_does_not_make_a_dog_a_face(shared_data, detector, keep) -> None:
    """face01.iso2005 holds a dog, on which the mesh finds 'landmarks' within the frame."""
    dog = _centre(read_image(shared_data / "faces" / "face01.iso2005"), keep)
    assert detector.observe(dog).face_count == 0
    assert analyse_image(dog, detector).instruction == checks.NO_FACE
