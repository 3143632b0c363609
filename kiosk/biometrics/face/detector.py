"""Face detection, 478-point landmarks with irises, person segmentation and hands (mediapipe
0.10.21).

Uses the legacy ``mediapipe.python.solutions`` graphs, whose models ship inside the wheel: nothing
is downloaded, ever. mediapipe/TFLite start-up chatter on stderr is silenced.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.biometrics.face import landmarks as lm
from kiosk.domain.errors import KioskError

os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


_STDERR_LOCK = threading.Lock()


@contextlib.contextmanager
def quiet_stderr() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null for the duration (native libraries write there).

    Serialised: two threads swapping fd 2 at once could otherwise leave it on /dev/null.
    """
    with _STDERR_LOCK:
        try:
            sys.stderr.flush()
            saved = os.dup(2)
        except (OSError, ValueError):
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)


with quiet_stderr():
    from mediapipe.python.solutions import face_detection as _mp_detection
    from mediapipe.python.solutions import face_mesh as _mp_mesh
    from mediapipe.python.solutions import hands as _mp_hands
    from mediapipe.python.solutions import selfie_segmentation as _mp_segmentation


# a face the detector misses but the mesh finds counts when its outline runs out of the frame
# by this share of its size: a face too close to be detected (zoom_15cm.jpg, lisa1.jpg and
# compliant portraits cropped to 55 % or less: 0.05-0.17), not the mesh's guess on an animal
# (a dog's head cropped to 55 % and 45 % of a frame: 0.03 and 0.11)
CLIPPED_FACE = 0.05


@dataclass(frozen=True)
class Detection:
    """One detected face: pixel box (x, y, w, h) and detector confidence (0 for a face only
    the landmark mesh found, see :data:`CLIPPED_FACE`)."""

    box: tuple[int, int, int, int]
    score: float


@dataclass
class FaceObservation:
    """What the models saw in one frame.

    ``landmarks`` is (478, 3) in pixels (z uses the x scale; smaller z = nearer the camera) or
    None when no mesh was found; ``person_mask`` is a float32 HxW map (1 = person) and
    ``hands`` a list of (21, 2) pixel hand landmarks, each None when not run for this frame.
    """

    width: int
    height: int
    detections: list[Detection]
    landmarks: np.ndarray | None
    person_mask: np.ndarray | None = None
    hands: list[np.ndarray] | None = None

    @property
    def face_count(self) -> int:
        return len(self.detections)


class FaceEngineError(KioskError):
    """The face models could not start (a model file missing or damaged in the installation)."""

    message_key = "face.engine_unavailable"


