"""Device check-ups shared by ``kiosk devices`` and the technician console: which cameras and
SBI scanners this station has, a camera's measured frame rate, a test capture with NFIQ 2.

Everything here blocks (device I/O, NFIQ 2): call it off any UI thread.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from devices.errors import DeviceError
from devices.ports import (
    Camera,
    CameraInfo,
    Finger,
    FingerprintScanner,
    Options,
    ScannerInfo,
    Segment,
)

CAMERA_KINDS = ("simulated", "file:", "opencv:")


class FrameRate:
    """The frame rate over the last ``window`` frame timestamps (monotonic seconds)."""

    def __init__(self, window: int = 30) -> None:
        self._stamps: deque[float] = deque(maxlen=max(2, window))

    def add(self, timestamp: float) -> None:
        self._stamps.append(timestamp)

    @property
    def fps(self) -> float:
        """0.0 until two frames were seen."""
        if len(self._stamps) < 2:
            return 0.0
        span = self._stamps[-1] - self._stamps[0]
        return (len(self._stamps) - 1) / span if span > 0 else 0.0


def camera_choices(settings: Options) -> list[str]:
    """Camera specs worth offering: the configured one, the simulator, each video device."""
    from devices.camera.opencv_camera import list_video_devices

    specs = [settings["devices.camera"], "simulated",
             *(f"opencv:{node}" for node in list_video_devices())]
    return list(dict.fromkeys(specs))


@dataclass(frozen=True)
class CameraReport:
    """A camera as opened and measured."""

    info: CameraInfo
    frames: int
    width: int
    height: int
    fps: float
    first: np.ndarray
    last: np.ndarray
    first_index: int
    last_index: int


def measure_camera(camera: Camera, frames: int = 30, timeout_s: float = 10.0) -> CameraReport:
    """Open ``camera``, read ``frames`` frames, close it; the rate is measured, not reported."""
    try:
        info = camera.open().result(timeout_s * 3)
        read = [camera.read().result(timeout_s) for _ in range(max(2, frames))]
    finally:
        camera.close()
    rate = FrameRate(len(read))
    for frame in read:
        rate.add(frame.timestamp)
    width, height = read[-1].size
    return CameraReport(info, len(read), width, height, rate.fps, read[0].image, read[-1].image,
                        read[0].index, read[-1].index)


@dataclass(frozen=True)
class FoundScanner:
    """A discovered SBI device and whether its signing certificate was verified."""

    info: ScannerInfo
    verified: bool
    problem: str = ""


@dataclass(frozen=True)
class ScannerSurvey:
    """The result of scanning an SBI port range on 127.0.0.1."""

    first_port: int
    last_port: int
    seconds: float
    found: tuple[FoundScanner, ...]


def discover_scanners(settings: Options, ports: range) -> ScannerSurvey:
    """Scan ``ports`` (default: the configured range) for SBI devices and ask each its info."""
    from devices.sbi.client import SbiClient
    from devices.sbi.security import load_ca

    ca_path = settings["devices.sbi_ca_path"]
    client = SbiClient(ca=load_ca(ca_path) if ca_path else None)
    started = time.monotonic()
    devices = client.discover(ports, settings["devices.sbi_discovery_timeout_s"])
    took = time.monotonic() - started
    found = []
    for device in devices:
        try:
            found.append(FoundScanner(device, client.info(device.port)[1]))
        except DeviceError as exc:
            found.append(FoundScanner(device, False, str(exc)))
    return ScannerSurvey(ports.start, ports.stop - 1, took, tuple(found))


def poll_scanners(settings: Options, ports: Iterable[int]) -> dict[tuple[int, str], str]:
    """The status each SBI device on ``ports`` reports now, by (port, device id); a device
    that no longer answers is absent (the console's devices table, between discoveries)."""
    from devices.sbi.client import SbiClient

    client = SbiClient()
    found = client.discover(sorted(set(ports)), settings["devices.sbi_discovery_timeout_s"])
    return {(info.port, info.device_id): info.status for info in found}


@dataclass(frozen=True, repr=False)
class TriedFinger:
    """One finger of a test capture: the device's score and the kiosk's NFIQ 2."""

    position: Finger
    device_quality: int
    nfiq2: int
    width: int
    height: int
    ppi: int
    image: np.ndarray

    def __repr__(self) -> str:  # never print biometric data
        return f"TriedFinger({self.position.name}, nfiq2={self.nfiq2})"


@dataclass(frozen=True)
class CaptureTrial:
    """A test capture of one segment."""

    info: ScannerInfo
    segment: Segment
    seconds: float
    verified: bool
    fingers: tuple[TriedFinger, ...]
    warnings: tuple[str, ...]


# a finger image's quality score 0-100 (NFIQ 2: kiosk.biometrics.fingers.analysis.nfiq2_score)
QualityScore = Callable[[np.ndarray, float], int]


def try_capture(scanner: FingerprintScanner, segment: Segment, timeout_s: float,
                quality: QualityScore) -> CaptureTrial:
    """Open ``scanner``, capture ``segment``, score every finger with ``quality``, close it."""
    try:
        info = scanner.open().result(60)
        started = time.monotonic()
        result = scanner.capture(segment).result(timeout_s + 30)
        took = time.monotonic() - started
    finally:
        scanner.close()
    fingers = []
    for finger in result.fingers:
        score = quality(finger.image, float(finger.ppi or 500))
        height, width = finger.image.shape[:2]
        fingers.append(TriedFinger(finger.position, int(finger.quality), int(score),
                                    width, height, finger.ppi, finger.image))
    return CaptureTrial(info, segment, took, result.device_verified, tuple(fingers),
                       tuple(result.warnings))
