"""DET points of the fingerprint matchers on the evaluation set (tests/benchmarks/fingerset.py):
all genuine and impostor pairs, scores cached on disk per matcher version."""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable

import numpy as np
from fingerset import CACHE, Sample

from kiosk.biometrics.fingers import mcc
from kiosk.biometrics.fingers.matching import (
    DEFAULT_SAME_FINGER_THRESHOLD,
    bozorth3_score,
    fuse,
)
from kiosk.biometrics.fingers.minutiae import FingerTemplate

TRAIN_IMPRESSIONS = (1, 2, 3, 4)      # every finger, these impressions and their variants
HELD_OUT_IMPRESSIONS = (5, 6, 7, 8)
TRAIN_FINGERS = (101, 102, 103, 104)  # the stricter split: unseen fingers
HELD_OUT_FINGERS = (105, 106, 107, 108)
RELAXED_KEPT = 16  # relaxed pairs kept per comparison: any averaging rule up to 16 pairs
# The fusion shipped before (mcc VERSION "mcc-lssr-2": the paper's spatial spread 28/3 and
# 4 to 12 pairs averaged, more for more minutiae); measured in the same run as "previous".
PREVIOUS_VERSION, PREVIOUS_SIGMA_S = "mcc-lssr-2", 28.0 / 3.0
PREVIOUS_MCC_REFERENCE, PREVIOUS_BOZORTH3_REFERENCE = 0.0302, 31.0
PREVIOUS_MCC_WEIGHT, PREVIOUS_FUSED_AT_THRESHOLD = 0.8, 0.8685


@functools.lru_cache(maxsize=4096)
def previous_cylinders(template: FingerTemplate) -> mcc.Cylinders:
    """The template's cylinders as the previous matcher built them."""
    points = template.minutiae()
    return mcc.cylinders([m.x for m in points], [m.y for m in points],
                         [m.angle for m in points], PREVIOUS_SIGMA_S)


def _row(a: mcc.Cylinders, b: mcc.Cylinders) -> np.ndarray:
    """The RELAXED_KEPT best relaxed similarities (most efficient first, 0-padded) and the
    smaller cylinder count of one comparison."""
    pairs = mcc.relaxed_pairs(a, b, RELAXED_KEPT)
    row = np.zeros(RELAXED_KEPT + 1)
    row[:len(pairs.relaxed)] = pairs.relaxed
    row[RELAXED_KEPT] = min(a.count, b.count)
    return row


MATCHERS: dict[str, Callable[[FingerTemplate, FingerTemplate], object]] = {
    "bozorth3": lambda a, b: float(bozorth3_score(a, b)),
    "relaxed": lambda a, b: _row(a.cylinders, b.cylinders),
    "relaxed-previous": lambda a, b: _row(previous_cylinders(a), previous_cylinders(b)),
}


def averaged(relaxed: np.ndarray, pairs: int = mcc.PAIRS_AVERAGED) -> np.ndarray:
    """MCC scores from relaxed rows: the mean of the ``pairs`` most efficient (the new rule)."""
    return relaxed[..., :pairs].sum(axis=-1) / pairs


def previous_averaged(relaxed: np.ndarray) -> np.ndarray:
    """MCC scores by the paper's rule shipped before: 4 to 12 pairs with the cylinder count."""
    count = relaxed[..., RELAXED_KEPT]
    wanted = 4 + np.round(8.0 / (1.0 + np.exp(-0.4 * (count - 20.0))))
    used = np.minimum(wanted, np.count_nonzero(relaxed[..., :RELAXED_KEPT], axis=-1))
    chosen = np.arange(RELAXED_KEPT) < used[..., None]
    total = (relaxed[..., :RELAXED_KEPT] * chosen).sum(axis=-1)
    return np.where(used > 0, total / np.maximum(used, 1), 0.0)


def previous_fused(bozorth3: np.ndarray, previous_mcc: np.ndarray) -> np.ndarray:
    """The fused score shipped before (same finger from 40)."""
    weighted = (PREVIOUS_MCC_WEIGHT * previous_mcc / PREVIOUS_MCC_REFERENCE
                + (1.0 - PREVIOUS_MCC_WEIGHT) * bozorth3 / PREVIOUS_BOZORTH3_REFERENCE)
    return np.floor(DEFAULT_SAME_FINGER_THRESHOLD * weighted / PREVIOUS_FUSED_AT_THRESHOLD)


def previous_compare(a: FingerTemplate, b: FingerTemplate) -> float:
    """One comparison by the previous fusion (for the timing beside the new one)."""
    row = _row(previous_cylinders(a), previous_cylinders(b))
    return float(previous_fused(np.array(bozorth3_score(a, b)), previous_averaged(row)))


def score_matrix(name: str, samples: list[Sample], templates: list[FingerTemplate],
                 version: str) -> np.ndarray:
    """Upper-triangle scores of every pair for one matcher, (n, n) or (n, n, k) for a matcher
    giving a row (cached by content)."""
    digest = hashlib.sha256(version.encode() + name.encode())
    for sample in samples:
        digest.update(sample.iso)
    path = CACHE / f"scores-{name}-{digest.hexdigest()[:20]}.npy"
    if path.exists():
        return np.load(path)
    compare = MATCHERS[name]
    n = len(templates)
    width = np.size(compare(templates[0], templates[0]))
    scores = np.zeros((n, n) if width == 1 else (n, n, width))
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


PAIRS_TRIED = (3, 4, 5, 6, 8, 10)
WEIGHTS_TRIED = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def fusion_rule(relaxed: np.ndarray, bozorth3: np.ndarray, genuine: np.ndarray,
                pairs: int, weight: float) -> tuple[np.ndarray, float, float]:
    """(weighted sums, MCC reference, bozorth3 reference) of one rule: the MCC of ``pairs``
    pairs and bozorth3, each divided by its threshold at FMR 0.1 % on these pairs."""
    similarity = averaged(relaxed, pairs)
    mcc_ref = threshold_at(similarity[~genuine], 0.001)
    boz_ref = threshold_at(bozorth3[~genuine], 0.001)
    return weight * similarity / mcc_ref + (1.0 - weight) * bozorth3 / boz_ref, mcc_ref, boz_ref


def choose_rule(relaxed: np.ndarray, bozorth3: np.ndarray,
                genuine: np.ndarray) -> tuple[int, float, float]:
    """The (pairs averaged, MCC weight) with the fewest misses at FMR 0.1 % on these pairs
    (ties: the first tried), and that FNMR %."""
    best = (PAIRS_TRIED[0], WEIGHTS_TRIED[0], 101.0)
    for pairs in PAIRS_TRIED:
        for weight in WEIGHTS_TRIED:
            fused_sum = fusion_rule(relaxed, bozorth3, genuine, pairs, weight)[0]
            threshold = threshold_at(fused_sum[~genuine], 0.001)
            miss = rates(fused_sum[genuine], fused_sum[~genuine], threshold)[1]
            if miss < best[2] - 1e-9:
                best = (pairs, weight, miss)
    return best
