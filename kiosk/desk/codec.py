"""The one encoding of capture results, for every hop: draft store, restore, packet, central.

Typed records (:mod:`kiosk.desk.results`) become JSON-ready dicts here and nowhere else:

- ``to_meta``/``from_meta``: a sample's metadata as stored with it (``BiometricSample.meta``);
  :func:`to_sample`/:func:`from_stored` wrap them with the sample row's columns.
- :func:`slap_detail` / :func:`fingers_detail`: the audit events that carry a saved capture
  step (``finger_step_saved``) and the reviewed set (``fingerprints_reviewed``);
  :func:`fingerprint_state` folds an enrollment's events back into steps, exceptions and the
  duplicate verdict (restore and packet read the same fold).
- :func:`to_manifest`/:func:`from_manifest`: a sample in a ``kiosk-packet/1`` manifest
  (top-level ``device_id``, ``device_verified``, ``device_quality``, ``force_capture_reason``,
  ``approval``, ``exception`` besides ``meta``); :func:`state_to_manifest` /
  :func:`state_from_manifest` its ``fingerprints`` object; :func:`decode_manifest` all of it,
  for the central service and tests.

Keys are stable: drafts written by an older kiosk (without ``device_verified``,
``device_quality`` or ``blocked``) decode with those unknown.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.desk.results import (
    Approval,
    FaceResult,
    FingerException,
    FingerprintSet,
    FingerSample,
    FingerStep,
    SlapResult,
)
from kiosk.domain.fingers import FingerPosition
from kiosk.domain.vocabulary import ApprovalStatus, CaptureMode, SampleKind
from kiosk.store.approvals import ApprovalRow
from kiosk.store.records import BiometricSample

STEP_SAVED = "finger_step_saved"
FINGERS_REVIEWED = "fingerprints_reviewed"
PORTRAIT = "portrait"

Record = FaceResult | FingerSample


class CodecError(ValueError):
    """Stored or transmitted capture data that does not decode (or contradicts itself)."""


# --- small parts ---------------------------------------------------------------------------

def approval_to_meta(approval: Approval | None) -> dict[str, Any] | None:
    if approval is None:
        return None
    return {"supervisor": approval.supervisor, "reason": approval.reason,
            "at": approval.at.isoformat(), "status": approval.status}


def approval_from_meta(data: Mapping[str, Any] | None) -> Approval | None:
    if not data:
        return None
    return Approval(data["supervisor"], data["reason"], datetime.fromisoformat(data["at"]),
                    ApprovalStatus(data.get("status", ApprovalStatus.APPROVED)))


def exception_to_meta(exception: FingerException) -> dict[str, Any]:
    return {"kind": exception.kind, "reason": exception.reason,
            "approval": approval_to_meta(exception.approval)}


def exception_from_meta(code: str | int, data: Mapping[str, Any]) -> FingerException:
    return FingerException(FingerPosition(int(code)), data["kind"], data["reason"],
                           approval_from_meta(data.get("approval")))


def exceptions_to_meta(exceptions: Mapping[FingerPosition, FingerException]
                       ) -> dict[str, dict[str, Any]]:
    return {str(int(p)): exception_to_meta(e) for p, e in sorted(exceptions.items())}


def exceptions_from_meta(data: Mapping[str, Any]) -> dict[FingerPosition, FingerException]:
    return {FingerPosition(int(code)): exception_from_meta(code, e) for code, e in data.items()}


def step_to_meta(step: FingerStep) -> dict[str, Any]:
    """A step summary in the format ``SegmentCapture.summary()`` always had."""
    return {"segment": step.step.name, "status": step.status, "attempts": step.attempts,
            "threshold": step.threshold, "forced": step.forced, "force_reason": step.force_reason,
            "best_attempt": step.best_attempt,
            "quality": {p.sbi_name: q for p, q in sorted(step.quality.items())},
            "exceptions": {p.sbi_name: k for p, k in sorted(step.exceptions.items())}}


def step_from_meta(data: Mapping[str, Any]) -> FingerStep:
    return FingerStep(
        FingerPosition[data["segment"]], data["status"], int(data["attempts"]),
        int(data["threshold"]), data.get("force_reason") or "", data.get("best_attempt"),
        {FingerPosition.from_sbi_name(n): int(q) for n, q in data.get("quality", {}).items()},
        {FingerPosition.from_sbi_name(n): k for n, k in data.get("exceptions", {}).items()})


# --- samples: stored metadata --------------------------------------------------------------

def to_meta(record: Record) -> dict[str, Any]:
    """A sample's metadata as stored with it (no biometric bytes)."""
    if isinstance(record, FaceResult):
        return {"mode": record.mode, "checks": record.checks, "device": record.device,
                "captured_at": record.captured_at.isoformat(),
                "forced_reason": record.forced_reason,
                "approval": approval_to_meta(record.approval), "blocked": record.blocked}
    return {"position": record.position.name, "nfiq2": record.nfiq2, "device": record.device_id,
            "device_verified": record.device_verified, "device_quality": record.device_quality,
            "attempts": record.attempts, "forced_reason": record.forced_reason,
            "approval": approval_to_meta(record.approval)}


