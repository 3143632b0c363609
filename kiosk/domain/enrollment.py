"""Enrollments: time-sortable ids and the validated state machine.

draft -> captured -> finalized -> uploaded -> accepted | rejected(reason); any state before
``uploaded`` may be cancelled. A packet the server rejected may be corrected and finalized again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime

from kiosk.domain.clock import system_clock
from kiosk.domain.errors import KioskError


class State(enum.StrEnum):
    """Where an enrollment is in its life."""

    DRAFT = "draft"
    CAPTURED = "captured"
    FINALIZED = "finalized"
    UPLOADED = "uploaded"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


TRANSITIONS: dict[State, frozenset[State]] = {
    State.DRAFT: frozenset({State.CAPTURED, State.CANCELLED}),
    # back to draft when the officer retakes a capture
    State.CAPTURED: frozenset({State.FINALIZED, State.DRAFT, State.CANCELLED}),
    State.FINALIZED: frozenset({State.UPLOADED, State.CANCELLED}),
    State.UPLOADED: frozenset({State.ACCEPTED, State.REJECTED}),
    State.ACCEPTED: frozenset(),
    State.REJECTED: frozenset(),
    State.CANCELLED: frozenset(),
}

TERMINAL = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)


class IllegalTransition(KioskError):
    """A state change the state machine does not allow."""

    message_key = "enrollment.illegal_transition"


def check_transition(current: State, target: State, reason: str | None = None) -> None:
    """Raise :class:`IllegalTransition` unless ``current -> target`` is allowed.

    ``rejected`` and ``cancelled`` need a non-empty reason; other states take none.
    """
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(f"an enrollment cannot go from {current} to {target}",
                                current=str(current), target=str(target))
    needs_reason = target in (State.REJECTED, State.CANCELLED)
    if needs_reason and not (reason and reason.strip()):
        raise IllegalTransition(f"going to {target} needs a reason", current=str(current),
                                target=str(target))
    if not needs_reason and reason:
        raise IllegalTransition(f"going to {target} takes no reason", current=str(current),
                                target=str(target))


def prepare_ids() -> None:
    """Import the ULID package now (the kiosk's start-up does, in the background): imported
    by the first :func:`new_enrollment_id`, it was compiled and run holding the GIL while the
    desk's UI thread waited, as the first applicant went on to the photo."""
    import ulid  # noqa: F401


def new_enrollment_id(now: datetime | None = None) -> str:
    """A new ULID: 26 characters, sorts by creation time, unique across stations."""
    from ulid import ULID  # here: the package costs the sign-in screen (importlib.metadata)

    return str(ULID.from_datetime(now) if now else ULID())


@dataclass(frozen=True)
class Enrollment:
    """One applicant's enrollment at one station. Immutable; transitions return a copy."""

    id: str
    station_id: str
    officer_id: str
    state: State = State.DRAFT
    reason: str | None = None
    created_at: datetime = field(default_factory=system_clock)
    updated_at: datetime = field(default_factory=system_clock)

    @classmethod
    def start(cls, station_id: str, officer_id: str, now: datetime | None = None) -> Enrollment:
        """A new draft enrollment with a fresh id."""
        now = now or system_clock()
        if not station_id or not officer_id:
            raise ValueError("station_id and officer_id are required")
        return cls(new_enrollment_id(now), station_id, officer_id, State.DRAFT, None, now, now)

    def to(self, target: State, reason: str | None = None,
           now: datetime | None = None) -> Enrollment:
        """The enrollment in ``target`` state; raises :class:`IllegalTransition` if not allowed."""
        check_transition(self.state, target, reason)
        return replace(self, state=target, reason=reason.strip() if reason else None,
                       updated_at=now or system_clock())
