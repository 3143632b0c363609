"""The simulated scanner meets a different applicant in each session: their prints do not
match each other, a retry of one finger matches its first capture (bozorth3, kiosk engine)."""

from __future__ import annotations

import numpy as np
import pytest

from devices.ports import Finger, Segment
from devices.sbi.client import SbiClient
from devices.sbi.scanner import SimulatedScanner
from devices.sbi.simulator import SbiSimulator
from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.images import FingerImage
from kiosk.biometrics.fingers.matching import DEFAULT_SAME_FINGER_THRESHOLD, match_templates
from kiosk.biometrics.fingers.minutiae import FingerTemplate

INDEX = (Segment.RIGHT_SLAP, Finger.RIGHT_INDEX)


def _session(captures: int) -> list[np.ndarray]:
    """One applicant at the simulated scanner: ``captures`` scans of the right index."""
    scanner = SimulatedScanner()
    scanner.simulator.control(quality=60)  # the device's own score: no NFIQ 2 run (speed)
    try:
        scanner.open().result(10)
        return [scanner.capture(INDEX[0], fingers=(INDEX[1],)).result(60).fingers[0].image
                for _ in range(captures)]
    finally:
        scanner.close()


def _template(image: np.ndarray) -> FingerTemplate:
    return analyse_finger(FingerImage(image, 500.0, "given")).template


@pytest.fixture(scope="module")
def applicants() -> tuple[list[np.ndarray], list[np.ndarray]]:
    return _session(2), _session(1)


def test_retries_of_one_finger_are_new_impressions_that_match(applicants):
    first, retry = applicants[0]
    assert not np.array_equal(first, retry)
    result = match_templates(_template(first), _template(retry))
    print(f"\nsame applicant, same finger: bozorth3 {result.score}")
    assert result.same_finger


def test_two_applicants_do_not_share_prints(applicants):
    (first, retry), (other,) = applicants
    theirs = _template(other)
    scores = [match_templates(_template(mine), theirs).score for mine in (first, retry)]
    print(f"\ntwo applicants, same finger position: bozorth3 {scores}")
    assert max(scores) < DEFAULT_SAME_FINGER_THRESHOLD


def test_a_new_hash_chain_is_a_new_applicant_on_a_running_simulator():
    """``kiosk sim-sbi`` serves many sessions: each one that starts over gets new fingers."""
    with SbiSimulator(0) as sim:
        sim.control(quality=60)
        client = SbiClient()

        def capture(previous: str = "") -> str:
            return client.rcapture(sim.port, sim.serial, INDEX[0], fingers=(INDEX[1],),
                                   previous_hash=previous).last_hash

        chain = capture()
        subject = sim.fingers.subject_seed
        capture(chain)  # the same session goes on: the same person
        assert sim.fingers.subject_seed == subject
        capture()  # a session that starts over: the next applicant
        assert sim.fingers.subject_seed != subject
