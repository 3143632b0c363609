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
MARGIN = 1.5  # capitals of margin before the first and after the last character


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


def pitch_ratio(strip: np.ndarray, n: int) -> float | None:
    """Pitch / capital height if the line holds ``n`` characters (None: no text)."""
    comps = _components(strip)
    if len(comps) < 6:
        return None
    span = comps[:, 4].max() - comps[:, 3].min()
    return float(span / (n - 0.3) / CAP)


def cut_line(strip: np.ndarray, n: int) -> Cells | None:
    """The ``n`` cells of a rectified line strip, or None when no text is found."""
    comps = _components(strip)
    if len(comps) < max(6, n // 4):
        return None
    left, right = comps[:, 3].min(), comps[:, 4].max()
    pitch = (right - left) / (n - 0.3)
    coef = np.array([0.0, pitch, left + 0.5 * pitch])  # polyfit order: c, b, a
    idx = np.arange(n)
    comps = comps[np.argsort(comps[:, 0])]
    if len(comps) == n:  # one component per character (the usual case): take them in order
        coef = np.polyfit(idx, comps[:, 0], 2)
    for _ in range(4):
        centers = np.polyval(coef, idx)
        slot = np.searchsorted(centers, comps[:, 0])
        slot = np.clip(slot, 1, n - 1)
        nearer = np.where(np.abs(comps[:, 0] - centers[slot - 1]) <
                          np.abs(comps[:, 0] - centers[slot]), slot - 1, slot)
        dist = np.abs(comps[:, 0] - centers[nearer])
        ok = dist < 0.35 * pitch
        if ok.sum() < 6:
            break
        coef = np.polyfit(nearer[ok], comps[ok, 0], 2 if ok.sum() > n // 2 else 1)
        if len(coef) == 2:
            coef = np.array([0.0, *coef])
    centers = np.polyval(coef, idx)
    local = np.abs(np.polyval(np.polyder(coef), idx))
    # under perspective the characters grow along the line as the pitch does
    cells = cut_cells(strip, centers, STRIP_H / 2, local, CAP * local / np.median(local))
    return Cells(cells, centers, float(np.median(local)))
