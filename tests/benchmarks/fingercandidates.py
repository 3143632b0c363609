"""Candidate fingerprint scores measured beside the shipped fusion (``bench_fingers.py
--candidates``), none shipped because none beat it on the held-out fingers:

- a pairing count: the LSS-R pairs align the prints (weighted least squares, and the five
  best single pairs), minutiae that then agree in place (18 px) and direction (30 degrees)
  are paired; also that count normalised by the minutiae each print has in the other's area
  (small overlaps), n^2 / (overlap_a * overlap_b);
- MCC normalised by the number of cylinders (few cylinders give high impostor scores: the
  99 % impostor quantile as c0 + c1 / n, fitted on the training fingers);
- fusions learned by logistic regression on the training fingers, tested on the others.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from fingerset import CACHE, Sample

from kiosk.biometrics.fingers import mcc
from kiosk.biometrics.fingers.minutiae import FingerTemplate

VERSION = "consolidation-1"
MATE_DISTANCE = 18.0
MATE_ANGLE = math.pi / 6
OVERLAP_MARGIN = 10.0
HYPOTHESES = 5
FEATURES = ("mated", "mated_fit", "overlap_a", "overlap_b")


@dataclass(frozen=True, eq=False)
class Prepared:
    """One template for consolidation: its cylinders and every minutia (y up, radians)."""

    cylinders: mcc.Cylinders
    xy: np.ndarray
    angles: np.ndarray


def prepare(template: FingerTemplate) -> Prepared:
    points = template.minutiae()
    xy = np.array([(m.x, -m.y) for m in points], float).reshape(-1, 2)
    return Prepared(template.cylinders, xy, np.radians([m.angle for m in points]))


def _rotation(angle: float) -> np.ndarray:
    return np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])


def _mate(a: Prepared, b: Prepared, angle: float, shift: np.ndarray) -> tuple[int, np.ndarray]:
    moved = a.xy @ _rotation(angle).T + shift
    distance = np.hypot(moved[:, None, 0] - b.xy[None, :, 0], moved[:, None, 1] - b.xy[None, :, 1])
    turned = np.abs(mcc._wrap(a.angles[:, None] + angle - b.angles[None, :]))
    rows, cols = np.nonzero((distance <= MATE_DISTANCE) & (turned <= MATE_ANGLE))
    order = np.argsort(distance[rows, cols], kind="stable")
    used_a: set[int] = set()
    used_b: set[int] = set()
    for r, c in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        if r not in used_a and c not in used_b:
            used_a.add(r)
            used_b.add(c)
    return len(used_a), moved


def consolidate(a: Prepared, b: Prepared) -> tuple[int, int, int, int]:
    """(mated minutiae: best alignment, weighted-fit alignment; a's minutiae in b's area,
    b's in a's) after aligning on the LSS-R pairs."""
    pairs = mcc.relaxed_pairs(a.cylinders, b.cylinders, 12)  # as many as the previous rule
    if len(pairs.relaxed) < 2:
        return 0, 0, 0, 0
    ca, cb = a.cylinders, b.cylinders
    pa, pb = ca.xy[pairs.index_a], cb.xy[pairs.index_b]
    w = np.maximum(pairs.relaxed, 1e-6)
    w = w / w.sum()
    ma, mb = (w[:, None] * pa).sum(axis=0), (w[:, None] * pb).sum(axis=0)
    h = ((pa - ma) * w[:, None]).T @ (pb - mb)
    angle = math.atan2(h[0, 1] - h[1, 0], h[0, 0] + h[1, 1])
    mated_fit, moved = _mate(a, b, angle, mb - _rotation(angle) @ ma)
    mated = mated_fit
    overlap_a = int(mcc._hull_mask(b.xy, moved, OVERLAP_MARGIN).sum())
    overlap_b = int(mcc._hull_mask(moved, b.xy, OVERLAP_MARGIN).sum())
    for k in np.argsort(pairs.relaxed)[::-1][:HYPOTHESES].tolist():
        ia, ib = pairs.index_a[k], pairs.index_b[k]
        turn = float(mcc._wrap(np.array(cb.angles[ib] - ca.angles[ia])))
        mated = max(mated, _mate(a, b, turn, cb.xy[ib] - _rotation(turn) @ ca.xy[ia])[0])
    return mated, mated_fit, overlap_a, overlap_b


def _rows(job: tuple[list[bytes], int, int]) -> tuple[int, int, np.ndarray]:
    isos, start, stop = job
    prepared = [prepare(FingerTemplate.from_iso(iso)) for iso in isos]
    n = len(prepared)
    out = np.zeros((stop - start, n, len(FEATURES)))
    for i in range(start, stop):
        for j in range(i + 1, n):
            out[i - start, j] = consolidate(prepared[i], prepared[j])
    return start, stop, out


def feature_matrices(samples: list[Sample], workers: int = 2) -> dict[str, np.ndarray]:
    """Upper-triangle consolidation features of every pair (cached by content)."""
    digest = hashlib.sha256((VERSION + mcc.VERSION).encode())
    for sample in samples:
        digest.update(sample.iso)
    path = CACHE / f"consolidation-{digest.hexdigest()[:20]}.npz"
    if path.exists():
        with np.load(path) as cached:
            return {name: cached[name] for name in FEATURES}
    isos = [s.iso for s in samples]
    n = len(isos)
    cuts = np.searchsorted(np.cumsum(np.arange(n, 0, -1)), np.linspace(0, n * (n - 1) / 2, 41))
    bounds = sorted({0, n, *np.minimum(cuts, n).tolist()})
    jobs = [(isos, a, b) for a, b in itertools.pairwise(bounds) if b > a]
    full = np.zeros((n, n, len(FEATURES)))
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for start, stop, part in pool.imap_unordered(_rows, jobs):
            full[start:stop] = part
    matrices = {name: full[:, :, k] for k, name in enumerate(FEATURES)}
    np.savez(path, **matrices)
    return matrices


def fit_logistic(features: np.ndarray, genuine: np.ndarray) -> np.ndarray:
    """Logistic regression (IRLS, classes weighted equally, small L2): intercept first."""
    x = np.column_stack([np.ones(len(features)), features])
    weights = np.zeros(x.shape[1])
    sample = np.where(genuine, 0.5 / genuine.mean(), 0.5 / (1.0 - genuine.mean()))
    ridge = 1e-3 * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ weights, -30, 30)))
        gradient = x.T @ (sample * (p - genuine)) + ridge @ weights
        hessian = (x * (sample * p * (1 - p))[:, None]).T @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-9:
            break
    return weights


def count_curve(similarity: np.ndarray, count: np.ndarray, impostor: np.ndarray) -> np.ndarray:
    """(c0, c1): the 99 % impostor MCC quantile as c0 + c1 / cylinders, over bins of 4."""
    xs, ys = [], []
    for low in range(8, 80, 4):
        chosen = impostor & (count >= low) & (count < low + 4)
        if chosen.sum() > 200:
            xs.append(float(np.mean(count[chosen])))
            ys.append(float(np.quantile(similarity[chosen], 0.99)))
    design = np.column_stack([np.ones(len(xs)), 1.0 / np.array(xs)])
    return np.linalg.lstsq(design, np.array(ys), rcond=None)[0]


Builder = Callable[[np.ndarray], np.ndarray]  # training mask -> (pairs, features)


def learned(columns: dict[str, np.ndarray], genuine: np.ndarray,
            names: tuple[str, ...], train: np.ndarray, count_norm: bool = False) -> np.ndarray:
    """Scores of every pair from a logistic fusion of ``names`` fitted on ``train`` pairs
    (``mcc`` divided by the count curve fitted on ``train`` when ``count_norm``)."""
    cols = dict(columns)
    if count_norm:
        c0, c1 = count_curve(cols["mcc"], cols["cylinders"], train & ~genuine)
        cols["mcc"] = cols["mcc"] / (c0 + c1 / np.maximum(cols["cylinders"], 4))
    x = np.column_stack([cols[name] for name in names])
    weights = fit_logistic(x[train], genuine[train])
    return np.column_stack([np.ones(len(x)), x]) @ weights


def evaluate(samples: list[Sample], templates: list[FingerTemplate],
             matrices: dict[str, np.ndarray], train_fingers: tuple[int, ...],
             held_fingers: tuple[int, ...]) -> None:
    """Print the DET points of the candidates beside ``matrices`` (bozorth3, MCC, the shipped
    fusion), and for each the held-out rates both ways between the two halves of fingers."""
    import fingerdet
    from benchlib import print_table

    index, genuine = fingerdet.pair_sets(samples)
    rows, cols = index
    features = {k: v[index] for k, v in feature_matrices(samples).items()}
    counts = np.array([t.cylinders.count for t in templates])
    columns = {"mcc": matrices["MCC (previous: 4-12 pairs)"][index] / 0.03,
               "bozorth3": matrices["bozorth3 (old)"][index] / 31.0,
               "mated": features["mated"] / 10.0,
               "mated_fit": features["mated_fit"] / 10.0,
               "ratio": 10.0 * features["mated"] ** 2 / (np.maximum(features["overlap_a"], 8)
                                                        * np.maximum(features["overlap_b"], 8)),
               "cylinders": np.minimum(counts[rows], counts[cols]).astype(float)}
    finger = np.array([s.finger for s in samples])
    halves = {name: np.isin(finger[rows], group) & np.isin(finger[cols], group)
              for name, group in (("train", train_fingers), ("held", held_fingers))}
    fixed: dict[str, np.ndarray] = {name: m[index] for name, m in matrices.items()}
    fixed["pairing count"] = features["mated"]
    fixed["pairing / overlap"] = columns["ratio"]
    learned_specs = {
        "LR mcc+bozorth3": (("mcc", "bozorth3"), False),
        "LR mcc+bozorth3+mated": (("mcc", "bozorth3", "mated"), False),
        "LR mcc/n+bozorth3": (("mcc", "bozorth3"), True),
        "LR mcc/n+bozorth3+mated": (("mcc", "bozorth3", "mated"), True),
        "LR mcc/n+bozorth3+mated_fit": (("mcc", "bozorth3", "mated_fit"), True),
        "LR mcc+bozorth3+ratio": (("mcc", "bozorth3", "ratio"), False),
    }

    def scores(name: str, train: np.ndarray) -> np.ndarray:
        if name in fixed:
            return fixed[name]
        names, norm = learned_specs[name]
        return learned(columns, genuine, names, train, norm)

    usable = all((half & genuine).any() and (half & ~genuine).any() for half in halves.values())
    fit_on = halves["train"] if usable else np.ones_like(genuine)
    det_rows, held_rows = [], []
    for name in [*fixed, *learned_specs]:
        everything = scores(name, fit_on)
        impostor = everything[~genuine]
        det_rows.append([name, *[fingerdet.rates(everything[genuine], impostor,
                                                 fingerdet.threshold_at(impostor, f))[1]
                                 for f in (0.01, 0.001)]])
        cells = [name]
        for train_name, test_name in ((("train", "held"), ("held", "train")) if usable else ()):
            train, test = halves[train_name], halves[test_name]
            values = scores(name, train)
            threshold = fingerdet.threshold_at(values[train & ~genuine], 0.001)
            fmr, fnmr = fingerdet.rates(values[test & genuine], values[test & ~genuine],
                                        threshold)
            own = fingerdet.threshold_at(values[test & ~genuine], 0.001)
            cells += [fmr, fnmr, fingerdet.rates(values[test & genuine],
                                                 values[test & ~genuine], own)[1]]
        held_rows.append(cells)
    print_table(["matcher", "FNMR % @FMR 1 %", "FNMR % @FMR 0.1 %"], det_rows,
                title="Candidates on every pair (learned ones fitted on fingers "
                      f"{train_fingers if usable else 'all'}; their rows include the "
                      "training pairs)")
    print()
    if not usable:
        print("(held out by finger: each half needs two fingers or more)")
        return
    a, b = "".join(str(f)[-1] for f in train_fingers), "".join(str(f)[-1] for f in held_fingers)
    print_table(["matcher", f"{a}->{b} FMR %", "FNMR %", "FNMR @own 0.1 %",
                 f"{b}->{a} FMR %", "FNMR %", "FNMR @own 0.1 %"], held_rows,
                title="Held out by finger: weights and threshold (FMR 0.1 %) from one half, "
                      "rates on the other; 'own': FNMR at the held-out half's own FMR 0.1 % "
                      "threshold (the weights' quality without the threshold's transfer)")
    print()
