"""ISO/IEC 19794-4:2011 finger image records: the MOSIP sample records, round trips, damage."""

from __future__ import annotations

import contextlib
import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.sbi import iso19794_4 as iso
from devices.sbi.synthetic import capture

# file name -> (position, width, height, quality) as documented in SOURCES.md
MOSIP = {
    "mosip_0001Left_Index.iso": (7, 280, 448, 57),
    "mosip_0001Left_Thumb.iso": (6, 350, 427, 79),
    "mosip_0001Right_Index.iso": (2, 308, 413, 55),
    "mosip_0001Right_Little.iso": (5, 273, 399, 34),
    "mosip_0001Right_Middle.iso": (3, 238, 357, 48),
    "mosip_0001Right_Ring.iso": (4, 273, 504, 35),
    "mosip_0001Right_Thumb.iso": (1, 357, 504, 67),
}


@pytest.mark.parametrize("name", sorted(MOSIP))
def test_parses_and_decodes_the_mosip_records(shared_data, name):
    position, width, height, quality = MOSIP[name]
    record = iso.parse((shared_data / "fingerprints" / name).read_bytes())
    assert len(record.fingers) == 1
    finger = record.fingers[0]
    assert (finger.position, finger.width, finger.height, finger.quality) == (
        position, width, height, quality)
    assert finger.ppi == 500 and finger.bit_depth == 8
    assert finger.compression == "jpeg2000-lossless" and finger.impression == 29
    assert finger.captured is not None and finger.captured.year == 2022
    image = finger.decode()
    assert image.shape == (height, width) and image.dtype == np.uint8
    assert 40 < image.mean() < 250 and image.std() > 20  # a real print, not a blank


def test_build_then_parse_is_lossless():
    image = capture(5, 0)
    record = iso.build(image, 7, quality=61)
    finger = iso.parse(record).fingers[0]
    assert finger.position == 7 and finger.quality == 61 and finger.ppi == 500
    assert np.array_equal(finger.decode(), image)


@pytest.fixture(scope="module")
def good_record() -> bytes:
    return iso.build(capture(6, 0)[:64, :48], 2, quality=50)


def test_truncated_record_is_reported_precisely(good_record):
    with pytest.raises(iso.RecordError, match="record length field says"):
        iso.parse(good_record[:-10])
    with pytest.raises(iso.RecordError, match="shorter than its 16-byte header"):
        iso.parse(good_record[:10])
    cut = bytearray(good_record[:30])
    cut[8:12] = struct.pack(">I", len(cut))
    with pytest.raises(iso.RecordError, match="representation 0"):
        iso.parse(bytes(cut))


def test_corrupt_fields_are_named(good_record):
    with pytest.raises(iso.RecordError, match="not a finger image record"):
        iso.parse(b"FAC\x00" + good_record[4:])
    with pytest.raises(iso.RecordError, match="version"):
        iso.parse(good_record[:4] + b"030\x00" + good_record[8:])
    # compression code sits right after the bit depth in the image header
    damaged = bytearray(good_record)
    offset = 16 + 4 + 9 + 5 + 1 + 5 + 1 + 1 + 1 + 8 + 1
    assert damaged[offset] == 5
    damaged[offset] = 9
    with pytest.raises(iso.RecordError, match="unknown compression code 9"):
        iso.parse(bytes(damaged))
    damaged[offset] = 5
    damaged[offset - 12] = 99  # finger position
    with pytest.raises(iso.RecordError, match="invalid finger position code 99"):
        iso.parse(bytes(damaged))


def test_garbage_image_data_fails_to_decode_with_a_record_error(good_record):
    finger = iso.parse(good_record).fingers[0]
    broken = iso.FingerImage(**{**finger.__dict__, "data": b"\x00" * 100})
    with pytest.raises(iso.RecordError, match="does not decode"):
        broken.decode()


def _two_finger_record(first: bytes, second: bytes) -> bytes:
    """Join the representations of two one-finger records into one record."""
    reps = first[16:] + second[16:]
    return struct.pack(">4s4sIHBB", b"FIR\x00", b"020\x00", 16 + len(reps), 2, 0, 2) + reps


def test_record_with_two_representations():
    a, b = capture(7, 0)[:80, :60], capture(8, 0)[:90, :70]
    record = iso.parse(_two_finger_record(iso.build(a, 2, quality=40),
                                          iso.build(b, 3, quality=45)))
    assert [f.position for f in record.fingers] == [2, 3]
    assert np.array_equal(record.fingers[1].decode(), b)


def test_wsq_compressed_representation(shared_data):
    wsq_data = (shared_data / "fingerprints" / "sourceafis_wsq-original.wsq").read_bytes()
    record = bytearray(iso.build(np.zeros((768, 832), np.uint8), 1, quality=50))
    # the same representation header (date, device, quality), then WSQ data: compression 2
    fixed = iso._FIXED.pack(1, 0, 1, 500, 500, 500, 500, 8, 2, 0, 832, 768, len(wsq_data))
    body = bytes(record[20:20 + 9 + 5 + 1 + 5]) + fixed
    rep = struct.pack(">I", 4 + len(body) + len(wsq_data)) + body + wsq_data
    whole = struct.pack(">4s4sIHBB", b"FIR\x00", b"020\x00", 16 + len(rep), 1, 0, 1) + rep
    finger = iso.parse(whole).fingers[0]
    assert finger.compression == "wsq"
    image = finger.decode()
    assert image.shape == (768, 832) and image.std() > 10


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_records_raise_record_error_only(good_record, data):
    record = bytearray(good_record)
    cut = data.draw(st.integers(0, len(record)))
    flips = data.draw(st.lists(st.tuples(st.integers(0, 80), st.integers(0, 255)), max_size=4))
    for index, value in flips:
        if index < len(record):
            record[index] = value
    damaged = bytes(record[:cut]) if cut < len(record) else bytes(record)
    try:
        parsed = iso.parse(damaged)
    except iso.RecordError:
        return
    for finger in parsed.fingers:  # what parses must decode or fail with a RecordError
        with contextlib.suppress(iso.RecordError):
            finger.decode()
