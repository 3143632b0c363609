"""Reading document-camera images from files or bytes, with precise errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kiosk import imaging
from kiosk.domain.errors import KioskError


class DocumentImageError(KioskError):
    """The input is not a readable image (missing, empty, corrupt or not an image)."""

    message_key = "document.image_unreadable"


def decode_document_image(data: bytes, name: str = "image") -> np.ndarray:
    """Decode image bytes to an upright grey uint8 array (EXIF orientation applied)."""
    return imaging.decode(data, name, "L", DocumentImageError)


def read_document_image(path: str | Path) -> np.ndarray:
    """Read an image file (see :func:`decode_document_image`); DocumentImageError if not."""
    return imaging.read(path, "L", DocumentImageError)
