"""The capture steps of the fingerprint screen: three slaps, or ten single fingers for a
single-finger scanner. A step is keyed by its position code (a slap code or a finger)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from devices.ports import Segment, segment_of
from kiosk.biometrics.fingers.duplicates import DuplicateReport
from kiosk.biometrics.fingers.policy import SegmentCapture, SegmentStatus
from kiosk.biometrics.fingers.positions import SLAP_ORDER, FingerPosition
from kiosk.desk.results import Approval, FingerException, FingerprintSet, FingerSample

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


def fingerprint_set(steps: Sequence[FingerPosition],
                    captures: Mapping[FingerPosition, SegmentCapture],
                    approvals: Mapping[FingerPosition, Approval],
                    exceptions: Mapping[FingerPosition, FingerException],
                    report: DuplicateReport | None) -> FingerprintSet:
    """The screen's result: the best attempt of every step, the exceptions, the verdict of the
    duplicate check and each step's summary. Samples hold ``AnalysedFinger`` values."""
    samples: dict[FingerPosition, FingerSample] = {}
    for step in steps:
        capture = captures[step]
        best = capture.best
        if best is None or capture.status == SegmentStatus.EXCEPTED:
            continue
        for finger, sample in best.samples.items():
            samples[finger] = FingerSample(
                finger, sample.wsq, sample.quality.score, sample.device_id,
                len(capture.attempts), capture.force_reason or None, approvals.get(step),
                sample.device_quality)
    return FingerprintSet(samples, dict(exceptions), report.as_dict() if report else {},
                          tuple(captures[step].summary() for step in steps))
