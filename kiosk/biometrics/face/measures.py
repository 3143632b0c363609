"""Raw measurements on one face: the numbers the checks compare with their thresholds.

All photometric measures run on a face patch normalised to :data:`NORMAL_EYE_DISTANCE` pixels
between the eyes, so values do not depend on the camera resolution and stay cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.biometrics.face import landmarks as lm
from kiosk.biometrics.face.geometry import CropBox

NORMAL_EYE_DISTANCE = 64.0


@dataclass
class FacePatch:
    """The face cut out of the frame and scaled to the normal eye distance."""

    grey: np.ndarray  # uint8
    oval: np.ndarray  # bool, inside the face oval
    left_side: np.ndarray  # bool, image-left half of the face (split by the forehead-chin line)
    points: np.ndarray  # (478, 2) landmarks in patch coordinates


def face_patch(grey: np.ndarray, points: np.ndarray) -> FacePatch:
    """Cut and scale the face region (the oval's bounding box) out of a grey frame."""
    h, w = grey.shape
    oval_pts = points[list(lm.FACE_OVAL), :2]
    x0, y0 = np.floor(oval_pts.min(axis=0)).astype(int)
    x1, y1 = np.ceil(oval_pts.max(axis=0)).astype(int)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    scale = NORMAL_EYE_DISTANCE / max(lm.eye_distance(points), 1.0)
    region = grey[y0:y1, x0:x1]
    size = (max(1, round(region.shape[1] * scale)), max(1, round(region.shape[0] * scale)))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    patch = cv2.resize(region, size, interpolation=interpolation)
    local = (points[:, :2] - np.array([x0, y0])) * scale
    oval = np.zeros(patch.shape, np.uint8)
    cv2.fillPoly(oval, [np.round(local[list(lm.FACE_OVAL)]).astype(np.int32)], (1,))
    top, bottom = local[lm.FOREHEAD], local[lm.CHIN]
    ys, xs = np.mgrid[0:patch.shape[0], 0:patch.shape[1]]
    side = (bottom[0] - top[0]) * (ys - top[1]) - (bottom[1] - top[1]) * (xs - top[0])
    return FacePatch(patch, oval.astype(bool), side > 0, local)


def eye_openness(points: np.ndarray) -> float:
    """Smaller eye aspect ratio of the two eyes (mean lid gap / eye width); ~0.3 open, <0.1 shut."""
    ratios = []
    for lids, (a, b) in ((lm.LIDS_LEFT, (lm.EYE_LEFT_OUTER, lm.EYE_LEFT_INNER)),
                         (lm.LIDS_RIGHT, (lm.EYE_RIGHT_INNER, lm.EYE_RIGHT_OUTER))):
        width = np.linalg.norm(points[a, :2] - points[b, :2])
        gaps = [np.linalg.norm(points[u, :2] - points[d, :2]) for u, d in lids]
        ratios.append(float(np.mean(gaps) / max(width, 1e-6)))
    return min(ratios)


def gaze_offset(points: np.ndarray) -> float:
    """Mean horizontal offset of the irises from the eye-corner midpoints, in eye widths.

    0 when the eyes look where the head points; about 0.04 at most on frontal passport
    portraits, 0.12-0.16 on faces looking sideways. Vertical gaze is not judged (the eyelids
    make it unreliable).
    """
    offsets = []
    for iris, a, b in ((lm.IRIS_LEFT, lm.EYE_LEFT_OUTER, lm.EYE_LEFT_INNER),
                       (lm.IRIS_RIGHT, lm.EYE_RIGHT_INNER, lm.EYE_RIGHT_OUTER)):
        width = float(np.linalg.norm(points[b, :2] - points[a, :2]))
        mid = (points[a, 0] + points[b, 0]) / 2
        offsets.append(float(points[iris, 0] - mid) / max(width, 1e-6))
    return float(np.mean(offsets))


def mouth_opening(points: np.ndarray) -> float:
    """Gap between the inner lips over the mouth width (0 = closed)."""
    gap = float(np.linalg.norm(points[lm.MOUTH_INNER_TOP, :2]
                               - points[lm.MOUTH_INNER_BOTTOM, :2]))
    width = float(np.linalg.norm(points[lm.MOUTH_CORNER_LEFT, :2]
                                 - points[lm.MOUTH_CORNER_RIGHT, :2]))
    return gap / max(width, 1e-6)


def smile(points: np.ndarray) -> float:
    """How far the mouth corners rise above the lip centre, in eye distances (neutral ~0)."""
    left, right = points[lm.MOUTH_CORNER_LEFT, :2], points[lm.MOUTH_CORNER_RIGHT, :2]
    centre = (points[lm.MOUTH_INNER_TOP, :2] + points[lm.MOUTH_INNER_BOTTOM, :2]) / 2
    axis = right - left
    angle = math.atan2(axis[1], axis[0])
    # height of the lip centre below the corner line, measured across the (rolled) mouth axis
    rel = centre - (left + right) / 2
    below = -math.sin(angle) * rel[0] + math.cos(angle) * rel[1]
    return float(below / max(lm.eye_distance(points), 1e-6))


def sharpness(patch: FacePatch) -> float:
    """Variance of the Laplacian inside the face oval (normalised scale)."""
    lap = cv2.Laplacian(patch.grey, cv2.CV_32F, ksize=3)
    inner = cv2.erode(patch.oval.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    values = lap[inner] if inner.any() else lap.ravel()
    return float(values.var())


def brightness_and_range(patch: FacePatch) -> tuple[float, float]:
    """Mean grey level of the face and its 1st-99th percentile spread."""
    values = patch.grey[patch.oval] if patch.oval.any() else patch.grey.ravel()
    lo, hi = np.percentile(values, (1, 99))
    return float(values.mean()), float(hi - lo)


def light_asymmetry(patch: FacePatch) -> float:
    """Difference of mean grey between the two face halves over the brighter half (0 = even)."""
    left = patch.grey[patch.oval & patch.left_side]
    right = patch.grey[patch.oval & ~patch.left_side]
    if left.size == 0 or right.size == 0:
        return 1.0
    a, b = float(left.mean()), float(right.mean())
    return abs(a - b) / max(a, b, 1.0)


def _lens_box(patch: FacePatch, ring: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The area a spectacle lens covers (1.5 eye widths across, mostly above the eye) and,
    inside it, the eye opening (the lid ring)."""
    pts = patch.points[list(ring), :2]
    centre = pts.mean(axis=0)
    width = float(pts[:, 0].max() - pts[:, 0].min())
    low = np.array([0.75 * width, 0.6 * width])
    high = np.array([0.75 * width, 0.45 * width])
    x0, y0 = np.maximum(np.floor(centre - low), 0).astype(int)
    x1, y1 = np.ceil(centre + high).astype(int)
    box = patch.grey[y0:y1, x0:x1]
    eye = np.zeros(box.shape, np.uint8)
    cv2.fillPoly(eye, [np.round(pts - np.array([x0, y0])).astype(np.int32)], (1,))
    return box, eye.astype(bool)


GLARE_LEVEL = 235          # near-white on a well-exposed face
GLARE_SKIN_SHARE = 0.75    # or this far from the skin's median grey towards white


def glare_fraction(patch: FacePatch, level: int = GLARE_LEVEL) -> float:
    """Largest fraction of glare pixels in the area a spectacle lens covers around an eye.

    The area is measured in eye widths, so the fraction does not depend on the image size.
    A reflection is a pixel at ``level`` or brighter than the skin's median grey by 75 % of
    the way to white, whichever is lower: on a small face (eyes a few dozen pixels apart)
    the lens reflection is averaged with the frame around it and no longer reaches 235.
    The eye opening itself is left out: the white of the eye (bright against dark skin, or
    shown by a sideways look) and catch-lights are not reflections on a lens. Checked on
    the shared faces at 0.5x-1x, each also JPEG-compressed (quality 60) and with noise: the
    Yale glasses portrait measures 0.0031-0.0107, every face without glasses 0 (70 % let
    bright skin on a brow through after JPEG, 80 % missed the glasses below 0.75x).
    """
    skin = float(np.median(patch.grey[patch.oval])) if patch.oval.any() else 128.0
    threshold = min(float(level), skin + GLARE_SKIN_SHARE * (255.0 - skin))
    fractions = []
    for ring in (lm.EYE_LEFT_RING, lm.EYE_RIGHT_RING):
        box, eye = _lens_box(patch, ring)
        fractions.append(float(((box >= threshold) & ~eye).mean()) if box.size else 0.0)
    return max(fractions)


SILHOUETTE_REACH = 2.0  # search the silhouette up to this many face widths from the nose


def silhouette_width(points: np.ndarray, person_mask: np.ndarray) -> float:
    """Width of the person's silhouette across the ear line over the face mesh's width there.

    The mesh (landmarks 234 and 454, where the face outline meets the ears) is fitted with a
    far-camera prior, while the person mask follows the real outline. From a portrait
    distance the ears (and hair) stick out beyond the mesh: 1.1-1.8 on the shared faces. A
    camera a hand's width away sees the cheeks hide the ears and the far side of the head
    shrink (perspective): the outline is narrower than the mesh, below 1.0. Measured along
    the ear line (rolled heads too), from the nose outwards; nan when the silhouette runs
    out of the frame or the nose is not inside it (nothing to compare).
    """
    h, w = person_mask.shape[:2]
    left, right = points[lm.CHEEK_LEFT, :2], points[lm.CHEEK_RIGHT, :2]
    half = (right - left) / 2
    span = float(np.hypot(*half))
    if span < 1.0:
        return math.nan
    centre = (left + right) / 2
    steps = np.linspace(0.0, SILHOUETTE_REACH, max(8, int(4 * span * SILHOUETTE_REACH)))
    reach = []
    for direction in (-1.0, 1.0):
        xy = centre + direction * steps[:, None] * half
        x, y = np.round(xy[:, 0]).astype(int), np.round(xy[:, 1]).astype(int)
        inside = (x >= 0) & (x < w) & (y >= 0) & (y < h)
        person = np.zeros(steps.size, bool)
        person[inside] = person_mask[y[inside], x[inside]] > 0.5
        if not person[0]:
            return math.nan
        gaps = np.flatnonzero(~person)
        if gaps.size == 0:
            if not inside.all():
                return math.nan  # the silhouette runs out of the frame
            reach.append(SILHOUETTE_REACH)
            continue
        if not inside[gaps[0]]:
            return math.nan
        reach.append(float(steps[gaps[0]]))
    return float(np.mean(reach))


def background(bgr_grey: np.ndarray, person_mask: np.ndarray, box: CropBox) -> tuple[float, float]:
    """Mean and standard deviation of the grey background inside the portrait box.

    Returns (nan, nan) when the box holds almost no background.
    """
    h, w = bgr_grey.shape
    corners = box.corners()
    x0, y0 = np.maximum(np.floor(corners.min(axis=0)), 0).astype(int)
    x1, y1 = np.minimum(np.ceil(corners.max(axis=0)), [w, h]).astype(int)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return math.nan, math.nan
    step = max(1, (x1 - x0) // 96)
    grey = bgr_grey[y0:y1:step, x0:x1:step]
    mask = person_mask[y0:y1:step, x0:x1:step] < 0.3
    # keep away from the person's outline (hair edges are neither person nor background)
    mask = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    if mask.sum() < 0.03 * mask.size:
        return math.nan, math.nan
    values = grey[mask].astype(np.float32)
    return float(values.mean()), float(values.std())


def hand_in_portrait(box: CropBox, hands: list[np.ndarray]) -> float:
    """Largest fraction of a detected hand's 21 landmarks lying inside the portrait box."""
    a = math.radians(box.angle)
    axes = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    worst = 0.0
    for hand in hands:
        local = (hand - np.array([box.cx, box.cy])) @ axes.T  # box-aligned, centred
        inside = (np.abs(local[:, 0]) <= box.width / 2) & (np.abs(local[:, 1]) <= box.height / 2)
        worst = max(worst, float(inside.mean()))
    return worst
