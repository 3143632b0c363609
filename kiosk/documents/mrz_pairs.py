"""A tie-break between OCR-B glyphs that differ in a small part (N/M, 8/B, T/Y, O/Q, Z/X).

The glyph networks and the whole-cell template match (:mod:`.mrz_verify`) both weigh every
pixel of a cell, and on blurred or bold print the few pixels that tell such a pair apart
(an O's tail, the depth of an M's vee against an N's diagonal, the waist of an 8) are
outweighed by the many they share. When a cell's two likeliest characters are such a pair,
the two templates are compared with the cell only where they differ
(:func:`discriminating_mask`), each at its best shift, and the difference of those two
correlations moves probability between the two characters (:func:`tie_break`).
"""

from __future__ import annotations

from functools import cache

import cv2
import numpy as np

from kiosk.documents.mrz_glyphs import ALPHABET, CELL_H, CELL_W
from kiosk.documents.mrz_verify import SHIFT, ink, templates

# the reader's commonest confusions on the specimens and their variants; E/K and 6/4 were tried
# and left out (E/K: no gain; 6/4: 6 read as 4 9 -> 22 times)
PAIRS = ("NM", "8B", "TY", "OQ", "ZX")
# probability of a pair's characters is weighted by exp(+-WEIGHT d / 2), d the difference of
# their correlations in the region where their templates differ: 10 and 25 tried on the
# specimens and their variants (bench_mrz_ocr.py; 25 misread more)
WEIGHT = 10.0
MASK_FLOOR = 0.25  # region: where the blurred templates differ by this share of the most


@cache
def discriminating_mask(a: str, b: str) -> np.ndarray:
    """Weights (CELL_H, CELL_W) in [0, 1]: where the templates of ``a`` and ``b`` differ."""
    tpl = templates()
    diff = np.abs(tpl[ALPHABET.index(a)] - tpl[ALPHABET.index(b)])
    diff = cv2.GaussianBlur(diff, (0, 0), 1.5)
    mask = np.clip((diff / max(float(diff.max()), 1e-6) - MASK_FLOOR) / (1 - MASK_FLOOR), 0, 1)
    return mask.astype(np.float32)


def _masked_corr(cell_ink: np.ndarray, template: np.ndarray, mask: np.ndarray) -> float:
    """Best weighted correlation of ``template`` with the cell over shifts of :data:`SHIFT`."""
    padded = np.pad(cell_ink, SHIFT)
    windows = np.lib.stride_tricks.sliding_window_view(padded, (CELL_H, CELL_W))
    x = windows.reshape(-1, CELL_H * CELL_W)
    w = mask.ravel() / max(float(mask.sum()), 1e-6)
    t = template.ravel() - float(w @ template.ravel())
    x = x - (x @ w)[:, None]
    cov = (x * t) @ w
    var_x = (x * x) @ w
    var_t = float((t * t) @ w)
    return float((cov / np.sqrt(np.maximum(var_x * var_t, 1e-9))).max())


def tie_break(cells: np.ndarray, probs: np.ndarray, weight: float = WEIGHT) -> np.ndarray:
    """``probs`` (n, 37) of ``cells`` with each cell whose two likeliest characters form one
    of :data:`PAIRS` re-weighted by the pair's discriminating-region correlations."""
    if weight == 0 or len(cells) == 0:
        return probs
    pairs = {frozenset(p) for p in PAIRS}
    top2 = np.argsort(-probs, axis=1)[:, :2]
    out = probs.copy()
    inks = None
    tpl = templates()
    for i, (j, k) in enumerate(top2):
        a, b = ALPHABET[j], ALPHABET[k]
        if frozenset((a, b)) not in pairs:
            continue
        if inks is None:
            inks = ink(cells)
        mask = discriminating_mask(*sorted((a, b)))
        d = _masked_corr(inks[i], tpl[j], mask) - _masked_corr(inks[i], tpl[k], mask)
        out[i, j] *= np.exp(weight * d / 2)
        out[i, k] *= np.exp(-weight * d / 2)
        out[i] /= out[i].sum()
    return out
