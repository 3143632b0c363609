"""Reading face images from bytes or files: EXIF orientation honoured, precise errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kiosk import imaging
from kiosk.domain.errors import KioskError


class FaceImageError(KioskError):
    """The input is not a readable image (corrupt, empty, not an image, unreadable file)."""

    message_key = "face.image_unreadable"


def decode_image(data: bytes, name: str = "image") -> np.ndarray:
    """Decode image bytes to an upright BGR uint8 array (EXIF orientation applied)."""
    return imaging.decode(data, name, "BGR", FaceImageError)


def read_image(path: str | Path) -> np.ndarray:
    """Read an image file (see :func:`decode_image`); raise FaceImageError if it cannot."""
    return imaging.read(path, "BGR", FaceImageError)
