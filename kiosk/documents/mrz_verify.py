"""A second opinion on the characters no check digit covers (names, a visa's optional data).

The glyph classifier can be confidently wrong on a damaged glyph (a half-erased M read N at
0.98), and a name has no check digit to catch it. Each such cell is compared with the glyph
the classifier chose, rendered from the OCR-B font at the reader's cell size
(``resources/mrz_ocr/ocrb_templates.png``, made by ``scripts/train_mrz_ocr.py``): the best
normalised correlation over small shifts, both blurred so that stroke weight matters little.
Print, font and focus differ between documents, so the score is judged against the same
zone's cells that a passing check digit proves read right. A cell is doubtful when its match
is much poorer than theirs, or when another glyph's template matches it clearly better than
the chosen one.
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from kiosk.documents.mrz_correct import GUARDED, LAYOUTS
from kiosk.documents.mrz_decode import ALLOWED, Decoded
from kiosk.documents.mrz_glyphs import ALPHABET, CELL_H, CELL_W
from kiosk.paths import resources_dir

TEMPLATES_PATH = resources_dir() / "mrz_ocr" / "ocrb_templates.png"
SHIFT = 3  # pixels of a cell a glyph may sit off its centre
BLUR = 1.0  # sigma (cell pixels) of the blur that makes stroke weight matter little
FILLER = ALPHABET.index("<")
# Tuned on the shared specimens and their variants (genuine letters) and on drawn passports
# with a name letter erased, smudged or scratched (see tests/test_mrz_verify.py):
MATCH_DROP = 0.08  # a sound glyph matches at most this much worse than the proved cells' median
LOW_DROP = 0.03  # ... or than their tenth percentile, whichever is lower
RIVAL = 0.1  # another allowed glyph's template matching the cell this much better
REFERENCE = 0.8  # the proved cells' median when no check digit passes


def ink(cells: np.ndarray) -> np.ndarray:
    """Cells (n, H, W) as blurred ink maps in [0, 1] (1 = darkest), float32."""
    flat = cells.reshape(len(cells), -1).astype(np.float32)
    lo, hi = np.percentile(flat, (2, 98), axis=1)
    span = np.maximum(hi - lo, 8.0)
    out = np.clip((hi[:, None] - flat) / span[:, None], 0.0, 1.0).reshape(cells.shape)
    out = out.astype(np.float32)
    return np.stack([cv2.GaussianBlur(c, (0, 0), BLUR) for c in out]) if len(out) else out


@lru_cache(maxsize=1)
def templates() -> np.ndarray:
    """The 37 glyph templates as ink maps (37, CELL_H, CELL_W)."""
    sheet = cv2.imread(str(TEMPLATES_PATH), cv2.IMREAD_GRAYSCALE)
    if sheet is None:
        raise FileNotFoundError(TEMPLATES_PATH)
    cells = sheet.reshape(CELL_H, len(ALPHABET), CELL_W).transpose(1, 0, 2)
    return ink(np.ascontiguousarray(cells))


def match(cell_ink: np.ndarray, which: list[int] | range | None = None) -> np.ndarray:
    """Best correlation of one cell's ink map with each template (all by default) over
    shifts of up to :data:`SHIFT` pixels."""
    padded = cv2.copyMakeBorder(cell_ink, SHIFT, SHIFT, SHIFT, SHIFT, cv2.BORDER_CONSTANT,
                                value=(0.0,))
    tpl = templates()
    idx = range(len(tpl)) if which is None else which
    return np.array([float(cv2.matchTemplate(padded, tpl[k], cv2.TM_CCOEFF_NORMED).max())
                     for k in idx], np.float32)


def proved_positions(decoded: Decoded) -> list[tuple[int, int]]:
    """(line, column) of the characters a passing check digit proves (fillers and
    corrected characters left out): the zone's own evidence of what a sound cell scores."""
    mrz = decoded.mrz
    passing = {c.field for c in mrz.checks if c.ok} - set(decoded.ambiguous_fields)
    changed = {(li, col) for li, col, _, _ in decoded.changes}
    out: set[tuple[int, int]] = set()
    for field, spans in GUARDED[mrz.format].items():
        if field not in passing:
            continue
        for li, start, end in spans:
            out.update((li, col) for col in range(start, end)
                       if decoded.lines[li][col] != "<" and (li, col) not in changed)
    return sorted(out)


def _rivals(kind: str, chosen: str) -> list[int]:
    """Templates that may compete with ``chosen`` at a position of layout ``kind``: the
    characters allowed there but the filler and the chosen one's near-twin (O and 0)."""
    twins = {"O": "0", "0": "O"}
    return [ALPHABET.index(ch) for ch in ALLOWED[kind]
            if ch not in ("<", chosen, twins.get(chosen))]


def doubtful(decoded: Decoded, cells: list[np.ndarray],
             positions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Those of ``positions`` (line, column) whose cell the second opinion doubts: a poor
    match with the chosen glyph against the zone's proved cells, or a rival glyph that
    matches clearly better."""
    inks = [ink(line) for line in cells]
    proved = proved_positions(decoded)
    scores = [match(inks[li][col], [ALPHABET.index(decoded.lines[li][col])])[0]
              for li, col in proved]
    ref = float(np.median(scores)) if scores else REFERENCE
    low = float(np.percentile(scores, 10)) if scores else REFERENCE - LOW_DROP
    floor = min(ref - MATCH_DROP, low - LOW_DROP)
    layouts = LAYOUTS[decoded.mrz.format]
    out = []
    for li, col in positions:
        chosen = decoded.lines[li][col]
        own = match(inks[li][col], [ALPHABET.index(chosen)])[0]
        rivals = _rivals(layouts[li][col], chosen)
        best_rival = float(match(inks[li][col], rivals).max()) if rivals else -1.0
        if own < floor or best_rival > own + RIVAL:
            out.append((li, col))
    return out


def match_all(cells: np.ndarray) -> np.ndarray:
    """Best correlation (n, 37) of each cell with every template over shifts of up to
    :data:`SHIFT` pixels (the same numbers as :func:`match`, computed at once)."""
    inks = ink(cells)
    padded = np.pad(inks, ((0, 0), (SHIFT, SHIFT), (SHIFT, SHIFT)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, (1, CELL_H, CELL_W))
    flat = windows.reshape(-1, CELL_H * CELL_W)
    flat = flat - flat.mean(axis=1, keepdims=True)
    flat /= np.maximum(np.linalg.norm(flat, axis=1, keepdims=True), 1e-6)
    tpl = templates().reshape(len(ALPHABET), -1)
    tpl = tpl - tpl.mean(axis=1, keepdims=True)
    tpl /= np.linalg.norm(tpl, axis=1, keepdims=True)
    scores = (flat @ tpl.T).reshape(len(cells), -1, len(ALPHABET))
    return scores.max(axis=1)
