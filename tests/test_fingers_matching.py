"""bozorth3 matching on FVC impressions and the in-enrollment duplicate check."""

from __future__ import annotations

import itertools

import pytest
from conftest import SHARED_DATA

from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.duplicates import (
    CAUSE_FINGER_REPEATED,
    CAUSE_HAND_REPEATED,
    find_duplicates,
)
from kiosk.biometrics.fingers.images import read_finger_image
from kiosk.biometrics.fingers.matching import match_templates
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.domain.fingers import FingerPosition as P

FINGERS = (101, 102, 103, 104, 105)
IMPRESSIONS = (1, 2, 3)


@pytest.fixture(scope="module")
def templates() -> dict[tuple[int, int], FingerTemplate]:
    """A subset of FVC2002 DB2_B (569 dpi): 5 fingers x 3 impressions."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA} (set KIOSK_SHARED_DATA)")
    folder = SHARED_DATA / "fingerprints"
    return {(f, i): analyse_finger(read_finger_image(
        folder / f"fvc2002_db2b_{f}_{i}.tif", ppi=569)).template
        for f in FINGERS for i in IMPRESSIONS}


def test_impressions_of_one_finger_match_and_different_fingers_do_not(templates) -> None:
    genuine, impostor = [], []
    for a, b in itertools.combinations(sorted(templates), 2):
        result = match_templates(templates[a], templates[b])
        (genuine if a[0] == b[0] else impostor).append(result)
    assert len(genuine) == 15 and len(impostor) == 90
    assert all(not r.same_finger for r in impostor), [r.score for r in impostor]
    assert sum(r.same_finger for r in genuine) >= 14, [r.score for r in genuine]
    assert min(r.score for r in genuine) > max(r.score for r in impostor) - 10


def test_match_images_on_another_sensor(shared_data) -> None:
    folder = shared_data / "fingerprints"
    def template(name: str):
        return analyse_finger(read_finger_image(folder / name)).template

    probe = template("sourceafis_probe.png")
    assert match_templates(probe, template("sourceafis_matching.png")).same_finger
    assert not match_templates(probe, template("sourceafis_nonmatching.png")).same_finger


def test_iso_template_round_trip_keeps_the_score(templates) -> None:
    original = templates[(101, 1)]
    copy = FingerTemplate.from_iso(original.to_iso())
    assert copy.count == original.count
    assert (match_templates(copy, templates[(101, 2)]).score
            == match_templates(original, templates[(101, 2)]).score)


def test_clean_enrollment_has_no_duplicates(templates) -> None:
    enrollment = {P(i + 1): templates[(f, 1)] for i, f in enumerate(FINGERS)}
    report = find_duplicates(enrollment)
    assert report.pairs_checked == 10
    assert report.clean and report.cause == ""


def test_same_finger_placed_twice_is_flagged(templates) -> None:
    enrollment = {P(i + 1): templates[(f, 1)] for i, f in enumerate(FINGERS)}
    enrollment[P.LEFT_INDEX] = templates[(103, 2)]  # finger 103 is also RIGHT_MIDDLE
    report = find_duplicates(enrollment)
    assert [(p.first, p.second) for p in report.flagged] == [(P.RIGHT_MIDDLE, P.LEFT_INDEX)]
    assert report.cause == CAUSE_FINGER_REPEATED
    assert report.positions_to_recapture == [P.RIGHT_MIDDLE, P.LEFT_INDEX]


def test_one_hand_placed_for_both_slaps_is_recognised(templates) -> None:
    right = {P.RIGHT_INDEX: 101, P.RIGHT_MIDDLE: 102, P.RIGHT_RING: 103, P.RIGHT_LITTLE: 104}
    # the right hand laid on the left-slap platen: read left to right as 10, 9, 8, 7
    mirrored = {P.LEFT_LITTLE: 101, P.LEFT_RING: 102, P.LEFT_MIDDLE: 103, P.LEFT_INDEX: 104}
    enrollment = {p: templates[(f, 1)] for p, f in right.items()}
    enrollment |= {p: templates[(f, 2)] for p, f in mirrored.items()}
    report = find_duplicates(enrollment)
    assert report.pairs_checked == 28
    assert len(report.flagged) >= 3
    assert report.cause == CAUSE_HAND_REPEATED


def test_engine_serialises_calls_from_threads(templates) -> None:
    """nbis-py releases the GIL; our lock keeps concurrent callers correct."""
    from concurrent.futures import ThreadPoolExecutor

    pairs = list(itertools.combinations(sorted(templates), 2))[:30]
    serial = [match_templates(templates[a], templates[b]).score for a, b in pairs]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda p: match_templates(templates[p[0]],
                                                           templates[p[1]]).score, pairs))
    assert threaded == serial
