"""NFIQ2 quality: real prints pass, degraded ones fail for the right reason."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import SHARED_DATA

from kiosk.biometrics.fingers.analysis import analyse_finger, nfiq2
from kiosk.biometrics.fingers.images import FingerImage, read_finger_image
from kiosk.biometrics.fingers.quality import (
    HINT_EMPTY,
    HINT_FEW_MINUTIAE,
    HINT_NO_RIDGES,
    HINT_SMALL_AREA,
    HINT_UNIFORM,
    REASON_COMPUTE_FAILED,
    hints_for,
)


@pytest.fixture(scope="module")
def print_500() -> FingerImage:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA} (set KIOSK_SHARED_DATA)")
    path = SHARED_DATA / "fingerprints/fvc2002_db2b_101_1.tif"
    return read_finger_image(path, ppi=569).at_500ppi()


@pytest.mark.parametrize("name", ["fvc2002_db2b_102_1.tif", "fvc2002_db2b_108_1.tif"])
def test_real_plain_impressions_pass_the_default_threshold(shared_data, name) -> None:
    analysis = analyse_finger(read_finger_image(shared_data / "fingerprints" / name, ppi=569))
    assert analysis.quality.computed and analysis.quality.reason == ""
    assert analysis.quality.score >= 40
    assert analysis.verdict(40) == "good"
    assert 20 <= analysis.template.count <= 150
    assert analysis.image.ppi == 500.0


def test_blur_lowers_quality_then_makes_it_uncomputable(print_500) -> None:
    sharp = nfiq2(print_500).score
    soft = nfiq2(FingerImage(cv2.GaussianBlur(print_500.pixels, (0, 0), 2))).score
    blurred = analyse_finger(FingerImage(cv2.GaussianBlur(print_500.pixels, (0, 0), 5)))
    assert soft < sharp
    assert blurred.quality.score == 0
    assert blurred.quality.reason_key == REASON_COMPUTE_FAILED
    assert "could not be computed" in blurred.quality.reason
    assert blurred.verdict(40) == "failed"
    assert blurred.quality.hints == (HINT_NO_RIDGES,)


@pytest.mark.parametrize(("pixels", "hint"), [
    (np.full((500, 400), 255, np.uint8), HINT_EMPTY),     # nothing on the platen
    (np.full((500, 400), 90, np.uint8), HINT_UNIFORM),    # uniform dark (dirty platen)
])
def test_blank_images_are_quality_zero_with_a_reason(pixels, hint) -> None:
    quality = nfiq2(FingerImage(pixels))
    assert (quality.score, quality.computed) == (0, False)
    assert quality.reason and quality.hints == (hint,)


def test_washed_out_print_fails(print_500) -> None:
    faint = (print_500.pixels // 8 + 220).astype(np.uint8)
    assert nfiq2(FingerImage(faint)).score < 40


def test_noise_is_not_a_good_fingerprint() -> None:
    noise = np.random.default_rng(1).integers(0, 255, (500, 400), dtype=np.uint8)
    assert nfiq2(FingerImage(noise)).score < 40


def test_small_contact_area_fails_with_the_small_area_hint(print_500) -> None:
    tip = FingerImage(print_500.pixels[150:290, 60:200].copy())
    quality = nfiq2(tip)
    assert quality.score < 40
    assert HINT_SMALL_AREA in quality.hints


def test_rotation_keeps_a_good_print_good(print_500) -> None:
    pixels = print_500.pixels
    matrix = cv2.getRotationMatrix2D((pixels.shape[1] / 2, pixels.shape[0] / 2), 20, 1.0)
    rotated = cv2.warpAffine(pixels, matrix, pixels.shape[::-1], borderValue=255)
    assert nfiq2(FingerImage(rotated)).score >= 40


def test_hints_use_nfiq2_thresholds() -> None:
    assert hints_for({"FingerprintImageWithMinutiae": 4.0}) == (HINT_FEW_MINUTIAE,)
    assert hints_for({"FingerprintImageWithMinutiae": 5.0,
                      "SufficientFingerprintForeground": 50000.0}) == ()
    assert len(hints_for({"EmptyImageOrContrastTooLow": 251.0, "UniformImage": 0.5})) == 2
