"""One officer's work on one enrollment, saved at every step so nothing is ever lost.

The applicant step creates a draft; each capture step stores its samples (encrypted) in the
same draft; review finalizes it (state change and outbox row in one transaction). A draft
survives a crash, an idle lock or a shift handover and can be resumed from the today list.
Every method does store I/O: the UI calls them from background operations.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from kiosk.desk import codec
from kiosk.desk.approvals import face_items, finger_items
from kiosk.desk.results import FaceResult, FingerprintSet, FingerSample, SlapResult
from kiosk.domain.applicant import Applicant
from kiosk.domain.eligibility import Decision
from kiosk.domain.enrollment import Enrollment, State
from kiosk.domain.fingers import FingerPosition
from kiosk.domain.vocabulary import ApprovalStatus, SampleKind
from kiosk.store import approvals
from kiosk.store.records import BiometricSample, EnrollmentRecord
from kiosk.store.repository import Repository
from kiosk.store.store import Store
from kiosk.sync import outbox
from kiosk.sync.offline_limit import offline_limit, refuse_when_blocked

log = logging.getLogger(__name__)  # ids, officers and counts only: never applicant data


@dataclass(frozen=True)
class Restored:
    """A draft as the desk needs it to continue.

    ``fingers`` holds every saved step (samples, exceptions, step summaries) or is None when
    no step was saved; ``fingers_reviewed`` says whether the whole set was reviewed after the
    last saved step (then ``fingers.duplicates`` is that review's verdict)."""

    enrollment_id: str
    applicant: Applicant
    face: FaceResult | None
    fingers: FingerprintSet | None
    open_items: dict[str, ApprovalStatus] = field(default_factory=dict)  # kind -> open status
    fingers_reviewed: bool = False


def face_sample(face: FaceResult) -> BiometricSample:
    """The portrait as a stored sample; how it was taken goes in its metadata."""
    return codec.to_sample(face)


def finger_samples(fingers: FingerprintSet) -> list[BiometricSample]:
    """One WSQ sample per captured finger, keyed by its ISO position code."""
    return [codec.to_sample(s) for _, s in sorted(fingers.samples.items())]


def _finger_rows(positions: Iterable[FingerPosition]) -> list[tuple[str, str]]:
    return [(SampleKind.FINGER, str(int(p))) for p in positions]


class DeskSession:
    """The enrollment an officer is working on at one desk."""

    def __init__(self, store: Store, station_id: str, officer: str, *,
                 max_days_offline: float = 0.0) -> None:
        self.store = store
        self.station_id = station_id
        self.officer = officer
        self.max_days_offline = max_days_offline  # sync.max_days_offline; 0: no limit
        self.enrollment_id: str | None = None

    def start(self, applicant: Applicant, decision: Decision) -> str:
        """Create the draft for an eligible applicant; returns its enrollment id."""
        if not decision.level2_allowed:
            raise ValueError("only an applicant eligible for level 2 can be enrolled")
        if self.max_days_offline > 0:
            waiting = self.store.read(outbox.oldest_waiting_at)
            refuse_when_blocked(offline_limit(waiting, self.store.now(),
                                              self.max_days_offline))
        enrollment = Enrollment.start(self.station_id, self.officer, self.store.now())
        data = applicant.to_dict()
        data["eligibility"] = {"reasons": [str(r) for r in decision.reasons],
                               "age": decision.age}
        self.store.write(lambda r: r.save_enrollment(enrollment, data, (),
                                                     actor=self.officer)).result()
        self.enrollment_id = enrollment.id
        log.info("enrollment %s started by %s", enrollment.id, self.officer)
        return enrollment.id

    def resume(self, enrollment_id: str) -> EnrollmentRecord:
        """Continue a draft (after a handover, a lock or a restart)."""
        record = self.store.read(lambda r: r.get(enrollment_id))
        self.enrollment_id = enrollment_id
        return record

    def restore(self, enrollment_id: str) -> Restored:
        """Resume a draft with everything it holds, decrypted, so the desk continues at the
        first missing step."""
        record = self.resume(enrollment_id)
        if record.enrollment.state is not State.DRAFT:
            raise ValueError(f"enrollment {enrollment_id} is {record.enrollment.state}, "
                             "not a draft")
        data = {k: v for k, v in record.applicant.items() if k != "eligibility"}
        applicant = Applicant.from_dict(data)
        face = None
        samples: dict[FingerPosition, FingerSample] = {}
        for info in record.biometrics:
            payload = self.store.read(partial(Repository.load_payload,
                                              enrollment_id=enrollment_id, sample_id=info.id))
            sample = codec.from_stored(info.kind, info.position, info.quality, info.meta,
                                       payload)
            if isinstance(sample, FaceResult):
                face = sample
            else:
                samples[sample.position] = sample
        state = codec.fingerprint_state(self.store.read(lambda r: r.events(enrollment_id)))
        fingers = state.fingerprint_set(samples) if samples or state.steps else None
        open_items = self.store.read(lambda r: approvals.open_kinds(r, enrollment_id))
        return Restored(record.enrollment.id, applicant, face, fingers, open_items,
                        state.reviewed and fingers is not None)

    def update_applicant(self, applicant: Applicant, decision: Decision) -> None:
        """Correct the draft's applicant data (an eligible applicant only); the audit event
        names the fields that changed."""
        if not decision.level2_allowed:
            raise ValueError("only an applicant eligible for level 2 can be enrolled")
        data = applicant.to_dict()
        data["eligibility"] = {"reasons": [str(r) for r in decision.reasons],
                               "age": decision.age}
        enrollment_id = self._require()
        self.store.write(lambda r: r.update_applicant(enrollment_id, data,
                                                      actor=self.officer)).result()

    def save_face(self, face: FaceResult) -> None:
        """Store (or replace) the portrait in the draft; how it was taken goes to the audit
        trail (it outlives the payload purge) and a forced one to the approvals register."""
        enrollment_id = self._require()
        failed = [c["name"] for c in face.checks.get("checks", []) if not c.get("passed", True)]
        detail = {"mode": face.mode, "failed_checks": failed,
                  "forced_reason": face.forced_reason,
                  "approval": codec.approval_to_meta(face.approval)}
        if face.blocked is not None:  # check names and counts only: nothing biometric
            detail["blocked"] = face.blocked

        def write(repo) -> None:
            with repo.db.atomic():
                repo.add_biometrics(enrollment_id, [face_sample(face)], actor=self.officer)
                repo.record_event(enrollment_id, self.officer, "face_captured", detail)
                approvals.register(repo, enrollment_id, [approvals.FORCE_FACE],
                                   face_items(face), actor=self.officer)

        self.store.write(write).result()

    def save_step(self, slap: SlapResult, *, enrollment_id: str | None = None) -> None:
        """Store one accepted capture step at once: its fingers replace whatever the draft held
        for that step (a finger now excepted loses its old sample), and its summary and
        exceptions go to the audit trail (``finger_step_saved``), from which :meth:`restore`
        and the packet read them. Sign-offs are registered when the set is reviewed.
        ``enrollment_id``: the draft the step belongs to (default: the current one)."""
        enrollment_id = enrollment_id or self._require()
        fingers = slap.step.fingers
        stray = sorted(p for p in slap.samples if p not in fingers)
        if stray:
            raise ValueError(f"step {slap.step.step.name} does not capture "
                             f"{', '.join(p.name for p in stray)}")

        def write(repo) -> None:
            with repo.db.atomic():
                repo.add_biometrics(enrollment_id, [codec.to_sample(s) for _, s in
                                                    sorted(slap.samples.items())],
                                    actor=self.officer, drop=_finger_rows(fingers))
                repo.record_event(enrollment_id, self.officer, codec.STEP_SAVED,
                                  codec.slap_detail(slap))

        self.store.write(write).result()

    def save_fingers(self, fingers: FingerprintSet) -> None:
        """Store the reviewed fingerprints (replacing every finger of the draft); exceptions,
        duplicate warnings and each finger's NFIQ 2 score go to the audit trail, forced steps
        and exceptions to the approvals register."""
        enrollment_id = self._require()
        detail = codec.fingers_detail(fingers)
        everything = _finger_rows(FingerPosition(c) for c in range(1, 11))

        def write(repo) -> None:
            with repo.db.atomic():
                repo.add_biometrics(enrollment_id, finger_samples(fingers), actor=self.officer,
                                    drop=everything)
                repo.record_event(enrollment_id, self.officer, codec.FINGERS_REVIEWED, detail)
                approvals.register(repo, enrollment_id,
                                   [approvals.FORCE_FINGERS, approvals.FINGER_EXCEPTION],
                                   finger_items(fingers), actor=self.officer)

        self.store.write(write).result()

    def finalize(self) -> Enrollment:
        """Captured -> finalized in one transaction with its outbox row: now it is saved.

        Refused (:class:`~kiosk.store.approvals.ApprovalPending` / ``ApprovalRejected``) while
        a forced capture or finger exception waits for, or was refused by, a supervisor."""
        enrollment_id = self._require()

        enrollment = self.store.write(
            lambda repo: repo.finalize(enrollment_id, actor=self.officer)).result()
        self.enrollment_id = None
        log.info("enrollment %s saved by %s", enrollment_id, self.officer)
        return enrollment

    def cancel(self, reason: str, *, enrollment_id: str | None = None) -> int:
        """Cancel a draft (the current one, or ``enrollment_id`` from the today list) with a
        reason; its biometric payloads are wiped in the same transaction. Returns how many
        samples were wiped. A finalized record cannot be cancelled at the desk."""
        target = enrollment_id or self._require()
        wiped = self.store.write(lambda r: r.cancel_draft(target, reason,
                                                          actor=self.officer)).result()
        if self.enrollment_id == target:
            self.enrollment_id = None
        log.info("enrollment %s cancelled by %s (%d samples wiped)", target, self.officer, wiped)
        return wiped

    def _require(self) -> str:
        if self.enrollment_id is None:
            raise ValueError("no enrollment in progress")
        return self.enrollment_id



