"""The output portrait: crop by the portrait box, fit the JPEG under a byte budget.

The ISO/IEC 19794-5 record writer and reader live in :mod:`kiosk.biometrics.face.iso19794_5`.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.biometrics.face.geometry import ASPECT, CropBox
from kiosk.domain.errors import KioskError


class PortraitError(KioskError):
    """The portrait cannot be produced within the configured limits."""

    message_key = "face.portrait_failed"


@dataclass(frozen=True)
class Portrait:
    """A finished portrait: JPEG bytes, the quality used, and the pixel size."""

    jpeg: bytes
    quality: int
    width: int
    height: int


def crop_portrait(bgr: np.ndarray, box: CropBox, width: int) -> np.ndarray:
    """Cut the (possibly rotated) box out of the frame, upright, ``width`` x ``width`` * 4/3.

    Pixels outside the frame repeat the nearest edge (only a small rim is allowed by the
    ``frame_fit`` check).
    """
    height = round(width / ASPECT)
    src = box.corners()[:3].astype(np.float32)  # top-left, top-right, bottom-right
    dst = np.array([[0, 0], [width, 0], [width, height]], dtype=np.float32)
    matrix = cv2.getAffineTransform(src, dst)
    shrinking = box.width > width
    return cv2.warpAffine(bgr, matrix, (width, height),
                          flags=cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_REPLICATE)


def encode_jpeg(bgr: np.ndarray, quality: int) -> bytes:
    """Baseline JPEG at ``quality`` (1-100), 4:2:0."""
    ok, data = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise PortraitError("the JPEG encoder failed")
    return data.tobytes()


def fit_jpeg(bgr: np.ndarray, max_bytes: int, *, low: int = 10,
             high: int = 95) -> tuple[bytes, int]:
    """The highest JPEG quality in [low, high] whose file fits in ``max_bytes`` (binary search).

    Raises PortraitError when even quality ``low`` is too big.
    """
    best: tuple[bytes, int] | None = None
    while low <= high:
        mid = (low + high) // 2
        data = encode_jpeg(bgr, mid)
        if len(data) <= max_bytes:
            best = (data, mid)
            low = mid + 1
        else:
            high = mid - 1
    if best is None:
        raise PortraitError(f"the portrait does not fit in {max_bytes} bytes even at JPEG "
                            f"quality {low}", max_bytes=max_bytes)
    return best


def make_portrait(bgr: np.ndarray, box: CropBox, width: int = 480,
                  max_bytes: int = 60_000) -> Portrait:
    """Crop, scale and JPEG-encode the ICAO portrait at the best quality under ``max_bytes``."""
    image = crop_portrait(bgr, box, width)
    jpeg, quality = fit_jpeg(image, max_bytes)
    return Portrait(jpeg, quality, image.shape[1], image.shape[0])
