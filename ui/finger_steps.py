"""The capture steps of the fingerprint screen: three slaps, or ten single fingers for a
single-finger scanner. A step is keyed by its position code (a slap code or a finger)."""

from __future__ import annotations

from devices.ports import Segment, segment_of
from kiosk.biometrics.fingers.positions import SLAP_ORDER, FingerPosition

SLAPS = {Segment.LEFT_SLAP: FingerPosition.LEFT_FOUR,
         Segment.RIGHT_SLAP: FingerPosition.RIGHT_FOUR,
         Segment.TWO_THUMBS: FingerPosition.BOTH_THUMBS}


def capture_steps(single_finger: bool) -> tuple[FingerPosition, ...]:
    """Left slap, right slap, thumbs; or each finger of them in the same order."""
    if single_finger:
        return tuple(finger for segment in Segment for finger in segment.fingers)
    return tuple(SLAPS.values())


def step_segment(step: FingerPosition) -> Segment:
    """The device segment (SBI deviceSubId) a step is captured with."""
    for segment, slap in SLAPS.items():
        if slap == step:
            return segment
    return segment_of(step)


def step_fingers(step: FingerPosition) -> tuple[FingerPosition, ...]:
    """The fingers a step captures (before exceptions)."""
    return SLAP_ORDER.get(step, (step,))
