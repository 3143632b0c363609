"""The face screen's background work: read camera frames, analyse the newest, make portraits.

Two plain threads per session, neither of them the UI thread:

- the *reader* opens the camera and waits on its read futures; every frame becomes a QImage
  kept in a one-slot mailbox (``take_frame``) and is announced with ``frame_ready``, so the UI
  shows every frame the camera delivers and never has more than one waiting;
- the *analyser* feeds the newest frame to the :class:`LiveAnalyser` it holds for the session
  (the screen's :class:`SharedAnalyser`: the mediapipe graphs start once per screen, not per
  session). Frames that arrived while it was busy are shown but not analysed: nothing queues
  up. It runs the officer's capture requests (the analyser is not thread-safe, so only the
  session holding it touches it) and encodes the kept portrait. While no portrait is kept it
  also counts, in the optional :class:`~kiosk.biometrics.face.blocking.BlockTally`, which
  checks each analysed frame failed (names and counts only).

Reports go through the screen's :class:`FaceEvents`, made and connected once with the screen:
emitted from those threads, delivered queued to the UI thread, each naming its session. The
worker itself is a plain object: a QObject per session cost a connection per signal each time
(PySide6 6.11 keeps a reference to None and ~58 bytes per ``Signal.connect``), and lambdas
holding the worker, kept by its own connections, made a cycle Python never collected.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from devices.errors import DeviceTimeout
from devices.ports import Camera, CameraInfo, Frame
from kiosk.biometrics.face.blocking import BlockTally
from kiosk.biometrics.face.geometry import ASPECT, CropBox
from kiosk.biometrics.face.live import Capture, LiveAnalyser, SharedAnalyser
from kiosk.biometrics.face.portrait import Portrait, make_portrait
from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.errors import KioskError
from kiosk.domain.threads import Spawned, spawn

log = logging.getLogger(__name__)


@dataclass(frozen=True, repr=False)
class KeptPortrait:
    """A capture with its finished ICAO portrait (JPEG, a QImage of it, and ``thumbnail``:
    that image already scaled for the screen, so the UI thread only shows it)."""

    capture: Capture
    portrait: Portrait
    image: QImage
    captured_at: datetime
    thumbnail: QImage | None = None

    def __repr__(self) -> str:
        return f"KeptPortrait(mode={self.capture.mode!r}, bytes={len(self.portrait.jpeg)})"


def to_qimage(bgr: np.ndarray) -> QImage:
    """A QImage owning a copy of a BGR uint8 frame."""
    bgr = np.ascontiguousarray(bgr)
    height, width = bgr.shape[:2]
    return QImage(bgr.data, width, height, bgr.strides[0], QImage.Format.Format_BGR888).copy()


def run_camera_loop(camera: Camera, stop: threading.Event, timeout_s: float,
                    emit: Callable[..., None], loop: Callable[[], None]) -> None:
    """Run a camera thread's ``loop``: a camera silent for ``timeout_s`` or any error is
    emitted as ``failed`` (unless stopping: never lost, never a traceback), and the camera
    is closed whatever happens."""
    try:
        loop()
    except TimeoutError:
        if not stop.is_set():
            emit("failed", DeviceTimeout(f"the camera sent no frame for {timeout_s:g} s",
                                         timeout_s=timeout_s))
    except BaseException as exc:  # delivered to the UI, never lost
        if not stop.is_set():
            emit("failed", exc)
    finally:
        camera.close()


def fallback_box(width: int, height: int) -> CropBox:
    """The largest centred 3:4 box, for a forced capture in which no face was found."""
    box_h = min(float(height), width / ASPECT)
    return CropBox(width / 2, height / 2, box_h * ASPECT, box_h, 0.0)


class FaceEvents(QObject):
    """What face sessions report, one per screen, connected once; each signal carries the
    :class:`FaceWorker` that sent it first, so a stopped session's late reports are told
    apart. Emitted from the worker's threads, delivered queued on the UI thread."""

    frame_ready = Signal(object)  # worker: its take_frame() has a new frame
    analysed = Signal(object, object)  # worker, LiveUpdate
    captured = Signal(object, object)  # worker, KeptPortrait
    refused = Signal(object, object)  # worker, KioskError: a capture request not served
    failed = Signal(object, object)  # worker, the camera failed (DeviceError...): it stopped


