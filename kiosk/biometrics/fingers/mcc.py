"""Minutia Cylinder-Code (MCC) local structures and LSS-R global consolidation, in numpy.

After R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code: a new representation and
matching technique for fingerprint recognition", IEEE TPAMI 32(12), 2010 (the algorithm is
published; this is our own implementation, with the paper's parameters for 500 ppi).

Each minutia gets a cylinder: a 16 x 16 grid of cells around it (radius 70 pixels), turned
to the minutia's direction, with 6 direction bins; each cell holds how many neighbouring
minutiae lie near it with that relative direction. Cylinders are invariant to rotation and
translation, so a rotated or partial print keeps most of them. Two prints are compared by
every pair of cylinders (four matrix products), then the best pairs are relaxed against each
other (pairs whose geometry disagrees with the others lose weight) and the most efficient
ones averaged: a score from 0 (different) to 1.

Two changes from the paper, both measured on FVC2002 DB2_B and its variants with mindtct
minutiae, on each half of the fingers: the paper averages 4 to 12 pairs, more for prints with
more minutiae; we average a fixed PAIRS_AVERAGED, since two prints that overlap little (a
partial print) share few true pairs whatever their minutiae count, and averaging 12 there
dilutes them with chance pairs (bench_fingers.py: the number of pairs and the fusion weight
chosen on four fingers, measured on the other four, both ways). And a narrower spatial
spread SIGMA_S, 6 pixels instead of 28/3 (5, 6 and 7 all beat 28/3 on both halves of the
fingers; 6 is the middle one).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

VERSION = "mcc-lssr-4"  # change when a parameter changes (cached benchmark scores)
RADIUS = 70.0
NS = 16                      # cells per side
ND = 6                       # direction bins
SIGMA_S = 6.0                # the paper: 28/3 (see above)
SIGMA_D = 2.0 * math.pi / 9.0
MU_PSI, TAU_PSI = 0.01, 400.0
HULL_OFFSET = 50.0
MIN_VALID_CELLS = 0.75       # of the cells inside the radius
MIN_NEIGHBOURS = 2
MIN_MATCHABLE = 0.6          # of the cells valid in both cylinders
MAX_DIRECTION_DIFF = math.pi / 2
PAIRS_AVERAGED = 4           # the paper: 4 to 12 with the minutiae count (see above)
RELAX_ITERATIONS, RELAX_WEIGHT = 5, 0.5
RHO = ((5.0, -8.0 / 5.0), (math.pi / 12.0, -30.0), (math.pi / 12.0, -30.0))

_DELTA_S = 2.0 * RADIUS / NS
_DELTA_D = 2.0 * math.pi / ND
_OFFSETS = (np.arange(1, NS + 1) - (NS + 1) / 2.0) * _DELTA_S
_CELL_X, _CELL_Y = np.meshgrid(_OFFSETS, _OFFSETS, indexing="ij")
_CELL_X, _CELL_Y = _CELL_X.ravel(), _CELL_Y.ravel()
_IN_RADIUS = np.hypot(_CELL_X, _CELL_Y) <= RADIUS
_BIN_ANGLES = -math.pi + (np.arange(1, ND + 1) - 0.5) * _DELTA_D


@dataclass(frozen=True, eq=False)
class Cylinders:
    """The MCC template of one print: valid cylinders and their minutiae.

    ``values``: (n, NS*NS*ND) float32, zero in invalid cells; ``masks``: (n, NS*NS) float32
    (1 = valid cell); ``xy`` (n, 2) and ``angles`` (n,) of the cylinders' minutiae, with the
    y axis pointing up and angles counter-clockwise in radians; ``outline`` (m, 2): every
    minutia of the print, cylinder or not (its convex hull is the print's minutiae area), and
    ``outline_angles`` (m,) their directions.
    """

    values: np.ndarray
    masks: np.ndarray
    xy: np.ndarray
    angles: np.ndarray
    outline: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    outline_angles: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def count(self) -> int:
        return int(self.values.shape[0])


def _wrap(angle: np.ndarray) -> np.ndarray:
    """Angles to [-pi, pi)."""
    return (angle + np.pi) % (2.0 * np.pi) - np.pi


def _psi(value: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(np.clip(-TAU_PSI * (value - MU_PSI), -50.0, 50.0)))


def _erf(values: np.ndarray) -> np.ndarray:
    """Vectorised error function (Abramowitz-Stegun 7.1.26, |error| < 1.5e-7)."""
    sign = np.sign(values)
    x = np.abs(values)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (
        -1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _hull_mask(points: np.ndarray, centres: np.ndarray,
               grow: float = HULL_OFFSET) -> np.ndarray:
    """True for each centre inside the convex hull of ``points`` grown by ``grow`` pixels."""
    if len(points) < 3:
        return np.zeros(centres.shape[:-1], bool)
    hull = cv2.convexHull(points.astype(np.float32)).reshape(-1, 2).astype(np.float64)
    if len(hull) < 3:
        return np.zeros(centres.shape[:-1], bool)
    start, end = hull, np.roll(hull, -1, axis=0)
    edge = end - start
    length = np.maximum(np.hypot(edge[:, 0], edge[:, 1]), 1e-9)
    area = np.sum(start[:, 0] * end[:, 1] - end[:, 0] * start[:, 1])
    sign = 1.0 if area > 0 else -1.0  # the hull's orientation decides the inside sign
    # signed distance of every centre to every edge line, as one matrix product
    coefficients = np.stack([-edge[:, 1], edge[:, 0]]) * (sign / length)
    offset = (edge[:, 1] * start[:, 0] - edge[:, 0] * start[:, 1]) * (sign / length)
    flat = centres.reshape(-1, 2) @ coefficients + offset
    return np.all(flat >= -grow, axis=1).reshape(centres.shape[:-1])


def cylinders(x: Sequence[float], y: Sequence[float], angles_deg: Sequence[float],
              sigma_s: float = SIGMA_S) -> Cylinders:
    """MCC cylinders of minutiae at pixel ``x``, ``y`` (y down, as in the image) with
    directions in degrees counter-clockwise (mindtct's convention); ``sigma_s``: the spatial
    spread (another than SIGMA_S only to measure the previous matcher)."""
    xy = np.column_stack([np.asarray(x, np.float64), -np.asarray(y, np.float64)])
    theta = np.radians(np.asarray(angles_deg, np.float64))
    n = len(theta)
    if n < MIN_NEIGHBOURS + 1:
        return _empty(xy, theta)
    cos, sin = np.cos(theta), np.sin(theta)
    # cell centres of every cylinder, (n, NS*NS)
    cx = xy[:, 0, None] + cos[:, None] * _CELL_X - sin[:, None] * _CELL_Y
    cy = xy[:, 1, None] + sin[:, None] * _CELL_X + cos[:, None] * _CELL_Y
    masks = _hull_mask(xy, np.stack([cx, cy], axis=-1)) & _IN_RADIUS
    # only minutiae within RADIUS + 3 sigma can reach a cell of the cylinder
    near = np.hypot(xy[:, None, 0] - xy[None, :, 0],
                    xy[:, None, 1] - xy[None, :, 1]) <= RADIUS + 3 * sigma_s
    np.fill_diagonal(near, False)
    valid = (masks.sum(axis=1) >= MIN_VALID_CELLS * _IN_RADIUS.sum()) & \
            (near.sum(axis=1) >= MIN_NEIGHBOURS)
    keep = np.flatnonzero(valid)
    if not len(keep):
        return _empty(xy, theta)
    width = int(near[keep].sum(axis=1).max())
    order = np.argsort(~near[keep], axis=1, kind="stable")[:, :width]  # neighbours first
    present = np.take_along_axis(near[keep], order, axis=1)
    # spatial contribution of each neighbour t to each cell of cylinder m: (m, cells, t)
    dist2 = (cx[keep][:, :, None] - xy[order, 0][:, None, :]) ** 2 + \
            (cy[keep][:, :, None] - xy[order, 1][:, None, :]) ** 2
    spatial = np.exp(-dist2 / (2 * sigma_s ** 2)) / (sigma_s * math.sqrt(2 * math.pi))
    spatial *= (dist2 <= (3 * sigma_s) ** 2) & present[:, None, :]
    # directional contribution: (m, ND, t)
    rel = _wrap(theta[order] - theta[keep][:, None])
    alpha = _wrap(_BIN_ANGLES[None, :, None] - rel[:, None, :])
    scale = 1.0 / (SIGMA_D * math.sqrt(2.0))
    directional = 0.5 * (_erf((alpha + _DELTA_D / 2) * scale)
                         - _erf((alpha - _DELTA_D / 2) * scale))
    values = _psi(spatial @ directional.transpose(0, 2, 1))
    values *= masks[keep][:, :, None]
    return Cylinders(values.reshape(len(keep), -1).astype(np.float32),
                     masks[keep].astype(np.float32), xy[keep], theta[keep], xy, theta)


def _empty(outline: np.ndarray, outline_angles: np.ndarray) -> Cylinders:
    return Cylinders(np.zeros((0, NS * NS * ND), np.float32), np.zeros((0, NS * NS), np.float32),
                     np.zeros((0, 2)), np.zeros(0), outline, outline_angles)


def local_similarities(a: Cylinders, b: Cylinders) -> np.ndarray:
    """(na, nb) similarity of every pair of cylinders, 0 where they are not comparable."""
    if not a.count or not b.count:
        return np.zeros((a.count, b.count))
    sq_a = (a.values.reshape(a.count, NS * NS, ND) ** 2).sum(axis=2)
    sq_b = (b.values.reshape(b.count, NS * NS, ND) ** 2).sum(axis=2)
    norm_a2 = sq_a @ b.masks.T            # |a restricted to b's valid cells|^2
    norm_b2 = a.masks @ sq_b.T
    dot = a.values @ b.values.T
    common = a.masks @ b.masks.T
    diff = np.sqrt(np.maximum(norm_a2 + norm_b2 - 2.0 * dot, 0.0))
    total = np.sqrt(norm_a2) + np.sqrt(norm_b2)
    sim = np.where(total > 0, 1.0 - diff / np.maximum(total, 1e-12), 0.0)
    matchable = common >= MIN_MATCHABLE * _IN_RADIUS.sum()
    turned = np.abs(_wrap(a.angles[:, None] - b.angles[None, :])) <= MAX_DIRECTION_DIFF
    return np.where(matchable & turned, sim, 0.0)


def _z(value: np.ndarray, mu: float, tau: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(np.clip(-tau * (value - mu), -50.0, 50.0)))


def _pair_geometry(xy: np.ndarray, theta: np.ndarray) -> tuple[np.ndarray, ...]:
    dx = xy[None, :, 0] - xy[:, None, 0]
    dy = xy[None, :, 1] - xy[:, None, 1]
    distance = np.hypot(dx, dy)
    turn = _wrap(theta[:, None] - theta[None, :])
    radial = _wrap(theta[:, None] - np.arctan2(dy, dx))
    return distance, turn, radial


UNIQUE_PAIRS = True


def _top_pairs(sim: np.ndarray, wanted: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``wanted`` most similar cylinder pairs (each minutia in one pair at most when
    UNIQUE_PAIRS)."""
    order = np.argsort(sim, axis=None)[::-1]
    if not UNIQUE_PAIRS:
        first, second = np.unravel_index(order[:wanted], sim.shape)
        return first, second
    rows, cols = np.unravel_index(order, sim.shape)
    used_a, used_b = np.zeros(sim.shape[0], bool), np.zeros(sim.shape[1], bool)
    keep_a, keep_b = [], []
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        if used_a[r] or used_b[c]:
            continue
        used_a[r] = used_b[c] = True
        keep_a.append(r)
        keep_b.append(c)
        if len(keep_a) == wanted:
            break
    return np.array(keep_a, int), np.array(keep_b, int)


@dataclass(frozen=True)
class RelaxedPairs:
    """The most efficient cylinder pairs after LSS-R relaxation, most efficient first:
    indices into each template's cylinders and their relaxed similarities (empty when nothing
    compares); ``similarity`` is the sum of the relaxed similarities divided by the number of
    pairs asked for (a missing pair counts 0); ``paired_a``, ``paired_b``: every cylinder pair
    of the greedy one-to-one assignment with a similarity above 0, most similar first."""

    similarity: float
    index_a: np.ndarray
    index_b: np.ndarray
    relaxed: np.ndarray
    paired_a: np.ndarray = field(default_factory=lambda: np.zeros(0, int))
    paired_b: np.ndarray = field(default_factory=lambda: np.zeros(0, int))


def score(a: Cylinders, b: Cylinders) -> float:
    """LSS-R global score of two MCC templates, 0 (different fingers) to 1."""
    return relaxed_pairs(a, b).similarity


def relaxed_pairs(a: Cylinders, b: Cylinders, keep: int = PAIRS_AVERAGED,
                  sim: np.ndarray | None = None) -> RelaxedPairs:
    """LSS-R consolidation: the best cylinder pairs relaxed against each other's geometry, the
    ``keep`` most efficient kept; their mean relaxed similarity is the score. ``sim``: the
    :func:`local_similarities` of ``a`` and ``b`` when already computed."""
    none = RelaxedPairs(0.0, np.zeros(0, int), np.zeros(0, int), np.zeros(0))
    if sim is None:
        sim = local_similarities(a, b)
    n_pairs_wanted = min(a.count, b.count)
    if n_pairs_wanted < 2:
        return none
    ia, ib = _top_pairs(sim, n_pairs_wanted)
    lam0 = sim[ia, ib]
    if not np.any(lam0 > 0):
        return none
    da, ta, ra = _pair_geometry(a.xy[ia], a.angles[ia])
    db, tb, rb = _pair_geometry(b.xy[ib], b.angles[ib])
    rho = (_z(np.abs(da - db), *RHO[0]) * _z(np.abs(_wrap(ta - tb)), *RHO[1])
           * _z(np.abs(_wrap(ra - rb)), *RHO[2]))
    np.fill_diagonal(rho, 0.0)
    lam = lam0.copy()
    denominator = max(1, len(lam) - 1)
    for _ in range(RELAX_ITERATIONS):
        lam = RELAX_WEIGHT * lam + (1.0 - RELAX_WEIGHT) * (rho @ lam) / denominator
    efficiency = np.where(lam0 > 0, lam / np.maximum(lam0, 1e-12), 0.0)
    best = np.argsort(efficiency)[::-1][:keep]
    positive = lam0 > 0
    return RelaxedPairs(float(np.sum(lam[best])) / keep, ia[best], ib[best], lam[best],
                        ia[positive], ib[positive])
