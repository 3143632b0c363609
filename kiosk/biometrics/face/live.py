"""Live camera mode: analyse frames as they come, guide the applicant, capture automatically.

Feed every frame with its timestamp (seconds, monotonic). The analyser reports the single most
important instruction, and captures on its own once every check has passed for ``dwell_s``
seconds, keeping the best frame of that streak by the combined score. Officers can capture
manually (the latest frame must pass) or force a capture with a reason, which is recorded.
Person segmentation (background checks) and hand detection (occlusion) run on every
``background_every_n``-th frame; the frames between reuse their last results.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from kiosk.biometrics.face.analysis import FaceAnalysis, analyse_observation
from kiosk.biometrics.face.detector import FaceDetector, FaceEngineError
from kiosk.biometrics.face.thresholds import FaceThresholds
from kiosk.domain.errors import KioskError
from kiosk.domain.vocabulary import CaptureMode
from kiosk.options import Settings, load_settings

log = logging.getLogger(__name__)


class CaptureRefused(KioskError):
    """A manual or forced capture cannot be taken (no frame, failing checks, no reason)."""

    message_key = "face.capture_refused"


@dataclass(frozen=True)
class Capture:
    """A captured frame: how it was taken, and (for forced captures) why and what failed."""

    frame: np.ndarray
    analysis: FaceAnalysis
    timestamp: float
    mode: CaptureMode
    reason: str | None = None
    failed_checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class LiveUpdate:
    """What the UI shows after a frame: the instruction, dwell progress 0-1, a new capture."""

    analysis: FaceAnalysis
    instruction: str | None
    progress: float
    capture: Capture | None = None


class LiveAnalyser:
    """Stateful analyser for one applicant's camera session (not thread-safe: one feeder)."""

    def __init__(self, detector: FaceDetector | None = None,
                 thresholds: FaceThresholds | None = None, *, dwell_s: float = 0.5,
                 background_every_n: int = 3, portrait_width: int = 480) -> None:
        self._own_detector = detector is None
        self.detector = FaceDetector(video=True) if detector is None else detector
        self.thresholds = FaceThresholds.defaults() if thresholds is None else thresholds
        self.dwell_s = dwell_s
        self.background_every_n = max(1, background_every_n)
        self.portrait_width = portrait_width
        self.reset()

    @classmethod
    def from_settings(cls, settings: Settings | None = None,
                      detector: FaceDetector | None = None) -> LiveAnalyser:
        """An analyser configured from the ``face.*`` options."""
        settings = load_settings() if settings is None else settings
        return cls(detector, FaceThresholds.from_settings(settings),
                   dwell_s=settings["face.dwell_s"],
                   background_every_n=settings["face.background_every_n"],
                   portrait_width=settings["face.portrait_width_px"])

    def close(self) -> None:
        """Release the detector if this analyser created it."""
        if self._own_detector:
            self.detector.close()

    def reset(self) -> None:
        """Start over (next applicant, or a retake after a capture)."""
        self._index = 0
        self._mask: np.ndarray | None = None
        self._hands: list[np.ndarray] | None = None
        self._streak_start: float | None = None
        self._best: tuple[float, np.ndarray, FaceAnalysis, float] | None = None
        self._latest: tuple[np.ndarray, FaceAnalysis, float] | None = None
        self.capture: Capture | None = None

    def feed(self, frame: np.ndarray, timestamp: float) -> LiveUpdate:
        """Analyse one BGR frame; may return a new automatic capture."""
        segment = self._index % self.background_every_n == 0
        self._index += 1
        obs = self.detector.observe(frame, segment=segment)
        if obs.person_mask is not None:
            self._mask, self._hands = obs.person_mask, obs.hands
        elif self._mask is not None and self._mask.shape == frame.shape[:2]:
            obs.person_mask, obs.hands = self._mask, self._hands
        analysis = analyse_observation(frame, obs, self.thresholds, self.portrait_width)
        self._latest = (frame, analysis, timestamp)
        if self.capture is not None:  # already captured: keep guiding, do not capture again
            return LiveUpdate(analysis, analysis.instruction, 1.0)
        if not analysis.compliant:
            self._streak_start, self._best = None, None
            return LiveUpdate(analysis, analysis.instruction, 0.0)
        if self._streak_start is None:
            self._streak_start = timestamp
        if self._best is None or analysis.score > self._best[0]:
            self._best = (analysis.score, frame.copy(), analysis, timestamp)
        elapsed = timestamp - self._streak_start
        progress = 1.0 if self.dwell_s <= 0 else min(1.0, elapsed / self.dwell_s)
        if elapsed < self.dwell_s:
            return LiveUpdate(analysis, None, progress)
        _, best_frame, best_analysis, best_time = self._best
        self.capture = Capture(best_frame, best_analysis, best_time, CaptureMode.AUTO)
        return LiveUpdate(analysis, None, 1.0, self.capture)

    def capture_manual(self) -> Capture:
        """Officer's capture: the best frame of the current passing streak, else the latest
        frame if it passes; refused when the latest frame fails a check."""
        if self._best is not None:
            _, frame, analysis, when = self._best
        elif self._latest is not None and self._latest[1].compliant:
            frame, analysis, when = self._latest
            frame = frame.copy()
        else:
            failing = self._latest[1].instruction if self._latest else "no frame yet"
            raise CaptureRefused(f"the current frame is not compliant ({failing}); "
                                 "use a forced capture with a reason", failing=failing)
        self.capture = Capture(frame, analysis, when, CaptureMode.MANUAL)
        return self.capture

    def force_capture(self, reason: str) -> Capture:
        """Officer's override: take the latest frame whatever fails, recording ``reason`` and
        the failing checks (e.g. a medical condition that keeps an eye closed)."""
        if not reason or not reason.strip():
            raise CaptureRefused("a forced capture needs a reason",
                                 message_key="face.capture_reason_missing")
        if self._latest is None:
            raise CaptureRefused("no camera frame has been analysed yet")
        frame, analysis, when = self._latest
        failed = tuple(c.name for c in analysis.failed)
        self.capture = Capture(frame.copy(), analysis, when, CaptureMode.FORCED, reason.strip(),
                               failed)
        return self.capture


