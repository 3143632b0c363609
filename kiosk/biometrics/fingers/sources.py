"""Every finger image in a file the kiosk reads, each with the resolution it was captured at.

Image files (PNG, TIFF, WSQ, JPEG, JPEG 2000, BMP), ISO/IEC 19794-4 finger image records
(2005 and 2011; raw, WSQ, JPEG, JPEG 2000, PNG) and ANSI/NIST-ITL transactions (Type-4 and
Type-14 records). The resolution comes from the record or the file header, else from the
caller (``ppi``: the device or ``--ppi``), else 500 ppi is assumed; the analysis resamples
to 500 ppi once.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.biometrics.fingers.an2k import parse_an2k
from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.biometrics.fingers.images import FingerImage, decode_finger_image
from kiosk.biometrics.fingers.iso19794_4 import is_finger_record, parse_finger_record
from kiosk.domain.fingers import FingerPosition

FINGER_RECORD_TYPES = (4, 14)
DESCRIPTIVE_TYPES = (1, 2)  # header and user-defined text: carry no image


class UnsupportedRecord(UnreadableImage):
    """A record type that holds no finger image this kiosk reads (e.g. ANSI/NIST Type-3)."""

    def __init__(self, record_type: int, name: str) -> None:
        super().__init__(f"{name}: unsupported record type {record_type} (finger images are "
                         "read from Type-4 and Type-14 records)", name=name)
        self.record_type = record_type


@dataclass(frozen=True, eq=False)
class FingerSource:
    """One finger image of a file: its position (None when the file does not say)."""

    position: FingerPosition | None
    image: FingerImage


def _position(code: int) -> FingerPosition:
    try:
        return FingerPosition(code)
    except ValueError:
        return FingerPosition.UNKNOWN


def read_sources(data: bytes, *, ppi: float | None = None,
                 name: str = "image") -> list[FingerSource]:
    """The finger images of ``data``; raises :class:`UnreadableImage` (or
    :class:`UnsupportedRecord`) with a precise message."""
    if data.startswith((b"1.001:", b"1.01:")):
        transaction = parse_an2k(data)
        if not transaction.fingers:
            others = [t for t in transaction.skipped_types if t not in DESCRIPTIVE_TYPES]
            if others:
                raise UnsupportedRecord(others[0], name)
            raise UnreadableImage(f"{name} holds no finger image record", name=name)
        return [FingerSource(record.position, record.image())
                for record in transaction.fingers]
    if is_finger_record(data):
        _, images = parse_finger_record(data)
        return [FingerSource(_position(item.position), item.image) for item in images]
    return [FingerSource(None, decode_finger_image(data, ppi=ppi, name=name))]


def read_single(data: bytes, *, ppi: float | None = None, name: str = "image") -> FingerImage:
    """The one finger image of a file (the first single finger of a record)."""
    sources = read_sources(data, ppi=ppi, name=name)
    for source in sources:
        if source.position is None or source.position.is_finger \
                or source.position is FingerPosition.UNKNOWN:
            return source.image
    raise UnreadableImage(f"{name} holds slap images only; compare single fingers",
                          name=name)
