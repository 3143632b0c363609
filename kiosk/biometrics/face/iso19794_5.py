"""ISO/IEC 19794-5:2005 face image records ("FAC\\0" version "010\\0"): write and read.

Layout (big-endian): record header (format id, version, record length u32, image count u16),
then per image a facial information block (block length u32, feature point count u16, gender,
eye colour, hair colour, feature mask u24, expression u16, pose yaw/pitch/roll, pose
uncertainties), 8-byte feature points, the image information block (face image type, image
data type, width u16, height u16, colour space, source type, device type u16, quality u16) and
the image data. Pose angles are coded in 2-degree steps: 0 = unspecified, 91 = 0 degrees.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from kiosk.errors import KioskError

FORMAT_ID = b"FAC\x00"
VERSION = b"010\x00"
FULL_FRONTAL = 1
TOKEN_FRONTAL = 2
IMAGE_JPEG = 0
IMAGE_JPEG2000 = 1
COLOUR_RGB24 = 1
SOURCE_DIGITAL_STILL = 2
SOURCE_DIGITAL_VIDEO = 6
EXPRESSION_NEUTRAL = 1
# MPEG-4 feature point codes (major << 4 | minor) used for the eye centres
EYE_CENTRE_LEFT = 0xC1  # 12.1: the subject's left eye (right in the image)
EYE_CENTRE_RIGHT = 0xC2  # 12.2: the subject's right eye (left in the image)

_HEADER = struct.Struct(">4s4sIH")
_INFO = struct.Struct(">IHBBB3sH3B3B")
_POINT = struct.Struct(">BBHHH")
_IMAGE = struct.Struct(">BBHHBBHH")


class IsoRecordError(KioskError):
    """A byte string is not a valid ISO/IEC 19794-5:2005 face record."""

    message_key = "face.iso_record_invalid"


@dataclass(frozen=True)
class FeaturePoint:
    """A 2-D MPEG-4 feature point: ``code`` is major << 4 | minor (0xC1 = 12.1)."""

    code: int
    x: int
    y: int


@dataclass(frozen=True)
class FaceRecord:
    """One facial image with the fields the kiosk fills; pose in degrees or None."""

    image: bytes
    width: int
    height: int
    image_data_type: int = IMAGE_JPEG
    face_image_type: int = FULL_FRONTAL
    source_type: int = SOURCE_DIGITAL_VIDEO
    expression: int = EXPRESSION_NEUTRAL
    pose: tuple[float, float, float] | None = None
    points: tuple[FeaturePoint, ...] = field(default_factory=tuple)
    quality: int = 0


def encode_angle(degrees: float | None) -> int:
    """Pose angle to its one-byte code (0 = unspecified, 1..181 for -180..180 in 2-deg steps)."""
    if degrees is None:
        return 0
    wrapped = (degrees + 180.0) % 360.0 - 180.0
    return round(wrapped / 2.0) + 91


def decode_angle(code: int) -> float | None:
    """Inverse of :func:`encode_angle`."""
    return None if code == 0 else (code - 91) * 2.0


def write_record(faces: list[FaceRecord]) -> bytes:
    """Serialise face images into one ISO/IEC 19794-5:2005 record."""
    blocks = []
    for face in faces:
        yaw, pitch, roll = face.pose if face.pose is not None else (None, None, None)
        points = b"".join(_POINT.pack(1, p.code, p.x, p.y, 0) for p in face.points)
        length = _INFO.size + len(points) + _IMAGE.size + len(face.image)
        info = _INFO.pack(length, len(face.points), 0, 0, 0, b"\x00\x00\x00", face.expression,
                          encode_angle(yaw), encode_angle(pitch), encode_angle(roll), 0, 0, 0)
        image = _IMAGE.pack(face.face_image_type, face.image_data_type, face.width, face.height,
                            COLOUR_RGB24, face.source_type, 0, face.quality)
        blocks.append(info + points + image + face.image)
    body = b"".join(blocks)
    return _HEADER.pack(FORMAT_ID, VERSION, _HEADER.size + len(body), len(faces)) + body


def read_record(data: bytes) -> list[FaceRecord]:
    """Parse an ISO/IEC 19794-5:2005 record; raise IsoRecordError on anything malformed."""
    if len(data) < _HEADER.size:
        raise IsoRecordError("too short for an ISO/IEC 19794-5 header")
    fmt, version, length, count = _HEADER.unpack_from(data)
    if fmt != FORMAT_ID:
        raise IsoRecordError(f"format identifier is {fmt!r}, not 'FAC'")
    if version != VERSION:
        raise IsoRecordError(f"version {version!r} is not the supported 2005 version '010'")
    if length != len(data):
        raise IsoRecordError(f"record length field says {length} bytes, got {len(data)}")
    faces, offset = [], _HEADER.size
    for _ in range(count):
        if offset + _INFO.size > len(data):
            raise IsoRecordError("truncated facial information block")
        (block, npoints, _g, _e, _h, _mask, expression, yaw, pitch, roll,
         _uy, _up, _ur) = _INFO.unpack_from(data, offset)
        end = offset + block
        if end > len(data) or block < _INFO.size + npoints * _POINT.size + _IMAGE.size:
            raise IsoRecordError("facial block length is inconsistent")
        cursor = offset + _INFO.size
        points = []
        for _p in range(npoints):
            _type, code, x, y, _r = _POINT.unpack_from(data, cursor)
            points.append(FeaturePoint(code, x, y))
            cursor += _POINT.size
        face_type, data_type, width, height, _cs, source, _dev, quality = _IMAGE.unpack_from(
            data, cursor)
        cursor += _IMAGE.size
        pose = (decode_angle(yaw), decode_angle(pitch), decode_angle(roll))
        faces.append(FaceRecord(
            data[cursor:end], width, height, data_type, face_type, source, expression,
            None if pose == (None, None, None) else pose,  # type: ignore[arg-type]
            tuple(points), quality))
        offset = end
    return faces
