"""Named indices into mediapipe's 478-point face mesh (refine_landmarks=True), image-left first.

"Image-left" is the eye on the left of the picture, i.e. the subject's right eye.
"""

from __future__ import annotations

import numpy as np

IRIS_LEFT = 468  # centre of the iris of the image-left eye
IRIS_RIGHT = 473
EYE_LEFT_OUTER, EYE_LEFT_INNER = 33, 133
EYE_RIGHT_INNER, EYE_RIGHT_OUTER = 362, 263
# upper/lower eyelid pairs, three across each eye (for the eye aspect ratio)
LIDS_LEFT = ((160, 144), (159, 145), (158, 153))
LIDS_RIGHT = ((385, 380), (386, 374), (387, 373))
MOUTH_INNER_TOP, MOUTH_INNER_BOTTOM = 13, 14
MOUTH_OUTER_TOP, MOUTH_OUTER_BOTTOM = 0, 17
MOUTH_CORNER_LEFT, MOUTH_CORNER_RIGHT = 61, 291
NOSE_TIP = 1
FOREHEAD = 10
CHIN = 152
CHEEK_LEFT, CHEEK_RIGHT = 234, 454
# the face oval, in order around the face
FACE_OVAL = (10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400,
             377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67,
             109)
# ring around each eye (lids), used for eye-region boxes
EYE_LEFT_RING = (33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246)
EYE_RIGHT_RING = (362, 382, 381, 380, 374, 373, 390, 249, 263, 466, 388, 387, 386, 385, 384, 398)


def eye_centres(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(image-left, image-right) iris centres in pixels (x, y)."""
    return points[IRIS_LEFT, :2], points[IRIS_RIGHT, :2]


def eye_distance(points: np.ndarray) -> float:
    """Distance between the iris centres in pixels."""
    left, right = eye_centres(points)
    return float(np.hypot(*(right - left)))
