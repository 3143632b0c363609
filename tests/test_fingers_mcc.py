"""Minutia Cylinder-Code matching: invariance on synthetic minutiae, and the fused matcher on
hard FVC variants (rotated, partial, dry, smudged) that bozorth3 alone misses."""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

import numpy as np
import pytest

from kiosk.biometrics.fingers import consistency, mcc
from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.images import read_finger_image
from kiosk.biometrics.fingers.matching import (
    BOZORTH3_REFERENCE,
    CONSISTENCY_REFERENCE,
    DEFAULT_SAME_FINGER_THRESHOLD,
    FUSED_AT_THRESHOLD,
    MCC_REFERENCE,
    bozorth3_score,
    fuse,
    match_templates,
)

sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))
from fingerset import variant


def _minutiae(seed: int, count: int = 45) -> np.ndarray:
    rng = np.random.default_rng(seed)
    xy = rng.uniform((40, 40), (260, 360), size=(count, 2))
    angles = rng.choice(np.arange(0, 360, 11.25), size=count)
    return np.column_stack([xy, angles])


def _moved(points: np.ndarray, degrees: float, shift: tuple[float, float]) -> np.ndarray:
    """Turn the print by ``degrees`` counter-clockwise on screen (y down) and shift it."""
    rad = math.radians(degrees)
    x, y = points[:, 0], points[:, 1]
    new_x = x * math.cos(rad) + y * math.sin(rad) + shift[0]
    new_y = -x * math.sin(rad) + y * math.cos(rad) + shift[1]
    return np.column_stack([new_x, new_y, (points[:, 2] + degrees) % 360])


def _cylinders(points: np.ndarray) -> mcc.Cylinders:
    return mcc.cylinders(points[:, 0], points[:, 1], points[:, 2])


def test_cylinders_are_rotation_and_translation_invariant() -> None:
    points = _minutiae(1)
    original = _cylinders(points)
    assert original.count > 30
    for degrees in (-30.0, 12.0, 30.0):
        turned = _cylinders(_moved(points, degrees, (150.0, 220.0)))
        assert mcc.score(original, turned) > 0.8
    strangers = [mcc.score(original, _cylinders(_minutiae(seed))) for seed in range(2, 8)]
    assert max(strangers) < 0.1


def test_a_partial_print_still_matches() -> None:
    points = _minutiae(3, 60)
    half = points[points[:, 1] < np.median(points[:, 1])]
    score = mcc.score(_cylinders(points), _cylinders(_moved(half, 20.0, (10.0, 5.0))))
    assert score > 0.5


def test_the_score_averages_a_fixed_number_of_the_most_efficient_pairs() -> None:
    points = _minutiae(6, 50)
    full, part = _cylinders(points), _cylinders(_moved(points[:20], -15.0, (30.0, 0.0)))
    pairs = mcc.relaxed_pairs(full, part)
    assert len(pairs.relaxed) == mcc.PAIRS_AVERAGED
    assert mcc.score(full, part) == float(np.sum(pairs.relaxed)) / mcc.PAIRS_AVERAGED
    more = mcc.relaxed_pairs(full, part, 12)
    assert len(more.relaxed) == 12
    assert np.allclose(more.relaxed[:mcc.PAIRS_AVERAGED], pairs.relaxed)
    # a pair missing from the average counts zero: asking for more than exist lowers it
    assert mcc.relaxed_pairs(full, part, part.count + 5).similarity < more.similarity


def test_too_few_minutiae_give_no_cylinders_and_score_zero() -> None:
    few = _cylinders(_minutiae(4, 2))
    assert few.count == 0
    assert mcc.score(few, _cylinders(_minutiae(5))) == 0.0


def test_fused_matcher_holds_on_hard_variants_where_bozorth3_misses(shared_data) -> None:
    folder = shared_data / "fingerprints"

    def template(finger: int, impression: int, name: str):
        image = read_finger_image(folder / f"fvc2002_db2b_{finger}_{impression}.tif",
                                  ppi=569).at_500ppi()
        return analyse_finger(variant(image, name, impression)).template

    enrolled = {f: template(f, 1, "original") for f in (101, 102, 103, 106)}
    hard = [(f, i, name) for f in (101, 102, 103, 106) for i, name in
            ((2, "rotated"), (3, "partial"), (5, "dry"), (4, "smudged"))]
    fused_hits = bozorth3_hits = 0
    for finger, impression, name in hard:
        probe = template(finger, impression, name)
        result = match_templates(enrolled[finger], probe)
        fused_hits += result.same_finger
        bozorth3_hits += bozorth3_score(enrolled[finger], probe) >= 40
        for other, gallery in enrolled.items():
            if other != finger:
                assert not match_templates(gallery, probe).same_finger
    assert fused_hits >= 14, fused_hits
    assert fused_hits > bozorth3_hits
    assert DEFAULT_SAME_FINGER_THRESHOLD == 40


def _consistency(a: mcc.Cylinders, b: mcc.Cylinders) -> tuple[int, int]:
    return consistency.consistent_pairs(a, b, mcc.relaxed_pairs(a, b, consistency.HYPOTHESES))


