"""Per-segment fingerprint capture policy, as plain objects the UI drives.

A segment is a left slap, a right slap or the two thumbs (or one finger). Each attempt records
the NFIQ2 quality of every expected finger; an attempt *passes* when every finger reaches the
segment's threshold (default 40, one option per segment). Up to ``max_attempts`` (default 3)
are allowed and the best attempt is kept (highest lowest-finger score, then highest mean).
When no attempt passes, the officer may force-capture the best one with a reason. Fingers
recorded as exceptions (missing, amputated, bandaged, temporarily unusable) are not expected.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.biometrics.fingers.errors import FingerprintError
from kiosk.biometrics.fingers.quality import FingerQuality
from kiosk.domain.fingers import SLAP_ORDER, FingerPosition

DEFAULT_THRESHOLD = 40
DEFAULT_MAX_ATTEMPTS = 3


class CapturePolicyError(FingerprintError):
    """The UI asked for something the capture policy does not allow."""

    message_key = "finger.policy"


class ExceptionKind(enum.StrEnum):
    """Why a finger is not captured; the first two are permanent."""

    MISSING = "missing"
    AMPUTATED = "amputated"
    BANDAGED = "bandaged"
    TEMPORARILY_UNUSABLE = "temporarily_unusable"

    @property
    def permanent(self) -> bool:
        return self in (ExceptionKind.MISSING, ExceptionKind.AMPUTATED)


class SegmentStatus(enum.StrEnum):
    PENDING = "pending"        # no attempt yet
    RETRY = "retry"            # below threshold, attempts left
    ACCEPTED = "accepted"      # an attempt passed
    EXHAUSTED = "exhausted"    # no attempt passed and none left: force or give up
    FORCED = "forced"          # best attempt kept below threshold, with a reason
    EXCEPTED = "excepted"      # every finger of the segment is an exception


THRESHOLD_OPTIONS = {
    FingerPosition.LEFT_FOUR: "fingers.left_slap_threshold",
    FingerPosition.RIGHT_FOUR: "fingers.right_slap_threshold",
    FingerPosition.BOTH_THUMBS: "fingers.thumbs_threshold",
}


@dataclass(frozen=True)
class CapturePolicy:
    """Threshold and attempt limit of one segment."""

    threshold: int = DEFAULT_THRESHOLD
    max_attempts: int = DEFAULT_MAX_ATTEMPTS

    def __post_init__(self) -> None:
        if not 0 <= self.threshold <= 100 or self.max_attempts < 1:
            raise CapturePolicyError(f"invalid capture policy {self}")

    @classmethod
    def from_settings(cls, settings: Any, segment: FingerPosition | None = None
                      ) -> CapturePolicy:
        """The policy for ``segment`` from the ``fingers.*`` options (the slap and thumb
        thresholds for slaps, ``fingers.quality_threshold`` for single fingers)."""
        key = "fingers.quality_threshold"
        if segment is not None:
            key = THRESHOLD_OPTIONS.get(segment, key)
        return cls(settings[key], settings["fingers.max_attempts"])


@dataclass(frozen=True, eq=False)
class Attempt:
    """One capture of a segment: quality per expected finger plus the caller's samples."""

    number: int
    qualities: Mapping[FingerPosition, FingerQuality]
    samples: Mapping[FingerPosition, Any] = field(default_factory=dict)

    @property
    def lowest(self) -> int:
        return min(q.score for q in self.qualities.values())

    @property
    def mean(self) -> float:
        return sum(q.score for q in self.qualities.values()) / len(self.qualities)

    def passes(self, threshold: int) -> bool:
        return self.lowest >= threshold

    def failing(self, threshold: int) -> list[FingerPosition]:
        """The fingers below the threshold, for the retry prompt."""
        return [p for p, q in self.qualities.items() if q.score < threshold]


