"""A simulated document camera: an empty desk, then a document laid under the camera, in turn.

Each document of the playlist (drawn demo passports, then specimen images) lies on the desk
for ``hold_s`` seconds after ``empty_s`` seconds of empty desk; the page sits a little askew
and shakes by a pixel, with sensor noise. ``blur`` > 0 shows everything out of focus (a
camera that cannot focus: nothing must ever be read from it). Frames are paced to ``fps``.
``placements`` records when each document first appeared in a frame (monotonic seconds).
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Sequence

import cv2
import numpy as np

from devices.camera.base import ThreadedCamera
from devices.document.specimens import Document
from devices.errors import DeviceNotFound
from devices.ports import CameraInfo

_DESK = (58, 72, 66)  # BGR, a dark green desk mat


class SimulatedDocumentCamera(ThreadedCamera):
    """Plays ``documents`` under a camera of ``width`` x ``height`` at ``fps``."""

    def __init__(self, documents: Sequence[Document], *, width: int = 1280, height: int = 960,
                 fps: float = 10.0, empty_s: float = 1.0, hold_s: float = 45.0,
                 blur: float = 0.0, rotation: int = 0) -> None:
        super().__init__("simulated-document" + (":blurry" if blur else ""), rotation)
        self.documents = list(documents)
        self.width, self.height, self.fps = width, height, fps
        self.empty_s, self.hold_s, self.blur = empty_s, hold_s, blur
        self.placements: list[tuple[float, str]] = []
        self._start = 0.0
        self._next = 0.0
        self._shown: tuple[int, int] | None = None  # (cycle, document) in view
        self._bases: dict[int, np.ndarray | None] = {}
        self._frame_no = 0

    def _open(self) -> CameraInfo:
        if not self.documents:
            raise DeviceNotFound("the simulated document camera has no documents to show "
                                 "(install fonts-ocr-b or set devices.document_images)",
                                 message_key="device.not_found")
        self._start = self._next = time.monotonic()
        self._shown = None
        width, height = ((self.height, self.width) if self.rotation in (90, 270)
                         else (self.width, self.height))
        return CameraInfo(self.name, width, height, self.fps, "SIM")

    def document_at(self, t: float) -> int | None:
        """The index of the document in view ``t`` seconds after opening, or None."""
        cycle = self.empty_s + self.hold_s
        within = t % cycle
        if within < self.empty_s:
            return None
        return int(t // cycle) % len(self.documents)

    def _grab(self) -> np.ndarray:
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        now = time.monotonic()
        self._next = max(self._next + 1.0 / self.fps, now - 1.0)
        self._frame_no += 1
        t = now - self._start
        index = self.document_at(t)
        cycle = int(t // (self.empty_s + self.hold_s))
        base = None if index is None else self._base(index)
        if base is None:
            self._shown = None
            image = desk(self.width, self.height).copy()
        else:
            assert index is not None
            if self._shown != (cycle, index):
                self._shown = (cycle, index)
                self.placements.append((now, self.documents[index].name))
            dx, dy = math.sin(t * 3.1), math.cos(t * 2.3)  # a hand still near the page
            shift = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
            image = cv2.warpAffine(base, shift, (self.width, self.height),
                                   borderMode=cv2.BORDER_REPLICATE)
        if self.blur:
            image = cv2.GaussianBlur(image, (0, 0), self.blur)
        return cv2.add(image, _noise(self.width, self.height, self._frame_no % 4),
                       dtype=cv2.CV_8U)

    def _base(self, index: int) -> np.ndarray | None:
        if index not in self._bases:
            page = self.documents[index].load()
            self._bases[index] = None if page is None else lay_on_desk(
                page, self.width, self.height, angle=(-2.5, 1.5, 3.0)[index % 3])
        return self._bases[index]

    def _release(self) -> None:
        self.info = None


@functools.lru_cache(maxsize=8)
def _noise(width: int, height: int, which: int) -> np.ndarray:
    """Sensor noise (sigma 2), one of a few patterns drawn once: frames stay cheap to make."""
    noise = np.empty((height, width, 3), np.int16)
    cv2.setRNGSeed(which)
    cv2.randn(noise, np.zeros(3), np.full(3, 2.0))
    return noise


@functools.lru_cache(maxsize=4)
def desk(width: int, height: int) -> np.ndarray:
    """The empty desk under the camera (BGR), lit a little more in the middle (cached: do
    not change it in place)."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    r2 = ((xs - width / 2) / width) ** 2 + ((ys - height / 2) / height) ** 2
    light = (1.1 - 0.5 * r2)[..., None]
    return np.clip(np.array(_DESK, np.float32) * light, 0, 255).astype(np.uint8)


def lay_on_desk(page: np.ndarray, width: int, height: int, angle: float = 0.0) -> np.ndarray:
    """``page`` (grey or BGR) scaled to fill most of the view, turned by ``angle`` degrees,
    on the desk."""
    if page.ndim == 2:
        page = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    scale = min(width * 0.86 / page.shape[1], height * 0.86 / page.shape[0])
    page = cv2.resize(page, (round(page.shape[1] * scale), round(page.shape[0] * scale)),
                      interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    matrix = np.array(cv2.getRotationMatrix2D((page.shape[1] / 2, page.shape[0] / 2), angle,
                                              1.0), np.float64)
    matrix[:, 2] += (width / 2 - page.shape[1] / 2, height / 2 - page.shape[0] / 2)
    mask = cv2.warpAffine(np.full(page.shape[:2], 255, np.uint8), matrix, (width, height))
    laid = cv2.warpAffine(page, matrix, (width, height), flags=cv2.INTER_LINEAR)
    background = desk(width, height)
    alpha = (mask.astype(np.float32) / 255)[..., None]
    return (laid * alpha + background * (1 - alpha)).astype(np.uint8)
