"""What every camera adapter shares: its own I/O thread, futures, a frame stream."""

from __future__ import annotations

import time
from concurrent.futures import Future

import cv2
import numpy as np

from devices.ports import CameraInfo, Frame
from devices.worker import DeviceWorker

ROTATIONS = {0: None, 90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
             270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def rotate(image: np.ndarray, degrees: int) -> np.ndarray:
    """Rotate clockwise by 0, 90, 180 or 270 degrees."""
    code = ROTATIONS[degrees % 360]
    return image if code is None else cv2.rotate(image, code)


class ThreadedCamera:
    """Base class: subclasses implement ``_open``, ``_read`` and ``_release``, which always run
    on the camera's own thread."""

    def __init__(self, name: str, rotation: int = 0) -> None:
        if rotation % 360 not in ROTATIONS:
            raise ValueError(f"rotation must be 0, 90, 180 or 270, not {rotation}")
        self.name = name
        self.rotation = rotation % 360
        self.info: CameraInfo | None = None
        self._index = 0
        self._worker = DeviceWorker(f"camera-{name}", on_close=self._release)

    # --- to implement ----------------------------------------------------------------------

    def _open(self) -> CameraInfo:
        raise NotImplementedError

    def _grab(self) -> np.ndarray:
        """The next raw image; raise a DeviceError when there is none."""
        raise NotImplementedError

    def _release(self) -> None:
        raise NotImplementedError

    # --- the port --------------------------------------------------------------------------

    def open(self) -> Future[CameraInfo]:
        """Open (or reopen) the camera; the future holds what it actually delivers."""
        return self._worker.submit(self._do_open)

    def _do_open(self) -> CameraInfo:
        self._release()
        self._index = 0
        self.info = self._open()
        return self.info

    def read(self) -> Future[Frame]:
        """The next frame."""
        return self._worker.submit(self._read)

    def _read(self) -> Frame:
        if self.info is None:
            self._do_open()
        image = rotate(self._grab(), self.rotation)
        frame = Frame(image, time.monotonic(), self._index)
        self._index += 1
        return frame

    def close(self) -> None:
        """Release the camera on its thread, join the thread."""
        self._worker.close()

    def __enter__(self) -> ThreadedCamera:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
