"""The desk's document camera, read live: :class:`station.document_reader.LiveDocumentReader`
with its reports turned into Qt signals (delivered queued on the UI thread).

Frames are shown as a small preview: the grabber thread scales each frame and keeps the newest
in a one-slot mailbox (``take_preview``), announced by ``preview_ready``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

import cv2
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from devices.ports import Camera, Frame
from station.document_reader import LiveDocumentReader
from ui.desk.face_worker import to_qimage

PREVIEW_WIDTH = 240


class DocumentReaderWorker(QObject):
    """One document-camera session: ``start()``, later ``stop()``."""

    opened = Signal(object)  # CameraInfo
    state_changed = Signal(str)  # "empty", "reading", "read"
    read = Signal(object)  # MrzReading: valid and alike on consecutive frames, once per document
    failed = Signal(object)  # the camera failed; the session has stopped
    preview_ready = Signal()

    def __init__(self, make_camera: Callable[[], Camera], today: Callable[[], date], *,
                 confirm_frames: int = 2,
                 max_runs: int = 8, try_rotations: bool = True,
                 timeout_s: float = 5.0) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._preview: QImage | None = None
        self.reader = LiveDocumentReader(make_camera, today, self._report,
                                         confirm_frames=confirm_frames, max_runs=max_runs,
                                         try_rotations=try_rotations, timeout_s=timeout_s)

    def start(self) -> None:
        self.reader.start()

    def stop(self, wait: bool = False) -> None:
        """Stop reading; the camera closes on its own thread (joined when ``wait``)."""
        self.reader.stop(wait=wait)

    def reset(self) -> None:
        """A new applicant: the document in view fills the form again once read."""
        self.reader.reset()

    def take_preview(self) -> QImage | None:
        """The newest preview frame, once."""
        with self._lock:
            image, self._preview = self._preview, None
        return image

    def _report(self, event: str, value: object) -> None:
        """Called on the reader's threads."""
        if self.reader.stopping and event != "failed":
            return
        if event == "frame":
            assert isinstance(value, Frame)
            image = value.image
            scale = PREVIEW_WIDTH / image.shape[1]
            small = cv2.resize(image, (PREVIEW_WIDTH, max(1, round(image.shape[0] * scale))),
                               interpolation=cv2.INTER_AREA)
            with self._lock:
                self._preview = to_qimage(small)
            self.preview_ready.emit()
        elif event == "opened":
            self.opened.emit(value)
        elif event == "state":
            self.state_changed.emit(value)
        elif event == "read":
            self.read.emit(value)
        elif event == "failed":
            self.failed.emit(value)
