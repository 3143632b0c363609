"""How many minutiae one rigid placement pairs up, for the prints' common area.

MCC's score (:mod:`kiosk.biometrics.fingers.mcc`) averages a few pairs of similar local
structures; it does not ask whether the rest of the print agrees with one placement of one
print on the other, nor how much of the prints overlaps. This second score does both:

1. Each of the HYPOTHESES most efficient LSS-R pairs places print a on print b (the pair's two
   minutiae made to coincide, turned by their direction difference); a placement's inliers
   are the one-to-one cylinder pairs that land within INLIER_DISTANCE and INLIER_ANGLE of
   their partner.
2. Each placement is refitted REFINE_ROUNDS times by least squares on its inliers (one pair's
   directions are quantised to 11.25 degrees by mindtct, which moves a point 200 pixels away
   by up to 40 pixels); the placement with the most inliers wins.
3. Under it the minutiae themselves are paired: every minutia of a (with a cylinder or not)
   with one of b within MATE_DISTANCE and MATE_ANGLE, one-to-one, as many pairs as possible
   (:func:`kiosk.biometrics.fingers.assignment.maximum_matching`). The cylinder pairs only
   choose the placement: a minutia whose most similar cylinder is another one's (a
   smudged, dry or cropped neighbourhood) is still paired with its mate.
4. That count is divided by the minutiae in the common area (those of each print inside the
   other's minutiae hull after the placement, the smaller of the two; at least MIN_OVERLAP).

A partial print that shares 10 minutiae with its mate and pairs 8 of them scores as high as
two full prints pairing 40 of 50; a stranger pairs few.

Chosen by measurement (tests/benchmarks/bench_fingers.py, fused with MCC and bozorth3 in
:mod:`kiosk.biometrics.fingers.matching`; the candidates in tests/benchmarks/fingerdet.py).
See :mod:`kiosk.biometrics.fingers.matching` for what was measured and not taken.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kiosk.biometrics.fingers import mcc
from kiosk.biometrics.fingers.assignment import maximum_matching

HYPOTHESES = 8                 # placements tried: the most efficient LSS-R pairs
INLIER_DISTANCE = 15.0         # pixels at 500 ppi: a cylinder pair agreeing with a placement
INLIER_ANGLE = math.pi / 6
REFINE_ROUNDS = 2              # least-squares refits of each placement on its inliers
MATE_DISTANCE = 12.0           # pixels: two minutiae paired under the placement
MATE_ANGLE = math.pi / 9
OVERLAP_MARGIN = 10.0          # pixels around the other print's minutiae hull
MIN_OVERLAP = 6                # minutiae: the denominator's floor


@dataclass(frozen=True)
class Placement:
    """A rigid placement of print a on print b (y up): ``b = rotation @ a + shift``, and the
    number of cylinder pairs it explains."""

    rotation: np.ndarray
    shift: np.ndarray
    turn: float
    inliers: int


def _rotations(turns: np.ndarray) -> np.ndarray:
    cos, sin = np.cos(turns), np.sin(turns)
    return np.stack([np.stack([cos, -sin], -1), np.stack([sin, cos], -1)], -2)


def _inliers(a: mcc.Cylinders, b: mcc.Cylinders, ia: np.ndarray, ib: np.ndarray,
             rotations: np.ndarray, shifts: np.ndarray, turns: np.ndarray) -> np.ndarray:
    """(placements, pairs): which pairs each placement explains."""
    moved = np.einsum("hij,pj->hpi", rotations, a.xy[ia]) + shifts[:, None, :]
    distance = np.hypot(*np.moveaxis(moved - b.xy[ib][None], -1, 0))
    turned = np.abs(mcc._wrap(a.angles[ia][None] + turns[:, None] - b.angles[ib][None]))
    return (distance <= INLIER_DISTANCE) & (turned <= INLIER_ANGLE)


def _fit(points_a: np.ndarray, points_b: np.ndarray,
         weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Least-squares rigid placements (turns, rotations, shifts) of ``points_a`` on
    ``points_b``, one per row of ``weights`` (placements, pairs)."""
    total = np.maximum(weights.sum(axis=1, keepdims=True), 1e-9)
    mean_a, mean_b = weights @ points_a / total, weights @ points_b / total
    da = points_a[None] - mean_a[:, None]
    db = points_b[None] - mean_b[:, None]
    cross = np.sum(weights * (da[..., 0] * db[..., 1] - da[..., 1] * db[..., 0]), axis=1)
    dot = np.sum(weights * (da[..., 0] * db[..., 0] + da[..., 1] * db[..., 1]), axis=1)
    turns = np.arctan2(cross, dot)
    rotations = _rotations(turns)
    return turns, rotations, mean_b - np.einsum("hij,hj->hi", rotations, mean_a)


