"""Run every check on one frame and summarise: compliant or not, the instruction, a score."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from kiosk.biometrics.face import checks, measures
from kiosk.biometrics.face import landmarks as lm
from kiosk.biometrics.face.checks import CheckResult
from kiosk.biometrics.face.detector import FaceDetector, FaceObservation
from kiosk.biometrics.face.geometry import CropBox, crop_box, frame_box, outside_fraction
from kiosk.biometrics.face.pose import HeadPose, head_pose
from kiosk.biometrics.face.thresholds import FaceThresholds

DEFAULT_PORTRAIT_WIDTH = 480
# checks that need segmentation / hand detection, which live mode skips on some frames
OPTIONAL = frozenset({"occlusion", "perspective", "background_uniformity",
                      "background_brightness"})


@dataclass
class FaceAnalysis:
    """Every check's result for one frame, the portrait box and the head pose."""

    width: int
    height: int
    checks: list[CheckResult]
    crop: CropBox | None = None
    pose: HeadPose | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def compliant(self) -> bool:
        """All checks ran and passed (background checks may be skipped in live frames)."""
        names = {c.name for c in self.checks}
        needed = set(checks.PRIORITY) - OPTIONAL
        return needed <= names and all(c.passed for c in self.checks)

    @property
    def failed(self) -> list[CheckResult]:
        """Failing checks, most important first."""
        return checks.ranked([c for c in self.checks if not c.passed])

    @property
    def instruction(self) -> str | None:
        """The single most important instruction key, or None when compliant."""
        failed = self.failed
        if failed:
            return failed[0].instruction_key
        return None if self.compliant else checks.NO_FACE

    @property
    def score(self) -> float:
        """Combined quality 0-1 (mean check margin); 0 unless every check passes."""
        if not self.compliant:
            return 0.0
        return float(np.mean([c.margin for c in self.checks]))

    def check(self, name: str) -> CheckResult:
        """The result of the check called ``name`` (KeyError if it did not run)."""
        for result in self.checks:
            if result.name == name:
                return result
        raise KeyError(name)

    def as_dict(self) -> dict:
        """A JSON-ready summary (no image data)."""
        return {
            "compliant": self.compliant,
            "instruction": self.instruction,
            "image": {"width": self.width, "height": self.height},
            "crop_box": self.crop.as_dict() if self.crop else None,
            "pose": None if self.pose is None else {
                k: round(v, 2) for k, v in vars(self.pose).items()},
            "checks": [c.as_dict() for c in self.failed + [c for c in self.checks if c.passed]],
        }


def analyse_observation(bgr: np.ndarray, obs: FaceObservation, thresholds: FaceThresholds,
                        portrait_width: int = DEFAULT_PORTRAIT_WIDTH) -> FaceAnalysis:
    """Run all checks on a frame the detector has already looked at."""
    t = thresholds
    result = FaceAnalysis(obs.width, obs.height, [checks.face_count(obs.face_count)])
    points = obs.landmarks
    if obs.face_count != 1 or points is None:
        if obs.face_count == 1:  # a face, but no landmarks: usually a profile
            result.checks.append(checks.at_most("yaw", math.nan, t.max_yaw_deg,
                                                checks.LOOK_STRAIGHT))
        return result
    out = result.checks
    box = crop_box(points, obs.person_mask)
    result.crop = box
    distance = lm.eye_distance(points)
    in_portrait = min(distance, distance * portrait_width / box.width)
    # the share of the frame the box takes, and the eye distance were it to fill the frame
    fill = max(box.height / obs.height, box.width / obs.width)
    reachable = min(distance / max(fill, 1e-9), distance * portrait_width / box.width)
    size = checks.eye_distance(in_portrait, t, fill, reachable)
    out.append(size)
    fit = frame_box(points, obs.person_mask, box)  # a head cut at the top: up to that edge
    taller = fit.height > obs.height * (1 + t.max_crop_outside) or fit.width > obs.width
    out.append(checks.frame_fit(outside_fraction(fit, obs.width, obs.height), taller, t,
                                reachable))
    if obs.person_mask is not None:
        out.append(checks.perspective(measures.silhouette_width(points, obs.person_mask), t))
    pose = head_pose(points)
    result.pose = pose
    out += checks.pose(pose.yaw, pose.pitch, pose.roll, t)
    out.append(checks.gaze(measures.gaze_offset(points), t))
    if obs.hands is not None:
        out.append(checks.occlusion(measures.hand_in_portrait(box, obs.hands), t))
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    patch = measures.face_patch(grey, points)
    out.append(checks.glare(measures.glare_fraction(patch), t))
    out.append(checks.eyes_open(measures.eye_openness(points), t))
    out.append(checks.mouth_closed(measures.mouth_opening(points), t))
    out.append(checks.expression(measures.smile(points), t))
    upscaled_by_camera = (distance < measures.NORMAL_EYE_DISTANCE
                          and size.instruction_key == checks.CAMERA)
    out.append(checks.sharpness(measures.sharpness(patch), t, upscaled_by_camera))
    mean, spread = measures.brightness_and_range(patch)
    out.append(checks.exposure(mean, t))
    out.append(checks.dynamic_range(spread, t))
    out.append(checks.light_symmetry(measures.light_asymmetry(patch), t))
    if obs.person_mask is not None:
        out += checks.background(*measures.background(grey, obs.person_mask, box), t)
    return result


def analyse_image(bgr: np.ndarray, detector: FaceDetector | None = None,
                  thresholds: FaceThresholds | None = None,
                  portrait_width: int = DEFAULT_PORTRAIT_WIDTH) -> FaceAnalysis:
    """Detect and check the face in one still image (segmentation included)."""
    thresholds = FaceThresholds.defaults() if thresholds is None else thresholds
    if detector is None:
        with FaceDetector() as own:
            return analyse_observation(bgr, own.observe(bgr), thresholds, portrait_width)
    return analyse_observation(bgr, detector.observe(bgr), thresholds, portrait_width)
