"""WSQ (FBI Wavelet Scalar Quantization) for storage and transport, always at 500 ppi.

The ``wsq`` package (NBIS codec) writes a NISTCOM comment saying 500 ppi and compresses at a
fixed 0.75 bit per pixel (about 15:1), so images are resampled to 500 ppi before encoding.
"""

from __future__ import annotations

import numpy as np
import wsq  # noqa: F401  (registers the WSQ decoder with Pillow)

from kiosk.biometrics.fingers import wsq_codec
from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.biometrics.fingers.images import WSQ_SOI, FingerImage, decode_finger_image

WSQ_BITRATE = 0.75  # what the codec always uses (its bitrate argument is ignored)


def encode_wsq(image: FingerImage) -> bytes:
    """WSQ bytes of ``image`` resampled to 500 ppi.

    Calls the codec directly: the Pillow plugin copies pixels through a Python list first,
    which costs 30-40 ms per finger; the bytes are identical. The GIL is released meanwhile
    (:mod:`~kiosk.biometrics.fingers.wsq_codec`).
    """
    standard = image.at_500ppi()
    pixels = np.ascontiguousarray(standard.pixels, dtype=np.uint8)
    return wsq_codec.compress(pixels.tobytes(), standard.height, standard.width, WSQ_BITRATE)


def decode_wsq(data: bytes, *, name: str = "WSQ data") -> FingerImage:
    """Decode WSQ bytes (raises :class:`UnreadableImage` for anything else or corrupt data)."""
    if not data.startswith(WSQ_SOI):
        raise UnreadableImage(f"{name} is not WSQ (no FFA0 start-of-image marker)", name=name)
    return decode_finger_image(data, name=name)
