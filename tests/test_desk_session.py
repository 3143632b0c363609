"""The desk session: a draft at every step, finalize with its outbox row, resume after loss."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from deskhelp import applicant, decision, face, fingers

from kiosk.desk.results import FingerStep, SlapResult
from kiosk.desk.session import DeskSession
from kiosk.domain.enrollment import State
from kiosk.domain.fingers import SLAP_ORDER
from kiosk.domain.fingers import FingerPosition as F
from kiosk.store.store import Store


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data", key_backend="file") as s:
        yield s


def test_each_step_is_saved_and_finalize_enqueues_the_upload(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    record = store.read(lambda r: r.get(enrollment_id))
    assert record.enrollment.state is State.DRAFT and record.applicant["surname"] == "KIM"
    assert record.applicant["eligibility"]["reasons"] == ["eligible_level2"]
    desk.save_face(face(forced=True))
    desk.save_fingers(fingers(skip=10))
    record = store.read(lambda r: r.get(enrollment_id))
    assert len(record.biometrics) == 1 + 9
    portrait = next(b for b in record.biometrics if b.kind == "face")
    assert portrait.meta["approval"]["supervisor"] == "sup.lan"
    assert store.read(lambda r: r.pending_outbox()) == []  # nothing leaves before finalize
    enrollment = desk.finalize()
    assert enrollment.state is State.FINALIZED
    [item] = store.read(lambda r: r.pending_outbox())
    assert item.enrollment_id == enrollment_id
    events = [e["event"] for e in store.read(lambda r: r.events(enrollment_id))]
    assert "fingerprints_reviewed" in events
    reviewed = next(e for e in store.read(lambda r: r.events(enrollment_id))
                    if e["event"] == "fingerprints_reviewed")
    assert reviewed["detail"]["exceptions"]["10"]["kind"] == "amputated"


def test_a_retaken_portrait_replaces_the_first(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    desk.save_face(face())
    desk.save_face(face(forced=True))
    faces = [b for b in store.read(lambda r: r.get(enrollment_id)).biometrics if b.kind == "face"]
    assert len(faces) == 1 and faces[0].meta["mode"] == "forced"


def test_a_draft_survives_a_handover_and_is_resumed(store: Store) -> None:
    first = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = first.start(applicant(), decision())
    first.save_face(face())
    second = DeskSession(store, "HN-DESK-1", "off.binh")  # the next shift's officer
    record = second.resume(enrollment_id)
    assert [b.kind for b in record.biometrics] == ["face"]
    second.save_fingers(fingers())
    assert second.finalize().state is State.FINALIZED
    actors = {e["actor"] for e in store.read(lambda r: r.events(enrollment_id))}
    assert actors == {"off.an", "off.binh"}


def test_a_refused_applicant_cannot_be_started(store: Store) -> None:
    young = applicant(date_of_birth=applicant().date_of_birth.replace(year=2022))
    with pytest.raises(ValueError, match="level 2"):
        DeskSession(store, "HN-DESK-1", "off.an").start(young, decision(young))


def test_finalize_twice_is_refused(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    desk.finalize()
    desk.enrollment_id = enrollment_id  # a second click that slipped through
    with pytest.raises(Exception, match="finalized"):
        desk.finalize()
    assert len(store.read(lambda r: r.pending_outbox())) == 1


def test_summaries_list_today_with_names_and_sync_state(store: Store) -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from kiosk.domain.clock import system_clock

    desk = DeskSession(store, "HN-DESK-1", "off.an")
    first = desk.start(applicant(), decision())
    desk.finalize()
    second = desk.start(applicant(surname="TANAKA", travel_document_number="TR7654321"),
                        decision())
    rows = store.read(lambda r: r.summaries(system_clock() - timedelta(hours=1)))
    assert [r.id for r in rows] == [second, first]
    assert rows[0].name == "TANAKA MIN JUN" and rows[0].state is State.DRAFT
    assert rows[0].outbox_status is None and rows[1].outbox_status == "pending"
    assert rows[1].document_number == "M12345678"
    assert store.read(lambda r: r.summaries(system_clock() + timedelta(hours=1))) == []
    # the desk asks from the station's local midnight: the same instant in another zone
    local = (system_clock() - timedelta(hours=1)).astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
    assert [r.id for r in store.read(lambda r: r.summaries(local))] == [second, first]


def test_restore_gives_back_exactly_what_was_captured(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    kept_face, kept_fingers = face(forced=True), fingers()
    desk.save_face(kept_face)
    restored = DeskSession(store, "HN-DESK-1", "off.binh").restore(enrollment_id)
    assert restored.applicant == applicant() and restored.fingers is None
    assert restored.face.portrait_jpeg == kept_face.portrait_jpeg
    assert restored.face.approval == kept_face.approval
    desk.save_fingers(kept_fingers)
    restored = DeskSession(store, "HN-DESK-1", "off.binh").restore(enrollment_id)
    assert {p: s.wsq for p, s in restored.fingers.samples.items()} == {
        p: s.wsq for p, s in kept_fingers.samples.items()}
    assert restored.fingers.scores() == kept_fingers.scores()
    desk.finalize()
    with pytest.raises(ValueError, match="not a draft"):
        DeskSession(store, "HN-DESK-1", "off.binh").restore(enrollment_id)


def _slap(step: F, skip: F | None = None,
          forced: str = "") -> SlapResult:
    """One accepted step as the fingerprint screen hands it over."""
    full = fingers(skip=int(skip) if skip else None)
    own = SLAP_ORDER[step]
    samples = {p: replace(s, device_quality=30 + int(p), device_verified=True,
                          forced_reason=forced or None)
               for p, s in full.samples.items() if p in own}
    exceptions = {p: e for p, e in full.exceptions.items() if p in own}
    summary = FingerStep(step, "forced" if forced else "accepted", 2, 40, forced, 1,
                         {p: s.nfiq2 for p, s in samples.items()},
                         {p: e.kind for p, e in exceptions.items()})
    return SlapResult(summary, samples, exceptions)


def test_each_slap_is_saved_at_once_and_restored_with_everything_it_had(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", key_backend="file") as first_store:
        desk = DeskSession(first_store, "HN-DESK-1", "off.an")
        enrollment_id = desk.start(applicant(), decision())
        desk.save_face(face())
        left = _slap(F.LEFT_FOUR, skip=F.LEFT_LITTLE)
        desk.save_step(left)
    with Store.open(tmp_path / "data", key_backend="file") as store:  # a restart
        restored = DeskSession(store, "HN-DESK-1", "off.binh").restore(enrollment_id)
        assert not restored.fingers_reviewed
        assert restored.fingers.slap(F.LEFT_FOUR).samples == left.samples
        assert restored.fingers.exceptions == left.exceptions
        assert restored.fingers.steps == (left.step,)
        desk = DeskSession(store, "HN-DESK-1", "off.binh")
        desk.resume(enrollment_id)
        right = _slap(F.RIGHT_FOUR, forced="worn ridges")
        desk.save_step(right)
        # the officer marks the left little finger captured after all: the step is saved again
        left_again = _slap(F.LEFT_FOUR)
        desk.save_step(left_again)
        restored = desk.restore(enrollment_id)
        assert restored.fingers.exceptions == {}
        assert set(restored.fingers.samples) == set(SLAP_ORDER[F.LEFT_FOUR]) | set(
            SLAP_ORDER[F.RIGHT_FOUR])
        assert restored.fingers.slap(F.RIGHT_FOUR).samples == right.samples
        assert [s.step for s in restored.fingers.steps] == [F.LEFT_FOUR, F.RIGHT_FOUR]
        # the thumbs, then the review of the whole set with its duplicate verdict
        thumbs = _slap(F.BOTH_THUMBS)
        desk.save_step(thumbs)
        complete = desk.restore(enrollment_id).fingers
        reviewed = replace(complete, duplicates={"clean": False, "flagged": [
            {"first": "Left IndexFinger", "second": "Left MiddleFinger", "score": 61}]})
        desk.save_fingers(reviewed)
        restored = desk.restore(enrollment_id)
        assert restored.fingers_reviewed and restored.fingers == reviewed
        events = [e["event"] for e in store.read(lambda r: r.events(enrollment_id))]
        assert events.count("finger_step_saved") == 4 and "fingerprints_reviewed" in events


def test_a_step_saved_with_a_new_exception_drops_that_finger(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    desk.save_step(_slap(F.LEFT_FOUR))
    desk.save_step(_slap(F.LEFT_FOUR, skip=F.LEFT_RING))
    restored = desk.restore(enrollment_id)
    assert F.LEFT_RING not in restored.fingers.samples
    assert restored.fingers.exceptions[F.LEFT_RING].kind == "amputated"
    with pytest.raises(ValueError, match="does not capture"):
        desk.save_step(SlapResult(_slap(F.RIGHT_FOUR).step, _slap(F.LEFT_FOUR).samples))


def _chain_verifies(store: Store, enrollment_id: str) -> bool:
    from kiosk.store.repository import detail_text, event_hash

    previous = None
    for ev in store.read(lambda r: r.events(enrollment_id)):
        fields = [ev["at"], ev["actor"], ev["event"], ev["from_state"], ev["to_state"],
                  detail_text(ev["detail"])]
        if event_hash(previous, fields) != ev["hash"]:
            return False
        previous = ev["hash"]
    return True


def test_a_correction_names_the_changed_fields_never_their_values(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    desk.save_face(face())
    corrected = replace(applicant(), phone="+84987654321", address_vn="5 Tràng Tiền, Hà Nội")
    desk.update_applicant(corrected, decision(corrected))
    record = store.read(lambda r: r.get(enrollment_id))
    assert record.applicant["phone"] == "+84987654321"
    [event] = [e for e in store.read(lambda r: r.events(enrollment_id))
               if e["event"] == "applicant_updated"]
    assert event["detail"] == {"fields": ["address_vn", "phone"]}
    assert "+8498" not in str(event) and "Tràng" not in str(event)
    assert [b.kind for b in record.biometrics] == ["face"]  # the captures stay
    young = replace(applicant(), date_of_birth=applicant().date_of_birth.replace(year=2022))
    with pytest.raises(ValueError, match="level 2"):
        desk.update_applicant(young, decision(young))
    assert _chain_verifies(store, enrollment_id)


def test_cancelling_a_draft_wipes_its_samples_in_the_same_transaction(store: Store) -> None:
    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    desk.save_face(face(forced=True))
    desk.save_fingers(fingers(skip=10))
    other = DeskSession(store, "HN-DESK-1", "off.binh")  # from the today list, another shift
    assert other.cancel("applicant_left: came back tomorrow", enrollment_id=enrollment_id) == 10
    record = store.read(lambda r: r.get(enrollment_id))
    assert record.enrollment.state is State.CANCELLED
    assert record.enrollment.reason == "applicant_left: came back tomorrow"
    assert record.biometrics == ()
    left = store.read(lambda r: r.db.execute(
        "SELECT count(*) FROM biometrics WHERE enrollment_id = ?", [enrollment_id]).fetchone())
    assert left == (0,)
    last = store.read(lambda r: r.events(enrollment_id))[-1]
    assert (last["event"], last["from_state"], last["to_state"]) == (
        "state_changed", "draft", "cancelled")
    assert last["detail"] == {"reason": "applicant_left: came back tomorrow",
                              "samples_wiped": 10}
    assert _chain_verifies(store, enrollment_id)
    assert store.read(lambda r: r.pending_outbox()) == []


def test_a_finalized_record_cannot_be_cancelled_at_the_desk(store: Store) -> None:
    from kiosk.domain.enrollment import IllegalTransition

    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())
    desk.save_face(face())
    desk.save_fingers(fingers())
    desk.finalize()
    with pytest.raises(IllegalTransition):
        desk.cancel("wrong person", enrollment_id=enrollment_id)
    record = store.read(lambda r: r.get(enrollment_id))
    assert record.enrollment.state is State.FINALIZED and len(record.biometrics) == 11
    draft = desk.start(applicant(), decision())
    with pytest.raises(IllegalTransition):
        desk.cancel("   ")  # a reason is required
    assert store.read(lambda r: r.get(draft)).enrollment.state is State.DRAFT


def test_summaries_say_which_step_a_draft_reached_and_when_it_was_last_worked_on(
        store: Store) -> None:
    from datetime import timedelta

    from kiosk.domain.clock import system_clock

    desk = DeskSession(store, "HN-DESK-1", "off.an")
    enrollment_id = desk.start(applicant(), decision())

    def row():
        [found] = store.read(lambda r: r.summaries(system_clock() - timedelta(hours=1)))
        return found

    assert row().step == "applicant" and row().last_activity >= row().created_at
    desk.save_face(face())
    assert row().step == "photo"
    full = fingers()
    for count, step in enumerate(SLAP_ORDER, start=1):
        desk.save_step(full.slap(step))
        assert (row().step, row().finger_steps) == ("fingerprints", count)
    desk.save_step(full.slap(next(iter(SLAP_ORDER))))  # a step taken again counts once
    assert row().finger_steps == 3
    desk.save_fingers(full)
    assert row().step == "review"
    assert row().id == enrollment_id
