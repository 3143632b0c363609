"""Real cameras through OpenCV VideoCapture (V4L2 on Linux): index, device path or file."""

from __future__ import annotations

import glob
import os
import sys
import time

import cv2
import numpy as np

from devices.camera.base import ThreadedCamera
from devices.errors import DeviceDisconnected, DeviceNotFound
from devices.ports import CameraInfo

# OpenCV's V4L2 backend waits 10 s (whole seconds, read at the first capture) for a frame from a
# stalled camera and retries; 1 s and one attempt keep a stall detectable in about a second.
# (An unplugged USB camera fails at once with ENODEV.) Must be set before the first capture.
os.environ.setdefault("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", "1")
os.environ.setdefault("OPENCV_VIDEOIO_V4L_READ_ATTEMPTS", "1")


def parse_source(text: str) -> int | str:
    """'0' -> index 0; anything else is a device path (or a file)."""
    return int(text) if text.strip().isdigit() else text


def list_video_devices() -> list[str]:
    """Video device nodes present on this machine (Linux); empty elsewhere."""
    return sorted(glob.glob("/dev/video*")) if sys.platform.startswith("linux") else []


def fourcc_text(value: float) -> str:
    code = int(value)
    text = "".join(chr((code >> (8 * i)) & 0xFF) for i in range(4))
    return text if text.isprintable() and text.strip() else ""


class OpenCvCamera(ThreadedCamera):
    """A UVC webcam or document camera. Asked-for settings are applied, then the camera's
    actual resolution, rate and FOURCC are reported. Failed reads for ``disconnect_after_s``
    mean DeviceDisconnected; ``open()`` again reopens."""

    def __init__(self, source: int | str, *, width: int = 0, height: int = 0, fps: float = 0,
                 fourcc: str = "MJPG", rotation: int = 0,
                 disconnect_after_s: float = 0.5) -> None:
        super().__init__(f"opencv:{source}", rotation)
        self.source = source
        self.width, self.height, self.fps, self.fourcc = width, height, fps, fourcc
        self.disconnect_after_s = disconnect_after_s
        self._capture: cv2.VideoCapture | None = None

    def _open(self) -> CameraInfo:
        backend = cv2.CAP_ANY
        if isinstance(self.source, int) or str(self.source).startswith("/dev/video"):
            backend = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
        cv2.setLogLevel(2)  # errors only: a missing camera is reported as DeviceNotFound
        params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, 3000, cv2.CAP_PROP_READ_TIMEOUT_MSEC, 1000]
        capture = cv2.VideoCapture(self.source, backend, params)
        if not capture.isOpened():
            capture.release()
            present = ", ".join(list_video_devices()) or "none"
            raise DeviceNotFound(f"camera {self.source!r} cannot be opened "
                                 f"(video devices present: {present})", source=str(self.source))
        if self.fourcc:
            capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*self.fourcc[:4]))
        if self.width and self.height:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        if self.fps:
            capture.set(cv2.CAP_PROP_FPS, self.fps)
        self._capture = capture
        width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        if self.rotation in (90, 270):
            width, height = height, width
        return CameraInfo(self.name, width, height, float(capture.get(cv2.CAP_PROP_FPS)),
                          fourcc_text(capture.get(cv2.CAP_PROP_FOURCC)))

    def _grab(self) -> np.ndarray:
        if self._capture is None:
            raise DeviceDisconnected(f"camera {self.source!r} is closed")
        deadline = time.monotonic() + self.disconnect_after_s
        while True:
            ok, image = self._capture.read()
            if ok and image is not None:
                return image
            if time.monotonic() >= deadline:
                self._capture.release()
                self._capture = None
                raise DeviceDisconnected(f"camera {self.source!r} stopped delivering frames",
                                         source=str(self.source))
            time.sleep(0.05)

    def _release(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None
        self.info = None
