"""A simulated camera for the demo: a moving head-and-shoulders drawing at a steady rate."""

from __future__ import annotations

import math
import time

import cv2
import numpy as np

from devices.camera.base import ThreadedCamera
from devices.ports import CameraInfo


class SimulatedCamera(ThreadedCamera):
    """Draws frames on demand, paced to ``fps``; never fails unless closed."""

    def __init__(self, width: int = 640, height: int = 480, fps: float = 15.0,
                 rotation: int = 0) -> None:
        super().__init__("simulated", rotation)
        self.width, self.height, self.fps = width, height, fps
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
        self._next = max(self._next + 1.0 / self.fps, time.monotonic() - 1.0)
        self._frame += 1
        return draw_scene(self.width, self.height, self._frame / self.fps)

    def _release(self) -> None:
        self.info = None


def draw_scene(width: int, height: int, t: float) -> np.ndarray:
    """A light background with a face-like figure swaying slowly (BGR)."""
    image = np.full((height, width, 3), (225, 222, 218), np.uint8)
    cx = int(width / 2 + width * 0.03 * math.sin(t * 0.8))
    cy = int(height * 0.45)
    face = (int(width * 0.13), int(height * 0.24))
    cv2.ellipse(image, (cx, int(height * 0.98)), (int(width * 0.28), int(height * 0.25)), 0,
                180, 360, (90, 70, 60), -1)
    cv2.ellipse(image, (cx, cy), face, 0, 0, 360, (150, 180, 220), -1)
    for side in (-1, 1):
        cv2.circle(image, (cx + side * face[0] // 2, cy - face[1] // 6), 6, (60, 40, 30), -1)
    cv2.ellipse(image, (cx, cy + face[1] // 2), (face[0] // 3, 6), 0, 0, 180, (80, 80, 160), 2)
    cv2.putText(image, f"SIMULATED {t:6.1f}s", (10, height - 12), cv2.FONT_HERSHEY_SIMPLEX,
                0.5, (40, 40, 40), 1)
    return image
