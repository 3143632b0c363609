"""Head pose (yaw, pitch, roll in degrees) from the 3-D face mesh landmarks.

Roll is the angle of the line through the iris centres. Yaw and pitch come from a face frame
built from the mesh's 3-D points: a left-right axis (outer eye corners and cheeks) and a
forehead-chin axis. The mesh's z is a relative depth in x units, so no camera model is needed.
The mesh puts a frontal face's forehead-chin axis about 2 degrees off the image plane;
``PITCH_OFFSET`` removes that (mean over 10 frontal portraits in ../shared/data/faces: +2.2).

Signs: yaw > 0 when the subject turns to their left (nose towards image right),
pitch > 0 when the head tilts back (chin up, nose tip moves up the image),
roll > 0 when the head tilts clockwise in the image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kiosk.biometrics.face import landmarks as lm

PITCH_OFFSET = 2.0


@dataclass(frozen=True)
class HeadPose:
    """Head rotation in degrees (0, 0, 0 = looking straight at the camera)."""

    yaw: float
    pitch: float
    roll: float


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-9)


def head_pose(points: np.ndarray) -> HeadPose:
    """Estimate the head pose from (478, 3) pixel landmarks."""
    p = points.astype(np.float64)
    left, right = p[lm.IRIS_LEFT, :2], p[lm.IRIS_RIGHT, :2]
    roll = math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))
    across = (p[lm.EYE_RIGHT_OUTER] - p[lm.EYE_LEFT_OUTER]) + (p[lm.CHEEK_RIGHT] - p[lm.CHEEK_LEFT])
    down = p[lm.CHIN] - p[lm.FOREHEAD]
    x_axis = _unit(across)
    y_axis = _unit(down - np.dot(down, x_axis) * x_axis)
    # remove roll (rotation in the image plane) before reading yaw and pitch
    c, s = math.cos(math.radians(-roll)), math.sin(math.radians(-roll))
    unroll = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    x_axis, y_axis = unroll @ x_axis, unroll @ y_axis
    yaw = math.degrees(math.atan2(x_axis[2], x_axis[0]))
    pitch = PITCH_OFFSET - math.degrees(math.atan2(y_axis[2], y_axis[1]))
    return HeadPose(yaw, pitch, roll)
