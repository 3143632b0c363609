"""Reading still images from bytes or files: EXIF orientation honoured, one precise error each.

The face engine wants BGR colour, the document reader grey; both go through :func:`decode`,
so a corrupt, empty, oversized ("decompression bomb") or unknown image always becomes the
caller's own :class:`~kiosk.domain.errors.KioskError`, never a traceback.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.domain.errors import KioskError
from kiosk.domain.safe_input import (
    MAX_IMAGE_BYTES,
    MAX_PIXELS,
    InputError,
    check_pixels,
    read_regular_file,
)


def decode(data: bytes, name: str, mode: str, error: type[KioskError]) -> np.ndarray:
    """Decode ``data`` upright to a uint8 array: ``mode`` "BGR" (3 channels) or "L" (grey)."""
    if not data:
        raise error(f"{name} is empty", name=name)
    check_pixels(data, name, MAX_PIXELS, error)  # before a single pixel is decoded
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img).convert("L" if mode == "L" else "RGB")
    except UnidentifiedImageError:
        raise error(f"{name} is not in an image format this kiosk can read", name=name) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise error(f"{name} is a damaged image ({exc})", name=name) from None
    array = np.asarray(upright, dtype=np.uint8)
    return np.ascontiguousarray(array if mode == "L" else array[:, :, ::-1])


def read(path: str | Path, mode: str, error: type[KioskError]) -> np.ndarray:
    """Read the image file ``path``: a regular file of at most ``MAX_IMAGE_BYTES`` (see
    :mod:`kiosk.domain.safe_input`, then :func:`decode`)."""
    try:
        data = read_regular_file(path, MAX_IMAGE_BYTES)
    except InputError as exc:
        raise error(str(exc), name=str(path)) from None
    return decode(data, str(path), mode, error)
