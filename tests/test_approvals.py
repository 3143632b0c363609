"""Deferred sign-offs: the store refuses finalize while a supervisor's decision is pending."""

from __future__ import annotations

from pathlib import Path

import pytest
from deskhelp import applicant, decision
from reportseed import PASSWORD, Clock, fast_accounts, fingers
from reportseed import face as face_result
from storehelp import open_db

from kiosk.accounts.errors import InvalidCredentials, NotPermitted
from kiosk.accounts.roles import Role
from kiosk.desk import approvals as desk_approvals
from kiosk.desk.results import Approval
from kiosk.desk.session import DeskSession
from kiosk.domain.enrollment import State
from kiosk.store.approvals import (
    ApprovalClosed,
    ApprovalPending,
    ApprovalRejected,
    CommentRequired,
    OwnRequest,
)
from kiosk.store.store import Store


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    clock = Clock()
    clock.at("D1 09:00")
    store = Store.open(tmp_path / "data", key_backend="file", clock=clock)
    accounts = fast_accounts(store)
    session = DeskSession(store, "HN-DESK-1", "off.an")
    session.start(applicant(), decision())
    session.save_face(face_result())
    later = Approval.later("worn ridges", clock.now)
    session.save_fingers(fingers(lambda p: 30, forced={p: ("worn ridges", later)
                                                       for p in (2, 3, 4, 5)}))
    yield store, accounts, session
    store.close()


def _state(store: Store, enrollment_id: str) -> State:
    return store.read(lambda r: r.get(enrollment_id)).enrollment.state


def test_finalize_is_refused_at_the_store_while_a_decision_is_pending(desk) -> None:
    store, _accounts, session = desk
    enrollment_id = session.enrollment_id
    with pytest.raises(ApprovalPending):
        session.finalize()
    assert _state(store, enrollment_id) is State.DRAFT  # the refusal rolled back all of it
    store.write(lambda r: r.transition(enrollment_id, State.CAPTURED, actor="x")).result()
    with pytest.raises(ApprovalPending):  # the repository itself refuses, not only the desk
        store.write(lambda r: r.transition(enrollment_id, State.FINALIZED, actor="x")).result()
    assert store.read(lambda r: r.pending_outbox()) == []
    [item] = desk_approvals.pending(store)
    assert (item.kind, item.subject, item.reason, item.requested_by) == (
        "force_fingers", "2,3,4,5", "worn ridges", "off.an")


def test_an_approved_request_lets_the_enrollment_be_saved(desk) -> None:
    store, accounts, session = desk
    [item] = desk_approvals.pending(store)
    decided = desk_approvals.decide_as(store, accounts, item.id, True, "sup.lan", PASSWORD,
                                       "ridges worn, checked")
    assert (decided.status, decided.decided_by, decided.comment) == (
        "approved", "sup.lan", "ridges worn, checked")
    assert desk_approvals.pending(store) == []
    assert session.finalize().state is State.FINALIZED
    events = store.read(lambda r: r.events(decided.enrollment_id))
    assert any(e["event"] == "approval_decided" and e["actor"] == "sup.lan"
               and e["detail"]["status"] == "approved" for e in events)


def test_a_rejection_blocks_until_the_step_is_captured_again(desk) -> None:
    store, accounts, session = desk
    [item] = desk_approvals.pending(store)
    desk_approvals.decide_as(store, accounts, item.id, False, "sup.lan", PASSWORD,
                             "try the other scanner")
    with pytest.raises(ApprovalRejected):
        session.finalize()
    with pytest.raises(ApprovalClosed):  # decided once only
        desk_approvals.decide_as(store, accounts, item.id, True, "sup.lan", PASSWORD, "ok")
    session.save_fingers(fingers(lambda p: 60))  # recaptured: the forced step is gone
    assert session.finalize().state is State.FINALIZED


