"""A camera that plays a video file or a folder of images at its native frame rate."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from devices.camera.base import ThreadedCamera
from devices.errors import DeviceDisconnected, DeviceNotFound, DeviceProtocolError
from devices.ports import CameraInfo
from kiosk.domain.safe_input import InputError, read_image_file, regular_file

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"}


class FileCamera(ThreadedCamera):
    """Frames from ``path`` (a video, or a folder of images shown at ``folder_fps``).

    Frames are paced to the native rate and a slow reader skips frames, as with a live
    camera (``realtime=False`` delivers every frame as fast as it decodes); at the end it
    loops when ``loop`` is set, else raises DeviceDisconnected.
    """

    def __init__(self, path: str | Path, *, loop: bool = False, rotation: int = 0,
                 folder_fps: float = 10.0, realtime: bool = True) -> None:
        super().__init__(f"file:{Path(path).name}", rotation)
        self.path = Path(path)
        self.loop = loop
        self.folder_fps = folder_fps
        self.realtime = realtime
        self._capture: cv2.VideoCapture | None = None
        self._files: list[Path] = []
        self._position = 0
        self._fps = folder_fps
        self._start = 0.0

    def _open(self) -> CameraInfo:
        if not self.path.exists():
            raise DeviceNotFound(f"camera file {self.path} does not exist", path=str(self.path))
        if self.path.is_dir():
            self._files = sorted(p for p in self.path.iterdir()
                                 if p.suffix.lower() in IMAGE_SUFFIXES)
            if not self._files:
                raise DeviceNotFound(f"folder {self.path} holds no images",
                                     path=str(self.path))
            first = self._load(self._files[0])
            self._fps = self.folder_fps
            height, width = first.shape[:2]
        else:
            try:
                regular_file(self.path)  # a FIFO or device would block the decoder forever
            except InputError as exc:
                raise DeviceProtocolError(str(exc), message_key="device.unreadable_file",
                                          path=str(self.path)) from None
            capture = cv2.VideoCapture(str(self.path))
            ok, first = capture.read() if capture.isOpened() else (False, np.empty(0))
            if not ok:
                capture.release()
                raise DeviceProtocolError(f"cannot decode video file {self.path}",
                                          message_key="device.unreadable_file",
                                          path=str(self.path))
            capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            self._capture = capture
            fps = capture.get(cv2.CAP_PROP_FPS)
            self._fps = fps if 1.0 <= fps <= 240.0 else 25.0
            height, width = first.shape[:2]
        if self.rotation in (90, 270):
            width, height = height, width
        self._position = 0
        self._start = time.monotonic()
        return CameraInfo(self.name, width, height, self._fps)

    def _load(self, path: Path) -> np.ndarray:
        try:
            data = read_image_file(path)
        except InputError as exc:
            raise DeviceProtocolError(str(exc), message_key="device.unreadable_file",
                                      path=str(path)) from None
        image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
        if image is None:
            raise DeviceProtocolError(f"cannot decode image {path}",
                                      message_key="device.unreadable_file", path=str(path))
        return image

    def _next_raw(self) -> np.ndarray | None:
        if self._files:
            if self._position >= len(self._files):
                return None
            return self._load(self._files[self._position])
        assert self._capture is not None
        ok, image = self._capture.read()
        return image if ok else None

    def _skip_late_frames(self) -> None:
        """Like a live camera, a slow reader gets the frame due now, not a growing backlog."""
        due = int((time.monotonic() - self._start) * self._fps)
        while self._position < due:
            if self._files:
                if self._position + 1 >= len(self._files):
                    return
            elif self._capture is None or not self._capture.grab():
                return
            self._position += 1

    def _grab(self) -> np.ndarray:
        if self.realtime:
            self._skip_late_frames()
        image = self._next_raw()
        if image is None and self.loop and self._position:
            if self._capture is not None:
                self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            self._position = 0
            self._start = time.monotonic()
            image = self._next_raw()
        if image is None:
            raise DeviceDisconnected(f"{self.path.name}: end of stream after "
                                     f"{self._position} frames", path=str(self.path))
        if self.realtime:
            delay = self._start + self._position / self._fps - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        self._position += 1
        return image

    def _release(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None
        self._files = []
        self.info = None
