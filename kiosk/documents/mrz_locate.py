"""Find the machine-readable zone in a document image with OpenCV morphology.

The MRZ is 2 or 3 long, evenly spaced lines of dark OCR-B text. Dark text is brought out with a
black-hat filter, characters are joined into line blobs by a horizontal closing, and blobs that
are long, thin and stacked with a similar length form a candidate zone. Each candidate is cut out
upright (deskewed by the angle of its minimum-area rectangle) for OCR; the caller tries them in
order until one reads as an MRZ.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_WIDTH = 900  # images are analysed at this width (the crop is cut from the original)


@dataclass(frozen=True)
class LineBlob:
    """One text-line blob in work coordinates: its rotated rectangle and size."""

    center: tuple[float, float]
    length: float
    height: float
    angle: float  # degrees, the line's slope


@dataclass(frozen=True)
class MrzCandidate:
    """An upright grey crop that may hold the MRZ, with the number of lines seen in it."""

    image: np.ndarray
    line_count: int
    angle: float


def to_gray(image: np.ndarray) -> np.ndarray:
    """Grey uint8 from a grey, BGR or BGRA array."""
    if image.ndim == 2:
        return image
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(image, code)


def _line_blobs(small: np.ndarray) -> list[LineBlob]:
    width = small.shape[1]
    char = max(3, width // 60)  # rough character pitch of a full-width MRZ at this scale
    blurred = cv2.GaussianBlur(small, (3, 3), 0)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * char, char))
    blackhat = cv2.morphologyEx(blurred, cv2.MORPH_BLACKHAT, kernel)
    _, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    joined = cv2.morphologyEx(
        binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (char, 1)))
    joined = cv2.morphologyEx(
        joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (char, 3)))
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    blobs = []
    for contour in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        if w < h:
            w, h, angle = h, w, angle - 90
        if angle < -45:
            angle += 180
        elif angle > 45:
            angle -= 180
        if w >= 0.25 * width and h >= 4 and w / h >= 8 and abs(angle) <= 20:
            blobs.append(LineBlob((cx, cy), w, h, angle))
    return blobs


def _groups(blobs: list[LineBlob]) -> list[list[LineBlob]]:
    """Stacks of 2-3 similar line blobs, most MRZ-like (lowest on the page) first."""
    ordered = sorted(blobs, key=lambda b: b.center[1])
    groups: list[list[LineBlob]] = []
    for i, first in enumerate(ordered):
        group = [first]
        for blob in ordered[i + 1:]:
            last = group[-1]
            gap = blob.center[1] - last.center[1]
            similar = abs(blob.length - first.length) <= 0.25 * first.length
            aligned = abs(blob.center[0] - first.center[0]) <= 0.15 * first.length
            if similar and aligned and gap <= 3.5 * max(last.height, blob.height):
                group.append(blob)
            if len(group) == 3 or gap > 4 * max(last.height, blob.height):
                break
        if len(group) >= 2:
            groups.append(group)
    groups.sort(key=lambda g: (-len(g) == 3, -g[-1].center[1]))
    return groups


def _crop(gray: np.ndarray, group: list[LineBlob], scale: float) -> MrzCandidate:
    points = []
    for blob in group:
        box = cv2.boxPoints(((blob.center), (blob.length, blob.height), blob.angle))
        points.append(box)
    pts = np.concatenate(points).astype(np.float32) / scale
    angle = float(np.median([b.angle for b in group]))
    center = tuple(float(v) for v in pts.mean(axis=0))
    rotation = cv2.getRotationMatrix2D(center, angle, 1.0)
    upright = cv2.warpAffine(gray, rotation, (gray.shape[1], gray.shape[0]),
                             flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    moved = cv2.transform(pts[None, :, :], rotation)[0]
    x0, y0 = moved.min(axis=0)
    x1, y1 = moved.max(axis=0)
    line_h = float(np.median([b.height for b in group])) / scale
    pad_x, pad_y = 0.04 * (x1 - x0) + line_h, 0.6 * line_h
    h, w = gray.shape
    xa, ya = max(0, int(x0 - pad_x)), max(0, int(y0 - pad_y))
    xb, yb = min(w, int(x1 + pad_x)), min(h, int(y1 + pad_y))
    return MrzCandidate(upright[ya:yb, xa:xb].copy(), len(group), angle)


def locate_mrz(image: np.ndarray, limit: int = 3) -> list[MrzCandidate]:
    """Up to ``limit`` upright crops that may hold the MRZ, best first (empty if none)."""
    gray = to_gray(image)
    scale = WORK_WIDTH / gray.shape[1]
    small = cv2.resize(gray, (WORK_WIDTH, max(1, round(gray.shape[0] * scale))),
                       interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    groups = _groups(_line_blobs(small))
    return [_crop(gray, group, scale) for group in groups[:limit]]


def rotations(image: np.ndarray) -> list[np.ndarray]:
    """The image turned by 0, 90, 270 and 180 degrees (for documents placed sideways)."""
    return [image, cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE),
            cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE), cv2.rotate(image, cv2.ROTATE_180)]
