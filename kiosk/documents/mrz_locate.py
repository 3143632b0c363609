"""Find machine-readable zones in a document image at any scale, rotation and position.

The image is padded (a zone touching the edge keeps its outline) and analysed at a few sizes
of a pyramid, so characters 5 to 60 pixels tall are all seen at a workable size. Dark thin
strokes are brought out with a black-hat filter; a closing with a round kernel joins the
characters of the 2-3 MRZ lines into one compact blob whatever its direction; blobs long and
thin enough to be a zone give a rotated rectangle (any angle; the 180 degree ambiguity is
settled later by reading both ways). :func:`zone_lines` then cuts the zone out upright, finds
its text lines by a projection profile and returns each line's own centre line (per-line
deskew: lines of a photographed page converge under perspective).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

PYRAMID = (1400, 800, 420)  # long side of the analysed images, pixels
PAD = 0.06  # padding added on every side, as a fraction of the long side
MAX_STACKS = 6  # candidate line stacks per zone
MAX_CROP = 1400  # widest upright cut of a zone, pixels


@dataclass(frozen=True)
class Zone:
    """A candidate zone in original image coordinates: rotated rectangle and a rank score."""

    center: tuple[float, float]
    size: tuple[float, float]  # (along the lines, across)
    angle: float  # degrees, direction of the lines (image x towards y)
    score: float


@dataclass(frozen=True)
class TextLine:
    """One MRZ line: the centre line of its capitals from start to end, and their height."""

    start: tuple[float, float]
    end: tuple[float, float]
    height: float


def to_gray(image: np.ndarray) -> np.ndarray:
    """Grey uint8 from a grey, BGR or BGRA array."""
    if image.ndim == 2:
        return image
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(image, code)


def paper(gray: np.ndarray) -> int:
    """The page's brightness (the median of a sparse sample): fills outside the image."""
    return int(np.median(gray[::7, ::7]))


def _pad(gray: np.ndarray) -> tuple[np.ndarray, int]:
    pad = int(PAD * max(gray.shape))
    value = int(np.median(np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])))
    return cv2.copyMakeBorder(gray, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(value,)), pad


def _blobs(small: np.ndarray) -> list[tuple[tuple[float, float], tuple[float, float], float,
                                            float]]:
    """Rotated rectangles (centre, (long, short), angle, fill) of zone-like blobs."""
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT,
                                cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (21, 21)))
    _, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    binary[blackhat < 12] = 0
    height, width = binary.shape
    _count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    widths, heights, area = stats[:, 2], stats[:, 3], stats[:, 4]
    # frames, rules and outlines: large and nearly empty; photos: tall
    drop = (((widths > 0.25 * width) | (heights > 0.25 * height))
            & (area < 0.2 * widths * heights) | (heights > 0.2 * height))
    drop[0] = False
    if drop.any():
        binary[drop[labels]] = 0
    joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (13, 13)))
    joined = cv2.morphologyEx(joined, cv2.MORPH_OPEN,
                              cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5)))
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found, pieces = [], []
    for contour in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        if w < h:
            w, h, angle = h, w, angle + 90
        if h < 8 or w < 60:
            continue
        fill = cv2.contourArea(contour) / (w * h)
        if 3.0 <= w / h <= 70 and fill >= 0.45:
            found.append(((cx, cy), (w, h), angle % 180, fill))
        elif w / h >= 1.5 and fill >= 0.45 and w >= 20:
            pieces.append(((cx, cy), (w, h), angle % 180, fill))
    joined_lines = _join_pieces(found + pieces)
    return found + joined_lines + _stacked(found + joined_lines)


def _join_pieces(blobs: list) -> list:
    """Pieces of one text line (broken at faint '<' runs) joined into line blobs."""
    out = []
    used = [False] * len(blobs)
    order = sorted(range(len(blobs)), key=lambda i: -blobs[i][1][0])
    for i in order:
        if used[i]:
            continue
        group, changed = [blobs[i]], True
        used[i] = True
        while changed:
            changed = False
            for j in order:
                if not used[j] and any(_same_line(g, blobs[j]) for g in group):
                    group.append(blobs[j])
                    used[j] = changed = True
        if len(group) > 1:
            points = np.vstack([cv2.boxPoints((g[0], g[1], g[2])) for g in group])
            (cx, cy), (w, h), angle = cv2.minAreaRect(points.astype(np.float32))
            if w < h:
                w, h, angle = h, w, angle + 90
            if w / h >= 10:
                out.append(((cx, cy), (w, h), angle % 180, float(np.mean([g[3] for g in group]))))
    return out


