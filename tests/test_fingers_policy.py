"""Per-segment capture policy: threshold, three attempts keeping the best, force, exceptions."""

from __future__ import annotations

import pytest

from kiosk.biometrics.fingers.policy import (
    CapturePolicy,
    CapturePolicyError,
    ExceptionKind,
    SegmentCapture,
    SegmentStatus,
)
from kiosk.biometrics.fingers.quality import FingerQuality
from kiosk.domain.fingers import FingerPosition as P
from kiosk.options import load_settings

LEFT = (P.LEFT_LITTLE, P.LEFT_RING, P.LEFT_MIDDLE, P.LEFT_INDEX)


def _scores(*scores: int, fingers=LEFT) -> dict[P, FingerQuality]:
    return {p: FingerQuality(s) for p, s in zip(fingers, scores, strict=True)}


def test_an_attempt_passes_only_when_every_finger_reaches_the_threshold() -> None:
    capture = SegmentCapture(P.LEFT_FOUR)
    assert capture.status is SegmentStatus.PENDING and capture.expected == LEFT
    attempt = capture.record(_scores(80, 70, 39, 90))
    assert attempt.failing(40) == [P.LEFT_MIDDLE]
    assert capture.status is SegmentStatus.RETRY and capture.attempts_left == 2
    capture.record(_scores(41, 40, 45, 60))
    assert capture.status is SegmentStatus.ACCEPTED and capture.done
    assert capture.best.number == 2
    with pytest.raises(CapturePolicyError) as info:
        capture.record(_scores(90, 90, 90, 90))
    assert info.value.message_key == "finger.policy.done"


def test_three_attempts_then_the_best_one_can_be_forced_with_a_reason() -> None:
    capture = SegmentCapture(P.RIGHT_FOUR, CapturePolicy(threshold=40, max_attempts=3))
    right = capture.expected
    capture.record(_scores(30, 50, 50, 50, fingers=right))
    capture.record(_scores(35, 20, 60, 60, fingers=right))   # lower minimum: not the best
    capture.record(_scores(30, 55, 55, 55, fingers=right))   # same minimum, higher mean
    assert capture.status is SegmentStatus.EXHAUSTED
    assert capture.best.number == 3
    with pytest.raises(CapturePolicyError, match="attempts"):
        capture.record(_scores(90, 90, 90, 90, fingers=right))
    with pytest.raises(CapturePolicyError) as info:
        capture.force("   ")
    assert info.value.message_key == "finger.policy.force_needs_reason"
    kept = capture.force("scarred fingertips (manual worker)")
    assert kept.number == 3 and capture.status is SegmentStatus.FORCED and capture.done
    summary = capture.summary()
    assert summary["forced"] and summary["force_reason"].startswith("scarred")
    assert summary["quality"] == {"Right IndexFinger": 30, "Right MiddleFinger": 55,
                                  "Right RingFinger": 55, "Right LittleFinger": 55}


def test_force_is_refused_before_any_attempt_or_when_not_needed() -> None:
    capture = SegmentCapture(P.BOTH_THUMBS)
    with pytest.raises(CapturePolicyError, match="no attempt"):
        capture.force("reason")
    capture.record(_scores(60, 70, fingers=(P.LEFT_THUMB, P.RIGHT_THUMB)))
    with pytest.raises(CapturePolicyError, match="already passes"):
        capture.force("reason")


def test_exceptions_remove_fingers_from_the_segment() -> None:
    capture = SegmentCapture(P.LEFT_FOUR, exceptions={P.LEFT_RING: ExceptionKind.AMPUTATED,
                                                      P.RIGHT_INDEX: "bandaged"})
    assert capture.expected == (P.LEFT_LITTLE, P.LEFT_MIDDLE, P.LEFT_INDEX)
    assert capture.exceptions == {P.LEFT_RING: ExceptionKind.AMPUTATED}
    assert ExceptionKind.AMPUTATED.permanent and not ExceptionKind.BANDAGED.permanent
    with pytest.raises(CapturePolicyError) as info:
        capture.record(_scores(50, 50, 50, 50))
    assert info.value.message_key == "finger.policy.wrong_fingers"
    all_out = SegmentCapture(P.BOTH_THUMBS, exceptions={
        P.LEFT_THUMB: ExceptionKind.MISSING, P.RIGHT_THUMB: ExceptionKind.TEMPORARILY_UNUSABLE})
    assert all_out.status is SegmentStatus.EXCEPTED and all_out.done


def test_a_failed_nfiq2_counts_as_zero() -> None:
    capture = SegmentCapture(P.RIGHT_INDEX, CapturePolicy(max_attempts=1))
    failed = FingerQuality(0, reason="no ridges", reason_key="finger.quality.compute_failed")
    capture.record({P.RIGHT_INDEX: failed})
    assert capture.status is SegmentStatus.EXHAUSTED


def test_policy_comes_from_the_options(tmp_path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[fingers]\nquality_threshold = 55\nmax_attempts = 5\n"
                      "thumbs_threshold = 30\n", encoding="utf-8")
    settings = load_settings(config, environ={})
    policy = CapturePolicy.from_settings(settings)
    assert (policy.threshold, policy.max_attempts) == (55, 5)
    assert CapturePolicy.from_settings(settings, P.BOTH_THUMBS) == CapturePolicy(30, 5)
    assert CapturePolicy.from_settings(settings, P.LEFT_FOUR) == CapturePolicy(40, 5)
    assert CapturePolicy.from_settings(settings, P.RIGHT_INDEX).threshold == 55
    assert CapturePolicy.from_settings(load_settings(tmp_path / "none.toml", environ={})) == (
        CapturePolicy(40, 3))
    with pytest.raises(CapturePolicyError):
        CapturePolicy(threshold=101)
