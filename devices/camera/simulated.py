"""A simulated camera for the demo: a drawn portrait that the real face engine accepts.

The picture is a procedural head-and-shoulders (OpenCV drawing: shaded skin, eyes with
irises, eyebrows, nose, lips, hair, a plain light background) that mediapipe's face mesh finds
and that passes every ICAO check with the default thresholds, so auto-capture fires in the
demo. It moves a little (sway, nod, an occasional blink). For training, a *variant* draws a
portrait that fails one chosen check (``devices.simulated_face``, see :data:`VARIANTS`).
"""

from __future__ import annotations

import functools
import math
import time

import cv2
import numpy as np

from devices.camera.base import ThreadedCamera
from devices.ports import CameraInfo

# variant -> the face check it is drawn to fail ("" = none: a compliant portrait)
VARIANTS: dict[str, str] = {
    "compliant": "",
    "eyes_closed": "eyes_open",
    "head_turned": "yaw",
    "head_tilted": "roll",
    "looking_away": "gaze",
    "mouth_open": "mouth_closed",
    "too_far": "eye_distance",
    "too_close": "frame_fit",
    "side_light": "light_symmetry",
}
TOO_CLOSE = 1.6  # the drawing's scale for "too_close": the head runs out of the frame's top
BLINK_EVERY_S = 6.0  # one blink (about 0.15 s) this often, as people do
_BLINK_S = 0.15
_BACKGROUND = (228, 224, 220)  # BGR, a light grey-blue backdrop
_SKIN = np.array((150, 182, 225), np.float32)
_HAIR = (35, 30, 28)


class SimulatedCamera(ThreadedCamera):
    """Draws frames on demand, paced to ``fps``; never fails unless closed."""

    def __init__(self, width: int = 960, height: int = 720, fps: float = 15.0,
                 rotation: int = 0, variant: str = "compliant") -> None:
        if variant not in VARIANTS:
            raise ValueError(f"simulated face variant must be one of {', '.join(VARIANTS)}, "
                             f"not {variant!r}")
        super().__init__("simulated" if variant == "compliant" else f"simulated:{variant}",
                         rotation)
        self.width, self.height, self.fps = width, height, fps
        self.variant = variant
        self._next = 0.0
        self._frame = 0

    def _open(self) -> CameraInfo:
        self._next = time.monotonic()
        self._frame = 0
        width, height = ((self.height, self.width) if self.rotation in (90, 270)
                         else (self.width, self.height))
        return CameraInfo(self.name, width, height, self.fps, "SIM")

    def _grab(self) -> np.ndarray:
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        period, now = 1.0 / self.fps, time.monotonic()
        self._next += period
        if self._next < now:  # late (a busy machine): drop the missed frames as a sensor does,
            self._next = now + period  # never deliver a burst to catch up
        self._frame += 1
        return draw_scene(self.width, self.height, self._frame / max(self.fps, 1e-6),
                          self.variant)

    def _release(self) -> None:
        self.info = None


# sensor noise as OpenCV's scalars (mean, standard deviation) per channel: the first only
_NOISE_MEAN, _NOISE_SD = np.array([0.0, 0, 0, 0]), np.array([2.0, 0, 0, 0])


def draw_scene(width: int, height: int, t: float, variant: str = "compliant") -> np.ndarray:
    """The portrait at time ``t`` seconds (BGR): the cached drawing moved a little, with
    sensor noise and a "SIMULATED CAMERA" label (naming the training variant) at the top."""
    blinking = variant != "eyes_closed" and (t % BLINK_EVERY_S) > BLINK_EVERY_S - _BLINK_S
    base = _portrait(width, height, variant, blinking)
    s = height / 720.0
    dx = 6 * s * math.sin(t * 0.7)
    dy = 3 * s * math.sin(t * 1.3)
    roll = 1.0 * math.sin(t * 0.5)
    matrix = np.asarray(cv2.getRotationMatrix2D((width / 2, height * 0.46), roll, 1.0),
                        dtype=np.float64)
    matrix[:, 2] += (dx, dy)
    image = cv2.warpAffine(base, matrix, (width, height), flags=cv2.INTER_LINEAR,
                           borderMode=cv2.BORDER_REPLICATE)
    noise = np.empty(image.shape, np.int16)
    cv2.randn(noise, _NOISE_MEAN, _NOISE_SD)
    image = cv2.add(image, noise, dtype=cv2.CV_8U)
    label = ("SIMULATED CAMERA" if variant == "compliant"
             else f"SIMULATED CAMERA - training: {variant}")
    cv2.putText(image, f"{label}  {t:.1f} s", (round(12 * s), round(30 * s)),
                cv2.FONT_HERSHEY_SIMPLEX, 0.6 * s, (70, 70, 70), max(1, round(1.5 * s)),
                cv2.LINE_AA)
    return image