def _capture_mode(meta: Mapping[str, Any]) -> CaptureMode:
    try:
        return CaptureMode(meta["mode"])
    except (KeyError, ValueError):
        raise CodecError(f"face sample with capture mode {meta.get('mode')!r}") from None


def from_meta(kind: str, position: str, quality: float | None, meta: Mapping[str, Any],
              payload: bytes) -> Record:
    """The typed record of a stored (or transmitted) sample."""
    if kind == SampleKind.FACE:
        return FaceResult(payload, dict(meta.get("checks") or {}), _capture_mode(meta),
                          datetime.fromisoformat(meta["captured_at"]), meta.get("device", ""),
                          meta.get("forced_reason"), approval_from_meta(meta.get("approval")),
                          meta.get("blocked"))
    if kind != SampleKind.FINGER:
        raise CodecError(f"unknown sample kind {kind!r}")
    try:
        finger = FingerPosition(int(position))
    except ValueError:
        raise CodecError(f"finger sample at {position!r} is not an ISO position code") from None
    nfiq2 = meta.get("nfiq2", quality)
    device_quality = meta.get("device_quality")
    return FingerSample(finger, payload, int(nfiq2 or 0), meta.get("device", ""),
                        int(meta.get("attempts", 1)), meta.get("forced_reason"),
                        approval_from_meta(meta.get("approval")),
                        None if device_quality is None else int(device_quality),
                        meta.get("device_verified"))


def to_sample(record: Record) -> BiometricSample:
    """The stored sample of a record: a portrait (JPEG) or one finger (WSQ, ISO code)."""
    if isinstance(record, FaceResult):
        return BiometricSample(SampleKind.FACE, "jpeg", record.portrait_jpeg, PORTRAIT, None,
                               to_meta(record))
    return BiometricSample(SampleKind.FINGER, "wsq", record.wsq, str(int(record.position)),
                           float(record.nfiq2), to_meta(record))


def from_stored(kind: str, position: str, quality: float | None, meta: Mapping[str, Any],
                payload: bytes) -> Record:
    """Same as :func:`from_meta` (named for the reading side of the store)."""
    return from_meta(kind, position, quality, meta, payload)


# --- the fingers beyond the samples: audit details and their fold --------------------------

def slap_detail(slap: SlapResult) -> dict[str, Any]:
    """The ``finger_step_saved`` event of one accepted step (no biometric data)."""
    return {"step": step_to_meta(slap.step), "exceptions": exceptions_to_meta(slap.exceptions),
            "nfiq2": {str(int(p)): s.nfiq2 for p, s in sorted(slap.samples.items())}}


def fingers_detail(fingers: FingerprintSet) -> dict[str, Any]:
    """The ``fingerprints_reviewed`` event: exceptions, duplicates, NFIQ 2, forced, steps."""
    return {
        "exceptions": exceptions_to_meta(fingers.exceptions),
        "duplicates": fingers.duplicates,
        "nfiq2": {str(int(p)): s.nfiq2 for p, s in sorted(fingers.samples.items())},
        "forced": {str(int(p)): s.forced_reason for p, s in sorted(fingers.samples.items())
                   if s.forced_reason},
        "steps": [step_to_meta(s) for s in fingers.steps],
    }


@dataclass(frozen=True)
class FingerState:
    """What a draft holds about its fingers besides the samples."""

    steps: dict[FingerPosition, FingerStep] = field(default_factory=dict)
    exceptions: dict[FingerPosition, FingerException] = field(default_factory=dict)
    duplicates: dict[str, Any] = field(default_factory=dict)  # only once reviewed
    reviewed: bool = False  # the whole set was reviewed after the last saved step

    def fingerprint_set(self, samples: Mapping[FingerPosition, FingerSample]) -> FingerprintSet:
        """With the stored samples: the set, steps in capture order (left, right, thumbs)."""
        order = sorted(self.steps, key=_step_order)
        return FingerprintSet(dict(samples), dict(self.exceptions), dict(self.duplicates),
                              tuple(self.steps[s] for s in order))


def _step_order(step: FingerPosition) -> tuple[int, int]:
    slaps = (FingerPosition.LEFT_FOUR, FingerPosition.RIGHT_FOUR, FingerPosition.BOTH_THUMBS)
    if step in slaps:
        return slaps.index(step), 0
    hand = 1 if 6 <= int(step) <= 10 else 0
    thumb = int(step) in (1, 6)
    return (2 if thumb else hand), int(step)


