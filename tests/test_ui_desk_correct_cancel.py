"""Correcting the applicant data from review, cancelling a draft with a reason (from review
and from the today list), and interrupted drafts flagged in the today list: all by keys to
the focused widget of the shown window.

The capture screens are stand-ins that emit real results; store, session, applicant, review,
today and the cancel dialog are real.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from deskhelp import face, fingers
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from uihelp import stand_in_desk, type_text, visible_ids

from kiosk.domain.clock import system_clock
from kiosk.domain.enrollment import State
from kiosk.domain.fingers import FingerPosition
from ui.common import ops
from ui.desk.desk_flow import DeskFlow

pytestmark = pytest.mark.gui
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def flow(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    ops.run_synchronously(True)
    desk, services = stand_in_desk(qtbot, active=True)
    yield desk
    ops.run_synchronously(False)
    services.close()


def key(qt_key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), qt_key, modifier)


def tab_to(qtbot, widget: QWidget) -> None:
    """Tab through the form as an officer would until ``widget`` has the focus."""
    for _ in range(40):
        if QApplication.focusWidget() is widget:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget}")


def _to_review(flow: DeskFlow, qtbot) -> str:
    flow.start_new()
    screen = flow.applicant
    screen.apply_mrz(TD3)
    form = screen.form
    form.inputs["residence_card_kind"].setCurrentIndex(
        form.inputs["residence_card_kind"].findData("temporary"))
    form.set_values({"residence_card_number": "TT1234567", "address_vn": "12 Phố Huế, Hà Nội",
                     "phone": "+84912345678"})
    form.inputs["residence_card_expiry"].setText("30/06/2030")
    screen.check()
    key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.face)
    flow.face.captured.emit(face())
    flow.fingers.completed.emit(fingers(skip=10))
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.review)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is flow.review.confirm_button)
    return flow.desk.enrollment_id


def _record(flow: DeskFlow, enrollment_id: str):
    return flow.services.store.read(lambda r: r.get(enrollment_id))


def test_ctrl_e_corrects_the_applicant_and_returns_straight_to_review(flow, qtbot) -> None:
    draft = _to_review(flow, qtbot)
    flow.face.running = flow.fingers.running = False
    key(Qt.Key.Key_E, CTRL)
    applicant = flow.applicant
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is applicant)
    assert applicant.form.inputs["surname"].text() == "KIM"  # filled with the draft's data
    assert applicant.form.inputs["phone"].text() == "+84912345678"
    assert applicant.title.text() == applicant.tr("Correct applicant data")
    key(Qt.Key.Key_Return, CTRL)  # nothing changed: back to review, nothing written
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.review)
    events = [e["event"] for e in flow.services.store.read(lambda r: r.events(draft))]
    assert "applicant_updated" not in events
    qtbot.waitUntil(lambda: QApplication.focusWidget() is flow.review.confirm_button)
    key(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is applicant)
    tab_to(qtbot, applicant.form.inputs["phone"])
    key(Qt.Key.Key_A, CTRL)
    type_text(QApplication.focusWidget(), "+84987654321")
    key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.review)
    assert not flow.face.running and not flow.fingers.running  # no capture again
    shown = [flow.review.details.itemAt(i).widget().text()
             for i in range(flow.review.details.count()) if flow.review.details.itemAt(i)
             .widget() is not None]
    assert "+84987654321" in shown
    record = _record(flow, draft)
    assert record.applicant["phone"] == "+84987654321" and len(record.biometrics) == 10
    updated = [e for e in flow.services.store.read(lambda r: r.events(draft))
               if e["event"] == "applicant_updated"]
    assert [e["detail"] for e in updated] == [{"fields": ["phone"]}]

    # a correction that makes the applicant ineligible is refused, with the reason
    qtbot.waitUntil(lambda: QApplication.focusWidget() is flow.review.confirm_button)
    key(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is applicant)
    tab_to(qtbot, applicant.form.inputs["date_of_birth"])
    key(Qt.Key.Key_A, CTRL)
    type_text(QApplication.focusWidget(), "01/05/2022")
    key(Qt.Key.Key_Return, CTRL)
    assert flow.screens.currentWidget() is applicant
    assert not applicant.continue_button.isEnabled()
    assert applicant.eligibility.text() and "2022" not in applicant.eligibility.text()
    assert _record(flow, draft).applicant["date_of_birth"] == "1990-05-01"
    # put it right: back to review, and the record can be saved
    tab_to(qtbot, applicant.form.inputs["date_of_birth"])
    key(Qt.Key.Key_A, CTRL)
    type_text(QApplication.focusWidget(), "01/05/1990")
    key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.review)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is flow.review.confirm_button)
    key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: _record(flow, draft).enrollment.state is State.FINALIZED)
    assert flow.review.edit_button.isHidden() and flow.review.cancel_button.isHidden()
    key(Qt.Key.Key_E, CTRL)  # no correction once saved
    assert flow.screens.currentWidget() is flow.review


def _dialog_open(flow: DeskFlow, qtbot):
    qtbot.waitUntil(lambda: flow.cancel_dialog is not None and flow.cancel_dialog.isVisible())
    dialog = flow.cancel_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reasons)
    return dialog


def test_cancel_from_review_asks_a_reason_and_wipes_the_samples(flow, qtbot) -> None:
    draft = _to_review(flow, qtbot)
    key(Qt.Key.Key_L, ALT)
    dialog = _dialog_open(flow, qtbot)
    key(Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    key(Qt.Key.Key_Escape)  # keep it
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _record(flow, draft).enrollment.state is State.DRAFT
    qtbot.waitUntil(lambda: flow.screens.isActiveWindow()
                    and QApplication.focusWidget() is flow.review.confirm_button)
    key(Qt.Key.Key_L, ALT)
    dialog = _dialog_open(flow, qtbot)
    flow.close_dialogs()  # the screen locks: the question goes, the draft stays
    qtbot.waitUntil(lambda: flow.cancel_dialog is None)
    assert _record(flow, draft).enrollment.state is State.DRAFT
    qtbot.waitUntil(lambda: flow.screens.isActiveWindow()
                    and QApplication.focusWidget() is flow.review.confirm_button)
    key(Qt.Key.Key_L, ALT)
    dialog = _dialog_open(flow, qtbot)
    key(Qt.Key.Key_Down)  # "The applicant left"
    assert dialog.cancel_button.isEnabled()
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _record(flow, draft).enrollment.state is State.CANCELLED)
    record = _record(flow, draft)
    assert record.enrollment.reason == "applicant_left" and record.biometrics == ()
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.today)
    qtbot.waitUntil(lambda: visible_ids(flow.today) == [draft])
    status = flow.today.table.item(0, 3).text()
    assert status.startswith(flow.today.tr("cancelled"))
    assert not flow.today.interrupted(flow.today._rows[0])


def test_interrupted_drafts_are_flagged_resumed_by_enter_and_cancelled_from_today(
        flow, qtbot) -> None:
    flow.start_new()
    flow.applicant.apply_mrz(TD3)
    draft = None
    # a draft with the photo and the left slap saved, then left
    form = flow.applicant.form
    form.inputs["residence_card_kind"].setCurrentIndex(
        form.inputs["residence_card_kind"].findData("temporary"))
    form.set_values({"residence_card_number": "TT1234567", "address_vn": "12 Phố Huế, Hà Nội",
                     "phone": "+84912345678"})
    form.inputs["residence_card_expiry"].setText("30/06/2030")
    flow.applicant.check()
    key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: flow.desk.enrollment_id is not None)
    draft = flow.desk.enrollment_id
    flow.face.captured.emit(face())
    flow.fingers.step_changed.emit(fingers(skip=10).slap(FingerPosition.LEFT_FOUR))
    flow.show_today()
    today = flow.today
    qtbot.waitUntil(lambda: visible_ids(today) == [draft])
    assert not today.interrupted(today._rows[0])  # just now, by this officer
    today.now = lambda: system_clock() + timedelta(minutes=31)
    flow.refresh_today()
    status = today.table.item(0, 3).text()
    assert status == today.tr("interrupted at %1: resume (Enter) or cancel").replace(
        "%1", today.tr("fingerprints %1 of 3").replace("%1", "1"))
    assert today.table.item(0, 3).font().bold()
    # Enter on the row resumes
    tab_to(qtbot, today.table)
    key(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: today.table.currentRow() == 0)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.fingers)
    flow.show_today()
    qtbot.waitUntil(lambda: visible_ids(today) == [draft])
    tab_to(qtbot, today.table)
    if today.table.currentRow() != 0:
        key(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: today.cancel_button.isEnabled())
    key(Qt.Key.Key_Delete, CTRL)
    dialog = _dialog_open(flow, qtbot)
    key(Qt.Key.Key_End)  # "Other": the details are required
    assert not dialog.cancel_button.isEnabled()
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.details
    type_text(dialog.details, "came back tomorrow")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _record(flow, draft).enrollment.state is State.CANCELLED)
    assert _record(flow, draft).biometrics == ()
    qtbot.waitUntil(lambda: today.table.item(0, 3).text().endswith("came back tomorrow"))
    assert not today.cancel_button.isEnabled()  # a cancelled record: nothing to cancel


def test_a_draft_from_another_officer_or_an_earlier_sign_in_is_interrupted(qtbot) -> None:
    from dataclasses import replace

    from ui.screens.today import TodayScreen
    from ui.showcase import demo_data as demo

    now = system_clock()
    screen = TodayScreen(officer="can.bo", since=now - timedelta(minutes=5))
    qtbot.addWidget(screen)
    draft = next(r for r in demo.today_rows() if r.state is State.DRAFT and not r.approval)
    fresh = replace(draft, last_activity=now, has_face=True, finger_steps=0, reviewed=False)
    assert not screen.interrupted(fresh)
    assert screen.interrupted(replace(fresh, officer_id="off.binh"))
    assert screen.interrupted(replace(fresh, last_activity=now - timedelta(minutes=10)))
    assert screen.step_name(fresh) == screen.tr("photo")
    saved = next(r for r in demo.today_rows() if r.state is State.FINALIZED)
    assert not screen.interrupted(replace(saved, last_activity=now - timedelta(hours=3)))


def test_a_saved_record_cannot_be_cancelled_from_the_today_list(qtbot) -> None:
    from ui.screens.today import TodayScreen
    from ui.showcase import demo_data as demo

    screen = TodayScreen(officer="can.bo")
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    rows = demo.today_rows()
    screen.blockSignals(True)  # no store behind it
    screen.show_rows(rows)
    screen.blockSignals(False)
    saved = next(i for i, r in enumerate(rows) if r.state is State.FINALIZED)
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    for _ in range(len(rows)):
        if screen.table.currentRow() == saved:
            break
        key(Qt.Key.Key_Down)
    assert screen.table.currentRow() == saved
    assert not screen.cancel_button.isEnabled()
    with qtbot.assertNotEmitted(screen.cancel_requested):
        key(Qt.Key.Key_Delete, CTRL)
    key(Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: screen.table.currentRow() == 0)  # a draft: it can be
    assert screen.cancel_button.isEnabled()
    with qtbot.waitSignal(screen.cancel_requested, timeout=2000) as signal:
        key(Qt.Key.Key_Delete, CTRL)
    assert signal.args == [rows[0].id, rows[0].name]