@functools.lru_cache(maxsize=8)
def _portrait(width: int, height: int, variant: str, blinking: bool) -> np.ndarray:
    """The still drawing of one variant (cached: frames only move and add noise)."""
    scale = height / 720.0 * {"too_far": 0.62, "too_close": TOO_CLOSE}.get(variant, 1.0)
    image: np.ndarray = np.full((height, width, 3), _BACKGROUND, np.float32)
    cx, cy = width / 2, height * 0.46

    def at(x: float, y: float) -> tuple[int, int]:
        return round(cx + x * scale), round(cy + y * scale)

    def size(a: float, b: float) -> tuple[int, int]:
        return max(1, round(a * scale)), max(1, round(b * scale))

    def px(v: float) -> int:
        return max(1, round(v * scale))

    aa = cv2.LINE_AA
    # clothes, neck, hair behind the head, ears
    cv2.ellipse(image, at(0, 420), size(300, 170), 0, 180, 360, (70, 60, 55), -1, aa)
    cv2.rectangle(image, at(-300, 420), (round(cx + 300 * scale), height), (70, 60, 55), -1)
    cv2.rectangle(image, at(-60, 120), at(60, 290), (120, 150, 195), -1)
    cv2.ellipse(image, at(0, -40), size(165, 190), 0, 180, 360, _HAIR, -1, aa)
    for side in (-1, 1):
        cv2.ellipse(image, at(side * 150, 0), size(22, 42), 0, 0, 360, (130, 160, 205), -1, aa)
    # the face: skin shaded darker towards the rim (and to one side under side light)
    mask = np.zeros((height, width), np.uint8)
    cv2.ellipse(mask, at(0, 10), size(150, 195), 0, 0, 360, (255,), -1, aa)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    u = (xs - cx) / (150 * scale)
    r2 = u ** 2 + ((ys - cy - 10 * scale) / (195 * scale)) ** 2
    shade = np.clip(1.0 - 0.25 * r2, 0, 1)
    if variant == "side_light":
        shade *= np.clip(0.85 + 0.45 * u, 0.35, 1.15)
    alpha = (mask.astype(np.float32) / 255)[..., None]
    image = image * (1 - alpha) + np.clip(shade[..., None] * _SKIN, 0, 255) * alpha
    cv2.ellipse(image, at(0, -120), size(150, 80), 0, 180, 360, _HAIR, -1, aa)  # fringe
    for side in (-1, 1):  # eyebrows
        brow = np.array([at(side * x, y) for x, y in ((25, -62), (55, -72), (90, -66))])
        cv2.polylines(image, [brow.astype(np.int32)], False, (45, 45, 50), px(9), aa)
    _eyes(image, at, size, px, shut=blinking or variant == "eyes_closed",
          look=18 if variant == "looking_away" else 0)
    # nose: bridge shadow, tip, nostrils
    cv2.line(image, at(-8, -20), at(-14, 45), (115, 140, 185), px(4), aa)
    cv2.ellipse(image, at(0, 50), size(22, 10), 0, 0, 180, (100, 125, 170), px(3), aa)
    for side in (-1, 1):
        cv2.ellipse(image, at(side * 10, 52), size(6, 3), 0, 0, 360, (70, 80, 110), -1, aa)
    _mouth(image, at, size, px, open_=variant == "mouth_open")
    image = cv2.GaussianBlur(image, (0, 0), 1.2 * scale)
    if variant == "head_turned":  # features slide sideways, the middle most: about 15 degrees
        u = np.clip((xs - cx) / (175 * scale), -1, 1)
        v = np.clip((ys - cy + 40 * scale) / (260 * scale), -1, 1)
        shift = 60 * scale * (1 - u ** 2) * np.sqrt(1 - v ** 2)
        image = cv2.remap(image, xs - shift, ys, cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_REPLICATE)
    if variant == "head_tilted":
        matrix = cv2.getRotationMatrix2D((cx, cy), 16.0, 1.0)
        image = cv2.warpAffine(image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE)
    return np.clip(image, 0, 255).astype(np.uint8)


def _eyes(image: np.ndarray, at, size, px, *, shut: bool, look: float) -> None:
    """Almond eyes with brown irises, pupils and lids; ``look`` moves the irises sideways."""
    aa = cv2.LINE_AA
    for side in (-1, 1):
        ex, ey = side * 60, -30
        if shut:
            cv2.ellipse(image, at(ex, ey), size(30, 6), 0, 0, 180, (60, 70, 90), px(3), aa)
            continue
        cv2.ellipse(image, at(ex, ey), size(30, 13), 0, 0, 360, (200, 208, 215), -1, aa)
        cv2.circle(image, at(ex + look, ey), px(11), (40, 70, 110), -1, aa)
        cv2.circle(image, at(ex + look, ey), px(5), (15, 15, 15), -1, aa)
        cv2.ellipse(image, at(ex, ey), size(30, 13), 0, 180, 360, (40, 40, 50), px(3), aa)
        cv2.ellipse(image, at(ex, ey), size(30, 13), 0, 0, 180, (90, 110, 150), px(1.5), aa)


def _mouth(image: np.ndarray, at, size, px, *, open_: bool) -> None:
    """Closed lips, or lips parted with a dark gap."""
    aa = cv2.LINE_AA
    gap = 16 if open_ else 0
    cv2.ellipse(image, at(0, 100), size(38, 9), 0, 180, 360, (95, 95, 170), -1, aa)
    if gap:
        cv2.ellipse(image, at(0, 100), size(34, gap), 0, 0, 180, (40, 35, 60), -1, aa)
    cv2.ellipse(image, at(0, 100 + gap), size(36, 11), 0, 0, 180, (105, 110, 185), -1, aa)
    if not gap:
        cv2.line(image, at(-38, 100), at(38, 100), (60, 60, 110), px(2), aa)