def _same_line(a: tuple, b: tuple) -> bool:
    """Blob b continues the text line of blob a (same direction and height, short gap)."""
    height = max(a[1][1], b[1][1])
    if abs(a[1][1] - b[1][1]) > 0.4 * height:
        return False
    theta = np.deg2rad(a[2])
    dx, dy = b[0][0] - a[0][0], b[0][1] - a[0][1]
    along = abs(dx * np.cos(theta) + dy * np.sin(theta))
    across = abs(-dx * np.sin(theta) + dy * np.cos(theta))
    gap = along - (a[1][0] + b[1][0]) / 2
    return across < 0.35 * height and gap < 2.5 * height


def _stacked(blobs: list) -> list:
    """Zones made of 2-3 single-line blobs lying parallel, one under the other."""
    lines = [b for b in blobs if b[1][0] / b[1][1] >= 10]
    zones = []
    for i, a in enumerate(lines):
        group = [a]
        for b in lines[i + 1:]:
            if _next_line(group[-1], b) or _next_line(b, group[0]):
                group.append(b)
        if len(group) >= 2:
            points = np.vstack([cv2.boxPoints((g[0], g[1], g[2])) for g in group])
            (cx, cy), (w, h), angle = cv2.minAreaRect(points.astype(np.float32))
            if w < h:
                w, h, angle = h, w, angle + 90
            zones.append(((cx, cy), (w, h), angle % 180, float(np.mean([g[3] for g in group]))))
    return zones


def _next_line(a: tuple, b: tuple) -> bool:
    """Blob b is a neighbouring MRZ line of blob a (same direction, length and start)."""
    turn = abs((a[2] - b[2] + 90) % 180 - 90)
    if turn > 6 or not 0.75 < a[1][0] / b[1][0] < 1.33:
        return False
    theta = np.deg2rad(a[2])
    dx, dy = b[0][0] - a[0][0], b[0][1] - a[0][1]
    along = abs(dx * np.cos(theta) + dy * np.sin(theta))
    across = abs(-dx * np.sin(theta) + dy * np.cos(theta))
    height = max(a[1][1], b[1][1])
    return along < 0.12 * a[1][0] and 1.1 * height < across < 3.5 * height


