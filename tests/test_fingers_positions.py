"""Finger position codes and SBI names."""

from __future__ import annotations

import pytest

from kiosk.biometrics.fingers.errors import FingerprintError
from kiosk.domain.fingers import ALL_FINGERS, SLAP_ORDER, FingerPosition


def test_codes_and_sbi_names_follow_iso_19794_4_and_mosip() -> None:
    assert FingerPosition.RIGHT_THUMB == 1 and FingerPosition.LEFT_LITTLE == 10
    assert FingerPosition.RIGHT_FOUR == 13 and FingerPosition.LEFT_FOUR == 14
    assert FingerPosition.BOTH_THUMBS == 15
    assert FingerPosition(7).sbi_name == "Left IndexFinger"
    assert FingerPosition(1).sbi_name == "Right Thumb"
    assert FingerPosition(5).sbi_name == "Right LittleFinger"
    assert len({p.sbi_name for p in ALL_FINGERS}) == 10
    for position in ALL_FINGERS:
        assert FingerPosition.from_sbi_name(position.sbi_name) is position
    with pytest.raises(FingerprintError):
        FingerPosition.from_sbi_name("Left Pinky")


def test_slap_order_runs_from_the_little_finger_on_the_left_hand() -> None:
    left = SLAP_ORDER[FingerPosition.LEFT_FOUR]
    right = SLAP_ORDER[FingerPosition.RIGHT_FOUR]
    assert [p.value for p in left] == [10, 9, 8, 7]
    assert [p.value for p in right] == [2, 3, 4, 5]
    assert all(p.hand == "left" for p in left) and all(p.hand == "right" for p in right)
    assert FingerPosition.BOTH_THUMBS.hand is None
    assert FingerPosition.PLAIN_LEFT_THUMB.as_finger is FingerPosition.LEFT_THUMB
    assert FingerPosition.LEFT_RING.as_finger is FingerPosition.LEFT_RING
