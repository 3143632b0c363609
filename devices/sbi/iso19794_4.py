"""ISO/IEC 19794-4:2011 finger image records ("FIR\\0" version "020\\0"): parse and write.

Layout (big-endian): a 16-byte general header (format id, version, record length, number of
representations, certification flag, number of finger positions), then per representation a
header (length, capture date/time, device technology/vendor/type, quality blocks,
certification blocks, finger position, representation number, scale units, capture and image
sampling rates, bit depth, compression, impression type, width, height, image length), the
image data, then optional extended data blocks (id, length) up to the representation length.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass

import cv2
import numpy as np

from devices.errors import DeviceProtocolError

FORMAT_ID = b"FIR\x00"
VERSION = b"020\x00"
COMPRESSIONS = {0: "raw", 1: "raw-packed", 2: "wsq", 3: "jpeg", 4: "jpeg2000",
                5: "jpeg2000-lossless", 6: "png"}
_GENERAL = struct.Struct(">4s4sIHBB")
_FIXED = struct.Struct(">BBBHHHHBBBHHI")  # from finger position to image data length


class RecordError(DeviceProtocolError):
    """A finger image record is truncated or inconsistent; the message says where."""

    message_key = "device.bad_record"


@dataclass(frozen=True)
class QualityBlock:
    score: int
    vendor_id: int
    algorithm_id: int


@dataclass(frozen=True)
class FingerImage:
    """One finger image representation; ``data`` is the compressed image as stored."""

    position: int
    representation: int
    captured: dt.datetime | None
    device_technology: int
    device_vendor: int
    device_type: int
    qualities: tuple[QualityBlock, ...]
    scale_units: int  # 1 = pixels per inch, 2 = pixels per cm
    capture_ppi: tuple[int, int]
    image_ppi: tuple[int, int]
    bit_depth: int
    compression: str
    impression: int
    width: int
    height: int
    data: bytes
    extended: bytes = b""

    @property
    def quality(self) -> int | None:
        return self.qualities[0].score if self.qualities else None

    @property
    def ppi(self) -> int:
        """Horizontal image resolution in pixels per inch."""
        rate = self.image_ppi[0]
        return round(rate * 2.54) if self.scale_units == 2 else rate

    def decode(self) -> np.ndarray:
        """The image as an 8-bit grey numpy array (height x width)."""
        return decode_image(self.data, self.compression, self.width, self.height,
                            self.bit_depth)


@dataclass(frozen=True)
class FingerRecord:
    certified: bool
    fingers: tuple[FingerImage, ...]


def decode_image(data: bytes, compression: str, width: int, height: int,
                 bit_depth: int = 8) -> np.ndarray:
    """Decode one stored image to 8-bit grey; raises RecordError when it cannot."""
    if compression == "raw":
        if bit_depth != 8 or len(data) < width * height:
            raise RecordError(f"raw image needs {width * height} bytes at 8 bits, "
                              f"has {len(data)} at {bit_depth}")
        return np.frombuffer(data[: width * height], np.uint8).reshape(height, width).copy()
    if compression == "wsq":
        import io

        import wsq  # noqa: F401  (registers the Pillow plugin)
        from PIL import Image
        try:
            return np.asarray(Image.open(io.BytesIO(data)).convert("L"))
        except Exception as exc:
            raise RecordError(f"WSQ image does not decode: {exc}") from None
    image: np.ndarray | None = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    if image is None:
        raise RecordError(f"{compression} image data ({len(data)} bytes) does not decode")
    if image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if image.dtype != np.uint8:
        image = (image // (1 << (8 * image.itemsize - 8))).astype(np.uint8)  # the top byte
    if image.shape != (height, width):
        raise RecordError(f"image is {image.shape[1]}x{image.shape[0]}, header says "
                          f"{width}x{height}")
    return image


def parse(record: bytes) -> FingerRecord:
    """Parse a whole record, checking every length; raises RecordError naming the problem."""
    if len(record) < _GENERAL.size:
        raise RecordError(f"record of {len(record)} bytes is shorter than its 16-byte header")
    fmt, version, length, count, cert, _positions = _GENERAL.unpack_from(record)
    if fmt != FORMAT_ID:
        raise RecordError(f"not a finger image record (format id {fmt!r})")
    if version != VERSION:
        raise RecordError(f"unsupported finger image record version {version!r} (need 020)")
    if length != len(record):
        raise RecordError(f"record length field says {length} bytes, record has {len(record)}")
    if count == 0:
        raise RecordError("record holds no finger representation")
    offset = _GENERAL.size
    fingers = []
    for index in range(count):
        finger, offset = _parse_representation(record, offset, bool(cert), index)
        fingers.append(finger)
    if offset != len(record):
        raise RecordError(f"{len(record) - offset} bytes left after the last representation")
    return FingerRecord(bool(cert), tuple(fingers))


def _need(record: bytes, offset: int, size: int, what: str, index: int) -> None:
    if offset + size > len(record):
        raise RecordError(f"representation {index}: truncated in {what} "
                          f"(needs {size} bytes at offset {offset}, record ends at {len(record)})")


def _parse_representation(record: bytes, start: int, certified: bool,
                          index: int) -> tuple[FingerImage, int]:
    _need(record, start, 4 + 9 + 5 + 1, "header", index)
    (rep_len,) = struct.unpack_from(">I", record, start)
    end = start + rep_len
    if end > len(record):
        raise RecordError(f"representation {index}: length {rep_len} runs past the record end")
    year, month, day, hour, minute, second, millis = struct.unpack_from(">HBBBBBH", record,
                                                                        start + 4)
    captured = None
    if year != 0xFFFF:
        try:
            captured = dt.datetime(year, month, day, hour, minute, second, millis * 1000,
                                   tzinfo=dt.UTC)
        except ValueError:
            raise RecordError(f"representation {index}: bad capture date "
                              f"{year}-{month}-{day} {hour}:{minute}:{second}") from None
    tech, vendor, dev_type, n_quality = struct.unpack_from(">BHHB", record, start + 13)
    offset = start + 19
    _need(record, offset, 5 * n_quality, "quality blocks", index)
    qualities = tuple(QualityBlock(*struct.unpack_from(">BHH", record, offset + 5 * i))
                      for i in range(n_quality))
    offset += 5 * n_quality
    if certified:
        _need(record, offset, 1, "certification count", index)
        n_cert = record[offset]
        _need(record, offset + 1, 3 * n_cert, "certification blocks", index)
        offset += 1 + 3 * n_cert
    _need(record, offset, _FIXED.size, "image header", index)
    (position, rep_no, scale, cap_h, cap_v, img_h, img_v, depth, comp, impression, width,
     height, data_len) = _FIXED.unpack_from(record, offset)
    offset += _FIXED.size
    if position > 15 and position not in range(40, 51):
        raise RecordError(f"representation {index}: invalid finger position code {position}")
    if scale not in (1, 2):
        raise RecordError(f"representation {index}: invalid scale units {scale}")
    if comp not in COMPRESSIONS:
        raise RecordError(f"representation {index}: unknown compression code {comp}")
    if width == 0 or height == 0:
        raise RecordError(f"representation {index}: empty image size {width}x{height}")
    if offset + data_len > end:
        raise RecordError(f"representation {index}: image data of {data_len} bytes runs past "
                          f"the representation end ({end - offset} bytes left)")
    data = record[offset: offset + data_len]
    extended = record[offset + data_len: end]
    finger = FingerImage(position, rep_no, captured, tech, vendor, dev_type, qualities, scale,
                         (cap_h, cap_v), (img_h, img_v), depth, COMPRESSIONS[comp], impression,
                         width, height, data, extended)
    return finger, end


def build(image: np.ndarray, position: int, *, quality: int, ppi: int = 500,
          captured: dt.datetime | None = None, impression: int = 0) -> bytes:
    """A one-finger record with a lossless JPEG 2000 image (what SBI devices send)."""
    if image.ndim != 2 or image.dtype != np.uint8:
        raise ValueError("image must be 8-bit grey")
    ok, encoded = cv2.imencode(".jp2", image, [cv2.IMWRITE_JPEG2000_COMPRESSION_X1000, 1000])
    if not ok:
        raise RuntimeError("JPEG 2000 encoding failed")
    data = encoded.tobytes()
    when = captured or dt.datetime.now(dt.UTC)
    height, width = image.shape
    body = struct.pack(">HBBBBBH", when.year, when.month, when.day, when.hour, when.minute,
                       when.second, when.microsecond // 1000)
    body += struct.pack(">BHHB", 0, 0, 0, 1) + struct.pack(">BHH", quality, 0x0040, 0x000F)
    body += _FIXED.pack(position, 0, 1, ppi, ppi, ppi, ppi, 8, 5, impression, width, height,
                        len(data))
    rep = struct.pack(">I", 4 + len(body) + len(data)) + body + data
    header = _GENERAL.pack(FORMAT_ID, VERSION, _GENERAL.size + len(rep), 1, 0, 1)
    return header + rep
