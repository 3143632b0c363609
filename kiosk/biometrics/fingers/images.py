"""Fingerprint images: decoding PNG/TIFF/WSQ/JPEG into 8-bit grey with a resolution, and
resampling to the 500 ppi that NFIQ2, mindtct and WSQ are defined for."""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import wsq  # noqa: F401  (registers the WSQ codec with Pillow)
from PIL import Image, UnidentifiedImageError

from kiosk.biometrics.fingers import wsq_codec
from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.domain.safe_input import MAX_IMAGE_BYTES, InputError, read_regular_file

wsq_codec.install()  # WSQ (the Pillow plugin's decoder too) without holding the GIL

STANDARD_PPI = 500.0
PLAUSIBLE_PPI = (250.0, 2000.0)  # header values outside this (e.g. TIFF "1 dpi") are ignored
MAX_SIDE = 4000
MIN_SIDE = 32
_WSQ_PPI = re.compile(rb"\nPPI (-?\d+)")
WSQ_SOI, WSQ_EOI = b"\xff\xa0", b"\xff\xa1"


@dataclass(frozen=True, eq=False)
class FingerImage:
    """A grey fingerprint image (``pixels``: 2-D uint8, dark ridges) and its resolution.

    ``ppi_source`` says where ``ppi`` came from: 'header' (the file said so), 'given' (the
    caller said so) or 'assumed' (nothing said: 500 ppi assumed).
    """

    pixels: np.ndarray
    ppi: float = STANDARD_PPI
    ppi_source: str = "assumed"

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    def at_500ppi(self) -> FingerImage:
        """This image resampled to 500 ppi (itself when already within 0.5 %)."""
        return self.resampled(STANDARD_PPI)

    def resampled(self, ppi: float) -> FingerImage:
        """This image at another resolution (area averaging down, bicubic up)."""
        factor = ppi / self.ppi
        if abs(factor - 1.0) < 0.005:
            return self
        size = (max(1, round(self.width * factor)), max(1, round(self.height * factor)))
        method = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
        return FingerImage(cv2.resize(self.pixels, size, interpolation=method), ppi,
                           self.ppi_source)

    def to_png(self) -> bytes:
        """Lossless PNG bytes of the pixels (what nbis-py reads)."""
        ok, data = cv2.imencode(".png", self.pixels, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        if not ok:  # pragma: no cover - OpenCV encodes any 2-D uint8 array
            raise UnreadableImage("could not encode the fingerprint as PNG")
        return data.tobytes()

    def to_bmp(self) -> bytes:
        """Uncompressed 8-bit BMP bytes: what the analysis hands to NBIS (same results as
        PNG, encoded in 0.1 ms instead of 1.5-3 ms)."""
        ok, data = cv2.imencode(".bmp", self.pixels)
        if not ok:  # pragma: no cover
            raise UnreadableImage("could not encode the fingerprint as BMP")
        return data.tobytes()

    def crop(self, x: int, y: int, width: int, height: int) -> FingerImage:
        """A rectangular part of this image (clipped to the image)."""
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + width), min(self.height, y + height)
        return FingerImage(self.pixels[y0:y1, x0:x1].copy(), self.ppi, self.ppi_source)


def _header_ppi(image: Image.Image, data: bytes) -> float | None:
    if image.format == "WSQ":
        found = _WSQ_PPI.search(data[:4096])
        value = float(found.group(1)) if found else None
    else:
        dpi = image.info.get("dpi")
        value = float(dpi[0]) if dpi else None
    if value is None or not PLAUSIBLE_PPI[0] <= value <= PLAUSIBLE_PPI[1]:
        return None
    return round(value, 1)


def decode_finger_image(data: bytes, *, ppi: float | None = None,
                        name: str = "image") -> FingerImage:
    """Decode PNG, TIFF, WSQ, JPEG, BMP... bytes into a :class:`FingerImage`.

    ``ppi`` overrides the resolution in the file. Raises :class:`UnreadableImage` with a
    precise message for empty, truncated, corrupt, too small or too large input.
    """
    if not data:
        raise UnreadableImage(f"{name} is empty", name=name)
    if data[:2] == WSQ_SOI and data[-2:] != WSQ_EOI:
        # checked here: the WSQ codec prints to stdout and fails obscurely on truncated data
        raise UnreadableImage(f"{name} is truncated WSQ data (no FFA1 end-of-image marker)",
                              name=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            width, height = image.size
            if max(width, height) > MAX_SIDE or min(width, height) < MIN_SIDE:
                raise UnreadableImage(
                    f"{name} is {width}x{height} pixels; a fingerprint image must be "
                    f"{MIN_SIDE} to {MAX_SIDE} pixels on each side", name=name)
            image.load()
    except UnreadableImage:
        raise
    except UnidentifiedImageError:
        raise UnreadableImage(f"{name} is not a fingerprint image format this kiosk reads "
                              "(PNG, TIFF, WSQ, JPEG, BMP)", name=name) from None
    except Exception as exc:  # codecs (the WSQ one too) raise bare Exception and others
        raise UnreadableImage(f"{name} is corrupt or truncated ({exc})", name=name) from None
    header = _header_ppi(image, data)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image.convert("RGBA"))
    pixels = np.asarray(image.convert("L"), dtype=np.uint8)
    if ppi is not None:
        if not PLAUSIBLE_PPI[0] <= ppi <= PLAUSIBLE_PPI[1]:
            raise UnreadableImage(f"a resolution of {ppi:g} ppi is not plausible for a "
                                  "fingerprint scanner", name=name)
        return FingerImage(pixels, float(ppi), "given")
    if header is not None:
        return FingerImage(pixels, header, "header")
    return FingerImage(pixels, STANDARD_PPI, "assumed")


def raw_finger_image(data: bytes, width: int, height: int, ppi: float, *,
                     name: str = "image") -> FingerImage:
    """An uncompressed 8-bit image of ``width`` x ``height`` from a record (its ``ppi``)."""
    if not width or not height or len(data) != width * height:
        raise UnreadableImage(f"{name}: {len(data)} bytes of uncompressed image data for "
                              f"{width}x{height} pixels", name=name)
    pixels = np.frombuffer(data, np.uint8).reshape(height, width).copy()
    return FingerImage(pixels, float(ppi), "header")


def read_finger_image(path: str | Path, *, ppi: float | None = None) -> FingerImage:
    """Read and decode a fingerprint image file (see :func:`decode_finger_image`)."""
    try:
        data = read_regular_file(path, MAX_IMAGE_BYTES)
    except InputError as exc:
        raise UnreadableImage(str(exc), name=str(path)) from None
    return decode_finger_image(data, ppi=ppi, name=str(path))