def placement(a: mcc.Cylinders, b: mcc.Cylinders, pairs: mcc.RelaxedPairs) -> Placement | None:
    """The placement of ``a`` on ``b`` explaining the most cylinder pairs (None when fewer
    than two pairs compare)."""
    ia, ib = pairs.paired_a, pairs.paired_b
    if len(ia) < 2 or not len(pairs.index_a):
        return None
    hyp_a, hyp_b = pairs.index_a[:HYPOTHESES], pairs.index_b[:HYPOTHESES]
    turns = mcc._wrap(b.angles[hyp_b] - a.angles[hyp_a])
    rotations = _rotations(turns)
    shifts = b.xy[hyp_b] - np.einsum("hij,hj->hi", rotations, a.xy[hyp_a])
    inliers = _inliers(a, b, ia, ib, rotations, shifts, turns)
    for _ in range(REFINE_ROUNDS):
        fitted = _fit(a.xy[ia], b.xy[ib], inliers.astype(np.float64))
        refit = _inliers(a, b, ia, ib, fitted[1], fitted[2], fitted[0])
        better = (refit.sum(axis=1) >= inliers.sum(axis=1)) & (inliers.sum(axis=1) >= 2)
        turns = np.where(better, fitted[0], turns)
        rotations = np.where(better[:, None, None], fitted[1], rotations)
        shifts = np.where(better[:, None], fitted[2], shifts)
        inliers = np.where(better[:, None], refit, inliers)
    counts = inliers.sum(axis=1)
    best = int(np.argmax(counts))  # the first of equal counts
    return Placement(rotations[best], shifts[best], float(turns[best]), int(counts[best]))


def mated_minutiae(a: mcc.Cylinders, b: mcc.Cylinders, where: Placement) -> int:
    """How many minutiae of ``a`` (all of them, cylinder or not) pair one-to-one with a
    minutia of ``b`` within MATE_DISTANCE and MATE_ANGLE after the placement."""
    moved = a.outline @ where.rotation.T + where.shift
    distance = np.hypot(moved[:, None, 0] - b.outline[None, :, 0],
                        moved[:, None, 1] - b.outline[None, :, 1])
    turned = np.abs(mcc._wrap(a.outline_angles[:, None] + where.turn
                              - b.outline_angles[None, :]))
    return maximum_matching((distance <= MATE_DISTANCE) & (turned <= MATE_ANGLE))


def _inside(points: np.ndarray, outline: np.ndarray) -> int:
    """How many ``points`` lie inside the convex hull of ``outline`` grown by the margin."""
    if not len(points):
        return 0
    return int(mcc._hull_mask(outline, points, OVERLAP_MARGIN).sum())


def consistent_pairs(a: mcc.Cylinders, b: mcc.Cylinders,
                     pairs: mcc.RelaxedPairs) -> tuple[int, int]:
    """(minutiae paired under the best placement, minutiae in the common area) for the
    relaxed ``pairs`` of ``a`` and ``b`` (:func:`mcc.relaxed_pairs` with HYPOTHESES kept)."""
    where = placement(a, b, pairs)
    if where is None:
        return 0, 0
    a_on_b = _inside(a.outline @ where.rotation.T + where.shift, b.outline)
    b_on_a = _inside((b.outline - where.shift) @ where.rotation, a.outline)
    return mated_minutiae(a, b, where), min(a_on_b, b_on_a)


def consistency(a: mcc.Cylinders, b: mcc.Cylinders, pairs: mcc.RelaxedPairs) -> float:
    """Paired minutiae per minutia of the common area (at least MIN_OVERLAP), 0 and up."""
    mated, overlap = consistent_pairs(a, b, pairs)
    return mated / max(overlap, MIN_OVERLAP)
