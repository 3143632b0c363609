"""How many paired minutiae one rigid placement explains, for the prints' common area.

MCC's score (:mod:`kiosk.biometrics.fingers.mcc`) averages a few pairs of similar local
structures; it does not ask whether the rest of the pairs agree on one placement of one print
on the other, nor how much of the prints overlaps. This second score does both: each of the
HYPOTHESES most efficient LSS-R pairs places print a on print b (the pair's two minutiae made
to coincide, turned by their direction difference), the placement under which most of the
one-to-one cylinder pairs land within INLIER_DISTANCE and INLIER_ANGLE of their partner wins,
and that count of consistent pairs is divided by the minutiae in the common area (those of
each print inside the other's minutiae hull after the placement, the smaller of the two;
at least MIN_OVERLAP). A partial print that shares 10 minutiae with its mate and explains 8
of them scores as high as two full prints explaining 40 of 50; a stranger explains few.

Chosen by measurement (tests/benchmarks/bench_fingers.py, fused with MCC and bozorth3 in
:mod:`kiosk.biometrics.fingers.matching`): on each half of the FVC2002 DB2_B fingers and
their variants the fusion with this score misses fewer genuine pairs at the other half's
false-match rate 0.1 % than the fusion without it. Also measured, none better on both halves:
tolerances of 12 px and 20 degrees, 20 px and 30 or 45 degrees; 16 placements; a margin of 0
or 20 px; inliers weighted by their cylinder similarity; the denominator's floor 5 or 12, or
the geometric mean or the larger of the two overlap counts.
"""

from __future__ import annotations

import math

import numpy as np

from kiosk.biometrics.fingers import mcc

HYPOTHESES = 8                 # placements tried: the most efficient LSS-R pairs
INLIER_DISTANCE = 15.0         # pixels at 500 ppi
INLIER_ANGLE = math.pi / 6
OVERLAP_MARGIN = 10.0          # pixels around the other print's minutiae hull
MIN_OVERLAP = 8                # minutiae: the denominator's floor


def _inside(points: np.ndarray, outline: np.ndarray) -> int:
    """How many ``points`` lie inside the convex hull of ``outline`` grown by the margin."""
    if not len(points):
        return 0
    return int(mcc._hull_mask(outline, points, OVERLAP_MARGIN).sum())


def consistent_pairs(a: mcc.Cylinders, b: mcc.Cylinders,
                     pairs: mcc.RelaxedPairs) -> tuple[int, int]:
    """(pairs consistent with the best placement, minutiae in the common area) for the
    relaxed ``pairs`` of ``a`` and ``b`` (:func:`mcc.relaxed_pairs` with HYPOTHESES kept)."""
    ia, ib = pairs.paired_a, pairs.paired_b
    if len(ia) < 2 or not len(pairs.index_a):
        return 0, 0
    hyp_a, hyp_b = pairs.index_a[:HYPOTHESES], pairs.index_b[:HYPOTHESES]
    turns = mcc._wrap(b.angles[hyp_b] - a.angles[hyp_a])                         # (h,)
    cos, sin = np.cos(turns), np.sin(turns)
    rotations = np.stack([np.stack([cos, -sin], -1), np.stack([sin, cos], -1)], 1)  # (h, 2, 2)
    shifts = b.xy[hyp_b] - np.einsum("hij,hj->hi", rotations, a.xy[hyp_a])
    moved = np.einsum("hij,pj->hpi", rotations, a.xy[ia]) + shifts[:, None, :]    # (h, p, 2)
    distance = np.hypot(*np.moveaxis(moved - b.xy[ib][None], -1, 0))
    turned = np.abs(mcc._wrap(a.angles[ia][None] + turns[:, None] - b.angles[ib][None]))
    inliers = ((distance <= INLIER_DISTANCE) & (turned <= INLIER_ANGLE)).sum(axis=1)
    best = int(np.argmax(inliers))  # the first of equal counts
    rotation, shift = rotations[best], shifts[best]
    a_on_b = _inside(a.outline @ rotation.T + shift, b.outline)
    b_on_a = _inside((b.outline - shift) @ rotation, a.outline)
    return int(inliers[best]), min(a_on_b, b_on_a)


def consistency(a: mcc.Cylinders, b: mcc.Cylinders, pairs: mcc.RelaxedPairs) -> float:
    """Consistent pairs per minutia of the common area (at least MIN_OVERLAP), 0 and up."""
    consistent, overlap = consistent_pairs(a, b, pairs)
    return consistent / max(overlap, MIN_OVERLAP)
