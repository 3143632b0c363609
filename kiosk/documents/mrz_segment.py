"""Cut one located MRZ line into its fixed-pitch character cells.

The line is rectified into a strip (capitals :data:`~kiosk.documents.mrz_glyphs.CAP` pixels
tall, the centre line level). Characters are dark connected components; an MRZ line always has
exactly 30, 36 or 44 characters at a fixed pitch (filler '<' included), so the cell centres are
a smooth function of the index: c(i) = a + b i + c i^2 (the quadratic term absorbs the pitch
change of a photographed page). It is fitted by matching components to the nearest cells and
refitting, starting from the span of the line divided by the character count.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.documents.mrz_glyphs import CAP, cut_cells
from kiosk.documents.mrz_locate import TextLine, paper

STRIP_H = 3 * CAP
MARGIN = 6.0  # capitals of margin before the first and after the last character (the
# line's ends as located may miss a few characters; cut_line finds them in the margin)


@dataclass(frozen=True)
class Cells:
    """The character cells of one line, their centres in the strip and the strip itself."""

    cells: np.ndarray  # (n, CELL_H, CELL_W) uint8
    centers: np.ndarray
    pitch: float


def line_strip(gray: np.ndarray, line: TextLine) -> np.ndarray:
    """The line resampled level, capitals CAP tall, with a margin around it."""
    (x0, y0), (x1, y1) = line.start, line.end
    length = float(np.hypot(x1 - x0, y1 - y0))
    scale = CAP / max(line.height, 1.0)  # strip px per image px
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    vx, vy = -uy, ux
    width = round((length + 2 * MARGIN * line.height) * scale)
    ox = x0 - MARGIN * line.height * ux - (STRIP_H / 2) / scale * vx
    oy = y0 - MARGIN * line.height * uy - (STRIP_H / 2) / scale * vy
    back = np.array([[ux / scale, vx / scale, ox], [uy / scale, vy / scale, oy]])
    source = gray
    if scale < 0.7:  # warpAffine samples without averaging: shrink the region first
        corners = back @ np.array([[0, 0, 1], [width, 0, 1], [0, STRIP_H, 1],
                                   [width, STRIP_H, 1]], np.float64).T
        x0i, y0i = np.maximum(np.floor(corners.min(axis=1)).astype(int) - 2, 0)
        x1i, y1i = np.ceil(corners.max(axis=1)).astype(int) + 2
        region = gray[y0i:y1i, x0i:x1i]
        f = min(1.0, scale * 1.5)
        source = cv2.resize(region, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        back = back.copy()
        back[:, 2] -= (x0i, y0i)
        back *= f
    strip = cv2.warpAffine(source, back, (max(width, 8), STRIP_H),
                           flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                           borderMode=cv2.BORDER_CONSTANT, borderValue=(paper(gray),))
    return strip


def _components(strip: np.ndarray) -> np.ndarray:
    """(x centre, y centre, height) of character-like dark components of the strip."""
    blackhat = cv2.morphologyEx(strip, cv2.MORPH_BLACKHAT,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (CAP + 1,) * 2))
    _, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    binary[blackhat < 10] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    mid = STRIP_H / 2
    out = []
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        cy = y + h / 2
        if 0.3 * CAP <= h <= 1.5 * CAP and w <= 1.6 * CAP and abs(cy - mid) < 0.5 * CAP:
            out.append((x + w / 2, cy, h, x, x + w))
    return np.array(out, np.float64).reshape(-1, 5)


def char_count(strip: np.ndarray) -> int:
    """How many character-like components the strip's line holds (touching glyphs count
    once)."""
    comps = _components(strip)
    return len(_chain(comps[np.argsort(comps[:, 0])])) if len(comps) else 0


def _chain(comps: np.ndarray) -> np.ndarray:
    """The longest run of components (sorted by x) without a gap over three capitals: the
    line itself, without what the margin holds beside it."""
    gaps = comps[1:, 3] - np.maximum.accumulate(comps[:-1, 4])
    breaks = np.where(gaps > 3.2 * CAP)[0]  # two touching glyphs may be left out
    bounds = np.concatenate([[0], breaks + 1, [len(comps)]])
    k = int(np.argmax(np.diff(bounds)))
    return comps[bounds[k]:bounds[k + 1]]


def _matches(xs: np.ndarray, coef: np.ndarray, n: int
             ) -> tuple[np.ndarray, np.ndarray]:
    """The cell index nearest each component and the distance to its centre."""
    idx = np.arange(n)
    centers = np.polyval(coef, idx)
    order = np.argsort(centers)
    slot = np.clip(np.searchsorted(centers[order], xs), 1, n - 1)
    nearer = np.where(np.abs(xs - centers[order][slot - 1]) <
                      np.abs(xs - centers[order][slot]), slot - 1, slot)
    nearer = order[nearer]
    return nearer, np.abs(xs - centers[nearer])


def _refine(xs: np.ndarray, coef: np.ndarray, n: int, pitch: float
            ) -> tuple[np.ndarray, int]:
    """Cell centres refitted to the components they match; (coefficients, how many of the
    components sit within a quarter pitch of a distinct cell centre)."""
    for _ in range(4):
        nearer, dist = _matches(xs, coef, n)
        ok = dist < 0.35 * pitch
        if ok.sum() < 6:
            break
        coef = np.polyfit(nearer[ok], xs[ok], 2 if ok.sum() > n // 2 else 1)
        if len(coef) == 2:
            coef = np.array([0.0, *coef])
    nearer, dist = _matches(xs, coef, n)
    return coef, len(set(nearer[dist < 0.25 * pitch].tolist()))


def _slots_fit(xs: np.ndarray, heights: np.ndarray, n: int, pitch: float
               ) -> np.ndarray | None:
    """Centres from the components' steps: each gap is a whole number of pitches (the pitch
    followed as it changes along a photographed line); the ``n`` consecutive slots holding
    the most glyph-like components are the line."""
    steps = np.diff(xs)
    usual = steps[(steps > 0.6 * pitch) & (steps < 1.5 * pitch)]
    if len(usual) < 6:
        return None
    local = float(np.median(usual))
    slots = [0]
    for step in steps:
        k = max(1, round(step / local))
        if k == 1 and 0.75 * local < step < 1.3 * local:
            local = 0.8 * local + 0.2 * step
        slots.append(slots[-1] + k if step > 0.5 * local else slots[-1])
    slot = np.array(slots)
    # a component of a glyph's height counts fully, a speck or a rule beside the line less
    typical = float(np.median(heights))
    weight = 1.0 - np.minimum(1.0, np.abs(heights - typical) / typical)
    counts = [float(weight[(slot >= s) & (slot < s + n)].sum())
              for s in range(int(slot.max()) + 1)]
    first = int(np.argmax(counts))
    keep = (slot >= first) & (slot < first + n)
    if keep.sum() < 6:
        return None
    if keep.sum() > n // 2:
        return np.polyfit(slot[keep] - first, xs[keep], 2)
    return np.array([0.0, *np.polyfit(slot[keep] - first, xs[keep], 1)])


def cut_line(strip: np.ndarray, n: int) -> Cells | None:
    """The ``n`` cells of a rectified line strip, or None when no text is found."""
    comps = _components(strip)
    if len(comps) < max(6, n // 4):
        return None
    comps = _chain(comps[np.argsort(comps[:, 0])])
    if len(comps) < max(6, n // 4):
        return None
    left, right = comps[:, 3].min(), comps[:, 4].max()
    pitch = (right - left) / (n - 0.3)
    idx = np.arange(n)
    starts = [np.array([0.0, pitch, left + 0.5 * pitch])]  # polyfit order: c, b, a
    if len(comps) == n:  # one component per character (the usual case): take them in order
        starts.append(np.polyfit(idx, comps[:, 0], 2))
    by_steps = _slots_fit(comps[:, 0], comps[:, 2], n, pitch)
    if by_steps is not None:  # a speck or a frame beside the line, glyphs touching or broken
        starts.append(by_steps)
    fits = [_refine(comps[:, 0], coef, n, pitch) for coef in starts]
    coef = max(fits, key=lambda f: f[1])[0]
    centers = np.polyval(coef, idx)
    local = np.abs(np.polyval(np.polyder(coef), idx))
    # the capitals' own height and middle, measured here at full resolution (the line's
    # estimate comes from a coarser view); under perspective they grow along the line as
    # the pitch does
    tall = comps[comps[:, 2] >= 0.8 * np.percentile(comps[:, 2], 85)]
    cap = float(np.clip(np.median(tall[:, 2]), 0.8 * CAP, 1.25 * CAP))
    mid = float(np.clip(np.median(tall[:, 1]), STRIP_H / 2 - 0.25 * CAP,
                        STRIP_H / 2 + 0.25 * CAP))
    cells = cut_cells(strip, centers, mid, local, cap * local / np.median(local))
    return Cells(cells, centers, float(np.median(local)))