class FaceDetector:
    """Runs the three mediapipe graphs on BGR frames.

    ``video=True`` lets the landmark graph track between frames (live camera); ``video=False``
    treats every image independently (still images, CLI).
    """

    def __init__(self, *, video: bool = False, min_confidence: float = 0.5) -> None:
        try:
            self._start(video, min_confidence)
        except (RuntimeError, OSError, ValueError) as exc:  # mediapipe: "Graph has errors: ..."
            raise FaceEngineError(f"the face models could not start: {exc}") from None
        self._warm = False

    def _start(self, video: bool, min_confidence: float) -> None:
        with quiet_stderr():
            self._detection = _mp_detection.FaceDetection(
                model_selection=1, min_detection_confidence=min_confidence)
            self._mesh = _mp_mesh.FaceMesh(
                static_image_mode=not video, max_num_faces=1, refine_landmarks=True,
                min_detection_confidence=min_confidence, min_tracking_confidence=0.5)
            self._segmentation = _mp_segmentation.SelfieSegmentation(model_selection=0)
            self._hands = _mp_hands.Hands(static_image_mode=not video, max_num_hands=2,
                                          model_complexity=0, min_detection_confidence=0.5)
            blank = np.zeros((64, 64, 3), np.uint8)
            for graph in self._graphs():
                graph.process(blank)  # graphs start (and log) on their first frame
            time.sleep(0.05)  # their worker threads log asynchronously

    def close(self) -> None:
        """Release the mediapipe graphs."""
        for graph in self._graphs():
            graph.close()

    def _graphs(self) -> tuple:
        return self._detection, self._mesh, self._segmentation, self._hands

    def __enter__(self) -> FaceDetector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, graph, rgb: np.ndarray):
        if self._warm:
            return graph.process(rgb)
        with quiet_stderr():  # the first call prints TFLite delegate messages
            return graph.process(rgb)

    def detect(self, bgr: np.ndarray) -> list[Detection]:
        """All faces the full-range detector finds (for the 'exactly one face' check)."""
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        return self._detect_rgb(rgb)

    def _detect_rgb(self, rgb: np.ndarray) -> list[Detection]:
        h, w = rgb.shape[:2]
        result = self._run(self._detection, rgb)
        found = []
        for det in result.detections or ():
            box = det.location_data.relative_bounding_box
            found.append(Detection(
                (int(box.xmin * w), int(box.ymin * h), int(box.width * w), int(box.height * h)),
                float(det.score[0])))
        return found

    def landmarks(self, rgb: np.ndarray) -> np.ndarray | None:
        """The 478 landmarks (pixels) of the most prominent face, or None."""
        h, w = rgb.shape[:2]
        result = self._run(self._mesh, rgb)
        if not result.multi_face_landmarks:
            return None
        points = result.multi_face_landmarks[0].landmark
        array = np.array([(p.x, p.y, p.z) for p in points], dtype=np.float32)
        array *= np.array([w, h, w], dtype=np.float32)
        return array

    def segment(self, rgb: np.ndarray) -> np.ndarray:
        """Person-vs-background probability map, HxW float32."""
        return self._run(self._segmentation, rgb).segmentation_mask

    def hands(self, rgb: np.ndarray) -> list[np.ndarray]:
        """Landmarks (21, 2) in pixels of each hand in view (for the occlusion check)."""
        h, w = rgb.shape[:2]
        result = self._run(self._hands, rgb)
        return [np.array([(p.x * w, p.y * h) for p in hand.landmark], dtype=np.float32)
                for hand in result.multi_hand_landmarks or ()]

    def observe(self, bgr: np.ndarray, *, segment: bool = True) -> FaceObservation:
        """Detect faces and find landmarks; if ``segment``, also segment the person and look
        for hands (the slower extras that live mode runs on every Nth frame only)."""
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        rgb.flags.writeable = False
        detections = self._detect_rgb(rgb)
        points = self.landmarks(rgb)
        if not detections:
            clipped = _clipped_face(points, bgr.shape[1], bgr.shape[0])
            points = None if clipped is None else points
            detections = [] if clipped is None else [clipped]
        extras = segment and points is not None
        mask = self.segment(rgb) if extras else None
        hands = self.hands(rgb) if extras else None
        self._warm = True
        h, w = bgr.shape[:2]
        return FaceObservation(w, h, detections, points, mask, hands)


def _clipped_face(points: np.ndarray | None, width: int, height: int) -> Detection | None:
    """A face the detector missed because it runs out of the frame (too close to the
    camera): the mesh's face outline sticks out by :data:`CLIPPED_FACE` of its size or more.
    Its box is the outline's, clipped to the frame."""
    if points is None:
        return None
    oval = points[list(lm.FACE_OVAL), :2]
    (x0, y0), (x1, y1) = oval.min(axis=0), oval.max(axis=0)
    size = max(float(x1 - x0), float(y1 - y0), 1.0)
    if max(-x0, -y0, x1 - width, y1 - height) < CLIPPED_FACE * size:
        return None
    left, top = max(0, int(x0)), max(0, int(y0))
    right, bottom = min(width, int(x1)), min(height, int(y1))
    return Detection((left, top, max(0, right - left), max(0, bottom - top)), 0.0)
