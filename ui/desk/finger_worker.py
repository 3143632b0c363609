"""Scanner captures and their analysis off the UI thread, delivered back as Qt signals.

The scanner runs its I/O on its own thread and returns futures; each finished capture is
analysed (NFIQ2, minutiae, WSQ: ~150 ms per finger) on this worker's single analysis thread,
and the outcome reaches the UI thread through queued signals of a QObject living there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from devices.ports import FingerprintResult, FingerprintScanner, Segment
from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.compression import encode_wsq
from kiosk.biometrics.fingers.images import FingerImage
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.biometrics.fingers.quality import FingerQuality
from kiosk.domain.fingers import FingerPosition
from kiosk.domain.threads import Spawned, spawn

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False, repr=False)
class AnalysedFinger:
    """One captured finger as the screen keeps it: kiosk NFIQ2, device quality, template, WSQ."""

    position: FingerPosition
    quality: FingerQuality
    device_quality: int
    template: FingerTemplate
    wsq: bytes
    device_id: str
    device_verified: bool | None = None  # the capture's signatures chained to the device CA

    def __repr__(self) -> str:  # never print biometric data
        return f"AnalysedFinger({self.position.name}, nfiq2={self.quality.score})"


@dataclass(frozen=True, eq=False)
class AnalysedCapture:
    """Every finger of one scanner capture, analysed."""

    segment: Segment
    fingers: dict[FingerPosition, AnalysedFinger]
    device_verified: bool


def analyse_result(segment: Segment, result: FingerprintResult) -> AnalysedCapture:
    """NFIQ2, minutiae and WSQ for every finger of ``result`` (slow: call off the UI thread)."""
    fingers = {}
    for capture in result.fingers:
        image = FingerImage(capture.image, float(capture.ppi or 500), "given")
        analysis = analyse_finger(image)
        fingers[capture.position] = AnalysedFinger(
            capture.position, analysis.quality, int(capture.quality), analysis.template,
            encode_wsq(image), capture.device_id, result.device_verified)
    return AnalysedCapture(segment, fingers, result.device_verified)


def _settle(outer: Future, inner: Future) -> None:
    """Give ``outer`` (running) the outcome of ``inner`` (cancelled: closing)."""
    if inner.cancelled():
        outer.set_exception(CancelledError())
        return
    error = inner.exception()
    if error is not None:
        outer.set_exception(error)
    else:
        outer.set_result(inner.result())


class FingerWorker(QObject):
    """Owns the scanner for the screen's lifetime; create it on the UI thread.

    Signals: ``analysed(AnalysedCapture)``, ``failed(BaseException)``, ``preview(QImage)``.
    """

    analysed = Signal(object)
    failed = Signal(object)
    preview = Signal(QImage)

    def __init__(self, scanner_factory: Callable[[], FingerprintScanner],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closers: list[Spawned] = []
        self._factory = scanner_factory
        self._scanner: Future[FingerprintScanner] | None = None  # being created, or created
        self._analysis: ThreadPoolExecutor | None = None
        self._pending: Future | None = None
        self._closed = False
        self.preview_size = (240, 180)  # the live view's size: previews arrive scaled to it

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.done()

    @property
    def scanner(self) -> FingerprintScanner | None:
        """The scanner, once created (waits for it: for tests and tools, not the UI thread);
        None when stopped or when it could not be created."""
        creating = self._scanner
        if creating is None or creating.exception(timeout=60) is not None:
            return None
        return creating.result()

    def start(self) -> None:
        """Create the scanner and discover it, both off the UI thread (a simulator makes its
        keys, a plugin is looked up); a scanner that cannot be created or found is reported
        through ``failed`` (a capture discovers again)."""
        failed = self._scanner is not None and self._scanner.done() \
            and self._scanner.exception() is not None
        if self._scanner is None or failed:  # none yet, or making it failed: try again
            creating: Future[FingerprintScanner] = Future()
            self._scanner = creating
            if self._analysis is None:
                self._analysis = ThreadPoolExecutor(1, thread_name_prefix="finger-analysis")
            self._closed = False
            spawn(self._create, creating, name="finger-open")

    def _create(self, creating: Future[FingerprintScanner]) -> None:  # standby thread
        try:
            scanner = self._factory()
        except BaseException as error:  # delivered to the UI, never lost
            creating.set_exception(error)
            if not self._closed and not self.busy:  # a capture reports it itself
                self.failed.emit(error)
            return
        opened = scanner.open()  # discovery first, then any capture waiting for the scanner
        creating.set_result(scanner)
        opened.add_done_callback(self._opened)

    def _opened(self, future: Future) -> None:  # device thread
        error = future.exception()
        if error is not None and not self._closed and not self.busy:  # a capture reports itself
            self.failed.emit(error)

    def capture(self, segment: Segment, exceptions: tuple[FingerPosition, ...],
                requested_score: int, *, fingers: tuple[FingerPosition, ...] = (),
                with_preview: bool = True) -> None:
        """Start one capture (of ``fingers`` only, when given: single-finger scanners), once
        the scanner exists; the answer comes as ``analysed`` or ``failed``."""
        self.start()  # a scanner that could not be made is made again
        assert self._scanner is not None
        captured: Future[FingerprintResult] = Future()
        self._pending = captured
        preview = self._on_preview if with_preview else None

        def created(creating: Future[FingerprintScanner]) -> None:  # UI or creating thread
            if not captured.set_running_or_notify_cancel():
                return
            try:
                future = creating.result().capture(
                    segment, exceptions=exceptions, fingers=fingers,
                    requested_score=requested_score, preview=preview)
            except BaseException as error:
                captured.set_exception(error)
                return
            future.add_done_callback(lambda f: _settle(captured, f))

        self._scanner.add_done_callback(created)
        captured.add_done_callback(lambda f: self._captured(segment, f))

    def _on_preview(self, jpeg: bytes) -> None:  # stream thread
        image = QImage.fromData(jpeg, "JPEG")
        if not image.isNull() and not self._closed:
            width, height = self.preview_size  # scaled here: the UI thread only shows it
            self.preview.emit(image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio))

    def _captured(self, segment: Segment, future: Future) -> None:  # device thread
        if self._closed:
            return
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
            return
        analysis = self._analysis
        if analysis is None:
            return
        try:
            job = analysis.submit(analyse_result, segment, future.result())
        except RuntimeError:  # shut down meanwhile
            return
        self._pending = job
        job.add_done_callback(self._done)

    def _done(self, job: Future) -> None:  # analysis thread
        if self._closed:
            return
        error = job.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.analysed.emit(job.result())

    def stop(self, wait: bool = True) -> None:
        """Abort a capture in progress, close the scanner and end every thread.

        ``wait=False`` closes on a short-lived thread instead, so leaving the screen never
        stalls the UI; :meth:`join` waits for such closings (at shutdown, in tests).
        """
        self._closed = True
        creating, self._scanner = self._scanner, None
        analysis, self._analysis = self._analysis, None
        self._pending = None

        def close() -> None:
            scanner = None
            if creating is not None and creating.exception() is None:  # waits for it
                scanner = creating.result()
            if scanner is not None:
                scanner.close()
            if analysis is not None:
                analysis.shutdown(wait=True, cancel_futures=True)

        if wait:
            close()
            return
        closer = spawn(close, name="finger-close")  # never waits for a thread to start
        self._closers = [t for t in self._closers if t.is_alive()] + [closer]

    def join(self, timeout: float = 10.0) -> None:
        """Wait for closings started by ``stop(wait=False)``."""
        for closer in self._closers:
            closer.join(timeout)
        self._closers = []
