"""ANSI/NIST-ITL Type-1/Type-4 reader on the NIST slap transaction, and its errors."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from kiosk.biometrics.fingers.an2k import InvalidTransaction, parse_an2k
from kiosk.domain.fingers import FingerPosition as P

SLAPS = "fingerprints/nist_type4-slaps.an2k"


def _transaction(width: int = 40, height: int = 30, gca: int = 0, extra: bytes = b"") -> bytes:
    pixels = bytes(range(256)) * (width * height // 256 + 1)
    pixels = pixels[: width * height] + extra
    type4 = struct.pack(">IBB6sBHHB", 18 + len(pixels), 1, 0, bytes([7, 255, 255, 255, 255,
                        255]), 0, width, height, gca) + pixels
    fields = ["1.002:0400", "1.003:1\x1f1\x1e4\x1f01", "1.011:19.69"]

    def with_length(length: int) -> bytes:
        return ("\x1d".join([f"1.001:{length}", *fields]) + "\x1c").encode()

    length = len(with_length(0))
    length = len(with_length(length))
    return with_length(length) + type4


def test_nist_slap_transaction(shared_data) -> None:
    transaction = parse_an2k((shared_data / SLAPS).read_bytes())
    assert transaction.version == "0400"
    assert transaction.skipped_types == [2]
    assert [r.position for r in transaction.type4] == [
        P.LEFT_FOUR, P.PLAIN_LEFT_THUMB, P.PLAIN_RIGHT_THUMB, P.RIGHT_FOUR]
    left = transaction.by_position(P.LEFT_FOUR)
    assert (left.width, left.height, left.compression, left.impression) == (1608, 1000, 1, 2)
    image = left.image()
    assert (image.width, image.height, image.ppi) == (1608, 1000, 500.0)
    assert transaction.by_position(P.RIGHT_FOUR).image().width == 1572


def test_every_truncation_of_the_nist_file_is_a_precise_error(shared_data) -> None:
    data = (shared_data / SLAPS).read_bytes()
    for cut in (0, 5, 100, 191, 200, 248, 250, 5000, 104525, 200000, len(data) - 1):
        with pytest.raises(InvalidTransaction) as info:
            parse_an2k(data[:cut])
        assert info.value.message_key == "finger.an2k_invalid"
        assert str(info.value)


def test_uncompressed_type4_record() -> None:
    transaction = parse_an2k(_transaction())
    record = transaction.type4[0]
    assert record.position is P.LEFT_INDEX
    pixels = record.image().pixels
    assert pixels.shape == (30, 40) and pixels[0, 1] == 1
    assert isinstance(pixels, np.ndarray)


@pytest.mark.parametrize(("data", "message"), [
    (b"2.001:10\x1d", "no 1.001 field"),
    (_transaction()[:-5], "claims"),
    (_transaction() + b"junk", "bytes follow the last record"),
    (_transaction(gca=9), "unknown compression code 9"),
])
def test_malformed_transactions(data: bytes, message: str) -> None:
    with pytest.raises(InvalidTransaction, match=message):
        parse_an2k(data)


def test_wrong_amount_of_raw_pixels_is_reported() -> None:
    transaction = parse_an2k(_transaction(extra=b"\x00\x00"))
    with pytest.raises(InvalidTransaction, match="uncompressed image data"):
        transaction.type4[0].image()


def test_missing_position_is_reported(shared_data) -> None:
    transaction = parse_an2k(_transaction())
    with pytest.raises(InvalidTransaction, match="no Type-4 record for RIGHT_FOUR"):
        transaction.by_position(P.RIGHT_FOUR)
