"""Reading face images from bytes or files: EXIF orientation honoured, precise errors."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.errors import KioskError


class FaceImageError(KioskError):
    """The input is not a readable image (corrupt, empty, not an image, unreadable file)."""

    message_key = "face.image_unreadable"


def decode_image(data: bytes, name: str = "image") -> np.ndarray:
    """Decode image bytes to an upright BGR uint8 array (EXIF orientation applied)."""
    if not data:
        raise FaceImageError(f"{name} is empty", name=name)
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img)
            rgb = upright.convert("RGB")
    except UnidentifiedImageError:
        raise FaceImageError(f"{name} is not in an image format this kiosk can read",
                             name=name) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise FaceImageError(f"{name} is a damaged image ({exc})", name=name) from None
    array = np.asarray(rgb, dtype=np.uint8)
    return np.ascontiguousarray(array[:, :, ::-1])


def read_image(path: str | Path) -> np.ndarray:
    """Read an image file to an upright BGR array; raise FaceImageError if it cannot."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FaceImageError(f"cannot read {path}: {exc.strerror or exc}", name=str(path)) from None
    return decode_image(data, str(path))