class FaceWorker:
    """One camera session. Create on the UI thread, ``start()``, later ``stop()`` (joins).

    ``camera`` is the camera's factory: the reader thread creates it (finding a device or a
    plugin is the device's business, never the UI thread's); a factory that fails is
    reported through ``events.failed``."""

    def __init__(self, events: FaceEvents, camera: Callable[[], Camera],
                 analyser: SharedAnalyser, *, timeout_s: float = 5.0,
                 portrait_width: int = 480, portrait_max_bytes: int = 60_000,
                 tally: BlockTally | None = None, clock: Clock = system_clock,
                 thumbnail_size: tuple[int, int] = (240, 320)) -> None:
        self._events = events
        self._clock = clock  # stamps the kept portrait
        self._thumbnail_size = thumbnail_size
        self.tally = tally
        self._make_camera = camera
        self._analyser = analyser
        self._timeout_s = timeout_s
        self._portrait = (portrait_width, portrait_max_bytes)
        self._stop = threading.Event()
        self._analyser_ready = threading.Event()
        self._cond = threading.Condition()
        self._shown: tuple[QImage, int] | None = None
        self._newest: Frame | None = None
        self._requests: list[tuple[str, str]] = []
        self.info: CameraInfo | None = None
        self.frames_read = 0
        self.frames_analysed = 0
        self._threads: list[Spawned] = []

    # --- called from the UI thread ---------------------------------------------------------

    def start(self) -> None:
        """Start reading and analysing on standby threads (the UI thread never waits for a
        thread to be scheduled)."""
        self._threads = [spawn(self._read_loop, name="face-reader"),
                         spawn(self._analyse_loop, name="face-analyser")]

    def stop(self, timeout: float = 0.5) -> None:
        """Ask both threads to stop and join them (the reader closes the camera as it ends).

        Waits at most ``timeout`` seconds per thread: a camera stuck in a read is left to
        wind down on its own (within ``timeout_s``) rather than freeze the UI.
        """
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        for thread in self._threads:
            if thread.is_alive():
                thread.join(timeout)

    @property
    def alive(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def take_frame(self) -> tuple[QImage, int] | None:
        """The newest frame to show and its index (None when already taken)."""
        with self._cond:
            shown, self._shown = self._shown, None
        return shown

    def request(self, kind: str, reason: str = "") -> None:
        """Ask the analyser thread for ``"manual"``, ``"forced"`` (with ``reason``) or
        ``"reset"`` (retake); served before the next frame."""
        with self._cond:
            self._requests.append((kind, reason))
            self._cond.notify_all()

    def _emit(self, signal: str, *args: object) -> None:
        """Emit from a worker thread; if the UI side is gone already, wind down quietly."""
        try:
            getattr(self._events, signal).emit(self, *args)
        except RuntimeError:  # the screen was deleted (window closed without stop())
            self._stop.set()

    # --- reader thread ---------------------------------------------------------------------

    def _read_loop(self) -> None:
        try:
            camera = self._make_camera()
        except BaseException as exc:  # delivered to the UI, never lost
            if not self._stop.is_set():
                self._emit("failed", exc)
            return
        run_camera_loop(camera, self._stop, self._timeout_s, self._emit,
                        lambda: self._read(camera))

    def _read(self, camera: Camera) -> None:
        self.info = camera.open().result(timeout=self._timeout_s)
        # Frames flow once the analyser is up: mediapipe's start-up (native graphs, TFLite)
        # never overlaps painting (a rare crash was seen when it did).
        while not self._analyser_ready.wait(0.05):
            if self._stop.is_set():
                return
        while not self._stop.is_set():
            frame = camera.read().result(timeout=self._timeout_s)
            image = to_qimage(frame.image)
            with self._cond:
                announce = self._shown is None
                self._shown = (image, frame.index)
                self._newest = frame
                self.frames_read += 1
                self._cond.notify_all()
            if announce:
                self._emit("frame_ready")

    # --- analyser thread -------------------------------------------------------------------

    def _analyse_loop(self) -> None:
        try:
            with self._analyser.hold() as live:
                self._analyser_ready.set()
                self._analyse(live)
        except BaseException as exc:
            if self._analyser_ready.is_set():
                log.exception("face analysis failed")
            self._analyser_ready.set()
            self._emit("failed", exc)

    def _analyse(self, live: LiveAnalyser) -> None:
        if self.tally is not None:
            self.tally.pause()  # a new session: no gap from the previous camera's last frame
        while True:
            with self._cond:
                while (not self._stop.is_set() and self._newest is None
                       and not self._requests):
                    self._cond.wait()
                if self._stop.is_set():
                    return
                frame, self._newest = self._newest, None
                requests, self._requests = self._requests, []
            for kind, reason in requests:
                self._serve(live, kind, reason)
            if frame is not None:
                waiting = live.capture is None
                update = live.feed(frame.image, frame.timestamp)
                self.frames_analysed += 1
                if self.tally is not None and waiting:
                    self.tally.add((c.name for c in update.analysis.failed), frame.timestamp)
                elif self.tally is not None:
                    self.tally.pause()
                self._emit("analysed", update)
                if update.capture is not None:
                    self._keep(update.capture)

    def _serve(self, live: LiveAnalyser, kind: str, reason: str) -> None:
        if kind == "reset":
            live.reset()
            return
        try:
            capture = live.capture_manual() if kind == "manual" else live.force_capture(reason)
        except KioskError as exc:
            self._emit("refused", exc)
            return
        self._keep(capture)

    def _keep(self, capture: Capture) -> None:
        box = capture.analysis.crop
        if box is None:
            height, width = capture.frame.shape[:2]
            box = fallback_box(width, height)
        try:
            portrait = make_portrait(capture.frame, box, *self._portrait)
        except KioskError as exc:
            self._emit("refused", exc)
            return
        image = QImage.fromData(portrait.jpeg)
        thumbnail = image.scaled(*self._thumbnail_size, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self._emit("captured", KeptPortrait(capture, portrait, image, self._clock(), thumbnail))
