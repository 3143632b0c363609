"""What the capture screens produce, and what review, save and the receipt consume."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.domain.fingers import SLAP_ORDER, FingerPosition
from kiosk.domain.vocabulary import ApprovalStatus, CaptureMode

if TYPE_CHECKING:
    from kiosk.biometrics.fingers.policy import SegmentCapture


@dataclass(frozen=True)
class Approval:
    """A supervisor's sign-off (force capture, finger exception), after re-authentication.

    ``status``: "approved" (a supervisor signed at the desk), "pending" (deferred to the
    supervisor's list; ``supervisor`` is empty and the enrollment cannot be finalized before a
    decision) or "not_required" (the station needs no sign-off; the officer's own record).
    """

    supervisor: str
    reason: str
    at: datetime
    status: ApprovalStatus = ApprovalStatus.APPROVED

    @classmethod
    def later(cls, reason: str, at: datetime) -> Approval:
        """A request a supervisor decides later from the pending approvals list."""
        return cls("", reason, at, ApprovalStatus.PENDING)


@dataclass(frozen=True, repr=False)
class FaceResult:
    """The kept portrait: ICAO-cropped JPEG, the checks it passed or failed, and how it was
    taken (auto, manual, forced with a reason and, when required, a supervisor's approval)."""

    portrait_jpeg: bytes
    checks: dict[str, Any]
    mode: CaptureMode
    captured_at: datetime
    device: str
    forced_reason: str | None = None
    approval: Approval | None = None
    blocked: dict[str, Any] | None = None  # BlockTally.as_dict(): checks that held it back

    def __repr__(self) -> str:
        return f"FaceResult(mode={self.mode!r}, bytes={len(self.portrait_jpeg)})"


@dataclass(frozen=True, repr=False)
class FingerSample:
    """One finger as kept: WSQ at 500 ppi, its NFIQ 2 score, and where it came from."""

    position: FingerPosition
    wsq: bytes
    nfiq2: int
    device_id: str
    attempts: int
    forced_reason: str | None = None
    approval: Approval | None = None
    device_quality: int | None = None  # the scanner's own score, when it reported one
    # whether the scanner's signatures chained to the configured device CA (None: unknown)
    device_verified: bool | None = None

    def __repr__(self) -> str:
        return f"FingerSample({self.position.name}, nfiq2={self.nfiq2}, bytes={len(self.wsq)})"


@dataclass(frozen=True)
class FingerException:
    """A finger not captured: missing, amputated, bandaged or temporarily unusable."""

    position: FingerPosition
    kind: str  # kiosk.biometrics.fingers.policy.ExceptionKind value
    reason: str
    approval: Approval | None = None


@dataclass(frozen=True)
class FingerStep:
    """One capture step's summary (a slap, the thumbs or one finger; no images)."""

    step: FingerPosition
    status: str  # kiosk.biometrics.fingers.policy.SegmentStatus value
    attempts: int
    threshold: int
    force_reason: str = ""
    best_attempt: int | None = None
    quality: dict[FingerPosition, int] = field(default_factory=dict)  # NFIQ 2 of the best
    exceptions: dict[FingerPosition, str] = field(default_factory=dict)  # finger -> kind

    @property
    def forced(self) -> bool:
        return bool(self.force_reason)

    @property
    def fingers(self) -> tuple[FingerPosition, ...]:
        """The fingers this step captures (before exceptions)."""
        return SLAP_ORDER.get(self.step, (self.step,))

    @classmethod
    def from_capture(cls, capture: SegmentCapture) -> FingerStep:
        best = capture.best
        return cls(capture.segment, str(capture.status), len(capture.attempts),
                   capture.policy.threshold, capture.force_reason,
                   best.number if best else None,
                   {p: q.score for p, q in best.qualities.items()} if best else {},
                   {p: str(k) for p, k in capture.exceptions.items()})


@dataclass(frozen=True, repr=False)
class SlapResult:
    """One capture step as the officer accepted it (captured, forced or all excepted): saved in
    the draft at once, so a restart loses no slap."""

    step: FingerStep
    samples: dict[FingerPosition, FingerSample] = field(default_factory=dict)
    exceptions: dict[FingerPosition, FingerException] = field(default_factory=dict)

    def __repr__(self) -> str:
        return (f"SlapResult({self.step.step.name}, {self.step.status}, "
                f"fingers={sorted(p.name for p in self.samples)})")


@dataclass(frozen=True)
class FingerprintSet:
    """All fingers of one enrollment, the exceptions, and the duplicate check's verdict."""

    samples: dict[FingerPosition, FingerSample]
    exceptions: dict[FingerPosition, FingerException] = field(default_factory=dict)
    duplicates: dict[str, Any] = field(default_factory=dict)  # DuplicateReport.as_dict()
    steps: tuple[FingerStep, ...] = ()

    def slap(self, step: FingerPosition) -> SlapResult | None:
        """What this set holds of one capture step (None when the step is not in it)."""
        summary = next((s for s in self.steps if s.step == step), None)
        if summary is None:
            return None
        fingers = summary.fingers
        return SlapResult(summary, {p: s for p, s in self.samples.items() if p in fingers},
                          {p: e for p, e in self.exceptions.items() if p in fingers})

    def scores(self) -> dict[int, int]:
        """NFIQ 2 per ISO position code (for the receipt's ranking)."""
        return {int(p): s.nfiq2 for p, s in self.samples.items()}
