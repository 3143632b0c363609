"""Head pose calibration: roll against images rotated by known angles (full pipeline), yaw and
pitch against the mesh rotated by known angles in 3-D (the pose maths), real extreme poses."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from kiosk.biometrics.face import landmarks as lm
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.imageio import read_image
from kiosk.biometrics.face.pose import head_pose


@pytest.fixture(scope="module")
def detector():
    with FaceDetector() as d:
        yield d


@pytest.fixture
def frontal(shared_data):
    image = read_image(shared_data / "faces" / "frll_neutral_006_03.jpg")
    image = cv2.resize(image, (700, 700), interpolation=cv2.INTER_AREA)
    return cv2.copyMakeBorder(image, 150, 150, 150, 150, cv2.BORDER_REPLICATE)


def _rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)


@pytest.mark.parametrize("angle", [-30.0, -15.0, -8.0, -4.0, 4.0, 8.0, 15.0, 30.0])
def test_roll_follows_known_image_rotation(detector, frontal, angle):
    base = head_pose(detector.observe(frontal, segment=False).landmarks).roll
    points = detector.observe(_rotate(frontal, angle), segment=False).landmarks
    # OpenCV rotates counter-clockwise for positive angles; our roll is clockwise-positive
    assert head_pose(points).roll - base == pytest.approx(-angle, abs=1.5)


def test_roll_of_the_40_degree_copy(shared_data, detector):
    image = read_image(shared_data / "faces" / "meds-af-S419-01_40deg.jpg")
    half = image.shape[1] // 2
    upright = head_pose(detector.observe(image[:, :half], segment=False).landmarks)
    tilted = head_pose(detector.observe(image[:, half:], segment=False).landmarks)
    assert abs(upright.roll) < 3
    assert abs(tilted.roll - upright.roll) == pytest.approx(40, abs=3)


def _rotated_mesh(points: np.ndarray, yaw: float = 0.0, pitch: float = 0.0) -> np.ndarray:
    """Turn the 3-D landmarks about the face centre (yaw: vertical axis, pitch: horizontal)."""
    centre = points.mean(axis=0)
    a, b = math.radians(yaw), math.radians(pitch)
    turn = np.array([[math.cos(a), 0, -math.sin(a)], [0, 1, 0], [math.sin(a), 0, math.cos(a)]])
    nod = np.array([[1, 0, 0], [0, math.cos(b), math.sin(b)], [0, -math.sin(b), math.cos(b)]])
    return ((points - centre) @ (nod @ turn).T + centre).astype(np.float32)


@pytest.mark.parametrize("angle", [-25.0, -10.0, -5.0, 5.0, 10.0, 25.0])
def test_yaw_recovers_a_known_3d_turn(detector, frontal, angle):
    points = detector.observe(frontal, segment=False).landmarks
    base = head_pose(points).yaw
    turned = _rotated_mesh(points, yaw=angle)
    assert head_pose(turned).yaw - base == pytest.approx(angle, abs=1.0)
    # documented sign: yaw > 0 when the nose moves towards the image right
    nose_shift = turned[lm.NOSE_TIP, 0] - points[lm.NOSE_TIP, 0]
    assert np.sign(nose_shift) == np.sign(angle)


@pytest.mark.parametrize("angle", [-20.0, -8.0, 8.0, 20.0])
def test_pitch_recovers_a_known_3d_nod(detector, frontal, angle):
    points = detector.observe(frontal, segment=False).landmarks
    base = head_pose(points).pitch
    nodded = _rotated_mesh(points, pitch=angle)
    assert head_pose(nodded).pitch - base == pytest.approx(angle, abs=1.5)
    # documented sign: pitch > 0 when the head tilts back (the nose tip moves up the image)
    nose_shift = nodded[lm.NOSE_TIP, 1] - points[lm.NOSE_TIP, 1]
    assert np.sign(nose_shift) == -np.sign(angle)


def test_frontal_portraits_measure_near_zero(shared_data, detector):
    names = ["frll_neutral_002_03.jpg", "frll_neutral_005_03.jpg", "frll_neutral_006_03.jpg",
             "canada_003f.jpg", "meds_S001-01-t10_01.jpg"]
    for name in names:
        pose = head_pose(detector.observe(read_image(shared_data / "faces" / name),
                                          segment=False).landmarks)
        assert abs(pose.yaw) < 5 and abs(pose.pitch) < 6 and abs(pose.roll) < 5, (name, pose)


def test_turned_heads_measure_large_yaw(shared_data, detector):
    for name in ("woman_portrait.jpg", "laos.jpg"):
        pose = head_pose(detector.observe(read_image(shared_data / "faces" / name),
                                          segment=False).landmarks)
        assert abs(pose.yaw) > 12, (name, pose)