def find_zones(image: np.ndarray, limit: int = 6, denoise: bool = False) -> list[Zone]:
    """Up to ``limit`` candidate zones, most zone-like first (empty if none); ``denoise``:
    each analysed image median-filtered first (speckle of JPEG or security print)."""
    gray = to_gray(image)
    padded, pad = _pad(gray)
    zones: list[Zone] = []
    long_side = max(padded.shape)
    for target in PYRAMID:
        scale = target / long_side
        if scale > 2.0 and target != PYRAMID[-1]:
            continue  # a small image is still looked at once, enlarged
        small = cv2.resize(padded, None, fx=scale, fy=scale,
                           interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
        if denoise:
            small = cv2.medianBlur(small, 3)
        for (cx, cy), (w, h), angle, fill in _blobs(small):
            center = (cx / scale - pad, cy / scale - pad)
            size = (w / scale, h / scale)
            aspect = w / h
            # TD3/TD2 zones are about 9-14 times as long as tall, TD1 about 5
            shape = min(abs(np.log(aspect / 11.0)), abs(np.log(aspect / 5.5)))
            if w < 0.15 * target:
                continue
            score = fill - 0.5 * shape + 0.8 * min(w / target, 0.6)
            zones.append(Zone(center, size, float(angle), float(score)))
    zones.sort(key=lambda z: -z.score)
    kept: list[Zone] = []
    for zone in zones:
        if not any(_same(zone, other) for other in kept):
            kept.append(zone)
    return kept[:limit]


def _same(a: Zone, b: Zone) -> bool:
    dist = np.hypot(a.center[0] - b.center[0], a.center[1] - b.center[1])
    turn = abs((a.angle - b.angle + 90) % 180 - 90)
    return dist < 0.25 * max(a.size[0], b.size[0]) and turn < 10 and \
        0.7 < a.size[0] / b.size[0] < 1.4


def upright(gray: np.ndarray, zone: Zone, flip: bool, margin: float = 0.6,
            width: int = 640) -> tuple[np.ndarray, np.ndarray]:
    """The zone cut out level (turned 180 degrees if ``flip``), ``width`` px wide.

    Returns (crop, 2x3 matrix mapping crop coordinates back to the image).
    """
    long, short = zone.size
    extend = 0.12  # along the lines, each way: characters the blob missed at its ends
    if long / short > 20:  # one line (or a piece of one): look for its neighbours and ends
        margin, extend = 2.2, 0.8
    out_w = long * (1 + 2 * extend) + 0.5 * short
    width = min(MAX_CROP, round(width * out_w / (long + 0.5 * short)))
    out_h = short * (1 + 2 * margin)
    scale = width / out_w
    height = max(8, round(out_h * scale))
    theta = np.deg2rad(zone.angle + (180.0 if flip else 0.0))
    ux, uy = np.cos(theta), np.sin(theta)  # along the lines
    vx, vy = -uy, ux  # down across the lines
    cx, cy = zone.center
    # crop (u, v) -> image: centre + (u - W/2)/scale * along + (v - H/2)/scale * across
    back = np.array([[ux / scale, vx / scale, cx - (ux * width + vx * height) / (2 * scale)],
                     [uy / scale, vy / scale, cy - (uy * width + vy * height) / (2 * scale)]])
    crop = cv2.warpAffine(gray, back, (width, height),
                          flags=cv2.INTER_AREA | cv2.WARP_INVERSE_MAP,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=(paper(gray),))
    return crop, back


def _ink(crop: np.ndarray, char: float) -> np.ndarray:
    k = max(5, int(char * 1.6) | 1)
    blackhat = cv2.morphologyEx(crop, cv2.MORPH_BLACKHAT,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    _, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    binary[blackhat < 10] = 0
    return binary


def _bands(binary: np.ndarray) -> list[tuple[int, int]]:
    """Row ranges holding a text line, by the ink profile across the crop."""
    profile = (binary > 0).sum(axis=1).astype(np.float32)
    profile = np.convolve(profile, np.ones(3) / 3, mode="same")
    on = profile > 0.3 * np.percentile(profile, 98)
    bands, start = [], None
    for y, flag in enumerate(on):
        if flag and start is None:
            start = y
        elif not flag and start is not None:
            bands.append((start, y))
            start = None
    if start is not None:
        bands.append((start, len(on)))
    merged: list[tuple[int, int]] = []
    for band in bands:  # a line whose middle is thin ('<' runs) splits: join it again
        if merged and band[0] - merged[-1][1] <= max(2, 0.2 * (band[1] - merged[-1][0])):
            merged[-1] = (merged[-1][0], band[1])
        else:
            merged.append(band)
    return [b for b in merged if b[1] - b[0] >= 3]


def zone_lines(gray: np.ndarray, zone: Zone, flip: bool) -> list[TextLine]:
    """The 2 or 3 text lines of a zone in image coordinates, top line first; [] if none."""
    stacks = zone_stacks(gray, zone, flip)
    return stacks[0] if stacks else []


def zone_stacks(gray: np.ndarray, zone: Zone, flip: bool) -> list[list[TextLine]]:
    """Candidate line stacks of a zone: runs of 3 evenly spaced lines (TD1), then of 2
    (TD2/TD3/visas), bottom-most first (a printed line above a 2-line zone can pass for the
    first of three: the reader ranks them by their character counts). When the zone's cut
    holds none, a taller cut is tried (a blob that joined a printed line to the zone's first
    line leaves the second outside)."""
    return _stacks_in(gray, zone, flip, 0.6) or _stacks_in(gray, zone, flip, 1.3)


def _stacks_in(gray: np.ndarray, zone: Zone, flip: bool, margin: float
               ) -> list[list[TextLine]]:
    crop, back = upright(gray, zone, flip, margin)
    est_char = zone.size[0] / 38.0 / float(np.hypot(back[0, 0], back[1, 0]))
    binary = _ink(crop, est_char)
    bands = _bands(binary)
    if len(bands) < 2:
        return []
    stacks = []
    scale = np.hypot(back[0, 0], back[1, 0])
    for run in _stacks(bands, binary):
        fits = [_fit_line(binary, top, bottom) for top, bottom in run]
        if any(f is None for f in fits):
            continue
        # the lines of a zone start and end together: each spans them all (a line found
        # only in part, its ends faint or merged, is read whole)
        left = min(f[0][0] for f in fits if f is not None)
        right = max(f[1][0] for f in fits if f is not None)
        lines = []
        for (x0, y0), (x1, y1), height in (f for f in fits if f is not None):
            slope = (y1 - y0) / max(x1 - x0, 1e-6)
            p0 = back @ np.array([left, y0 + slope * (left - x0), 1.0])
            p1 = back @ np.array([right, y0 + slope * (right - x0), 1.0])
            lines.append(TextLine((float(p0[0]), float(p0[1])), (float(p1[0]), float(p1[1])),
                                  float(height * scale)))
        stacks.append(lines)
    return stacks


def _extent(binary: np.ndarray, band: tuple[int, int]) -> tuple[int, int]:
    """First and last inked column of the band's longest run without a wide gap (a speck
    or a word beside the line is not part of it)."""
    cols = np.where(binary[band[0]:band[1]].any(axis=0))[0]
    if not len(cols):
        return (0, 0)
    breaks = np.where(np.diff(cols) > 2 * (band[1] - band[0]) + 2)[0]
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks, [len(cols) - 1]])
    k = int(np.argmax(cols[ends] - cols[starts]))
    return int(cols[starts[k]]), int(cols[ends[k]])


