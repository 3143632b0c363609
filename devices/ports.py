"""The two device ports the kiosk talks to, and their typed results.

Adapters implement :class:`Camera` or :class:`FingerprintScanner`. Every call that touches the
device returns a :class:`concurrent.futures.Future` resolved on the device's own I/O thread
(see :mod:`devices.worker`), so a GUI never blocks; failures arrive as
:class:`devices.errors.DeviceError` subclasses set on the future.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from kiosk.domain.fingers import FingerPosition


class Options(Protocol):
    """The station's option values by dotted key (``kiosk.options.Settings`` is one)."""

    def __getitem__(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Frame:
    """One camera frame: BGR uint8 pixels, a monotonic timestamp (s) and its index."""

    image: np.ndarray
    timestamp: float
    index: int

    @property
    def size(self) -> tuple[int, int]:
        return int(self.image.shape[1]), int(self.image.shape[0])


@dataclass(frozen=True)
class CameraInfo:
    """What a camera actually delivers after opening (may differ from what was asked)."""

    name: str
    width: int
    height: int
    fps: float
    fourcc: str = ""


# The ISO/IEC 19794-4 finger position codes, with their SBI names: one enum for the whole
# product (the quality engine's), under the name the device layer uses.
Finger = FingerPosition


class Segment(enum.IntEnum):
    """What one capture takes; the value is the SBI deviceSubId."""

    LEFT_SLAP = 1
    RIGHT_SLAP = 2
    TWO_THUMBS = 3

    @property
    def fingers(self) -> tuple[Finger, ...]:
        return _SEGMENT_FINGERS[self]


_SEGMENT_FINGERS = {
    Segment.LEFT_SLAP: (Finger.LEFT_INDEX, Finger.LEFT_MIDDLE, Finger.LEFT_RING,
                        Finger.LEFT_LITTLE),
    Segment.RIGHT_SLAP: (Finger.RIGHT_INDEX, Finger.RIGHT_MIDDLE, Finger.RIGHT_RING,
                         Finger.RIGHT_LITTLE),
    Segment.TWO_THUMBS: (Finger.LEFT_THUMB, Finger.RIGHT_THUMB),
}


def segment_of(finger: Finger) -> Segment:
    """The slap/thumbs segment a single finger belongs to."""
    for segment in Segment:
        if finger in segment.fingers:
            return segment
    raise ValueError(f"{finger.name} belongs to no segment")


@dataclass(frozen=True)
class FingerCapture:
    """One captured finger: 8-bit grey image, resolution, the device's quality (0-100)."""

    position: Finger
    image: np.ndarray
    ppi: int
    quality: int
    device_id: str
    record: bytes = b""  # the ISO/IEC 19794-4 record as the device sent it


@dataclass(frozen=True)
class FingerprintResult:
    """All fingers of one capture call, with what was learned about the device's signature."""

    transaction_id: str
    fingers: tuple[FingerCapture, ...]
    device_verified: bool
    last_hash: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ScannerInfo:
    """One fingerprint device as discovered."""

    device_id: str
    status: str  # Ready | Busy | Not Ready | Not Registered
    port: int
    make: str = ""
    model: str = ""
    serial: str = ""
    sub_ids: tuple[int, ...] = ()
    purpose: str = ""
    spec_versions: tuple[str, ...] = ()


@runtime_checkable
class Camera(Protocol):
    """A camera: open, read frames (as futures), stream to a callback, close."""

    def open(self) -> Future[CameraInfo]: ...

    def read(self) -> Future[Frame]: ...

    def close(self) -> None: ...


@runtime_checkable
class FingerprintScanner(Protocol):
    """A fingerprint scanner: discover, capture a segment or single fingers, close."""

    def open(self) -> Future[ScannerInfo]: ...

    def capture(self, segment: Segment, *, exceptions: tuple[Finger, ...] = (),
                fingers: tuple[Finger, ...] = (), requested_score: int | None = None,
                timeout_s: float | None = None,
                preview: Callable[[bytes], None] | None = None) -> Future[FingerprintResult]: ...

    def close(self) -> None: ...
