"""A small reader for ANSI/NIST-ITL 1-2007/2011 transactions: the Type-1 header (tagged
text), Type-4 grayscale fingerprint records (binary, 18-byte header) and Type-14 variable-
resolution fingerprint records (tagged text, image in field 14.999). Other records are
listed in ``skipped_types``; Type-2 (descriptive text) is expected and harmless.

Tagged-text records are ``<type>.<field>:<value>`` fields separated by GS (0x1D) and ended by
FS (0x1C); subfields are split by RS (0x1E) and information items by US (0x1F); field 001
holds the record length in bytes. Type-1 field 1.003 (CNT) lists every following record's
type. Types 3-8 are binary and start with a 4-byte big-endian length.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.biometrics.fingers.images import (
    STANDARD_PPI,
    FingerImage,
    decode_finger_image,
    raw_finger_image,
)
from kiosk.domain.fingers import FingerPosition

FS, GS, RS, US = b"\x1c", b"\x1d", b"\x1e", b"\x1f"
TYPE4_HEADER = struct.Struct(">IBB6sBHHB")  # LEN IDC IMP FGP ISR HLL VLL GCA = 18 bytes
BINARY_TYPES = frozenset({3, 4, 5, 6, 7, 8})
COMPRESSION_NAMES = {0: "none", 1: "WSQ", 2: "JPEG", 3: "JPEG lossless", 4: "JPEG 2000",
                     5: "JPEG 2000 lossless", 6: "PNG"}


class InvalidTransaction(UnreadableImage):
    """The bytes are not a well-formed ANSI/NIST-ITL transaction (or are truncated)."""

    message_key = "finger.an2k_invalid"


@dataclass(frozen=True, eq=False)
class Type4Record:
    """One Type-4 record: a grayscale fingerprint image with its positions and compression."""

    idc: int
    impression: int
    positions: tuple[int, ...]
    resolution_ppi: float
    width: int
    height: int
    compression: int
    data: bytes

    @property
    def position(self) -> FingerPosition:
        """The first finger position code (255 means unused); UNKNOWN if not a known code."""
        code = self.positions[0] if self.positions else 0
        try:
            return FingerPosition(code)
        except ValueError:
            return FingerPosition.UNKNOWN

    def image(self) -> FingerImage:
        """Decode the image (raw, WSQ, JPEG, JPEG 2000 or PNG) at the record's resolution."""
        name = f"Type-4 record IDC {self.idc}"
        if self.compression == 0:
            if len(self.data) != self.width * self.height:
                raise InvalidTransaction(
                    f"{name}: {len(self.data)} bytes of uncompressed image data for "
                    f"{self.width}x{self.height} pixels")
            pixels = np.frombuffer(self.data, np.uint8).reshape(self.height, self.width)
            return FingerImage(pixels.copy(), self.resolution_ppi, "header")
        decoded = decode_finger_image(self.data, ppi=self.resolution_ppi, name=name)
        if (decoded.width, decoded.height) != (self.width, self.height):
            raise InvalidTransaction(f"{name}: header says {self.width}x{self.height}, the "
                                     f"image is {decoded.width}x{decoded.height}")
        return FingerImage(decoded.pixels, self.resolution_ppi, "header")


# field 14.011 (CGA) values and the image formats behind them
TYPE14_COMPRESSIONS = {"NONE": "none", "WSQ20": "WSQ", "WSQ": "WSQ", "JPEGB": "JPEG",
                       "JPEGL": "JPEG lossless", "JP2": "JPEG 2000", "JP2L": "JPEG 2000 lossless",
                       "PNG": "PNG"}


