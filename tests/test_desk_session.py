"""The desk session: a draft at every step, finalize with its outbox row, resume after loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from deskhelp import applicant, decision, face, fingers

from kiosk.desk.session import DeskSession
from kiosk.domain.enrollment import State
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

    from kiosk.domain.enrollment import utc_now

    desk = DeskSession(store, "HN-DESK-1", "off.an")
    first = desk.start(applicant(), decision())
    desk.finalize()
    second = desk.start(applicant(surname="TANAKA", travel_document_number="TR7654321"),
                        decision())
    rows = store.read(lambda r: r.summaries(utc_now() - timedelta(hours=1)))
    assert [r.id for r in rows] == [second, first]
    assert rows[0].name == "TANAKA MIN JUN" and rows[0].state is State.DRAFT
    assert rows[0].outbox_status is None and rows[1].outbox_status == "pending"
    assert rows[1].document_number == "M12345678"
    assert store.read(lambda r: r.summaries(utc_now() + timedelta(hours=1))) == []


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
