"""Reading face images from bytes or files: EXIF orientation honoured, precise errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kiosk import imaging
from kiosk.biometrics.face.iso19794_5 import FORMAT_ID, IsoRecordError, read_record
from kiosk.domain.errors import KioskError
from kiosk.domain.safe_input import MAX_IMAGE_BYTES, InputError, read_regular_file


class FaceImageError(KioskError):
    """The input is not a readable image (corrupt, empty, not an image, unreadable file)."""

    message_key = "face.image_unreadable"


def decode_image(data: bytes, name: str = "image") -> np.ndarray:
    """Decode image bytes to an upright BGR uint8 array (EXIF orientation applied)."""
    return imaging.decode(data, name, "BGR", FaceImageError)


def read_image(path: str | Path) -> np.ndarray:
    """Read a face image file as ``kiosk face-check`` does: an image (JPEG, PNG, ...) or an
    ISO/IEC 19794-5 record (its first image). The file is checked first (a regular file
    within :data:`~kiosk.domain.safe_input.MAX_IMAGE_BYTES`), then decoded as
    :func:`decode_image` does (pixel count from the header first); FaceImageError if any of
    it fails."""
    try:
        data = read_regular_file(path, MAX_IMAGE_BYTES)
    except InputError as exc:
        raise FaceImageError(str(exc), name=str(path)) from None
    if data[:4] != FORMAT_ID:
        return decode_image(data, str(path))
    try:
        return decode_image(read_record(data)[0].image, str(path))
    except (IsoRecordError, IndexError) as exc:
        raise FaceImageError(f"{path} is not a usable ISO/IEC 19794-5 record: {exc}",
                             name=str(path)) from None
