"""The capture codec: every typed record survives each hop's encoding (stored metadata, audit
details, packet manifest through canonical JSON), and a manifest that contradicts itself is
refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.desk import codec
from kiosk.desk.results import (
    Approval,
    FaceResult,
    FingerException,
    FingerprintSet,
    FingerSample,
    FingerStep,
    SlapResult,
)
from kiosk.domain.canonical import canonical_bytes
from kiosk.domain.fingers import ALL_FINGERS, SLAP_ORDER, FingerPosition

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
maybe_text = st.none() | text.filter(bool)
moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1),
                       timezones=st.just(UTC))
approvals = st.none() | st.builds(Approval, text, text, moments,
                                  st.sampled_from(["approved", "pending", "not_required"]))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | text
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8)
checks = st.dictionaries(text, json_values, max_size=4)
faces = st.builds(FaceResult, st.binary(max_size=64), checks,
                  st.sampled_from(["auto", "manual", "forced"]), moments, text, maybe_text,
                  approvals, st.none() | st.dictionaries(text, st.integers(0, 99), max_size=3))
fingers = st.builds(FingerSample, st.sampled_from(ALL_FINGERS), st.binary(max_size=64),
                    st.integers(0, 100), text, st.integers(1, 5), maybe_text, approvals,
                    st.none() | st.integers(0, 100), st.none() | st.booleans())
# a desk captures slaps (and thumbs) or, with a single-finger scanner, single fingers
step_families = st.sampled_from([tuple(SLAP_ORDER), ALL_FINGERS])
kinds = st.sampled_from(["missing", "amputated", "bandaged", "temporarily_unusable"])


@st.composite
def slaps(draw, family: tuple[FingerPosition, ...]) -> SlapResult:
    step = draw(st.sampled_from(family))
    own = SLAP_ORDER.get(step, (step,))
    excepted = draw(st.sets(st.sampled_from(own)))
    exceptions = {p: FingerException(p, draw(kinds), draw(text), draw(approvals))
                  for p in excepted}
    samples = {p: FingerSample(p, draw(st.binary(max_size=16)), draw(st.integers(0, 100)),
                               draw(text), 1, None, None, draw(st.none() | st.integers(0, 100)),
                               draw(st.none() | st.booleans()))
               for p in own if p not in excepted}
    forced = draw(st.none() | text.filter(bool))
    summary = FingerStep(step, draw(st.sampled_from(["accepted", "forced", "excepted"])),
                         draw(st.integers(0, 5)), draw(st.integers(0, 100)), forced or "",
                         draw(st.none() | st.integers(1, 5)),
                         {p: s.nfiq2 for p, s in samples.items()},
                         {p: e.kind for p, e in exceptions.items()})
    return SlapResult(summary, samples, exceptions)


def through_json(value):
    return json.loads(canonical_bytes(value))


@settings(max_examples=150, deadline=None)
@given(faces | fingers)
def test_a_sample_survives_the_store_and_the_packet(record) -> None:
    stored = codec.to_sample(record)
    meta = through_json(dict(stored.meta))  # the store keeps metadata as JSON
    assert codec.from_stored(stored.kind, stored.position, stored.quality, meta,
                             stored.payload) == record
    entry = through_json(codec.to_manifest(record, "S1"))
    assert codec.from_manifest(entry) == record


@settings(max_examples=100, deadline=None)
@given(step_families.flatmap(lambda f: st.lists(slaps(f), min_size=1, max_size=6)),
       st.booleans(),
       st.dictionaries(text, json_values, max_size=3))
def test_saved_steps_and_a_review_fold_back_into_the_same_state(saved, review, verdict) -> None:
    events = [{"event": codec.STEP_SAVED, "detail": through_json(codec.slap_detail(s))}
              for s in saved]
    last = {s.step.step: s for s in saved}  # a step saved again replaces the earlier one
    samples = {p: f for s in last.values() for p, f in s.samples.items()}
    exceptions = {p: e for s in last.values() for p, e in s.exceptions.items()}
    state = codec.fingerprint_state(events)
    expected_steps = {k: s.step for k, s in last.items()}
    assert (state.steps, state.exceptions, state.reviewed) == (expected_steps, exceptions, False)
    if review:
        reviewed = FingerprintSet(samples, exceptions, verdict, tuple(expected_steps.values()))
        events.append({"event": codec.FINGERS_REVIEWED,
                       "detail": through_json(codec.fingers_detail(reviewed))})
        state = codec.fingerprint_state(events)
        assert state.reviewed and state.duplicates == through_json(verdict)
        assert state.exceptions == exceptions and state.steps == expected_steps
    again = codec.state_from_manifest(through_json(codec.state_to_manifest(state)))
    assert again == state


def test_a_saved_step_after_the_review_reopens_the_set() -> None:
    slap = SlapResult(FingerStep(FingerPosition.BOTH_THUMBS, "excepted", 0, 40, "", None, {},
                                 {FingerPosition.RIGHT_THUMB: "missing"}))
    reviewed = FingerprintSet({}, {}, {"clean": True}, ())
    state = codec.fingerprint_state([
        {"event": codec.FINGERS_REVIEWED, "detail": codec.fingers_detail(reviewed)},
        {"event": codec.STEP_SAVED, "detail": codec.slap_detail(slap)}])
    assert not state.reviewed and state.duplicates == {}


def test_drafts_saved_before_the_codec_still_decode() -> None:
    """Metadata as kiosk 2026.11 stored it: no device verdict, scanner quality or tally."""
    old_finger = {"position": "LEFT_INDEX", "device": "SIM0001", "attempts": 2,
                  "forced_reason": None, "approval": None}
    sample = codec.from_stored("finger", "7", 44.0, old_finger, b"wsq")
    assert sample == FingerSample(FingerPosition.LEFT_INDEX, b"wsq", 44, "SIM0001", 2)
    old_face = {"mode": "auto", "checks": {}, "device": "cam", "captured_at":
                "2026-11-23T02:30:00+00:00", "forced_reason": None, "approval": None}
    assert codec.from_stored("face", "portrait", None, old_face, b"jpg").blocked is None


def test_a_manifest_sample_that_contradicts_its_metadata_is_refused() -> None:
    record = FingerSample(FingerPosition.LEFT_INDEX, b"wsq", 44, "SIM0001", 2,
                          device_verified=True)
    entry = codec.to_manifest(record, "S1")
    for field, value in (("device_id", "other"), ("device_verified", False),
                         ("force_capture_reason", "made up"), ("sha256", "0" * 64)):
        with pytest.raises(codec.CodecError, match=field):
            codec.from_manifest({**entry, field: value})
    with pytest.raises(codec.CodecError):
        codec.from_manifest({**entry, "kind": "iris"})
