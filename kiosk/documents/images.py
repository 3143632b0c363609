"""Reading document-camera images from files or bytes, with precise errors."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.errors import KioskError


class DocumentImageError(KioskError):
    """The input is not a readable image (missing, empty, corrupt or not an image)."""

    message_key = "document.image_unreadable"


def decode_document_image(data: bytes, name: str = "image") -> np.ndarray:
    """Decode image bytes to an upright grey uint8 array (EXIF orientation applied)."""
    if not data:
        raise DocumentImageError(f"{name} is empty", name=name)
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            grey = ImageOps.exif_transpose(img).convert("L")
    except UnidentifiedImageError:
        raise DocumentImageError(f"{name} is not in an image format this kiosk can read",
                                 name=name) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise DocumentImageError(f"{name} is a damaged image ({exc})", name=name) from None
    return np.ascontiguousarray(np.asarray(grey, dtype=np.uint8))


def read_document_image(path: str | Path) -> np.ndarray:
    """Read an image file to an upright grey array; raise DocumentImageError if it cannot."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentImageError(f"cannot read {path}: {exc.strerror or exc}",
                                 name=str(path)) from None
    return decode_document_image(data, str(path))
