"""DET points of the fingerprint matchers on the evaluation set (tests/benchmarks/fingerset.py):
all genuine and impostor pairs, scores cached on disk per matcher version."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

import numpy as np
from fingerset import CACHE, Sample

from kiosk.biometrics.fingers.matching import (
    DEFAULT_SAME_FINGER_THRESHOLD,
    bozorth3_score,
    fuse,
    mcc_score,
)
from kiosk.biometrics.fingers.minutiae import FingerTemplate

TRAIN_IMPRESSIONS = (1, 2, 3, 4)      # every finger, these impressions and their variants
HELD_OUT_IMPRESSIONS = (5, 6, 7, 8)
TRAIN_FINGERS = (101, 102, 103, 104)  # the stricter split: unseen fingers
HELD_OUT_FINGERS = (105, 106, 107, 108)
MATCHERS: dict[str, Callable[[FingerTemplate, FingerTemplate], float]] = {
    "bozorth3": lambda a, b: float(bozorth3_score(a, b)),
    "mcc": mcc_score,
}


def score_matrix(name: str, samples: list[Sample], templates: list[FingerTemplate],
                 version: str) -> np.ndarray:
    """Upper-triangle scores of every pair for one matcher (cached by content)."""
    digest = hashlib.sha256(version.encode() + name.encode())
    for sample in samples:
        digest.update(sample.iso)
    path = CACHE / f"scores-{name}-{digest.hexdigest()[:20]}.npy"
    if path.exists():
        return np.load(path)
    compare = MATCHERS[name]
    n = len(templates)
    scores = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            scores[i, j] = compare(templates[i], templates[j])
    np.save(path, scores)
    return scores


def pair_sets(samples: list[Sample], fingers: tuple[int, ...] | None = None,
              impressions: tuple[int, ...] | None = None):
    """(upper-triangle index, genuine mask) of the pairs among the samples of ``fingers``
    and ``impressions`` (all if None)."""
    finger = np.array([s.finger for s in samples])
    impression = np.array([s.impression for s in samples])
    keep = np.ones(len(samples), bool)
    if fingers is not None:
        keep &= np.isin(finger, fingers)
    if impressions is not None:
        keep &= np.isin(impression, impressions)
    rows, cols = np.triu_indices(len(samples), 1)
    chosen = keep[rows] & keep[cols]
    rows, cols = rows[chosen], cols[chosen]
    return (rows, cols), finger[rows] == finger[cols]


def threshold_at(impostor: np.ndarray, fmr: float) -> float:
    """The lowest threshold (score >= threshold is a match) with FMR <= ``fmr``."""
    ordered = np.sort(impostor)[::-1]
    allowed = int(np.floor(fmr * len(ordered)))
    if allowed >= len(ordered):
        return float(ordered[-1])
    return float(np.nextafter(ordered[allowed], np.inf))


def rates(genuine: np.ndarray, impostor: np.ndarray, threshold: float) -> tuple[float, float]:
    """(FMR %, FNMR %) at ``threshold``."""
    return (100.0 * float(np.mean(impostor >= threshold)),
            100.0 * float(np.mean(genuine < threshold)))


def fused(bozorth3: np.ndarray, mcc: np.ndarray) -> np.ndarray:
    return np.floor(fuse(mcc, bozorth3))


def time_per_comparison(matchers: dict[str, Callable[[FingerTemplate, FingerTemplate], object]],
                        templates: list[FingerTemplate], pairs: int = 300) -> dict[str, float]:
    """Median milliseconds of one comparison per matcher over ``pairs`` random pairs (MCC
    templates prebuilt); the matchers take turns on each pair, so a burst of load on a
    shared machine slows all of them alike."""
    rng = np.random.default_rng(7)
    chosen = rng.choice(len(templates), size=(pairs, 2))
    samples: dict[str, list[float]] = {name: [] for name in matchers}
    for i, j in chosen:
        for name, compare in matchers.items():
            start = time.perf_counter()
            compare(templates[i], templates[j])
            samples[name].append((time.perf_counter() - start) * 1000.0)
    return {name: float(np.median(values)) for name, values in samples.items()}


THRESHOLD = DEFAULT_SAME_FINGER_THRESHOLD
