"""The capture steps of the fingerprint screen: three slaps, or ten single fingers for a
single-finger scanner. A step is keyed by its position code (a slap code or a finger). Steps
restored from a draft carry :class:`RestoredFinger` samples."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from devices.ports import Segment, segment_of
from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.compression import decode_wsq
from kiosk.biometrics.fingers.duplicates import DuplicateReport
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.biometrics.fingers.policy import SegmentCapture, SegmentStatus
from kiosk.biometrics.fingers.quality import FingerQuality
from kiosk.desk.results import (
    Approval,
    FingerException,
    FingerprintSet,
    FingerSample,
    FingerStep,
    SlapResult,
)
from kiosk.domain.fingers import SLAP_ORDER, FingerPosition

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


def slap_result(step: FingerPosition, capture: SegmentCapture, approval: Approval | None,
                exceptions: Mapping[FingerPosition, FingerException]) -> SlapResult:
    """One done step as saved at once: its best attempt's fingers (none when every finger is
    an exception), the exceptions of its fingers and its summary."""
    samples: dict[FingerPosition, FingerSample] = {}
    best = capture.best
    if best is not None and capture.status != SegmentStatus.EXCEPTED:
        for finger, sample in best.samples.items():
            samples[finger] = FingerSample(
                finger, sample.wsq, sample.quality.score, sample.device_id,
                len(capture.attempts), capture.force_reason or None, approval,
                sample.device_quality, sample.device_verified)
    fingers = step_fingers(step)
    return SlapResult(FingerStep.from_capture(capture), samples,
                      {p: e for p, e in exceptions.items() if p in fingers})


def fingerprint_set(steps: Sequence[FingerPosition],
                    captures: Mapping[FingerPosition, SegmentCapture],
                    approvals: Mapping[FingerPosition, Approval],
                    exceptions: Mapping[FingerPosition, FingerException],
                    report: DuplicateReport | None,
                    restored: Mapping[FingerPosition, SlapResult] | None = None
                    ) -> FingerprintSet:
    """The screen's result: the best attempt of every step, the exceptions, the verdict of the
    duplicate check and each step's summary. A step still as it was restored from the draft
    (``restored``) keeps its saved fingers and summary."""
    samples: dict[FingerPosition, FingerSample] = {}
    summaries = []
    for step in steps:
        slap = (restored or {}).get(step)
        if slap is None:
            slap = slap_result(step, captures[step], approvals.get(step), exceptions)
        samples.update(slap.samples)
        summaries.append(slap.step)
    return FingerprintSet(samples, dict(exceptions), report.as_dict() if report else {},
                          tuple(summaries))


@dataclass(frozen=True, eq=False, repr=False)
class RestoredFinger:
    """A finger of a step restored from the draft, shaped like the worker's analysed finger;
    its template is recomputed from the WSQ in the background (for the duplicate check)."""

    position: FingerPosition
    quality: FingerQuality
    device_quality: int | None
    wsq: bytes
    device_id: str
    device_verified: bool | None

    def __repr__(self) -> str:
        return f"RestoredFinger({self.position.name}, nfiq2={self.quality.score})"


def restored_templates(wsq: dict[FingerPosition, bytes]) -> dict[FingerPosition, FingerTemplate]:
    """Minutiae of restored fingers (slow: off the UI thread)."""
    return {p: analyse_finger(decode_wsq(data)).template for p, data in wsq.items()}