@dataclass(frozen=True, eq=False)
class Type14Record:
    """One Type-14 record: a variable-resolution fingerprint image (tagged fields)."""

    idc: int
    impression: int
    positions: tuple[int, ...]
    resolution_ppi: float
    width: int
    height: int
    compression: str
    data: bytes

    @property
    def position(self) -> FingerPosition:
        """The first finger position code; UNKNOWN if not a known code."""
        try:
            return FingerPosition(self.positions[0] if self.positions else 0)
        except ValueError:
            return FingerPosition.UNKNOWN

    def image(self) -> FingerImage:
        """Decode the image at the record's resolution."""
        name = f"Type-14 record IDC {self.idc}"
        if self.compression == "none":
            return raw_finger_image(self.data, self.width, self.height, self.resolution_ppi,
                                    name=name)
        decoded = decode_finger_image(self.data, ppi=self.resolution_ppi, name=name)
        if (decoded.width, decoded.height) != (self.width, self.height):
            raise InvalidTransaction(f"{name}: header says {self.width}x{self.height}, the "
                                     f"image is {decoded.width}x{decoded.height}")
        return FingerImage(decoded.pixels, self.resolution_ppi, "header")


@dataclass(frozen=True, eq=False)
class Transaction:
    """A parsed transaction: Type-1 fields by tag number, Type-4 and Type-14 finger records
    (``fingers``: both, in file order), and the types of the other records."""

    header: dict[int, str]
    type4: list[Type4Record] = field(default_factory=list)
    skipped_types: list[int] = field(default_factory=list)
    type14: list[Type14Record] = field(default_factory=list)
    fingers: list[Type4Record | Type14Record] = field(default_factory=list)

    @property
    def version(self) -> str:
        return self.header.get(2, "")

    def by_position(self, position: FingerPosition) -> Type4Record | Type14Record:
        """The first finger record for ``position`` (e.g. LEFT_FOUR for the left slap)."""
        for record in self.fingers:
            if position in record.positions:
                return record
        raise InvalidTransaction(f"the transaction has no Type-4 record for {position.name} "
                                 "(nor a Type-14 one)")


def _tagged_record(data: bytes, offset: int, expected_type: int) -> tuple[dict[int, str], int]:
    """Parse the tagged-text record at ``offset``; return its fields and its length."""
    head = data[offset:offset + 32]
    colon, sep = head.find(b":"), head.find(GS)
    if colon < 0 or sep < 0 or sep < colon:
        raise InvalidTransaction(f"record at byte {offset} does not start with a length field")
    tag = head[:colon].decode("ascii", "replace")
    if tag not in (f"{expected_type}.001", f"{expected_type}.01"):
        raise InvalidTransaction(f"record at byte {offset} starts with field {tag!r}, expected "
                                 f"{expected_type}.001")
    try:
        length = int(head[colon + 1:sep])
    except ValueError:
        raise InvalidTransaction(f"record at byte {offset} has a non-numeric length") from None
    end = offset + length
    if length < sep + 2 or end > len(data):
        raise InvalidTransaction(f"Type-{expected_type} record at byte {offset} claims "
                                 f"{length} bytes; only {len(data) - offset} remain (truncated)")
    if data[end - 1:end] != FS:
        raise InvalidTransaction(f"Type-{expected_type} record at byte {offset} does not end "
                                 "with a file separator (FS)")
    fields: dict[int, str] = {}
    text = data[offset:end - 1]
    binary = text.find(GS + f"{expected_type}.999:".encode())
    if binary >= 0:  # the image field is binary and last: never split it
        text = text[:binary]
    for item in text.split(GS):
        tag_text, _, value = item.partition(b":")
        _, _, number = tag_text.decode("ascii", "replace").partition(".")
        if not number.isdigit():
            raise InvalidTransaction(f"bad field tag {tag_text!r} in Type-{expected_type} record")
        fields[int(number)] = value.decode("latin-1")
    return fields, length


def _content_types(header: dict[int, str]) -> list[int]:
    """The record types listed in field 1.003 (CNT), after the Type-1 record itself."""
    subfields = header.get(3, "").split(RS.decode())
    try:
        types = [int(sub.split(US.decode())[0]) for sub in subfields[1:]]
        declared = int(subfields[0].split(US.decode())[1])
    except (ValueError, IndexError):
        raise InvalidTransaction("field 1.003 (CNT) is malformed") from None
    if declared != len(types):
        raise InvalidTransaction(f"field 1.003 declares {declared} records but lists "
                                 f"{len(types)}")
    return types


