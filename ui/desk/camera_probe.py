"""A camera under test in the technician console: frames read and converted on a plain thread,
the newest one kept in a one-slot mailbox (as :mod:`ui.desk.face_worker` does), the rate measured
from the frames' own timestamps."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from devices.checkup import FrameRate
from devices.ports import Camera, CameraInfo
from ui.desk.face_worker import run_camera_loop, to_qimage


class CameraProbe(QObject):
    """``start()``, then ``take_frame()`` on each ``frame_ready``; ``stop()`` joins."""

    opened = Signal(object)  # CameraInfo
    frame_ready = Signal()
    failed = Signal(object)

    def __init__(self, camera: Camera, timeout_s: float = 5.0) -> None:
        super().__init__()
        self._camera = camera
        self._timeout_s = timeout_s
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._shown: tuple[QImage, int] | None = None
        self.rate = FrameRate(30)
        self.frames_read = 0
        self.size: tuple[int, int] = (0, 0)
        self.info: CameraInfo | None = None
        self._thread = threading.Thread(target=self._run, name="camera-probe", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 0.5) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    @property
    def fps(self) -> float:
        with self._lock:
            return self.rate.fps

    def take_frame(self) -> tuple[QImage, int] | None:
        with self._lock:
            shown, self._shown = self._shown, None
        return shown

    def _emit(self, name: str, *args: object) -> None:
        try:
            getattr(self, name).emit(*args)
        except RuntimeError:  # the console is gone
            self._stop.set()

    def _run(self) -> None:
        run_camera_loop(self._camera, self._stop, self._timeout_s, self._emit, self._read)

    def _read(self) -> None:
        self.info = self._camera.open().result(timeout=self._timeout_s * 3)
        self._emit("opened", self.info)
        while not self._stop.is_set():
            frame = self._camera.read().result(timeout=self._timeout_s)
            image = to_qimage(frame.image)
            with self._lock:
                announce = self._shown is None
                self._shown = (image, frame.index)
                self.rate.add(frame.timestamp)
                self.frames_read += 1
                self.size = frame.size
            if announce:
                self._emit("frame_ready")
