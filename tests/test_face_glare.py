"""Glare on glasses is found on small faces too, and never on the shared faces without
glasses at any size."""

from __future__ import annotations

import cv2
import pytest

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


def test_glare_on_glasses_found_at_two_sizes(shared_data, detector) -> None:
    image = read_image(shared_data / "faces" / "yale_subject05.glasses.gif")
    for scale in (1.0, 0.75):  # eye distance 56 and 42 pixels
        assert not _glare(detector, image, scale).passed


@pytest.mark.parametrize("name", ["yale_subject05.sleepy.gif", "frll_neutral_001_03.jpg",
                                  "canada_003f.jpg", "meds_S024-01-t10_01.jpg",
                                  "zoom_60cm.jpg"])
def test_no_glare_without_glasses_at_any_size(shared_data, detector, name: str) -> None:
    image = read_image(shared_data / "faces" / name)
    for scale in (0.25, 0.5, 1.0):
        assert _glare(detector, image, scale).value == 0.0
