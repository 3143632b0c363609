"""Finger names and segments as SBI spells them; SBI error codes as typed errors."""

from __future__ import annotations

import pytest

from devices import errors
from devices.ports import Finger, Segment, segment_of
from devices.sbi import protocol


def test_sbi_finger_names_round_trip():
    fingers = [Finger(code) for code in range(11)]
    names = {f.sbi_name for f in fingers}
    assert {"Left IndexFinger", "Left MiddleFinger", "Left RingFinger", "Left LittleFinger",
            "Left Thumb", "Right IndexFinger", "Right Thumb", "UNKNOWN"} <= names
    for finger in fingers:
        assert Finger.from_sbi_name(finger.sbi_name) is finger
    assert Finger.from_sbi_name(" left indexfinger ") is Finger.LEFT_INDEX
    with pytest.raises(ValueError):
        Finger.from_sbi_name("Left Toe")


def test_segments_hold_ten_fingers_once():
    fingers = [f for s in Segment for f in s.fingers]
    assert len(fingers) == len(set(fingers)) == 10
    assert [int(s) for s in Segment] == [1, 2, 3]  # SBI deviceSubId
    assert segment_of(Finger.RIGHT_THUMB) is Segment.TWO_THUMBS


def test_requested_fingers_honours_exceptions_and_singles():
    assert protocol.requested_fingers(Segment.RIGHT_SLAP, (Finger.RIGHT_LITTLE,)) == (
        Finger.RIGHT_INDEX, Finger.RIGHT_MIDDLE, Finger.RIGHT_RING)
    assert protocol.requested_fingers(Segment.TWO_THUMBS, (), (Finger.LEFT_THUMB,)) == (
        Finger.LEFT_THUMB,)
    with pytest.raises(ValueError, match="not in LEFT_SLAP"):
        protocol.requested_fingers(Segment.LEFT_SLAP, (), (Finger.RIGHT_INDEX,))


def test_transaction_ids_fit_the_sbi_alphabet():
    ids = {protocol.new_transaction_id() for _ in range(50)}
    assert len(ids) == 50 and all(protocol.TRANSACTION_ID.match(i) for i in ids)


@pytest.mark.parametrize(("code", "kind"), [
    (110, errors.DeviceNotReady), (111, errors.DeviceBusy), (106, errors.DeviceNotFound),
    (112, errors.DeviceProtocolError), (103, errors.DeviceProtocolError),
    (701, errors.DeviceTimeout), (102, errors.CaptureFailed), (599, errors.DeviceError)])
def test_error_codes_map_to_typed_errors_with_keys(code, kind):
    error = protocol.error_for(code, port=4501)
    assert type(error) is kind and error.message_key.startswith("device.")
    assert str(code) in str(error) and "4501" in str(error)
