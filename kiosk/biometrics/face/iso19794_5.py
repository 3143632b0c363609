"""ISO/IEC 19794-5 face image records, 2005 ("FAC\\0" "010\\0") and 2011 ("030\\0"): write
and read.

Layout (big-endian): record header (format id, version, record length u32, image count u16),
then per image a facial information block (block length u32, feature point count u16, gender,
eye colour, hair colour, feature mask u24, expression u16, pose yaw/pitch/roll, pose
uncertainties), 8-byte feature points, the image information block (face image type, image
data type, width u16, height u16, colour space, source type, device type u16, quality u16) and
the image data. Pose angles are coded in 2-degree steps: 0 = unspecified, 91 = 0 degrees.

2011 (checked against an enrolment client's record): a 17-byte header (format id, version,
record length u32, image count u16, certification flag, temporal semantics u16), then per
image a representation: length u32, capture date and time (9 bytes), capture device
technology, vendor u16 and type u16, quality blocks (count, then score, vendor u16, algorithm
u16 each), the facial information (landmark count u16, gender, eye colour, hair colour,
subject height, property mask u24, expression u16, pose yaw/pitch/roll and uncertainties),
8-byte landmark points, the image information (face image type, image data type, width u16,
height u16, spatial sampling level, post-acquisition processing u16, cross reference, colour
space), the image length u32 and the image.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from kiosk.domain.errors import KioskError

FORMAT_ID = b"FAC\x00"
VERSION = b"010\x00"
VERSION_2011 = b"030\x00"
IMAGE_JPEG2000_LOSSLESS_2011 = 2
IMAGE_PNG_2011 = 3
FACE_3D_2011 = 0x80  # 2011 face image types with this bit carry a 3-D block (not read)
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
_HEADER_2011 = struct.Struct(">4s4sIHBH")        # 17 bytes
_CAPTURE_2011 = struct.Struct(">IHBBBBBHBHHB")   # length .. quality block count: 19 bytes
_QUALITY_2011 = struct.Struct(">BHH")
_INFO_2011 = struct.Struct(">HBBBB3sH3B3B")      # 17 bytes
_IMAGE_2011 = struct.Struct(">BBHHBHBBI")        # 15 bytes, ends with the image length


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


def write_record(faces: list[FaceRecord], version: int = 2005) -> bytes:
    """Serialise face images into one ISO/IEC 19794-5 record (2005 or 2011)."""
    if version == 2011:
        return _write_2011(faces)
    if version != 2005:
        raise ValueError(f"ISO/IEC 19794-5 version {version} is not written (2005, 2011)")
    blocks = []
    for face in faces:
        data_type = _data_type_2005(face.image_data_type)
        yaw, pitch, roll = face.pose if face.pose is not None else (None, None, None)
        points = b"".join(_POINT.pack(1, p.code, p.x, p.y, 0) for p in face.points)
        length = _INFO.size + len(points) + _IMAGE.size + len(face.image)
        info = _INFO.pack(length, len(face.points), 0, 0, 0, b"\x00\x00\x00", face.expression,
                          encode_angle(yaw), encode_angle(pitch), encode_angle(roll), 0, 0, 0)
        image = _IMAGE.pack(face.face_image_type, data_type, face.width, face.height,
                            COLOUR_RGB24, face.source_type, 0, face.quality)
        blocks.append(info + points + image + face.image)
    body = b"".join(blocks)
    return _HEADER.pack(FORMAT_ID, VERSION, _HEADER.size + len(body), len(faces)) + body


def _data_type_2005(code: int) -> int:
    """The 2005 image data type for a record's code: 2005 knows JPEG (0) and JPEG 2000 (1);
    2011's lossless JPEG 2000 (2) is JPEG 2000 there, and PNG (3) cannot be written."""
    if code in (IMAGE_JPEG, IMAGE_JPEG2000):
        return code
    if code == IMAGE_JPEG2000_LOSSLESS_2011:
        return IMAGE_JPEG2000
    raise ValueError(f"image data type {code} cannot be written in an ISO/IEC 19794-5:2005 "
                     "record (JPEG or JPEG 2000 only)")


