"""Per-character recognition of MRZ glyphs (OCR-B, alphabet A-Z 0-9 '<') with a small MLP.

A located MRZ line is rectified into a strip where capital letters are :data:`CAP` pixels
tall; each character cell (one pitch wide, 1.5 capitals tall, centred on the line) is cut out
with :func:`cut_cells`, described by HOG plus a coarse pixel grid (:func:`features`) and
classified by two OpenCV ``cv2.ml.ANN_MLP`` networks (their mean log-probabilities) trained by
``scripts/train_mrz_ocr.py`` on glyphs rendered from the OCR-B font, one on plain and one on
harder print (``resources/mrz_ocr/``). :meth:`GlyphModel.classify` gives, for
every cell, the probability of each character of :data:`ALPHABET`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from kiosk.paths import resources_dir

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
CAP = 24  # capital height in a rectified line strip, pixels
CELL_W, CELL_H = 24, 32  # classifier input size
CELL_SPAN = 1.5  # a cell is this many capital heights tall
MODEL_PATH = resources_dir() / "mrz_ocr" / "ocrb_mlp.yml.gz"
# a second network trained on harder print (bolder, fainter, defocused): the pair's mean
# log-probabilities misread fewer real glyphs than either network alone
HARD_MODEL_PATH = resources_dir() / "mrz_ocr" / "ocrb_mlp_hard.yml.gz"

_HOG = cv2.HOGDescriptor((CELL_W, CELL_H), (12, 16), (6, 8), (6, 8), 9)


def cut_cells(strip: np.ndarray, centers: np.ndarray, mid_y: float,
              pitch: np.ndarray | float, cap: np.ndarray | float = CAP) -> np.ndarray:
    """Cells (n, CELL_H, CELL_W) of a rectified strip centred at ``centers`` on ``mid_y``,
    each ``pitch`` wide and 1.5 ``cap`` tall (both may vary along a photographed line)."""
    pitches = np.broadcast_to(np.asarray(pitch, np.float64), np.shape(centers))
    caps = np.broadcast_to(np.asarray(cap, np.float64), np.shape(centers))
    cells = np.empty((len(centers), CELL_H, CELL_W), np.uint8)
    for i, (cx, p, c) in enumerate(zip(centers, pitches, caps, strict=True)):
        sx = p / CELL_W
        sy = CELL_SPAN * c / CELL_H
        # output (u, v) -> strip (cx + (u + .5 - W/2) sx, mid + (v + .5 - H/2) sy)
        m = np.array([[sx, 0, cx + (0.5 - CELL_W / 2) * sx],
                      [0, sy, mid_y + (0.5 - CELL_H / 2) * sy]], np.float64)
        cells[i] = cv2.warpAffine(strip, m, (CELL_W, CELL_H),
                                  flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                  borderMode=cv2.BORDER_REPLICATE)
    return cells


def features(cells: np.ndarray) -> np.ndarray:
    """HOG (324) plus a 12x16 grid of normalised intensity (192) per cell, float32."""
    out = np.empty((len(cells), 516), np.float32)
    flat = cells.reshape(len(cells), -1)
    lo, hi = np.percentile(flat, (2, 98), axis=1)
    for i, cell in enumerate(cells):
        norm = np.clip((cell.astype(np.float32) - lo[i]) / max(hi[i] - lo[i], 8.0), 0.0, 1.0)
        out[i, :324] = np.asarray(_HOG.compute(cell)).ravel()
        out[i, 324:] = cv2.resize(norm, (12, 16), interpolation=cv2.INTER_AREA).ravel() - 0.5
    return out


class GlyphModel:
    """The trained MLPs; :meth:`classify` maps cells to per-character probabilities (the
    normalised product of the networks' probabilities)."""

    def __init__(self, *paths: Path) -> None:
        self.mlps = [cv2.ml.ANN_MLP.load(str(path)) for path in paths or (MODEL_PATH,)]

    def classify(self, cells: np.ndarray) -> np.ndarray:
        """Probabilities (n, len(ALPHABET)) for n cells."""
        if len(cells) == 0:
            return np.zeros((0, len(ALPHABET)), np.float32)
        x = features(cells)
        z = np.zeros((len(cells), len(ALPHABET)))
        for mlp in self.mlps:
            _, raw = mlp.predict(x)
            # ANN_MLP outputs tanh(logit / 2): the logits of the softmax it was trained for
            logits = 2.0 * np.arctanh(np.clip(raw.astype(np.float64), -0.999999, 0.999999))
            logits -= logits.max(axis=1, keepdims=True)
            z += logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        z /= len(self.mlps)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def default_model() -> GlyphModel:
    """The shipped pair of networks, loaded once."""
    return GlyphModel(MODEL_PATH, HARD_MODEL_PATH)