def parse_an2k(data: bytes) -> Transaction:
    """Parse an ANSI/NIST-ITL transaction; raise :class:`InvalidTransaction` on any defect."""
    if not data.startswith(b"1.001:") and not data.startswith(b"1.01:"):
        raise InvalidTransaction("not an ANSI/NIST-ITL transaction (no 1.001 field at start)")
    header, offset = _tagged_record(data, 0, 1)
    try:
        native_ppmm = float(header.get(11, "19.69"))
    except ValueError:
        raise InvalidTransaction("field 1.011 (NSR) is not a number") from None
    transaction = Transaction(header)
    for index, record_type in enumerate(_content_types(header), start=2):
        if offset >= len(data):
            raise InvalidTransaction(f"the transaction is truncated: record {index} "
                                     f"(Type-{record_type}) is missing")
        if record_type in BINARY_TYPES:
            if offset + 4 > len(data):
                raise InvalidTransaction(f"Type-{record_type} record at byte {offset} is "
                                         "truncated (no length)")
            (length,) = struct.unpack_from(">I", data, offset)
            if length < TYPE4_HEADER.size or offset + length > len(data):
                raise InvalidTransaction(f"Type-{record_type} record at byte {offset} claims "
                                         f"{length} bytes; {len(data) - offset} remain")
            if record_type == 4:
                record = _type4(data[offset:offset + length], native_ppmm)
                transaction.type4.append(record)
                transaction.fingers.append(record)
            else:
                transaction.skipped_types.append(record_type)
        else:
            fields, length = _tagged_record(data, offset, record_type)
            if record_type == 14:
                record14 = _type14(fields, data[offset:offset + length])
                transaction.type14.append(record14)
                transaction.fingers.append(record14)
            else:
                transaction.skipped_types.append(record_type)
        offset += length
    if offset != len(data):
        raise InvalidTransaction(f"{len(data) - offset} bytes follow the last record")
    return transaction


def _type4(record: bytes, native_ppmm: float) -> Type4Record:
    length, idc, imp, fgp, isr, width, height, gca = TYPE4_HEADER.unpack_from(record)
    positions = tuple(code for code in fgp if code != 255)
    if gca not in COMPRESSION_NAMES:
        raise InvalidTransaction(f"Type-4 record IDC {idc} has unknown compression code {gca}")
    if not width or not height:
        raise InvalidTransaction(f"Type-4 record IDC {idc} has an empty image size")
    ppi = STANDARD_PPI if isr == 0 else round(native_ppmm * 25.4, 1)
    return Type4Record(idc, imp, positions, ppi, width, height, gca,
                       bytes(record[TYPE4_HEADER.size:length]))


def _number(fields: dict[int, str], tag: int, idc: str, default: int | None = None) -> int:
    value = fields.get(tag)
    if value is None and default is not None:
        return default
    try:
        return int(str(value).split(US.decode())[0].split(RS.decode())[0])
    except ValueError:
        raise InvalidTransaction(f"Type-14 record IDC {idc}: field 14.{tag:03d} is missing or "
                                 "not a number") from None


def _type14(fields: dict[int, str], record: bytes) -> Type14Record:
    idc = fields.get(2, "?")
    marker = record.find(b"14.999:")
    if marker < 0:
        raise InvalidTransaction(f"Type-14 record IDC {idc} has no image field 14.999")
    image_data = record[marker + len(b"14.999:"):-1]
    width, height = _number(fields, 6, idc), _number(fields, 7, idc)
    scale, rate = _number(fields, 8, idc, 1), _number(fields, 9, idc, 500)
    ppi = float(rate) if scale == 1 else round(rate * 2.54, 1) if scale == 2 else STANDARD_PPI
    cga = fields.get(11, "NONE").strip().upper()
    if cga not in TYPE14_COMPRESSIONS:
        raise InvalidTransaction(f"Type-14 record IDC {idc} has unknown compression {cga!r}")
    positions = []
    for sub in fields.get(13, "0").split(RS.decode()):
        code = sub.split(US.decode())[0]
        if code.strip().isdigit() and int(code) != 255:
            positions.append(int(code))
    if not width or not height:
        raise InvalidTransaction(f"Type-14 record IDC {idc} has an empty image size")
    return Type14Record(_number(fields, 2, idc, 0), _number(fields, 3, idc, 0),
                        tuple(positions), ppi, width, height, TYPE14_COMPRESSIONS[cga],
                        image_data)
