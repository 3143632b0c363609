"""The ICAO checks: each turns one measurement into a typed verdict with an instruction key.

:data:`PRIORITY` lists the checks in the order the applicant must fix them: one person (and
hands away: a hand over the face spoils every other measurement), then pose and gaze, then
eyes and mouth, then distance and centring, then holding still, then light and background
(the officer's), and last a camera whose frame is too small for any portrait (no place the
applicant can stand fixes it; the officer changes the camera setting). The live analyser shows
the instruction of the first failing one (:func:`ranked` moves a check first when its failure
makes the others unmeasurable). Keys are stable and translated by the UI.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from kiosk.biometrics.face.thresholds import FaceThresholds

PRIORITY = (
    "face_count", "occlusion",
    "yaw", "pitch", "roll", "gaze",
    "eyes_open", "glare", "mouth_closed", "expression",
    "eye_distance", "perspective", "frame_fit",
    "sharpness",
    "exposure", "dynamic_range", "light_symmetry",
    "background_uniformity", "background_brightness",
)
# failures so gross that the other measurements cannot be trusted: fixed first
TOO_SMALL_TO_JUDGE = 0.35   # eye distance below this fraction of the minimum
CUT_BY_BORDER = 10.0        # portrait box outside the frame by this many times the limit
# one half of the face this many times darker than the limit allows: the landmarks in the
# shadow are the mesh's guess, so pose, gaze and eyes measured there are not to be trusted
# (shared faces: the side-lit Yale portraits 0.43 and 0.61, every other face 0.31 or less;
# with the light from the side, JPEG or a 3 degree rotation moved the mesh's pitch from 9 to
# 10-11 degrees and blur its gaze past the limit on the 0.61 one)
DEEP_SHADOW = 2.0
# the portrait box already fills this share of the frame (height or width): moving closer
# gains little, so a face still short of the eye distance is the camera's resolution
# (shared faces: too-far ones fill 0.39-0.54, low-resolution ones 0.88-1.25)
FILLS_FRAME = 0.75

NO_FACE = "face.instruction.no_face"  # "Please look at the camera"
ONE_PERSON = "face.instruction.one_person"  # "Only one person in front of the camera"
MOVE_CLOSER = "face.instruction.move_closer"
MOVE_BACK = "face.instruction.move_back"
CENTRE = "face.instruction.centre_face"  # "Move so your face is in the middle of the frame"
LOOK_STRAIGHT = "face.instruction.look_straight"
STRAIGHTEN = "face.instruction.straighten_head"  # "Keep your head upright"
HANDS_AWAY = "face.instruction.hands_away"  # "Keep your hands away from your face"
REMOVE_GLASSES = "face.instruction.remove_glasses"
OPEN_EYES = "face.instruction.open_eyes"
CLOSE_MOUTH = "face.instruction.close_mouth"
NEUTRAL = "face.instruction.neutral_expression"
HOLD_STILL = "face.instruction.hold_still"
LIGHTING = "face.instruction.adjust_lighting"  # for the officer: exposure / lamp
EVEN_LIGHT = "face.instruction.even_lighting"  # for the officer: side light
BACKGROUND = "face.instruction.plain_background"  # for the officer: screen / backdrop
CAMERA = "face.instruction.camera_resolution"  # for the officer: frame too small for a portrait

# English sentences for the keys (the UI's translation files are the real source of texts)
INSTRUCTION_TEXT = {
    NO_FACE: "Please look at the camera.",
    ONE_PERSON: "Only one person may be in front of the camera.",
    MOVE_CLOSER: "Please move closer to the camera.",
    MOVE_BACK: "Please move back a little.",
    CENTRE: "Please move so that your face is in the middle of the screen.",
    LOOK_STRAIGHT: "Please look straight at the camera.",
    STRAIGHTEN: "Please keep your head upright.",
    HANDS_AWAY: "Please keep your hands away from your face.",
    REMOVE_GLASSES: "Please remove your glasses.",
    OPEN_EYES: "Please open your eyes.",
    CLOSE_MOUTH: "Please close your mouth.",
    NEUTRAL: "Please keep a neutral expression, without smiling.",
    HOLD_STILL: "Please hold still.",
    LIGHTING: "Officer: adjust the lighting (the face is too dark or too bright).",
    EVEN_LIGHT: "Officer: light the face evenly (shadow on one side).",
    BACKGROUND: "Officer: use a plain, light background.",
    CAMERA: "Officer: the camera image is too small for a portrait (raise its resolution).",
}


@dataclass(frozen=True)
class CheckResult:
    """One check: the measured value, its threshold (a bound or a (low, high) range), the
    verdict, and what to tell the applicant when it fails."""

    name: str
    value: float
    threshold: float | tuple[float, float]
    passed: bool
    instruction_key: str

    @property
    def margin(self) -> float:
        """How comfortably the value passes, 0 (at or past the threshold) to 1 (far inside)."""
        if math.isnan(self.value) or not self.passed:
            return 0.0
        if self.name == "face_count":
            return 1.0
        if isinstance(self.threshold, tuple):
            low, high = self.threshold
            half = (high - low) / 2
            return max(0.0, min(1.0, 1 - abs(self.value - (low + high) / 2) / max(half, 1e-9)))
        if self.name in _AT_LEAST:  # never saturates: sharper is always better
            return max(0.0, 1 - self.threshold / max(self.value, 1e-9))
        return max(0.0, min(1.0, 1 - abs(self.value) / max(self.threshold, 1e-9)))

    def as_dict(self) -> dict:
        data = asdict(self)
        data["value"] = None if math.isnan(self.value) else round(self.value, 4)
        return data


_AT_LEAST = {"eye_distance", "perspective", "eyes_open", "sharpness", "dynamic_range",
             "background_brightness"}


def at_most(name: str, value: float, limit: float, key: str) -> CheckResult:
    """Passes when |value| <= limit (nan = could not be measured = fails)."""
    return CheckResult(name, value, limit, bool(abs(value) <= limit), key)


def at_least(name: str, value: float, limit: float, key: str) -> CheckResult:
    """Passes when value >= limit (nan fails)."""
    return CheckResult(name, value, limit, bool(value >= limit), key)


def face_count(count: int) -> CheckResult:
    """Exactly one face in the frame."""
    key = NO_FACE if count == 0 else ONE_PERSON
    return CheckResult("face_count", float(count), 1.0, count == 1, key)


def eye_distance(pixels: float, t: FaceThresholds, fill: float = 0.0,
                 reachable: float = math.inf) -> CheckResult:
    """Eye distance the output portrait will have (source pixels are never upscaled into it).

    ``fill`` is the share of the frame the portrait box takes (its larger side), ``reachable``
    the eye distance the portrait would have if the box filled the frame. When even that is
    short and the box already fills :data:`FILLS_FRAME` of the frame, the camera's resolution
    is the cause, not the applicant's distance: the officer is told instead.
    """
    camera = reachable < t.min_eye_distance_px and fill >= FILLS_FRAME
    return at_least("eye_distance", pixels, t.min_eye_distance_px,
                    CAMERA if camera else MOVE_CLOSER)


def frame_fit(outside: dict[str, float], box_taller_than_frame: bool,
              t: FaceThresholds, reachable: float = math.inf) -> CheckResult:
    """The portrait box lies inside the camera frame (face centred, whole head visible).

    A box larger than the frame asks the applicant to move back, unless the frame is too
    small for the eye distance at any size (``reachable`` below the minimum): then moving
    back only loses more pixels and the camera is the cause.
    """
    worst = max(outside.values())
    key = CENTRE
    if box_taller_than_frame:
        key = CAMERA if reachable < t.min_eye_distance_px else MOVE_BACK
    return at_most("frame_fit", worst, t.max_crop_outside, key)


def perspective(silhouette: float, t: FaceThresholds) -> CheckResult:
    """The camera is not so close that perspective distorts the face: the head's outline
    across the ears is at least as wide as the face mesh there (see
    :func:`kiosk.biometrics.face.measures.silhouette_width`). Not measurable (nan: the
    outline runs out of the frame, which ``frame_fit`` reports) counts as passed."""
    passed = math.isnan(silhouette) or silhouette >= t.min_silhouette_width
    return CheckResult("perspective", silhouette, t.min_silhouette_width, passed, MOVE_BACK)


def pose(yaw: float, pitch: float, roll: float, t: FaceThresholds) -> list[CheckResult]:
    """Head turned (yaw), nodded (pitch) or tilted (roll) too far."""
    return [at_most("yaw", yaw, t.max_yaw_deg, LOOK_STRAIGHT),
            at_most("pitch", pitch, t.max_pitch_deg, LOOK_STRAIGHT),
            at_most("roll", roll, t.max_roll_deg, STRAIGHTEN)]


def gaze(offset: float, t: FaceThresholds) -> CheckResult:
    """Eyes looking at the camera (horizontally)."""
    return at_most("gaze", offset, t.max_gaze_offset, LOOK_STRAIGHT)


def occlusion(overlap: float, t: FaceThresholds) -> CheckResult:
    """No hand over the face or anywhere in the portrait (hair over the eyes is not detected)."""
    return at_most("occlusion", overlap, t.max_hand_overlap, HANDS_AWAY)


def glare(fraction: float, t: FaceThresholds) -> CheckResult:
    """Reflections on spectacle lenses over the eyes."""
    return at_most("glare", fraction, t.max_glare_fraction, REMOVE_GLASSES)


def eyes_open(openness: float, t: FaceThresholds) -> CheckResult:
    """Both eyes open (the less open eye counts)."""
    return at_least("eyes_open", openness, t.min_eye_openness, OPEN_EYES)


def mouth_closed(opening: float, t: FaceThresholds) -> CheckResult:
    """Lips together."""
    return at_most("mouth_closed", opening, t.max_mouth_opening, CLOSE_MOUTH)


def expression(smile: float, t: FaceThresholds) -> CheckResult:
    """Neutral expression: mouth corners not raised (a smile); frowns are not judged."""
    return CheckResult("expression", smile, t.max_smile, bool(smile <= t.max_smile), NEUTRAL)


def sharpness(value: float, t: FaceThresholds, upscaled_by_camera: bool = False) -> CheckResult:
    """Face in focus and not blurred by motion.

    ``upscaled_by_camera``: the face had to be enlarged to be measured and the camera's
    resolution is what keeps it small (see :func:`eye_distance`); the missing detail is then
    the camera's, not movement, and the officer is told.
    """
    key = CAMERA if upscaled_by_camera else HOLD_STILL
    return at_least("sharpness", value, t.min_sharpness, key)


def exposure(mean: float, t: FaceThresholds) -> CheckResult:
    """Face neither under- nor over-exposed."""
    low, high = t.min_face_brightness, t.max_face_brightness
    return CheckResult("exposure", mean, (low, high), bool(low <= mean <= high), LIGHTING)


def dynamic_range(spread: float, t: FaceThresholds) -> CheckResult:
    """Enough grey levels in the face (flat, washed-out or dark images fail)."""
    return at_least("dynamic_range", spread, t.min_dynamic_range, LIGHTING)


def light_symmetry(asymmetry: float, t: FaceThresholds) -> CheckResult:
    """Even lighting: no shadow on one side of the face."""
    return at_most("light_symmetry", asymmetry, t.max_light_asymmetry, EVEN_LIGHT)


def background(mean: float, std: float, t: FaceThresholds) -> list[CheckResult]:
    """Plain (uniform) and light background behind the head."""
    return [at_most("background_uniformity", std, t.max_background_variation, BACKGROUND),
            at_least("background_brightness", mean, t.min_background_brightness, BACKGROUND)]


def ranked(failed: list[CheckResult]) -> list[CheckResult]:
    """Failing checks in the order the applicant must fix them (see :data:`PRIORITY`).

    Four failures come before the rest because they make the other measurements
    meaningless: a face too dark or flat to find its features (dynamic range), half of it
    in deep shadow (light asymmetry at :data:`DEEP_SHADOW` times the limit), a face so
    small that eyes and mouth are a few pixels (eye distance below 35 % of the minimum) and
    a face cut by the image border (a fifth of the portrait outside the frame). A failure
    the camera's resolution causes (key :data:`CAMERA`) comes after every other one.
    """
    order = {name: i for i, name in enumerate(PRIORITY)}

    def gross(check: CheckResult) -> bool:
        if check.name == "dynamic_range":
            return True
        if check.name == "light_symmetry" and isinstance(check.threshold, float):
            return check.value > DEEP_SHADOW * check.threshold
        if check.name == "eye_distance" and isinstance(check.threshold, float):
            return not math.isnan(check.value) and \
                check.value < TOO_SMALL_TO_JUDGE * check.threshold
        if check.name == "frame_fit" and isinstance(check.threshold, float):
            return check.value > CUT_BY_BORDER * check.threshold
        return False

    return sorted(failed, key=lambda c: (c.name != "face_count", not gross(c),
                                         c.instruction_key == CAMERA, order[c.name]))