class SegmentCapture:
    """The capture state of one segment; call :meth:`record` per attempt."""

    def __init__(self, segment: FingerPosition, policy: CapturePolicy | None = None,
                 exceptions: Mapping[FingerPosition, ExceptionKind] | None = None) -> None:
        self.segment = segment
        self.policy = policy or CapturePolicy()
        fingers = SLAP_ORDER.get(segment, (segment,))
        if not all(f.is_finger for f in fingers):
            raise CapturePolicyError(f"{segment.name} is not a capture segment")
        exceptions = dict(exceptions or {})
        self.exceptions = {p: ExceptionKind(k) for p, k in exceptions.items() if p in fingers}
        self.expected: tuple[FingerPosition, ...] = tuple(
            f for f in fingers if f not in self.exceptions)
        self.attempts: list[Attempt] = []
        self.force_reason = ""

    @property
    def best(self) -> Attempt | None:
        """The best attempt so far (highest lowest-finger score, then mean, then earliest)."""
        if not self.attempts:
            return None
        return max(self.attempts, key=lambda a: (a.lowest, a.mean, -a.number))

    @property
    def attempts_left(self) -> int:
        return max(0, self.policy.max_attempts - len(self.attempts))

    @property
    def status(self) -> SegmentStatus:
        if not self.expected:
            return SegmentStatus.EXCEPTED
        best = self.best
        if best is None:
            return SegmentStatus.PENDING
        if best.passes(self.policy.threshold):
            return SegmentStatus.ACCEPTED
        if self.force_reason:
            return SegmentStatus.FORCED
        return SegmentStatus.RETRY if self.attempts_left else SegmentStatus.EXHAUSTED

    @property
    def done(self) -> bool:
        return self.status in (SegmentStatus.ACCEPTED, SegmentStatus.FORCED,
                               SegmentStatus.EXCEPTED)

    def record(self, qualities: Mapping[FingerPosition, FingerQuality],
               samples: Mapping[FingerPosition, Any] | None = None) -> Attempt:
        """Add an attempt; ``qualities`` must cover exactly the expected fingers."""
        if self.done:
            raise CapturePolicyError(f"the {self.segment.name} segment is already "
                                     f"{self.status}", message_key="finger.policy.done")
        if not self.attempts_left:
            raise CapturePolicyError(
                f"all {self.policy.max_attempts} attempts of {self.segment.name} are used",
                message_key="finger.policy.no_attempts_left")
        if set(qualities) != set(self.expected):
            got = sorted(p.name for p in qualities)
            want = sorted(p.name for p in self.expected)
            raise CapturePolicyError(f"attempt has fingers {got}, expected {want}",
                                     message_key="finger.policy.wrong_fingers")
        attempt = Attempt(len(self.attempts) + 1, dict(qualities), dict(samples or {}))
        self.attempts.append(attempt)
        return attempt

    def force(self, reason: str) -> Attempt:
        """Keep the best attempt although it is below the threshold; ``reason`` is required."""
        best = self.best
        if best is None:
            raise CapturePolicyError("nothing to force: no attempt was captured",
                                     message_key="finger.policy.nothing_to_force")
        if best.passes(self.policy.threshold):
            raise CapturePolicyError("the best attempt already passes; no force needed",
                                     message_key="finger.policy.force_not_needed")
        if not reason or not reason.strip():
            raise CapturePolicyError("a forced capture needs a reason",
                                     message_key="finger.policy.force_needs_reason")
        self.force_reason = reason.strip()
        return best

    def summary(self) -> dict[str, Any]:
        """What the packet records about this segment (no biometric data)."""
        best = self.best
        return {
            "segment": self.segment.name, "status": str(self.status),
            "attempts": len(self.attempts), "threshold": self.policy.threshold,
            "forced": bool(self.force_reason), "force_reason": self.force_reason,
            "best_attempt": best.number if best else None,
            "quality": {p.sbi_name: q.score for p, q in best.qualities.items()} if best else {},
            "exceptions": {p.sbi_name: str(k) for p, k in self.exceptions.items()},
        }