def test_deciding_needs_a_supervisor_password_and_a_comment(desk) -> None:
    store, accounts, _session = desk
    [item] = desk_approvals.pending(store)
    with pytest.raises(InvalidCredentials):
        desk_approvals.decide_as(store, accounts, item.id, True, "sup.lan", "wrong", "ok")
    with pytest.raises(CommentRequired):
        desk_approvals.decide_as(store, accounts, item.id, True, "sup.lan", PASSWORD, "  ")
    supervisor = accounts.authenticate("sup.lan", PASSWORD)
    accounts.create(supervisor, "off.binh", "Lê Bình", Role.OFFICER, "mật khẩu cán bộ 1")
    with pytest.raises(NotPermitted):
        desk_approvals.decide_as(store, accounts, item.id, True, "off.binh",
                                 "mật khẩu cán bộ 1", "ok")
    assert len(desk_approvals.pending(store)) == 1


def test_a_signed_face_needs_nothing_more_and_a_retake_keeps_the_decision(desk) -> None:
    store, accounts, session = desk
    signed = Approval("sup.lan", "tremor", session.store.read(lambda r: r.get(
        session.enrollment_id)).enrollment.created_at)
    session.save_face(face_result("forced", ("sharpness",), "tremor", signed))
    [item] = desk_approvals.pending(store)
    desk_approvals.decide_as(store, accounts, item.id, True, "sup.lan", PASSWORD, "ok")
    # the same forced step saved again (a resumed draft) keeps its decision
    later = Approval.later("worn ridges", signed.at)
    session.save_fingers(fingers(lambda p: 30, forced={p: ("worn ridges", later)
                                                       for p in (2, 3, 4, 5)}))
    assert desk_approvals.pending(store) == []
    assert session.finalize().state is State.FINALIZED


def test_opening_an_older_database_backs_it_up_and_adds_the_register(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Store.open(data, key_backend="file").close()
    conn = open_db(data / "kiosk.db").conn
    conn.execute("DROP TABLE approvals")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_approvals'")
    conn.commit()
    conn.close()
    with Store.open(data, key_backend="file") as store:
        assert store.read(lambda r: r.db["approvals"].exists())
    [backup] = (data / "backups").iterdir()
    assert backup.name.endswith("before-m005_approvals.db")


def test_four_eyes_a_supervisor_never_decides_their_own_request(tmp_path: Path,
                                                                  monkeypatch) -> None:
    clock = Clock()
    clock.at("D1 09:00")
    with Store.open(tmp_path / "data", key_backend="file", clock=clock) as store:
        accounts = fast_accounts(store)
        lan = accounts.authenticate("sup.lan", PASSWORD)
        accounts.create(lan, "sup.minh", "Minh", Role.SUPERVISOR, "giám sát viên thứ hai")
        own = DeskSession(store, "HN-DESK-1", "sup.lan")  # a supervisor enrolling at a desk
        own.start(applicant(), decision())
        # signed at the desk by the requester: the core refuses, nothing is stored
        with pytest.raises(OwnRequest) as refused:
            own.save_face(face_result("forced", ("yaw",), "tremor",
                                      Approval("SUP.LAN", "tremor", clock.now)))
        assert refused.value.message_key == "approval.own_request"
        assert store.read(lambda r: r.get(own.enrollment_id)).biometrics == ()
        # deferred, then decided from the list by the same supervisor: refused either way
        own.save_face(face_result("forced", ("yaw",), "tremor",
                                  Approval.later("tremor", clock.now)))
        [item] = desk_approvals.pending(store)
        for approve in (True, False):
            with pytest.raises(OwnRequest):
                desk_approvals.decide_as(store, accounts, item.id, approve, "sup.lan",
                                         PASSWORD, "fine")
        assert [i.status for i in desk_approvals.pending(store)] == ["pending"]
        decided = desk_approvals.decide_as(store, accounts, item.id, True, "sup.minh",
                                           "giám sát viên thứ hai", "checked")
        assert (decided.status, decided.decided_by) == ("approved", "sup.minh")
        assert own.finalize().state is State.FINALIZED
