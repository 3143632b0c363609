"""Finger position codes (ISO/IEC 19794-4, ANSI/NIST-ITL table 8) and MOSIP SBI finger names.

Codes 1-10 are single fingers (1 right thumb .. 5 right little, 6 left thumb .. 10 left little);
13, 14 and 15 are the plain slaps (right four, left four, both thumbs).
"""

from __future__ import annotations

import enum

from kiosk.domain.errors import KioskError

_FINGER_WORDS = {1: "Thumb", 2: "IndexFinger", 3: "MiddleFinger", 4: "RingFinger",
                 5: "LittleFinger"}


class FingerPosition(enum.IntEnum):
    """A finger or slap position code."""

    UNKNOWN = 0
    RIGHT_THUMB = 1
    RIGHT_INDEX = 2
    RIGHT_MIDDLE = 3
    RIGHT_RING = 4
    RIGHT_LITTLE = 5
    LEFT_THUMB = 6
    LEFT_INDEX = 7
    LEFT_MIDDLE = 8
    LEFT_RING = 9
    LEFT_LITTLE = 10
    PLAIN_RIGHT_THUMB = 11
    PLAIN_LEFT_THUMB = 12
    RIGHT_FOUR = 13
    LEFT_FOUR = 14
    BOTH_THUMBS = 15

    @property
    def is_finger(self) -> bool:
        """True for a single finger (codes 1-10)."""
        return 1 <= self <= 10

    @property
    def hand(self) -> str | None:
        """'right' or 'left' for fingers and one-hand slaps, else None."""
        if self in (1, 2, 3, 4, 5, 11, 13):
            return "right"
        if self in (6, 7, 8, 9, 10, 12, 14):
            return "left"
        return None

    @property
    def as_finger(self) -> FingerPosition:
        """The single finger for a plain-thumb code (11 -> 1, 12 -> 6); else itself."""
        plain = {11: FingerPosition.RIGHT_THUMB, 12: FingerPosition.LEFT_THUMB}
        return plain.get(int(self), self)

    @property
    def sbi_name(self) -> str:
        """The MOSIP SBI bioSubType, e.g. 'Left IndexFinger'; 'UNKNOWN' for non-fingers."""
        if not self.is_finger:
            return "UNKNOWN"
        hand = "Right" if self <= 5 else "Left"
        return f"{hand} {_FINGER_WORDS[(self - 1) % 5 + 1]}"

    @classmethod
    def from_sbi_name(cls, name: str) -> FingerPosition:
        """The position for an SBI bioSubType name ('Right Thumb'; case and outer spaces are
        forgiven, as vendors vary); raises :class:`UnknownFingerName`."""
        wanted = name.strip().lower()
        for position in cls:
            if position.is_finger and position.sbi_name.lower() == wanted:
                return position
        if wanted == "unknown":
            return cls.UNKNOWN
        raise UnknownFingerName(f"unknown SBI finger name {name!r}",
                                message_key="finger.unknown_name", name=name)


class FingerprintError(KioskError):
    """Base class of fingerprint failures."""

    message_key = "finger.error"


class UnknownFingerName(FingerprintError, ValueError):
    """A finger name no SBI spelling matches (also a ValueError for protocol parsers)."""


ALL_FINGERS: tuple[FingerPosition, ...] = tuple(FingerPosition(c) for c in range(1, 11))

# Fingers of each slap in the order they appear in the image from left to right. Slap images
# follow the inked-card convention (as if looking at the finger pads): a left hand lies with
# its little finger on the left and its index on the right (thumb side); a right hand the
# other way round. In a two-thumb capture the left thumb is on the left.
SLAP_ORDER: dict[FingerPosition, tuple[FingerPosition, ...]] = {
    FingerPosition.LEFT_FOUR: (FingerPosition.LEFT_LITTLE, FingerPosition.LEFT_RING,
                               FingerPosition.LEFT_MIDDLE, FingerPosition.LEFT_INDEX),
    FingerPosition.RIGHT_FOUR: (FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE,
                                FingerPosition.RIGHT_RING, FingerPosition.RIGHT_LITTLE),
    FingerPosition.BOTH_THUMBS: (FingerPosition.LEFT_THUMB, FingerPosition.RIGHT_THUMB),
}

# MOSIP SBI deviceSubId of each slap: 1 left slap, 2 right slap, 3 two thumbs.
SBI_DEVICE_SUB_ID: dict[FingerPosition, int] = {
    FingerPosition.LEFT_FOUR: 1, FingerPosition.RIGHT_FOUR: 2, FingerPosition.BOTH_THUMBS: 3,
}