class SharedAnalyser:
    """One :class:`LiveAnalyser` (and so one set of mediapipe graphs) for every camera
    session of a screen, lent to one session at a time.

    Starting the graphs for each session and closing them after left ~25 MiB of native memory
    behind every time (mediapipe/TFLite do not give it all back), so a desk grew all day; the
    graphs now start once, on the first session's thread. ``hold()`` waits for a session still
    winding down to let go, then lends the analyser reset for the next applicant.
    """

    def __init__(self, make: Callable[[], LiveAnalyser]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._live: LiveAnalyser | None = None
        self._closed = False
        self.started = 0  # analysers made so far (one, unless making one failed)

    @contextmanager
    def hold(self) -> Iterator[LiveAnalyser]:
        """The analyser, reset, for one session (made on first use, in the calling thread)."""
        with self._lock:
            if self._closed:
                raise FaceEngineError("the face analyser was shut down")
            if self._live is None:
                self._live = self._make()
                self.started += 1
            live = self._live
            live.reset()
            try:
                yield live
            finally:
                live.reset()  # no applicant's frames kept between sessions
                if self._closed:
                    self._release()

    def prepare(self) -> None:
        """Make the analyser now, ahead of the first session (run off the UI thread: making
        mediapipe's graphs holds the GIL for tens of milliseconds); a failure is left for
        the first session to report."""
        with self._lock:
            if self._live is not None or self._closed:
                return
            try:
                self._live = self._make()
            except Exception as exc:  # the session that needs it makes it again and says why
                log.warning("face analyser not prepared: %s", exc)
                return
            self.started += 1

    def close(self, timeout: float = 5.0) -> None:
        """Release the graphs; a session still holding them releases them as it ends."""
        self._closed = True
        if self._lock.acquire(timeout=timeout):
            try:
                self._release()
            finally:
                self._lock.release()

    def _release(self) -> None:
        live, self._live = self._live, None
        if live is not None:
            live.close()
