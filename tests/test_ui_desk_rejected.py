"""A forced photo deferred to a supervisor: the today list says the draft waits (or was
rejected), and a rejected photo is retaken from the review screen, which withdraws the request.

Real store, session, approvals register, today and review screens; stand-in capture screens
emit real results (as in test_ui_desk_flow).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from deskhelp import AT, fingers
from deskhelp import face as auto_face
from reportseed import PASSWORD, fast_accounts
from test_ui_desk_flow import _fill_applicant
from uihelp import stand_in_desk, visible_ids

from kiosk.desk import approvals as desk_approvals
from kiosk.desk.results import Approval
from kiosk.domain.enrollment import State
from kiosk.store.approvals import ApprovalPending
from ui.common import ops
from ui.desk.desk_flow import DeskFlow

pytestmark = pytest.mark.gui


@pytest.fixture
def flow(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    ops.run_synchronously(True)
    desk, services = stand_in_desk(qtbot)
    yield desk, fast_accounts(services.store)
    ops.run_synchronously(False)
    services.close()


def _forced_later():
    return replace(auto_face(forced=True), approval=Approval.later("medical condition", AT))


def _to_review_with_a_deferred_photo(flow: DeskFlow) -> str:
    flow.start_new()
    _fill_applicant(flow)
    flow.applicant.continue_button.click()
    flow.face.captured.emit(_forced_later())
    flow.fingers.completed.emit(fingers())
    assert flow.screens.currentWidget() is flow.review
    return flow.desk.enrollment_id


def _status_text(flow: DeskFlow, enrollment_id: str) -> str:
    flow.show_today()
    flow.refresh_today()
    row = visible_ids(flow.today).index(enrollment_id)
    return flow.today.table.item(row, 3).text()


def _reject(flow: DeskFlow, accounts) -> None:
    [item] = desk_approvals.pending(flow.services.store)
    desk_approvals.decide_as(flow.services.store, accounts, item.id, False, "sup.lan",
                             PASSWORD, "eyes closed, take it again")


def test_today_says_a_draft_waits_for_a_supervisor_then_that_it_was_rejected(
        flow, screenshot) -> None:
    flow, accounts = flow
    draft = _to_review_with_a_deferred_photo(flow)
    assert not flow.review.face_button.isVisible()  # nothing rejected yet
    assert _status_text(flow, draft) == "draft: waiting for a supervisor's approval"
    _reject(flow, accounts)
    assert _status_text(flow, draft) == "draft: rejected by a supervisor, capture again"
    screenshot(flow.screens, "today_rejected_draft")


def test_a_rejected_forced_photo_is_retaken_from_review_after_resuming(flow, screenshot) -> None:
    flow, accounts = flow
    store = flow.services.store
    draft = _to_review_with_a_deferred_photo(flow)
    _reject(flow, accounts)
    flow.show_today()
    flow.refresh_today()
    flow.today.table.selectRow(visible_ids(flow.today).index(draft))
    flow.today._resume()
    review = flow.review
    assert flow.screens.currentWidget() is review and review.face_button.isVisible()
    assert "Rejected by a supervisor" in review.face_note.text()
    screenshot(flow.screens, "review_photo_rejected")
    review.face_button.click()
    assert flow.screens.currentWidget() is flow.face and flow.face.running
    flow.face.captured.emit(auto_face())
    assert flow.screens.currentWidget() is review  # fingerprints are kept: straight to review
    assert not review.face_button.isVisible()
    statuses = store.read(lambda r: [s for (s,) in r.db.execute(
        "SELECT status FROM approvals WHERE enrollment_id = ?", [draft])])
    assert statuses == ["withdrawn"]
    review.confirm_button.click()
    assert store.read(lambda r: r.get(draft)).enrollment.state is State.FINALIZED


def test_a_rejection_seen_at_confirm_offers_the_retake(flow) -> None:
    flow, accounts = flow
    store = flow.services.store
    draft = _to_review_with_a_deferred_photo(flow)
    _reject(flow, accounts)  # decided while the officer is on the review screen
    flow.review.confirm_button.click()
    assert flow.review.error.isVisible() and flow.review.face_button.isVisible()
    assert store.read(lambda r: r.get(draft)).enrollment.state is State.DRAFT
    flow.review.face_button.click()
    forced_again = _forced_later()  # forced once more: a new request, the rejected one goes
    flow.face.captured.emit(forced_again)
    assert flow.screens.currentWidget() is flow.review
    rows = store.read(lambda r: r.db.execute(
        "SELECT status FROM approvals WHERE enrollment_id = ? ORDER BY id", [draft]).fetchall())
    assert [s for (s,) in rows] == ["withdrawn", "pending"]
    with pytest.raises(ApprovalPending):  # still blocked, but now waiting, not rejected
        flow.desk.finalize()
