"""Slap segmentation on the NIST inked-card slaps (with printed text, handwriting, a punched
hole) and on a synthetic slap."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from conftest import SHARED_DATA

from kiosk.biometrics.fingers.an2k import parse_an2k
from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.errors import SegmentationFailed
from kiosk.biometrics.fingers.images import FingerImage, read_finger_image
from kiosk.biometrics.fingers.segmentation import segment_slap
from kiosk.domain.fingers import SLAP_ORDER
from kiosk.domain.fingers import FingerPosition as P


@pytest.fixture(scope="module")
def slaps() -> dict[P, FingerImage]:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA} (set KIOSK_SHARED_DATA)")
    transaction = parse_an2k((SHARED_DATA / "fingerprints/nist_type4-slaps.an2k").read_bytes())
    return {slap: transaction.by_position(slap).image() for slap in (P.LEFT_FOUR, P.RIGHT_FOUR)}


@pytest.mark.parametrize("slap", [P.LEFT_FOUR, P.RIGHT_FOUR])
def test_four_labelled_fingertips_per_slap(slaps, slap) -> None:
    image = slaps[slap]
    segments = segment_slap(image, slap)
    assert [s.position for s in segments] == list(SLAP_ORDER[slap])
    xs = [s.box[0] + s.box[2] / 2 for s in segments]
    assert xs == sorted(xs)
    for segment in segments:
        x, y, w, h = segment.box
        # a fingertip is roughly 0.4-1.0 inch wide and 0.5-1.3 inch tall at 500 ppi
        assert 200 <= w <= 500 and 250 <= h <= 650, (segment.position, segment.box)
        assert x >= 0 and x + w <= image.width and y >= 0 and y + h <= image.height
        assert analyse_finger(segment.image).quality.score > 0, segment.position
    # boxes do not overlap much
    for a, b in itertools.pairwise(segments):
        assert a.box[0] + a.box[2] - b.box[0] < 0.25 * min(a.box[2], b.box[2])


@pytest.mark.parametrize("slap", [P.LEFT_FOUR, P.RIGHT_FOUR])
def test_labels_agree_with_hand_geometry(slaps, slap) -> None:
    """The middle finger is the longest and the little finger the shortest: the little
    fingertip sits lower in the slap than the middle one."""
    tops = {s.position: s.box[1] for s in segment_slap(slaps[slap], slap)}
    middle, little = (P.LEFT_MIDDLE, P.LEFT_LITTLE) if slap is P.LEFT_FOUR else (
        P.RIGHT_MIDDLE, P.RIGHT_LITTLE)
    assert tops[little] > tops[middle] + 150


def test_missing_finger_exception_reduces_the_expected_count(slaps) -> None:
    segments = segment_slap(slaps[P.LEFT_FOUR], P.LEFT_FOUR, missing=[P.LEFT_RING])
    assert [s.position for s in segments] == [P.LEFT_LITTLE, P.LEFT_MIDDLE, P.LEFT_INDEX]
    assert segment_slap(slaps[P.LEFT_FOUR], P.LEFT_FOUR, missing=SLAP_ORDER[P.LEFT_FOUR]) == []


@pytest.mark.parametrize("gap", [90, 20])  # 20 px: fingers side by side merge in the mask
def test_synthetic_slap_from_fvc_prints_is_cut_where_the_prints_are(gap: int) -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA}")
    canvas = np.full((900, 1500), 255, np.uint8)
    placed = []
    left = 60
    for finger, top in [(101, 250), (102, 60), (103, 20), (104, 120)]:
        tip = read_finger_image(SHARED_DATA / f"fingerprints/fvc2002_db2b_{finger}_1.tif",
                                ppi=569).at_500ppi().pixels
        canvas[top:top + tip.shape[0], left:left + tip.shape[1]] = tip
        placed.append(left + tip.shape[1] / 2)
        left += tip.shape[1] + gap
    segments = segment_slap(FingerImage(canvas), P.RIGHT_FOUR)
    centres = [s.box[0] + s.box[2] / 2 for s in segments]
    assert [s.position for s in segments] == list(SLAP_ORDER[P.RIGHT_FOUR])
    assert np.allclose(centres, placed, atol=60), (centres, placed)


def test_blank_platen_fails_with_a_clear_error() -> None:
    with pytest.raises(SegmentationFailed, match=r"found 0 fingertips.*expected 4"):
        segment_slap(FingerImage(np.full((1000, 1600), 250, np.uint8)), P.LEFT_FOUR)
    with pytest.raises(SegmentationFailed, match="not a slap"):
        segment_slap(FingerImage(np.full((100, 100), 250, np.uint8)), P.LEFT_INDEX)
