"""The desk's document camera, read live: :class:`station.document_reader.LiveDocumentReader`
with its reports turned into Qt signals (delivered queued on the UI thread).

The signals belong to a :class:`DocumentEvents` that each screen makes and connects once; a
session (:class:`DocumentReaderWorker`, a plain object) emits them with itself first, so a
screen tells a stopped session's late reports apart. A QObject per session cost a connection
per signal at every applicant (PySide6 6.11 keeps references to None and ~58 bytes per
``Signal.connect``), and the lambdas connected to it held it in a cycle through C++.

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


class DocumentEvents(QObject):
    """What document-camera sessions report (one per screen, connected once); each signal
    carries the :class:`DocumentReaderWorker` that sent it first."""

    opened = Signal(object, object)  # worker, CameraInfo
    state_changed = Signal(object, str)  # worker, "empty", "reading" or "read"
    read = Signal(object, object)  # worker, MrzReading: valid, alike on consecutive frames,
    # once per document
    failed = Signal(object, object)  # worker, error: the camera failed; the session stopped
    preview_ready = Signal(object)  # worker: its take_preview() has a new frame


class DocumentReaderWorker:
    """One document-camera session: ``start()``, later ``stop()``; reports to ``events``."""

    def __init__(self, events: DocumentEvents, make_camera: Callable[[], Camera],
                 today: Callable[[], date], *, confirm_frames: int = 2,
                 max_runs: int = 8, try_rotations: bool = True,
                 timeout_s: float = 5.0, recheck_s: float = 10.0) -> None:
        self._events = events
        self._lock = threading.Lock()
        self._preview: QImage | None = None
        self.reader = LiveDocumentReader(make_camera, today, self._report,
                                         confirm_frames=confirm_frames, max_runs=max_runs,
                                         try_rotations=try_rotations, timeout_s=timeout_s,
                                         recheck_s=recheck_s)

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
            self._emit("preview_ready")
        elif event == "state":
            self._emit("state_changed", value)
        elif event in ("opened", "read", "failed"):
            self._emit(event, value)

    def _emit(self, signal: str, *args: object) -> None:
        """Emit with this session first; if the screen is gone already, stop quietly."""
        try:
            getattr(self._events, signal).emit(self, *args)
        except RuntimeError:  # the events' screen was deleted (closed without stop())
            self.reader.stop(wait=False)
