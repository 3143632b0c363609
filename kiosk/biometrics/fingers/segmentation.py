"""Slap segmentation: split a four-finger (or two-thumb) slap into fingertips labelled by
position.

Method, at 125 ppi (a quarter of 500 ppi): ridge texture energy (band-pass around the ridge
frequency, squared and smoothed) is thresholded at 0.7 x Otsu; rows covered across more than
80 % of the width are dropped (printed card text, platen borders); the mask is eroded to
"cores" at least 0.1 inch from the background, which separates fingers touching through thin
necks; each core grows back inside the mask. Regions whose horizontal extents overlap belong
to one finger column, and a column's topmost region is its fingertip (the lower phalanges lie
below it). The widest-core columns are kept, ordered left to right and labelled with
:data:`~kiosk.domain.fingers.SLAP_ORDER`. Boxes are axis-aligned (fingers are
not de-rotated).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.biometrics.fingers.errors import SegmentationFailed
from kiosk.biometrics.fingers.images import STANDARD_PPI, FingerImage
from kiosk.domain.fingers import SLAP_ORDER, FingerPosition

SCALE = 4                   # analysis at 500 / 4 = 125 ppi
CORE_DEPTH_INCH = 0.1       # a fingertip core lies at least this far inside the mask
MIN_CORE_FRACTION = 0.1     # cores smaller than this share of the largest are noise
TEXT_ROW_COVERAGE = 0.8     # rows this full are printed text or borders, not fingers
COLUMN_OVERLAP = 0.3        # regions overlapping this much horizontally are one finger
MARGIN_INCH = 0.03
MAX_TIP_ASPECT = 1.8        # a tip taller than this x its width is cut (phalanx attached)
MAX_FINGER_WIDTH_INCH = 0.9  # wider regions are fingers side by side: split them
MIN_FINGER_WIDTH_INCH = 0.35
VALLEY_RATIO = 0.75         # a split needs a valley this much lower than both shoulders


@dataclass(frozen=True, eq=False)
class FingerSegment:
    """One fingertip cut from a slap: its position, box in the slap image, and image."""

    position: FingerPosition
    box: tuple[int, int, int, int]  # x, y, width, height in slap image pixels
    image: FingerImage


def _texture_map(pixels: np.ndarray) -> np.ndarray:
    half = cv2.resize(pixels.astype(np.float32), None, fx=0.5, fy=0.5,
                      interpolation=cv2.INTER_AREA)
    band = cv2.GaussianBlur(half, (0, 0), 0.8) - cv2.GaussianBlur(half, (0, 0), 2.0)
    energy = cv2.GaussianBlur(band * band, (0, 0), 3.0)
    quarter = np.sqrt(cv2.resize(energy, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA))
    top = float(np.percentile(quarter, 99.5)) or 1.0
    return np.clip(quarter * (255.0 / top), 0, 255).astype(np.uint8)


def _foreground(texture: np.ndarray) -> np.ndarray:
    otsu, _ = cv2.threshold(texture, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask: np.ndarray = (texture > 0.7 * otsu).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE,
                            cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5)))
    mask[(mask > 0).mean(axis=1) > TEXT_ROW_COVERAGE] = 0
    return mask


def _regions(mask: np.ndarray, texture: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """(x, y, w, h, area) of each finger-like region of the 125 ppi mask."""
    depth = CORE_DEPTH_INCH * STANDARD_PPI / SCALE
    distance = cv2.distanceTransform(mask, cv2.DIST_L2, 5)
    cores = (distance > depth).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cores)
    if count <= 1:
        return []
    largest = int(stats[1:, cv2.CC_STAT_AREA].max())
    grow = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * int(depth) + 3,) * 2)
    regions = []
    for label in range(1, count):
        if stats[label, cv2.CC_STAT_AREA] < MIN_CORE_FRACTION * largest:
            continue
        grown = cv2.dilate((labels == label).astype(np.uint8), grow)
        region = ((grown > 0) & (mask > 0)).astype(np.uint8)
        regions += _split_wide(region, texture)
    return regions


def _split_wide(region: np.ndarray, texture: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """Split a region wider than one finger at the deepest valley of its column texture
    profile (fingers lying side by side merge into one region), recursively."""
    x, y, w, h = cv2.boundingRect(region)
    px = STANDARD_PPI / SCALE
    if w > MAX_FINGER_WIDTH_INCH * px:
        window = texture[y:y + h, x:x + w].astype(np.float32) * region[y:y + h, x:x + w]
        profile = np.convolve(window.sum(axis=0), np.ones(9) / 9, mode="same")
        edge = int(MIN_FINGER_WIDTH_INCH * px)
        if w > 2 * edge:
            cut = edge + int(np.argmin(profile[edge:w - edge]))
            shoulder = min(profile[:cut].max(), profile[cut:].max())
            if profile[cut] < VALLEY_RATIO * shoulder:
                left, right = region.copy(), region.copy()
                left[:, x + cut:] = 0
                right[:, :x + cut] = 0
                return _split_wide(left, texture) + _split_wide(right, texture)
    return [(x, y, w, h, int(region.sum()))]


def _fingertips(regions: Iterable[tuple[int, int, int, int, int]]):
    """The topmost region of each finger column, with the column's largest area."""
    columns: list[list[tuple[int, int, int, int, int]]] = []
    for region in sorted(regions, key=lambda r: r[1]):  # top to bottom
        x, _, w, _, _ = region
        for column in columns:
            cx, _, cw, _, _ = column[0]
            overlap = min(x + w, cx + cw) - max(x, cx)
            if overlap > COLUMN_OVERLAP * min(w, cw):
                column.append(region)
                break
        else:
            columns.append([region])
    return [(column[0], max(r[4] for r in column)) for column in columns]


def segment_slap(image: FingerImage, slap: FingerPosition,
                 missing: Iterable[FingerPosition] = ()) -> list[FingerSegment]:
    """Cut the fingertips of a slap image, labelled by position, left to right.

    ``slap`` is LEFT_FOUR, RIGHT_FOUR or BOTH_THUMBS; ``missing`` lists fingers recorded as
    exceptions (amputated...), which are not expected in the image. Raises
    :class:`SegmentationFailed` when fewer fingertips than expected are found.
    """
    if slap not in SLAP_ORDER:
        raise SegmentationFailed(f"{slap.name} is not a slap position",
                                 slap=int(slap))
    missing = set(missing)
    expected = [p for p in SLAP_ORDER[slap] if p not in missing]
    if not expected:
        return []
    standard = image.at_500ppi()
    texture = _texture_map(standard.pixels)
    tips = _fingertips(_regions(_foreground(texture), texture))
    if len(tips) < len(expected):
        raise SegmentationFailed(
            f"found {len(tips)} fingertips in the {slap.name} slap, expected {len(expected)}",
            found=len(tips), expected=len(expected))
    tips = sorted(tips, key=lambda t: t[1], reverse=True)[:len(expected)]
    tips.sort(key=lambda t: t[0][0])
    back = image.ppi / STANDARD_PPI * SCALE  # 125 ppi mask pixels -> input image pixels
    margin = round(MARGIN_INCH * image.ppi)
    segments = []
    for position, ((x, y, w, h, _), _) in zip(expected, tips, strict=True):
        h = min(h, round(MAX_TIP_ASPECT * w))
        box = (max(0, round(x * back) - margin), max(0, round(y * back) - margin),
               round(w * back) + 2 * margin, round(h * back) + 2 * margin)
        crop = image.crop(*box)
        box = (box[0], box[1], crop.width, crop.height)
        segments.append(FingerSegment(position, box, crop))
    return segments