def _stacks(bands: list[tuple[int, int]], binary: np.ndarray) -> list[list[tuple[int, int]]]:
    """Runs of 3 and of 2 evenly spaced bands of the same length, bottom-most first (runs
    of 3 before runs of 2); the last two bands when no run fits. The reader ranks them by
    how many characters their lines hold."""
    extents = [_extent(binary, b) for b in bands]
    found: list[list[tuple[int, int]]] = []
    for count in (3, 2):
        for i in range(len(bands) - count, -1, -1):
            run = bands[i:i + count]
            ends = extents[i:i + count]
            mids = [(a + b) / 2 for a, b in run]
            tall = [b - a for a, b in run]
            h = np.median(tall)
            gaps = np.diff(mids)
            if max(tall) > 1.7 * min(tall):
                continue
            inter = min(e[1] for e in ends) - max(e[0] for e in ends)
            union = max(e[1] for e in ends) - min(e[0] for e in ends)
            same = inter > 0.85 * union  # the lines of a zone are equally long
            if same and all(1.1 * h <= g <= 3.2 * h for g in gaps) and \
                    (len(gaps) < 2 or abs(gaps[0] - gaps[1]) < 0.35 * h):
                found.append(run)
    if not found and len(bands) >= 2:
        found.append(bands[-2:])
    return found[:MAX_STACKS]


def _longest_run(comps: list, max_gap: float) -> list:
    """The components of the longest left-to-right run without a gap wider than
    ``max_gap`` (an MRZ line has none; page text on the same row is dropped)."""
    comps = sorted(comps, key=lambda sc: sc[0][0])
    runs, run, right = [], [comps[0]], comps[0][0][0] + comps[0][0][2]
    for sc in comps[1:]:
        if sc[0][0] - right > max_gap:
            runs.append(run)
            run = []
        run.append(sc)
        right = max(right, sc[0][0] + sc[0][2])
    runs.append(run)
    return max(runs, key=len)


def _fit_line(binary: np.ndarray, top: int, bottom: int
              ) -> tuple[tuple[float, float], tuple[float, float], float] | None:
    """Centre line and capital height of the characters in a band (robust straight fit)."""
    h = bottom - top
    y0, y1 = max(0, top - h // 2), min(binary.shape[0], bottom + h // 2)
    band = binary[y0:y1]
    count, _, stats, centroids = cv2.connectedComponentsWithStats(band, connectivity=8)
    comps = [(stats[i], centroids[i]) for i in range(1, count)
             if 0.35 * h <= stats[i][3] <= 1.6 * h and stats[i][2] <= 1.5 * h]
    if len(comps) < 8:
        return None
    tall = np.array([s[3] for s, _ in comps], np.float32)
    cap = float(np.percentile(tall, 75))
    comps = _longest_run(comps, 2.0 * cap)
    if len(comps) < 8:
        return None
    letters = [(s, c) for s, c in comps if s[3] >= 0.8 * cap]
    if len(letters) < 4:
        letters = comps
    xs = np.array([c[0] for _, c in letters])
    ys = np.array([s[1] + s[3] / 2 for s, _ in letters]) + y0
    slope, icpt = np.polyfit(xs, ys, 1)
    resid = ys - (slope * xs + icpt)
    keep = np.abs(resid) < max(2.0, 0.25 * cap)
    if keep.sum() >= 4:
        slope, icpt = np.polyfit(xs[keep], ys[keep], 1)
    left = min(s[0] for s, _ in comps)
    right = max(s[0] + s[2] for s, _ in comps)
    return (left, slope * left + icpt), (right, slope * right + icpt), cap
