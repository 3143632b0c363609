"""Reading QR codes with a camera (zxing-cpp), e.g. a pre-registration ticket on a phone."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np
import zxingcpp

from devices.ports import Camera


def decode_qr(image: np.ndarray) -> list[str]:
    """The texts of every QR code zxing-cpp finds in a BGR or grey frame."""
    return [r.text for r in zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
            if r.valid and r.text]


def scan_camera(camera: Camera, accept: Callable[[str], bool], timeout_s: float = 20.0,
                stop: threading.Event | None = None) -> str | None:
    """Open ``camera`` and return the first QR text ``accept`` likes, or None on timeout or
    ``stop``. Runs on the caller's (background) thread; the camera is always closed."""
    deadline = time.monotonic() + timeout_s
    try:
        camera.open().result(timeout_s)
        while time.monotonic() < deadline and not (stop and stop.is_set()):
            frame = camera.read().result(5)
            for text in decode_qr(frame.image):
                if accept(text):
                    return text
        return None
    finally:
        camera.close()
