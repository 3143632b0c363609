"""Typed rows the store hands out and takes in (no payload bytes on the read side)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.domain.enrollment import Enrollment, State, new_enrollment_id
from kiosk.domain.vocabulary import ApprovalStatus, OutboxStatus, SampleKind


@dataclass(frozen=True, repr=False)
class BiometricSample:
    """A captured sample to store. ``payload`` is encrypted before it reaches the database."""

    kind: SampleKind
    format: str
    payload: bytes
    position: str = ""
    quality: float | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_enrollment_id)

    def __repr__(self) -> str:  # never print biometric bytes, even in a traceback
        return (f"BiometricSample(id={self.id!r}, kind={self.kind!r}, position={self.position!r},"
                f" format={self.format!r}, bytes={len(self.payload)})")


@dataclass(frozen=True)
class BiometricInfo:
    """What is known about a stored sample without decrypting it."""

    id: str
    enrollment_id: str
    kind: SampleKind
    position: str
    format: str
    quality: float | None
    meta: Mapping[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class EnrollmentRecord:
    """An enrollment with its applicant data and the list of its samples."""

    enrollment: Enrollment
    applicant: Mapping[str, Any]
    biometrics: tuple[BiometricInfo, ...]


@dataclass(frozen=True)
class OutboxItem:
    """A pending message to the central service."""

    seq: int
    enrollment_id: str
    action: str
    status: OutboxStatus
    attempts: int
    created_at: datetime


@dataclass(frozen=True)
class EnrollmentSummary:
    """One line of the today list."""

    id: str
    state: State
    reason: str | None
    officer_id: str
    created_at: datetime
    updated_at: datetime
    name: str
    document_number: str
    outbox_status: OutboxStatus | None
    approval: ApprovalStatus | None = None  # pending | rejected: a supervisor's decision blocks it
    last_activity: datetime | None = None  # the last audit event: when it was last worked on
    has_face: bool = False  # how far a draft got: portrait saved,
    finger_steps: int = 0  # capture steps (slaps) saved,
    reviewed: bool = False  # the whole set reviewed after the last saved step

    @property
    def step(self) -> str:
        """The last step a draft completed: applicant | photo | fingerprints | review."""
        if self.reviewed and self.has_face:
            return "review"
        if self.finger_steps:
            return "fingerprints"
        return "photo" if self.has_face else "applicant"
