"""Smoke test: the fingerprint benchmark and calibration script still runs (--quick)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_fingers.py"


@pytest.mark.slow
def test_bench_fingers_quick_runs(shared_data) -> None:
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    for heading in ("Per finger", "Ten-print enrollment", "Slap segmentation",
                    "DET points", "Threshold chosen", "Misses by variant", "WSQ round trip"):
        assert heading in result.stdout
    for matcher in ("bozorth3 (old)", "MCC", "fused (new)", "fused, shipped threshold"):
        assert matcher in result.stdout


def _prepared(points):
    sys.path.insert(0, str(BENCH.parent))
    import fingercandidates

    from kiosk.biometrics.fingers import mcc

    cylinders = mcc.cylinders(points[:, 0], points[:, 1], points[:, 2])
    xy = np.column_stack([points[:, 0], -points[:, 1]])
    return fingercandidates, fingercandidates.Prepared(cylinders, xy, np.radians(points[:, 2]))


def test_candidate_pairing_count_pairs_a_moved_print_and_not_a_stranger() -> None:
    rng = np.random.default_rng(11)
    points = np.column_stack([rng.uniform((40, 40), (260, 360), size=(45, 2)),
                              rng.choice(np.arange(0, 360, 11.25), size=45)])
    turn = np.radians(25.0)
    moved = points.copy()
    moved[:, 0] = points[:, 0] * np.cos(turn) + points[:, 1] * np.sin(turn) + 30
    moved[:, 1] = -points[:, 0] * np.sin(turn) + points[:, 1] * np.cos(turn) + 60
    moved[:, 2] = (points[:, 2] + 25.0) % 360
    candidates, original = _prepared(points)
    _, turned = _prepared(moved)
    mated, mated_fit, overlap_a, overlap_b = candidates.consolidate(original, turned)
    assert mated == mated_fit == 45 and overlap_a == overlap_b == 45
    stranger = np.column_stack([rng.uniform((40, 40), (260, 360), size=(45, 2)),
                                rng.choice(np.arange(0, 360, 11.25), size=45)])
    assert candidates.consolidate(original, _prepared(stranger)[1])[0] < 15


def test_candidate_logistic_fit_separates_two_classes() -> None:
    sys.path.insert(0, str(BENCH.parent))
    import fingercandidates

    rng = np.random.default_rng(3)
    genuine = rng.random(400) < 0.2
    feature = np.where(genuine, rng.normal(2.0, 0.5, 400), rng.normal(0.0, 0.5, 400))
    weights = fingercandidates.fit_logistic(feature[:, None], genuine)
    scores = weights[0] + weights[1] * feature
    assert weights[1] > 0
    assert np.mean((scores > 0) == genuine) > 0.95
