"""Synthetic fingerprints judged by NIST's own tools (NFIQ 2.0, mindtct, bozorth3)."""

from __future__ import annotations

import cv2
import nbis
import numpy as np
import pytest

from devices.sbi import synthetic


@pytest.fixture(scope="module")
def extractor():
    return nbis.new_nbis_extractor(nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=True,
        ppi=500.0))


def _minutiae(extractor, image: np.ndarray):
    return extractor.extract_minutiae(cv2.imencode(".png", image)[1].tobytes())


@pytest.fixture(scope="module")
def prints(extractor):
    """Two impressions of each of three fingers, with their minutiae."""
    return {seed: [_minutiae(extractor, synthetic.capture(seed, i)) for i in (0, 1)]
            for seed in (11, 12, 13)}


def test_nfiq2_scores_every_print_above_30(prints):
    scores = [m.quality().score for pair in prints.values() for m in pair]
    assert min(scores) > 30, scores


def test_two_captures_of_one_finger_match(prints):
    for seed, (first, second) in prints.items():
        assert first.compare(second) >= 40, f"finger {seed} does not match itself"


def test_different_fingers_do_not_match(prints):
    seeds = sorted(prints)
    for i, a in enumerate(seeds):
        for b in seeds[i + 1:]:
            assert prints[a][1].compare(prints[b][0]) < 40, f"fingers {a} and {b} match"


def test_captures_vary_but_masters_are_reproducible():
    a, b = synthetic.capture(21, 1), synthetic.capture(21, 2)
    assert a.shape == (synthetic.HEIGHT, synthetic.WIDTH) and a.dtype == np.uint8
    assert not np.array_equal(a, b)
    assert np.array_equal(synthetic.capture(21, 1), a)


def test_a_fingers_master_is_made_once_and_reused_by_later_captures():
    """(How fast: tests/benchmarks/bench_devices.py, new vs cached finger.)"""
    before = synthetic.master_print.cache_info()
    synthetic.capture(31, 0)  # a new finger: master and capture
    synthetic.capture(31, 1)  # cached master: only the capture variation
    after = synthetic.master_print.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)


def test_the_master_cache_holds_about_two_applicants() -> None:
    """Each applicant gets new fingers, so masters beyond two applicants' (training sessions
    alternate two) are never reused; 64 kept ~66 MiB on a demo desk (0.8 MiB per enrollment
    over a 20-enrollment soak)."""
    import tracemalloc

    synthetic.master_print.cache_clear()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    for seed in range(990_000, 990_030):  # three applicants' fingers
        synthetic.capture(seed, 0)
    held = (tracemalloc.get_traced_memory()[0] - start) / 2**20
    tracemalloc.stop()
    per_master = 2 * synthetic.HEIGHT * synthetic.WIDTH * 2 / 2**20  # pattern and mask
    assert synthetic.master_print.cache_info().currsize == synthetic.MASTER_CACHE_SIZE
    assert held <= (synthetic.MASTER_CACHE_SIZE + 2) * per_master, f"{held:.1f} MiB held"


def test_two_alternating_applicants_grow_each_finger_once() -> None:
    """Tests and training sessions alternate subjects 2 and 3: every capture after the first
    round reuses a master."""
    synthetic.master_print.cache_clear()
    for _round in range(3):
        for subject in (2, 3):
            for finger in range(1, 11):
                synthetic.capture(subject * 100 + finger, 1)
    assert synthetic.master_print.cache_info().misses == 20
