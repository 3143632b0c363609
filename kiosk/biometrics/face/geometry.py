"""The ICAO 3:4 portrait box placed by the eye positions and the head height.

ICAO 9303-3 / ISO/IEC 19794-5 full frontal: the head (chin to crown) fills 70-80% of the image
height; 35x45 mm gives the 3:4 aspect. The box is centred horizontally on the eye midpoint,
rotated by the eye line (roll), sized so the head fills :data:`HEAD_FRACTION` of its height with
:data:`TOP_MARGIN` above the crown, which puts the eye line 45% from the top (ISO/IEC 19794-5:
50-70% from the bottom; token frontal: 0.6 W from the top = 45% of a 3:4 image). The eye
distance is then about W/4, as in the token geometry, though real heads vary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kiosk.biometrics.face import landmarks as lm

HEAD_FRACTION = 0.75  # chin-to-crown / image height (ICAO: 70-80%)
TOP_MARGIN = 0.075  # space above the crown / image height: puts the eyes at 45% from the top
ASPECT = 0.75  # width / height
CROWN_TO_EYES = 1.0  # crown-to-eye-line / eye-line-to-chin (eyes halfway down the head)


@dataclass(frozen=True)
class CropBox:
    """The portrait's region in the source image: centre, size and rotation (degrees)."""

    cx: float
    cy: float
    width: float
    height: float
    angle: float

    def corners(self) -> np.ndarray:
        """The four corners (top-left, top-right, bottom-right, bottom-left) in source pixels."""
        a = math.radians(self.angle)
        ux, uy = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
        half_w, half_h = ux * self.width / 2, uy * self.height / 2
        centre = np.array([self.cx, self.cy])
        return np.array([centre - half_w - half_h, centre + half_w - half_h,
                         centre + half_w + half_h, centre - half_w + half_h])

    def as_dict(self) -> dict[str, float]:
        return {k: round(float(v), 1) for k, v in vars(self).items()}


def crop_box(points: np.ndarray, person_mask: np.ndarray | None = None, *,
             head_top: float | None = None) -> CropBox:
    """The 3:4 portrait box for the face whose (478, 3) landmarks are given.

    ``head_top``: a y the head is known to reach (the frame's top edge when the head is cut
    there, see :func:`head_cut_at_top`); the box then holds the head up to it at least.
    """
    left, right = lm.eye_centres(points)
    angle = math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))
    a = math.radians(angle)
    up = np.array([math.sin(a), -math.cos(a)])  # the face's "up" in image coordinates
    mid = (left + right) / 2
    chin = points[lm.CHIN, :2]
    head = head_height(points, person_mask, head_top)
    height = head / HEAD_FRACTION
    width = height * ASPECT
    # distance from the eye line up to the box top, then the centre is half a height below
    chin_below_eyes = float(np.dot(mid - chin, up))
    top_above_eyes = head - chin_below_eyes + TOP_MARGIN * height
    centre = mid + up * (top_above_eyes - height / 2)
    return CropBox(float(centre[0]), float(centre[1]), width, height, angle)


def head_height(points: np.ndarray, person_mask: np.ndarray | None = None,
                head_top: float | None = None) -> float:
    """Chin-to-crown length in pixels (see :func:`crown_y`), measured along the image vertical;
    the crown is put at ``head_top`` when that is higher."""
    chin_y = float(points[lm.CHIN, 1])
    left, right = lm.eye_centres(points)
    cos_roll = abs(math.cos(math.atan2(right[1] - left[1], right[0] - left[0])))
    crown = crown_y(points, person_mask)
    if head_top is not None:
        crown = min(crown, head_top)
    return max(1.0, (chin_y - crown) / max(cos_roll, 0.3))


CUT_SHARE = 0.25  # share of the face's width where the head runs out of the frame's top edge


def head_cut_at_top(points: np.ndarray, person_mask: np.ndarray | None) -> bool:
    """The head (hair included) runs out of the frame's top edge over :data:`CUT_SHARE` of the
    face's width (ear to ear) or more.

    Its top is then not in the picture: the crown estimated from the landmarks may still lie
    inside, but the space above the head the portrait needs is hair, not background (a
    selfie held too close, the top of the head cut off). Shared faces: 0-0.02 on compliant
    portraits, at most 0.18 under a 4 % crop; 0.31-0.70 on a selfie whose hair is cut.
    """
    if person_mask is None:
        return False
    xs = points[[lm.CHEEK_LEFT, lm.CHEEK_RIGHT], 0]
    x0, x1 = max(0, int(xs.min())), min(person_mask.shape[1], math.ceil(xs.max()))
    if x1 <= x0:
        return False
    return float((person_mask[0, x0:x1] > 0.5).mean()) >= CUT_SHARE


def frame_box(points: np.ndarray, person_mask: np.ndarray | None, box: CropBox) -> CropBox:
    """The box the camera frame must hold: the portrait box, or, when the head runs out of
    the frame's top edge (:func:`head_cut_at_top`) and the portrait reaches within its top
    margin of that edge (the cut hair would show in it), the box holding the head up to the
    edge. Hair cut far above a small face is left to the portrait's own crop."""
    top = float(box.corners()[:, 1].min())
    if top < TOP_MARGIN * box.height and head_cut_at_top(points, person_mask):
        return crop_box(points, person_mask, head_top=0.0)
    return box


def outside_fraction(box: CropBox, image_width: int, image_height: int) -> dict[str, float]:
    """How far the box sticks out of the image on each side, as fractions of its height."""
    xs, ys = box.corners()[:, 0], box.corners()[:, 1]
    return {
        "left": max(0.0, -float(xs.min())) / box.height,
        "right": max(0.0, float(xs.max()) - image_width) / box.height,
        "top": max(0.0, -float(ys.min())) / box.height,
        "bottom": max(0.0, float(ys.max()) - image_height) / box.height,
    }


def crown_y(points: np.ndarray, person_mask: np.ndarray | None) -> float:
    """The top of the skull (y in pixels), ignoring hair as ICAO asks.

    Anthropometric estimate: the eyes sit about halfway between crown and chin (vertex to
    pupil and pupil to menton are both about 120 mm in adults), so the crown lies
    :data:`CROWN_TO_EYES` eye-to-chin lengths above the eye line. When the person mask shows
    the head ending lower than that (very short hair, bald head), the mask's top is used.
    """
    forehead, chin = points[lm.FOREHEAD, :2], points[lm.CHIN, :2]
    left, right = lm.eye_centres(points)
    eyes_y = float(left[1] + right[1]) / 2
    estimate = eyes_y - CROWN_TO_EYES * (float(chin[1]) - eyes_y)
    if person_mask is None:
        return estimate
    h, w = person_mask.shape[:2]
    half = max(2, int(0.25 * lm.eye_distance(points)))
    x0, x1 = max(0, int(forehead[0]) - half), min(w, int(forehead[0]) + half)
    y1 = int(np.clip(forehead[1], 0, h - 1))
    if x1 <= x0 or y1 <= 0:
        return estimate
    band = person_mask[:y1, x0:x1] > 0.5
    rows = np.flatnonzero(band.mean(axis=1) > 0.5)
    if rows.size == 0:
        return estimate
    # the person region must be connected down to the forehead: take the top of the last run
    breaks = np.flatnonzero(np.diff(rows) > 1)
    top = float(rows[breaks[-1] + 1] if breaks.size else rows[0])
    return max(estimate, top)
