"""The enrollment state machine: every legal and illegal transition, reasons, id ordering."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from ulid import ULID

from kiosk.domain.enrollment import (
    TERMINAL,
    TRANSITIONS,
    Enrollment,
    IllegalTransition,
    State,
    check_transition,
    new_enrollment_id,
)

LEGAL = {
    (State.DRAFT, State.CAPTURED), (State.DRAFT, State.CANCELLED),
    (State.CAPTURED, State.FINALIZED), (State.CAPTURED, State.DRAFT),
    (State.CAPTURED, State.CANCELLED),
    (State.FINALIZED, State.UPLOADED), (State.FINALIZED, State.CANCELLED),
    (State.UPLOADED, State.ACCEPTED), (State.UPLOADED, State.REJECTED),
}
NEEDS_REASON = {State.REJECTED, State.CANCELLED}
ALL_PAIRS = list(itertools.product(State, State))


def test_transition_table_is_exactly_the_documented_one():
    table = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert table == LEGAL
    assert set(TRANSITIONS) == set(State)
    assert {State.ACCEPTED, State.REJECTED, State.CANCELLED} == TERMINAL


@pytest.mark.parametrize(("current", "target"), sorted(LEGAL))
def test_every_legal_transition_is_allowed(current, target):
    reason = "applicant left" if target in NEEDS_REASON else None
    check_transition(current, target, reason)
    enrollment = Enrollment("id", "st", "off", state=current)
    moved = enrollment.to(target, reason)
    assert moved.state is target
    assert enrollment.state is current  # the original is unchanged (immutable)


@pytest.mark.parametrize(("current", "target"), [p for p in ALL_PAIRS if p not in LEGAL])
def test_every_illegal_transition_raises(current, target):
    reason = "some reason" if target in NEEDS_REASON else None
    with pytest.raises(IllegalTransition) as info:
        check_transition(current, target, reason)
    assert info.value.message_key == "enrollment.illegal_transition"
    assert info.value.params == {"current": str(current), "target": str(target)}
    assert str(current) in str(info.value) and str(target) in str(info.value)


@pytest.mark.parametrize("target", sorted(NEEDS_REASON))
@pytest.mark.parametrize("reason", [None, "", "   "])
def test_rejected_and_cancelled_need_a_reason(target, reason):
    current = State.UPLOADED if target is State.REJECTED else State.DRAFT
    with pytest.raises(IllegalTransition, match="needs a reason"):
        check_transition(current, target, reason)


def test_other_targets_take_no_reason():
    with pytest.raises(IllegalTransition, match="takes no reason"):
        check_transition(State.DRAFT, State.CAPTURED, "why")


def test_reason_is_stored_trimmed_and_cleared_on_later_moves():
    base = Enrollment("id", "st", "off", state=State.UPLOADED)
    rejected = base.to(State.REJECTED, "  blurred photo \n")
    assert rejected.reason == "blurred photo"
    captured = Enrollment("id", "st", "off", state=State.CAPTURED)
    assert captured.to(State.FINALIZED).reason is None


def test_terminal_states_go_nowhere():
    for state in TERMINAL:
        for target in State:
            with pytest.raises(IllegalTransition):
                check_transition(state, target, "r")


def test_start_makes_a_draft_with_a_ulid_and_timestamps():
    now = datetime(2026, 7, 1, 8, 30, tzinfo=UTC)
    enrollment = Enrollment.start("KIOSK-1", "officer-7", now=now)
    assert enrollment.state is State.DRAFT
    assert enrollment.created_at == enrollment.updated_at == now
    assert ULID.from_str(enrollment.id).datetime == now
    later = now + timedelta(minutes=5)
    assert enrollment.to(State.CAPTURED, now=later).updated_at == later
    assert enrollment.to(State.CAPTURED, now=later).created_at == now


@pytest.mark.parametrize(("station", "officer"), [("", "o"), ("s", "")])
def test_start_needs_station_and_officer(station, officer):
    with pytest.raises(ValueError):
        Enrollment.start(station, officer)


def test_ids_sort_by_creation_time_and_are_unique():
    start = datetime(2026, 7, 1, tzinfo=UTC)
    ids = [new_enrollment_id(start + timedelta(milliseconds=i)) for i in range(200)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 26 for i in ids)
    same_ms = {new_enrollment_id(start) for _ in range(100)}
    assert len(same_ms) == 100


def test_default_ids_and_clock_are_the_system_clock_in_utc():
    before = datetime.now(UTC)
    enrollment = Enrollment.start("s", "o")
    assert enrollment.created_at.tzinfo is not None
    assert before <= enrollment.created_at <= datetime.now(UTC)
    assert ULID.from_str(enrollment.id).datetime >= before.replace(microsecond=0) - timedelta(
        milliseconds=1)
