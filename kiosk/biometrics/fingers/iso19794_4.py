"""ISO/IEC 19794-4 finger image records, 2005 ("FIR\\0" "010\\0") and 2011 ("020\\0"), read
into :class:`FingerImage` values that carry the record's resolution.

2005: a 32-byte general header (6-byte record length, device id, acquisition level, finger
count, scale units, scan and image resolution, bit depth, compression) then per finger a
14-byte header (length, position, view count and number, quality, impression, width, height)
and the image. 2011: a 16-byte general header, then per representation its own header
(capture time, device, quality and certification blocks, position, scale units, resolutions,
bit depth, compression, impression, size, image length), the image and extended data.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.biometrics.fingers.images import FingerImage, decode_finger_image, raw_finger_image

FORMAT_ID = b"FIR\x00"
VERSIONS = {b"010\x00": 2005, b"020\x00": 2011}
# compression code -> name, per version (2005 has no lossy/lossless JPEG 2000 split)
COMPRESSIONS = {
    2005: {0: "raw", 1: "raw-packed", 2: "WSQ", 3: "JPEG", 4: "JPEG 2000", 5: "PNG"},
    2011: {0: "raw", 1: "raw-packed", 2: "WSQ", 3: "JPEG", 4: "JPEG 2000",
           5: "JPEG 2000 lossless", 6: "PNG"},
}
_GENERAL_2005 = struct.Struct(">4s4s6sHHBBHHHHBB2s")  # 32 bytes
_FINGER_2005 = struct.Struct(">IBBBBBHHB")            # 14 bytes
_GENERAL_2011 = struct.Struct(">4s4sIHBB")            # 16 bytes
_FIXED_2011 = struct.Struct(">BBBHHHHBBBHHI")         # position .. image data length


class InvalidFingerRecord(UnreadableImage):
    """An ISO/IEC 19794-4 record that is truncated, inconsistent or not decodable here."""


@dataclass(frozen=True, eq=False)
class FingerRecordImage:
    """One finger image of a record: position code, quality, compression and the image."""

    position: int
    quality: int | None
    compression: str
    image: FingerImage


def is_finger_record(data: bytes) -> bool:
    return data[:4] == FORMAT_ID


def _ppi(scale_units: int, rate: int, what: str) -> float:
    if scale_units == 1:
        return float(rate)
    if scale_units == 2:
        return round(rate * 2.54, 1)
    raise InvalidFingerRecord(f"{what}: invalid scale units {scale_units} (1 ppi or 2 ppcm)")


def _image(data: bytes, compression: str, width: int, height: int, depth: int, ppi: float,
           what: str) -> FingerImage:
    if compression == "raw":
        if depth != 8:
            raise InvalidFingerRecord(f"{what}: raw image of {depth} bits per pixel; "
                                      "only 8-bit grey is read")
        return raw_finger_image(data, width, height, ppi, name=what)
    if compression == "raw-packed":
        raise InvalidFingerRecord(f"{what}: bit-packed raw images are not supported")
    image = decode_finger_image(data, ppi=ppi, name=f"{what} ({compression})")
    if (image.width, image.height) != (width, height):
        raise InvalidFingerRecord(f"{what}: header says {width}x{height}, the {compression} "
                                  f"image is {image.width}x{image.height}")
    return FingerImage(image.pixels, ppi, "header")


def _need(data: bytes, offset: int, size: int, what: str) -> None:
    if offset + size > len(data):
        raise InvalidFingerRecord(f"{what} is truncated (needs {size} bytes at offset "
                                  f"{offset}, the record ends at {len(data)})")


def parse_finger_record(data: bytes) -> tuple[int, list[FingerRecordImage]]:
    """(version year, images) of an ISO/IEC 19794-4 record; raises
    :class:`InvalidFingerRecord` naming the problem."""
    _need(data, 0, 16, "the record header")
    if data[:4] != FORMAT_ID:
        raise InvalidFingerRecord("not an ISO/IEC 19794-4 finger image record")
    version = VERSIONS.get(data[4:8])
    if version is None:
        raise InvalidFingerRecord(f"unsupported ISO/IEC 19794-4 version {data[4:8]!r} "
                                  "(2005 '010' and 2011 '020' are read)")
    images = _parse_2005(data) if version == 2005 else _parse_2011(data)
    if not images:
        raise InvalidFingerRecord("the record holds no finger image")
    return version, images


def _parse_2005(data: bytes) -> list[FingerRecordImage]:
    _need(data, 0, _GENERAL_2005.size, "the record header")
    (_, _, length6, _device, _level, count, scale, _sh, _sv, image_h, _iv, depth, comp,
     _) = _GENERAL_2005.unpack_from(data)
    length = int.from_bytes(length6, "big")
    if length != len(data):
        raise InvalidFingerRecord(f"record length field says {length} bytes, the record has "
                                  f"{len(data)}")
    names = COMPRESSIONS[2005]
    if comp not in names:
        raise InvalidFingerRecord(f"unknown compression code {comp}")
    ppi = _ppi(scale, image_h, "record header")
    offset, out = _GENERAL_2005.size, []
    for index in range(count):
        what = f"finger image {index + 1}"
        _need(data, offset, _FINGER_2005.size, what)
        (rep_len, position, _views, _view, quality, _imp, width, height,
         _) = _FINGER_2005.unpack_from(data, offset)
        if rep_len < _FINGER_2005.size or offset + rep_len > len(data):
            raise InvalidFingerRecord(f"{what}: length {rep_len} runs past the record end")
        body = data[offset + _FINGER_2005.size: offset + rep_len]
        image = _image(body, names[comp], width, height, depth, ppi, what)
        out.append(FingerRecordImage(position, None if quality > 100 else quality,
                                     names[comp], image))
        offset += rep_len
    if offset != len(data):
        raise InvalidFingerRecord(f"{len(data) - offset} bytes follow the last finger image")
    return out


def _parse_2011(data: bytes) -> list[FingerRecordImage]:
    _, _, length, count, certified, _ = _GENERAL_2011.unpack_from(data)
    if length != len(data):
        raise InvalidFingerRecord(f"record length field says {length} bytes, the record has "
                                  f"{len(data)}")
    offset, out = _GENERAL_2011.size, []
    for index in range(count):
        what = f"representation {index + 1}"
        _need(data, offset, 19, what)
        (rep_len,) = struct.unpack_from(">I", data, offset)
        end = offset + rep_len
        if end > len(data) or rep_len < 19:
            raise InvalidFingerRecord(f"{what}: length {rep_len} runs past the record end")
        n_quality = data[offset + 18]
        cursor = offset + 19
        _need(data, cursor, 5 * n_quality, f"{what} quality blocks")
        quality = data[cursor] if n_quality else None
        cursor += 5 * n_quality
        if certified:
            _need(data, cursor, 1, f"{what} certification blocks")
            cursor += 1 + 3 * data[cursor]
        _need(data, cursor, _FIXED_2011.size, f"{what} image header")
        (position, _rep, scale, _ch, _cv, image_h, _iv, depth, comp, _imp, width, height,
         data_len) = _FIXED_2011.unpack_from(data, cursor)
        cursor += _FIXED_2011.size
        names = COMPRESSIONS[2011]
        if comp not in names:
            raise InvalidFingerRecord(f"{what}: unknown compression code {comp}")
        if cursor + data_len > end:
            raise InvalidFingerRecord(f"{what}: image data of {data_len} bytes runs past its "
                                      "end")
        image = _image(data[cursor:cursor + data_len], names[comp], width, height, depth,
                       _ppi(scale, image_h, what), what)
        quality = None if quality is None or quality > 100 else quality
        out.append(FingerRecordImage(position, quality,
                                     names[comp], image))
        offset = end
    if offset != len(data):
        raise InvalidFingerRecord(f"{len(data) - offset} bytes follow the last representation")
    return out


def build_finger_record(image: FingerImage, position: int, *, version: int = 2011,
                        compression: str = "raw", encoded: bytes | None = None,
                        quality: int = 254) -> bytes:
    """A one-finger record of ``image`` (its pixels, or ``encoded`` bytes in
    ``compression``): used by tests and tools that hand records to other systems."""
    codes = {name: code for code, name in COMPRESSIONS[version].items()}
    body = encoded if encoded is not None else image.pixels.tobytes()
    ppi = round(image.ppi)
    if version == 2005:
        finger = _FINGER_2005.pack(_FINGER_2005.size + len(body), position, 1, 1, quality, 0,
                                   image.width, image.height, 0) + body
        length = _GENERAL_2005.size + len(finger)
        return _GENERAL_2005.pack(FORMAT_ID, b"010\x00", length.to_bytes(6, "big"), 0, 31, 1,
                                  1, ppi, ppi, ppi, ppi, 8, codes[compression],
                                  b"\0\0") + finger
    header = struct.pack(">HBBBBBH", 0xFFFF, 255, 255, 255, 255, 255, 0xFFFF)
    header += struct.pack(">BHHB", 0, 0, 0, 1) + struct.pack(">BHH", quality, 0, 0)
    header += _FIXED_2011.pack(position, 0, 1, ppi, ppi, ppi, ppi, 8, codes[compression], 0,
                               image.width, image.height, len(body))
    rep = struct.pack(">I", 4 + len(header) + len(body)) + header + body
    return _GENERAL_2011.pack(FORMAT_ID, b"020\x00", _GENERAL_2011.size + len(rep), 1, 0,
                              1) + rep
