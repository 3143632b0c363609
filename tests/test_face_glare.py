"""Glare on glasses is found on small faces too (the measure scales with the eye size), and
never on the shared faces without glasses at any size; catch-lights and the white of the eye
are not glare."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.biometrics.face import landmarks as lm
from kiosk.biometrics.face.analysis import analyse_image
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.imageio import read_image


@pytest.fixture(scope="module")
def detector():
    with FaceDetector() as detector:
        yield detector


def _glare(detector, image, scale: float):
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return analyse_image(small, detector).check("glare")


def test_glare_on_glasses_found_from_full_size_to_six_tenths(shared_data, detector) -> None:
    image = read_image(shared_data / "faces" / "yale_subject05.glasses.gif")
    for scale in (1.0, 0.9, 0.8, 0.7, 0.6):  # eye distance 56 down to 34 pixels
        assert not _glare(detector, image, scale).passed, scale


@pytest.mark.parametrize("name", ["yale_subject05.sleepy.gif", "frll_neutral_001_03.jpg",
                                  "canada_003f.jpg", "meds_S024-01-t10_01.jpg",
                                  "zoom_60cm.jpg", "woman_portrait.jpg"])
def test_no_glare_without_glasses_at_any_size(shared_data, detector, name: str) -> None:
    # woman_portrait: dark skin and a sideways look show much white of the eye
    image = read_image(shared_data / "faces" / name)
    for scale in (0.25, 0.5, 1.0):
        assert _glare(detector, image, scale).value == 0.0


def _painted(detector, image: np.ndarray, where: str) -> np.ndarray:
    """The portrait with a white spot: a lens reflection above each eye, or a catch-light."""
    points = detector.observe(image, segment=False).landmarks
    out = image.copy()
    eye = lm.eye_distance(points)
    for iris, ring in ((lm.IRIS_LEFT, lm.EYE_LEFT_RING), (lm.IRIS_RIGHT, lm.EYE_RIGHT_RING)):
        x, y = points[iris, :2]
        if where == "lens":  # a streak on the upper part of the lens, above the lid
            top = points[list(ring), 1].min()
            centre = (round(float(x)), round(float(top - 0.12 * eye)))
            cv2.ellipse(out, centre, (round(0.12 * eye), round(0.035 * eye)), 0, 0, 360,
                        (255, 255, 255), -1)
        else:  # a catch-light in the iris
            cv2.circle(out, (round(float(x)), round(float(y))), max(1, round(0.02 * eye)),
                       (255, 255, 255), -1)
    return out


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.3])
def test_a_painted_lens_reflection_is_found_and_a_catch_light_is_not(
        shared_data, detector, scale: float) -> None:
    image = read_image(shared_data / "faces" / "frll_neutral_002_03.jpg")
    image = cv2.resize(image, (720, 720), interpolation=cv2.INTER_AREA)  # eyes ~120 px apart
    assert not _glare(detector, _painted(detector, image, "lens"), scale).passed
    assert _glare(detector, _painted(detector, image, "catch-light"), scale).passed