def fingerprint_state(events: Iterable[Mapping[str, Any]]) -> FingerState:
    """Fold an enrollment's audit events (in order): each saved step replaces that step's
    summary and its fingers' exceptions; a review replaces everything and brings the verdict."""
    steps: dict[FingerPosition, FingerStep] = {}
    exceptions: dict[FingerPosition, FingerException] = {}
    duplicates: dict[str, Any] = {}
    reviewed = False
    for event in events:
        detail = event.get("detail") or {}
        if event.get("event") == STEP_SAVED:
            step = step_from_meta(detail["step"])
            steps[step.step] = step
            exceptions = {p: e for p, e in exceptions.items() if p not in step.fingers}
            exceptions.update(exceptions_from_meta(detail.get("exceptions", {})))
            duplicates, reviewed = {}, False
        elif event.get("event") == FINGERS_REVIEWED:
            # a step that is not a summary object (no kiosk wrote one; a hand-made trail may)
            # is left out here: the audit trail in the packet still carries it as it was
            summaries = [step_from_meta(d) for d in detail.get("steps", [])
                         if isinstance(d, Mapping)]
            steps = {s.step: s for s in summaries}
            exceptions = exceptions_from_meta(detail.get("exceptions", {}))
            duplicates, reviewed = dict(detail.get("duplicates") or {}), True
    return FingerState(steps, exceptions, duplicates, reviewed)


# --- the packet manifest -------------------------------------------------------------------

def to_manifest(record: Record, sample_id: str) -> dict[str, Any]:
    """A manifest ``biometrics`` entry: the stored row's fields, its metadata, its bytes
    (base64) and hash, and the fields the central service reads without parsing ``meta``."""
    sample = to_sample(record)
    if isinstance(record, FaceResult):
        device_id, verified, device_quality = record.device, None, None
    else:
        device_id, verified = record.device_id, record.device_verified
        device_quality = record.device_quality
    return {
        "id": sample_id, "kind": sample.kind, "position": sample.position,
        "format": sample.format, "quality": sample.quality, "meta": dict(sample.meta),
        "sha256": hashlib.sha256(sample.payload).hexdigest(),
        "data": base64.b64encode(sample.payload).decode("ascii"),
        "device_id": device_id, "device_verified": verified, "device_quality": device_quality,
        "force_capture_reason": record.forced_reason,
        "approval": approval_to_meta(record.approval),
        "exception": None,  # a finger exception has no sample: see "fingerprints"
    }


def from_manifest(entry: Mapping[str, Any]) -> Record:
    """The typed record of a manifest sample; :class:`CodecError` when its fields disagree."""
    try:
        payload = base64.b64decode(entry["data"], validate=True)
        record = from_meta(entry["kind"], entry["position"], entry["quality"], entry["meta"],
                           payload)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"sample {entry.get('id')!r} does not decode: {exc}") from None
    expected = to_manifest(record, entry["id"])
    wrong = sorted(k for k, v in expected.items() if entry.get(k) != v)
    if wrong:
        raise CodecError(f"sample {entry['id']!r} disagrees with itself in {', '.join(wrong)}")
    return record


def register_row_to_manifest(row: ApprovalRow) -> dict[str, Any]:
    """One item of the approvals register (a sign-off and its decision) in the manifest."""
    return {"kind": row.kind, "subject": row.subject, "exception_kind": row.exception_kind,
            "reason": row.reason, "requested_by": row.requested_by,
            "requested_at": row.requested_at.isoformat(), "status": row.status,
            "decided_by": row.decided_by,
            "decided_at": row.decided_at.isoformat() if row.decided_at else None,
            "comment": row.comment}


def state_to_manifest(state: FingerState) -> dict[str, Any]:
    """The manifest's ``fingerprints`` object."""
    return {"exceptions": exceptions_to_meta(state.exceptions),
            "steps": [step_to_meta(state.steps[s]) for s in sorted(state.steps,
                                                                   key=_step_order)],
            "duplicates": state.duplicates, "reviewed": state.reviewed}


def state_from_manifest(data: Mapping[str, Any]) -> FingerState:
    return FingerState({s.step: s for s in map(step_from_meta, data.get("steps", []))},
                       exceptions_from_meta(data.get("exceptions", {})),
                       dict(data.get("duplicates") or {}), bool(data.get("reviewed")))


@dataclass(frozen=True, repr=False)
class DecodedCapture:
    """A manifest's capture results, typed: what the desk captured, as the central reads it."""

    face: FaceResult | None
    fingers: FingerprintSet
    sample_ids: dict[str, str]  # "face" or ISO finger code -> sample id

    def __repr__(self) -> str:
        return f"DecodedCapture(face={self.face!r}, fingers={len(self.fingers.samples)})"


def decode_manifest(manifest: Mapping[str, Any]) -> DecodedCapture:
    """Every sample and the ``fingerprints`` object of a manifest, typed."""
    face = None
    samples: dict[FingerPosition, FingerSample] = {}
    ids: dict[str, str] = {}
    for entry in manifest.get("biometrics", []):
        record = from_manifest(entry)
        if isinstance(record, FaceResult):
            face, ids["face"] = record, entry["id"]
        else:
            samples[record.position] = record
            ids[str(int(record.position))] = entry["id"]
    state = state_from_manifest(manifest.get("fingerprints") or {})
    return DecodedCapture(face, state.fingerprint_set(samples), ids)