def test_one_placement_explains_the_pairs_of_a_moved_print_and_not_of_a_stranger() -> None:
    points = _minutiae(7, 45)
    original = _cylinders(points)
    consistent, overlap = _consistency(original, _cylinders(_moved(points, 25.0, (30.0, 60.0))))
    assert overlap == 45 and consistent >= 40
    stranger = _cylinders(_minutiae(8, 45))
    consistent, overlap = _consistency(original, stranger)
    assert consistent <= 6
    assert consistency.consistency(original, stranger, mcc.relaxed_pairs(
        original, stranger, consistency.HYPOTHESES)) < 0.2


def test_consistency_is_counted_against_the_common_area_of_a_partial_print() -> None:
    points = _minutiae(9, 60)
    half = points[points[:, 1] < np.median(points[:, 1])]
    full, part = _cylinders(points), _cylinders(_moved(half, -20.0, (15.0, 40.0)))
    consistent, overlap = _consistency(full, part)
    # the partial print's 30 minutiae are the common area, not the full print's 60
    assert 28 <= overlap <= 36 and consistent >= 25
    pairs = mcc.relaxed_pairs(full, part, consistency.HYPOTHESES)
    assert consistency.consistency(full, part, pairs) > 0.7


def test_the_placement_is_refitted_beyond_mindtcts_quantised_directions() -> None:
    # mindtct gives directions in steps of 11.25 degrees: a print turned by 30 degrees has
    # every minutia's direction turned by 33.75, so each single pair proposes 33.75
    points = _minutiae(31, 45)
    moved = _moved(points, 30.0, (40.0, 20.0))
    moved[:, 2] = np.round(moved[:, 2] / 11.25) * 11.25 % 360
    a, b = _cylinders(points), _cylinders(moved)
    pairs = mcc.relaxed_pairs(a, b, consistency.HYPOTHESES)
    proposed = np.degrees(mcc._wrap(b.angles[pairs.index_b] - a.angles[pairs.index_a]))
    assert np.all(np.abs(proposed - 30.0) > 3.0)
    where = consistency.placement(a, b, pairs)
    assert where is not None and abs(math.degrees(where.turn) - 30.0) < 0.5
    # 12 pixels at 200 pixels from the pair is 3.4 degrees: the refitted placement pairs all
    assert consistency.mated_minutiae(a, b, where) == 45


def test_every_minutia_is_paired_by_position_not_only_the_most_similar_cylinders() -> None:
    points = _minutiae(41, 45)
    a = _cylinders(points)
    b = _cylinders(_moved(points, -12.0, (25.0, -10.0)))
    pairs = mcc.relaxed_pairs(a, b, consistency.HYPOTHESES)
    where = consistency.placement(a, b, pairs)
    assert where is not None
    # cylinders that compare to nothing (as on a print whose neighbourhoods changed) leave
    # the minutiae themselves: they still pair under the placement
    blank = mcc.Cylinders(np.zeros_like(b.values), b.masks, b.xy, b.angles, b.outline,
                          b.outline_angles)
    assert consistency.mated_minutiae(a, blank, where) == 45
    assert not np.any(mcc.local_similarities(a, blank) > 0)


def test_fused_score_reports_its_three_parts() -> None:
    points = _minutiae(10, 45)
    a = _cylinders(points)
    b = _cylinders(_moved(points, 10.0, (5.0, 5.0)))
    pairs = mcc.relaxed_pairs(a, b, consistency.HYPOTHESES)
    # the MCC score is the mean of the first PAIRS_AVERAGED of the pairs kept for placements
    assert math.isclose(mcc.score(a, b),
                        float(np.sum(pairs.relaxed[:mcc.PAIRS_AVERAGED])) / mcc.PAIRS_AVERAGED)
    assert fuse(0.0, 0.0, 0.0) == 0.0
    assert fuse(MCC_REFERENCE, BOZORTH3_REFERENCE, CONSISTENCY_REFERENCE) == \
        pytest.approx(DEFAULT_SAME_FINGER_THRESHOLD / FUSED_AT_THRESHOLD)


# genuine pairs with a partial crop that the previous consistency score (cylinder pairs under
# an unrefitted placement) left below the threshold (bench_fingers.py: 28 to 35 points)
PARTIAL_PAIRS = (((107, 1, "rotated"), (107, 6, "partial")),
                 ((107, 5, "partial"), (107, 7, "smudged")),
                 ((107, 3, "smudged"), (107, 5, "partial")),
                 ((101, 2, "partial"), (101, 5, "partial")),
                 ((105, 1, "dry"), (105, 4, "partial")))


def test_partial_crops_the_previous_score_missed_now_match_and_strangers_do_not(
        shared_data) -> None:
    folder = shared_data / "fingerprints"
    prints = {key for pair in PARTIAL_PAIRS for key in pair}
    templates = {}
    for finger, impression, name in prints:
        image = read_finger_image(folder / f"fvc2002_db2b_{finger}_{impression}.tif",
                                  ppi=569).at_500ppi()
        templates[finger, impression, name] = analyse_finger(
            variant(image, name, impression)).template
    for first, second in PARTIAL_PAIRS:
        result = match_templates(templates[first], templates[second])
        assert result.same_finger, (first, second, result.as_dict())
    for first, second in itertools.combinations(sorted(templates), 2):
        if first[0] != second[0]:
            result = match_templates(templates[first], templates[second])
            assert not result.same_finger, (first, second, result.as_dict())
