"""The live document reader: frames from a document camera, the MRZ engine off the UI thread.

Two plain threads: the *grabber* waits on the camera's read futures (the camera's own I/O
thread does the reading) and keeps only the newest frame; the *reader* runs the MRZ engine on
the newest frame and feeds a :class:`~kiosk.documents.live.ZoneDebounce`, so a reading is
reported once, when its zone read valid and alike on consecutive frames. A view that has not
changed since its last analysis (a 32x24 thumbnail comparison) is not read again while there
is nothing to decide (an empty desk, or a document already read): it has the same outcome,
so an idle desk or a passport left lying costs next to nothing; such a view is read again at
least every ``recheck_s``.

Everything is reported through ``emit(event, value)`` from those threads:
``("opened", CameraInfo)``, ``("frame", Frame)`` for each frame (for a preview),
``("state", "empty" | "reading" | "read")`` when it changes, ``("read", MrzReading)`` once per
document, ``("failed", exception)`` when the camera fails (the threads then stop).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import date

import cv2
import numpy as np

from devices.errors import DeviceTimeout
from devices.ports import Camera, Frame
from kiosk.documents.live import ZoneDebounce
from kiosk.documents.mrz_reader import MrzNotFound, MrzReading, read_mrz_image

log = logging.getLogger(__name__)
Emit = Callable[[str, object], None]
STILL_DIFFERENCE = 6.0  # mean grey-level change of the thumbnail that counts as a change


def thumbnail(image: np.ndarray) -> np.ndarray:
    """A 32x24 grey thumbnail for telling whether the view changed."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return cv2.resize(grey, (32, 24), interpolation=cv2.INTER_AREA).astype(np.float32)


class LiveDocumentReader:
    """Reads the MRZ of whatever lies under the camera until :meth:`stop`. ``make_camera`` is
    called on the grabber thread (making a camera may read files: never on a UI thread)."""

    def __init__(self, make_camera: Callable[[], Camera], today: Callable[[], date],
                 emit: Emit, *,
                 confirm_frames: int = 2, max_runs: int = 8, try_rotations: bool = True,
                 timeout_s: float = 5.0, recheck_s: float = 10.0) -> None:
        self._make_camera = make_camera
        self.camera: Camera | None = None  # once made, on the grabber thread
        self._today = today
        self._emit = emit
        self._debounce = ZoneDebounce(confirm_frames)
        self._max_runs, self._try_rotations = max_runs, try_rotations
        self._timeout_s = timeout_s
        self._recheck_s = recheck_s
        self._stop = threading.Event()
        self._cond = threading.Condition()
        self._newest: Frame | None = None
        self._reset = False
        self.frames_read = 0
        self.frames_analysed = 0
        self.frames_skipped = 0
        self._threads = [threading.Thread(target=self._grab_loop, name="document-grabber",
                                          daemon=True),
                         threading.Thread(target=self._read_loop, name="document-reader",
                                          daemon=True)]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def reset(self) -> None:
        """A new applicant: the document in view is reported again once read."""
        with self._cond:
            self._reset = True

    def stop(self, wait: bool = True, timeout: float = 5.0) -> None:
        """Stop both threads (joined when ``wait``); the camera is closed by the grabber."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if wait:
            for thread in self._threads:
                if thread.is_alive() and thread is not threading.current_thread():
                    thread.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    # --- grabber ---------------------------------------------------------------------------

    def _grab_loop(self) -> None:
        try:
            camera = self.camera = self._make_camera()
        except BaseException as exc:  # a configuration or device error, reported
            if not self._stop.is_set():
                self._fail(exc)
            return
        try:
            self._emit("opened", camera.open().result(self._timeout_s * 3))
            while not self._stop.is_set():
                frame = camera.read().result(self._timeout_s)
                self.frames_read += 1
                with self._cond:
                    self._newest = frame
                    self._cond.notify_all()
                self._emit("frame", frame)
        except TimeoutError:
            if not self._stop.is_set():
                self._fail(DeviceTimeout(f"the document camera sent no frame for "
                                         f"{self._timeout_s:g} s", timeout_s=self._timeout_s))
        except BaseException as exc:  # reported, never lost
            if not self._stop.is_set():
                self._fail(exc)
        finally:
            camera.close()

    def _fail(self, exc: BaseException) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        self._emit("failed", exc)

    # --- reader ----------------------------------------------------------------------------

    def _next_frame(self, last_index: int) -> tuple[Frame | None, bool]:
        """The newest frame not yet seen (None when stopping), and whether a reset came."""
        with self._cond:
            while not self._stop.is_set() and (self._newest is None or
                                               self._newest.index == last_index):
                self._cond.wait(0.5)
            reset, self._reset = self._reset, False
            if reset:
                self._debounce.reset()
            return (None if self._stop.is_set() else self._newest), reset

    def _read_loop(self) -> None:
        self._analyse(np.full((48, 64), 255, np.uint8))  # loads the engine before a passport
        last_index, state = -1, ""
        # the last analysed view while nothing is left to decide (an empty desk, or the
        # document already read): its thumbnail, the engine's outcome and when
        still: tuple[np.ndarray, MrzReading | None, float] | None = None
        while True:
            frame, reset = self._next_frame(last_index)
            if frame is None:
                return
            if reset:
                still = None  # a new applicant: fresh frames, never a repeated outcome
            last_index = frame.index
            small = thumbnail(frame.image)
            if still is not None and time.monotonic() - still[2] < self._recheck_s and \
                    float(np.mean(np.abs(small - still[0]))) < STILL_DIFFERENCE:
                self.frames_skipped += 1  # the same view as analysed: the same outcome
                reading, analysed = still[1], False
            else:
                reading, analysed = self._analyse(frame.image), True
                self.frames_analysed += 1
            step = self._debounce.feed(reading)
            if analysed:
                still = ((small, reading, time.monotonic()) if step.state in ("empty", "read")
                         else None)
            if step.state != state:
                state = step.state
                self._emit("state", state)
            if step.fired is not None and not self._stop.is_set():
                self._emit("read", step.fired)

    def _analyse(self, image: np.ndarray) -> MrzReading | None:
        try:
            return read_mrz_image(image, self._today(), max_runs=self._max_runs,
                                  try_rotations=self._try_rotations)
        except MrzNotFound:
            return None
        except Exception:  # an engine fault on one frame must not stop the desk's reader
            log.exception("the MRZ engine failed on a document-camera frame")
            return None