def record_version(data: bytes) -> int:
    """2005 or 2011 for a face record's header; raise IsoRecordError for anything else."""
    if len(data) < _HEADER.size:
        raise IsoRecordError("too short for an ISO/IEC 19794-5 header")
    if data[:4] != FORMAT_ID:
        raise IsoRecordError(f"format identifier is {data[:4]!r}, not 'FAC'")
    versions = {VERSION: 2005, VERSION_2011: 2011}
    if data[4:8] not in versions:
        raise IsoRecordError(f"version {data[4:8]!r} is not a supported version ('010' 2005, "
                             "'030' 2011)")
    return versions[data[4:8]]


def read_record(data: bytes) -> list[FaceRecord]:
    """Parse an ISO/IEC 19794-5 record (2005 or 2011); raise IsoRecordError on anything
    malformed."""
    if record_version(data) == 2011:
        try:
            return _read_2011(data)
        except struct.error:
            raise IsoRecordError("truncated ISO/IEC 19794-5:2011 record") from None
    _fmt, _version, length, count = _HEADER.unpack_from(data)
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


def _write_2011(faces: list[FaceRecord]) -> bytes:
    reps = []
    for face in faces:
        yaw, pitch, roll = face.pose if face.pose is not None else (None, None, None)
        points = b"".join(_POINT.pack(1, p.code, p.x, p.y, 0) for p in face.points)
        info = _INFO_2011.pack(len(face.points), 0, 0, 0, 0, b"\x00\x00\x00", face.expression,
                               encode_angle(yaw), encode_angle(pitch), encode_angle(roll),
                               0, 0, 0)
        image = _IMAGE_2011.pack(face.face_image_type, face.image_data_type, face.width,
                                 face.height, 0, 0, 0, COLOUR_RGB24, len(face.image))
        quality = _QUALITY_2011.pack(face.quality, 0, 0) if face.quality else b""
        body = info + points + image + face.image
        length = _CAPTURE_2011.size + len(quality) + len(body)
        capture = _CAPTURE_2011.pack(length, 0xFFFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFFFF,
                                     face.source_type, 0, 0, 1 if face.quality else 0)
        reps.append(capture + quality + body)
    body = b"".join(reps)
    return _HEADER_2011.pack(FORMAT_ID, VERSION_2011, _HEADER_2011.size + len(body),
                             len(faces), 0, 0) + body


def _read_2011(data: bytes) -> list[FaceRecord]:
    _fmt, _version, length, count, certified, _temporal = _HEADER_2011.unpack_from(data)
    if length != len(data):
        raise IsoRecordError(f"record length field says {length} bytes, got {len(data)}")
    faces, offset = [], _HEADER_2011.size
    for _ in range(count):
        (block, *_when, source, _vendor, _device, n_quality) = _CAPTURE_2011.unpack_from(
            data, offset)
        end = offset + block
        if end > len(data) or block < _CAPTURE_2011.size + _INFO_2011.size + _IMAGE_2011.size:
            raise IsoRecordError("representation length is inconsistent")
        cursor = offset + _CAPTURE_2011.size
        quality = _QUALITY_2011.unpack_from(data, cursor)[0] if n_quality else 0
        cursor += n_quality * _QUALITY_2011.size
        if certified:
            cursor += 1 + 3 * data[cursor]
        (npoints, _g, _e, _h, _height, _mask, expression, yaw, pitch, roll, _uy, _up,
         _ur) = _INFO_2011.unpack_from(data, cursor)
        cursor += _INFO_2011.size
        points = []
        for _p in range(npoints):
            _type, code, x, y, _z = _POINT.unpack_from(data, cursor)
            points.append(FeaturePoint(code, x, y))
            cursor += _POINT.size
        (face_type, data_type, width, height, _level, _processing, _reference, _colour,
         image_length) = _IMAGE_2011.unpack_from(data, cursor)
        if face_type & FACE_3D_2011:
            raise IsoRecordError(f"face image type {face_type:#x} is a 3-D representation, "
                                 "which is not read")
        cursor += _IMAGE_2011.size
        if cursor + image_length != end:
            raise IsoRecordError("image length does not fill the representation")
        pose = (decode_angle(yaw), decode_angle(pitch), decode_angle(roll))
        faces.append(FaceRecord(
            data[cursor:end], width, height, data_type, face_type, source, expression,
            None if pose == (None, None, None) else pose,  # type: ignore[arg-type]
            tuple(points), quality))
        offset = end
    if offset != len(data):
        raise IsoRecordError(f"{len(data) - offset} bytes follow the last representation")
    return faces
