"""The desk flow: each step saved before the next; "Saved" only after commit; receipt; resume.

The capture screens here are stand-ins that emit real results (the real screens have their own
tests); everything else is real: store, session, applicant, review and today screens.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from deskhelp import face, fingers
from PySide6.QtWidgets import QStackedWidget
from uihelp import StandInCapture, stand_in_desk, visible_ids

from devices.sbi.scanner import SimulatedScanner
from kiosk.domain.enrollment import State
from kiosk.domain.fingers import FingerPosition
from kiosk.options import load_settings
from station.services import Services
from ui.common import ops
from ui.desk.desk_flow import DeskFlow
from ui.screens.fingers import FingerprintScreen

pytestmark = pytest.mark.gui
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")


@pytest.fixture
def flow(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    ops.run_synchronously(True)
    desk, services = stand_in_desk(qtbot)
    yield desk
    ops.run_synchronously(False)
    services.close()


def _fill_applicant(flow: DeskFlow) -> None:
    screen = flow.applicant
    screen.apply_mrz(TD3)
    form = screen.form
    form.inputs["residence_card_kind"].setCurrentIndex(
        form.inputs["residence_card_kind"].findData("temporary"))
    form.set_values({"residence_card_number": "TT1234567", "residence_card_expiry": None,
                     "address_vn": "12 Phố Huế, Hà Nội", "phone": "+84912345678"})
    form.inputs["residence_card_expiry"].setText("30/06/2030")
    screen.check()


def test_full_flow_saves_each_step_and_says_saved_only_after_commit(flow, screenshot) -> None:
    store = flow.services.store
    flow.start_new()
    _fill_applicant(flow)
    flow.applicant.continue_button.click()
    assert flow.screens.currentWidget() is flow.face and flow.face.running
    draft_id = flow.desk.enrollment_id
    assert store.read(lambda r: r.get(draft_id)).enrollment.state is State.DRAFT
    flow.face.captured.emit(face())
    assert flow.screens.currentWidget() is flow.fingers and not flow.face.running
    flow.fingers.completed.emit(fingers(skip=10))
    assert flow.screens.currentWidget() is flow.review
    assert len(store.read(lambda r: r.get(draft_id)).biometrics) == 10
    assert flow.review.saved.isHidden()
    screenshot(flow.screens, "review_before_save")
    receipts = []
    flow.receipt_ready.connect(receipts.append)
    flow.review.confirm_button.click()
    flow.review.confirm_button.click()  # a double click saves once
    assert store.read(lambda r: r.get(draft_id)).enrollment.state is State.FINALIZED
    assert len(store.read(lambda r: r.pending_outbox())) == 1
    assert flow.review.saved.isVisible() and draft_id in flow.review.saved.text()
    screenshot(flow.screens, "review_saved")
    [sealed] = receipts
    assert Path(sealed).stat().st_mode & 0o777 == 0o600
    assert b"KIM MIN JUN" not in Path(sealed).read_bytes()   # kept sealed with the data key
    if shutil.which("pdftotext"):
        pdf = Path(sealed).with_name("check.pdf")
        pdf.write_bytes(store.load_receipt(draft_id))
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True).stdout
        pdf.unlink()
        assert draft_id in text and "KIM MIN JUN" in text
    flow.review.next_button.click()
    assert flow.screens.currentWidget() is flow.applicant
    assert flow.applicant.form.inputs["surname"].text() == ""


def test_a_failed_save_keeps_the_review_and_says_nothing_saved(flow) -> None:
    flow.start_new()
    _fill_applicant(flow)
    flow.applicant.continue_button.click()
    flow.face.captured.emit(face())
    flow.fingers.completed.emit(fingers())
    store = flow.services.store
    # a full disk at the moment of saving: the outbox row cannot be written
    store.write(lambda r: r.db.execute(
        "CREATE TRIGGER fill AFTER UPDATE ON enrollments BEGIN "
        "INSERT INTO outbox (enrollment_id, action, created_at) SELECT id, 'x', "
        "zeroblob(100000) FROM enrollments LIMIT 1; END")).result()
    pages = store.write(lambda r: r.db.execute("PRAGMA page_count").fetchone()[0]).result()
    store.write(lambda r: r.db.execute(f"PRAGMA max_page_count = {pages}")).result()
    flow.review.confirm_button.click()
    assert flow.review.saved.isHidden()
    assert flow.review.error.isVisible()
    assert flow.review.confirm_button.isEnabled()  # the officer can try again
    state = store.read(lambda r: r.get(flow.desk.enrollment_id)).enrollment.state
    assert state is State.DRAFT  # nothing half-saved: the whole finalize rolled back


def test_today_lists_drafts_and_resumes_at_the_first_missing_step(flow, screenshot) -> None:
    flow.start_new()
    _fill_applicant(flow)
    flow.applicant.continue_button.click()
    flow.face.captured.emit(face())
    draft_id = flow.desk.enrollment_id
    flow.show_today()
    flow.refresh_today()
    assert visible_ids(flow.today) == [draft_id]
    flow.today.search.setText("kim")
    assert visible_ids(flow.today) == [draft_id]
    flow.today.search.setText("tanaka")
    assert visible_ids(flow.today) == []
    flow.today.search.clear()
    screenshot(flow.screens, "today")
    flow.today.table.selectRow(0)
    flow.today._resume()
    assert flow.screens.currentWidget() is flow.fingers and flow.fingers.running


def test_scanned_passport_or_ticket_starts_an_enrollment_from_the_today_list(flow) -> None:
    from datetime import UTC, datetime

    from kiosk.domain.tickets import generate_ticket_keys, issue_ticket

    flow.show_today()
    flow.handle_mrz(TD3)
    assert flow.screens.currentWidget() is flow.applicant
    assert flow.applicant.form.inputs["surname"].text() == "KIM"
    issuer, desk_keys = generate_ticket_keys()
    office = flow.services.station_id  # no station.office here: the station id stands for it
    ticket = issue_ticket(issuer, 17, office, {"surname": "TANAKA", "given_names": "HANA",
                                               "nationality": "JPN", "phone": "+84911111111"},
                          datetime.now(UTC), "Asia/Ho_Chi_Minh")
    flow.show_today()
    flow.handle_text(ticket)  # no key configured: a clear message, nothing filled
    assert flow.applicant.mrz_banner.isVisible()
    assert flow.applicant.form.inputs["surname"].text() == ""
    flow.ticket_key = desk_keys
    flow.show_today()
    flow.handle_text(ticket)
    assert flow.applicant.form.inputs["surname"].text() == "TANAKA"
    assert "17" in flow.applicant.hint.text()
    flow.handle_text(ticket)  # the same ticket scanned twice into one form: not a second use
    assert not flow.applicant.mrz_banner.isVisible()
    flow.handle_text(ticket.replace(":", "x", 1))  # not a ticket at all: ignored
    assert flow.applicant.form.inputs["surname"].text() == "TANAKA"


def test_a_ticket_is_used_once_and_only_at_its_office(flow) -> None:
    from datetime import UTC, datetime

    from kiosk.domain.tickets import generate_ticket_keys, issue_ticket

    issuer, flow.ticket_key = generate_ticket_keys()
    data = {"surname": "TANAKA", "nationality": "JPN"}
    ticket = issue_ticket(issuer, 18, flow.services.station_id, data, datetime.now(UTC),
                          "Asia/Ho_Chi_Minh")
    flow.show_today()
    flow.handle_text(ticket)
    assert flow.applicant.form.inputs["surname"].text() == "TANAKA"
    flow.show_today()  # the next applicant shows the same ticket
    flow.handle_text(ticket)
    banner = flow.applicant.mrz_banner
    assert banner.isVisible() and flow.applicant.form.inputs["surname"].text() == ""
    assert "already used" in banner.text.text() and flow.services.station_id in \
        banner.text.text() and "%1" not in banner.text.text()
    other = issue_ticket(issuer, 19, "DN-PA08", data, datetime.now(UTC), "Asia/Ho_Chi_Minh")
    flow.show_today()
    flow.handle_text(other)
    assert "another office (DN-PA08)" in banner.text.text()
    assert flow.applicant.form.inputs["surname"].text() == ""


def test_a_stray_scan_during_capture_is_ignored(flow) -> None:
    flow.start_new()
    _fill_applicant(flow)
    flow.applicant.continue_button.click()
    assert flow.screens.currentWidget() is flow.face
    flow.handle_mrz(TD3)
    assert flow.screens.currentWidget() is flow.face and flow.face.running


def test_a_ticket_shown_to_the_camera_fills_the_form(flow, tmp_path: Path, monkeypatch) -> None:
    from datetime import UTC, datetime

    import cv2
    import numpy as np
    import segno

    from kiosk.domain.tickets import generate_ticket_keys, issue_ticket

    issuer, flow.ticket_key = generate_ticket_keys()
    ticket = issue_ticket(issuer, 23, flow.services.station_id,
                          {"surname": "PARK", "nationality": "KOR"},
                          datetime.now(UTC), "Asia/Ho_Chi_Minh")
    code = np.array([[0 if d else 255 for d in row]
                     for row in segno.make_qr(ticket, error="m").matrix_iter(scale=4, border=4)],
                    dtype=np.uint8)
    frames = tmp_path / "frames"
    frames.mkdir()
    cv2.imwrite(str(frames / "ticket.png"), cv2.cvtColor(code, cv2.COLOR_GRAY2BGR))
    settings = flow.services.settings.replace(devices__camera=f"file:{frames}")
    monkeypatch.setattr(flow.services, "settings", settings)
    flow.start_new()
    flow.applicant.scan_button.click()
    assert flow.applicant.form.inputs["surname"].text() == "PARK"
    assert flow.applicant.scan_button.isEnabled()


def test_each_accepted_slap_is_saved_at_once_and_a_resumed_draft_gets_it_back(flow) -> None:
    flow.start_new()
    _fill_applicant(flow)
    flow.applicant.continue_button.click()
    flow.face.captured.emit(face())
    draft_id = flow.desk.enrollment_id
    full = fingers(skip=10)
    left = full.slap(FingerPosition.LEFT_FOUR)
    flow.fingers.step_changed.emit(left)  # the screen accepted the left slap (finger 10 excepted)
    stored = {b.position for b in flow.services.store.read(lambda r: r.get(draft_id)).biometrics}
    assert stored == {"portrait", "7", "8", "9"}
    flow.show_today()
    flow.fingers.resumed.clear()
    flow.resume(draft_id)
    assert flow.screens.currentWidget() is flow.fingers
    [restored] = flow.fingers.resumed
    assert restored.slap(FingerPosition.LEFT_FOUR) == left
    assert restored.exceptions == left.exceptions
    # the rest, then the reviewed set: a resume now goes to the review
    flow.fingers.step_changed.emit(full.slap(FingerPosition.RIGHT_FOUR))
    flow.fingers.step_changed.emit(full.slap(FingerPosition.BOTH_THUMBS))
    flow.fingers.completed.emit(full)
    assert flow.screens.currentWidget() is flow.review
    flow.show_today()
    flow.resume(draft_id)
    assert flow.screens.currentWidget() is flow.review
    assert flow.fingers.resumed[-1] == full


def test_with_the_real_scanner_screen_a_slap_survives_leaving_and_the_draft_resumes_after_it(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real fingerprint screen and SBI simulator: the left slap is saved through a
    background op as soon as it is accepted; leaving and resuming the draft (a new desk flow
    on the same store, as after a restart) continues at the right slap, says so, and the
    reviewed set holds the saved slap."""
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    services = Services.open(load_settings())

    def desk_flow() -> DeskFlow:
        fingers_screen = FingerprintScreen(services.settings, services.accounts, "off.an",
                                           lambda: SimulatedScanner(capture_timeout_s=20))
        stack = QStackedWidget()
        qtbot.addWidget(stack)
        made = DeskFlow(stack, services, "off.an", StandInCapture(), fingers_screen,
                        open_receipts=False)
        stack.resize(1100, 760)
        stack.show()
        return made

    try:
        flow = desk_flow()
        flow.start_new()
        _fill_applicant(flow)
        flow.applicant.continue_button.click()
        qtbot.waitUntil(lambda: flow.desk.enrollment_id is not None, timeout=10_000)
        flow.face.captured.emit(face())
        qtbot.waitUntil(lambda: flow.screens.currentWidget() is flow.fingers, timeout=10_000)
        draft_id = flow.desk.enrollment_id
        screen = flow.fingers
        screen.capture_current()
        qtbot.waitUntil(lambda: screen.current == FingerPosition.RIGHT_FOUR, timeout=30_000)

        def saved_positions() -> set[str]:
            record = services.store.read(lambda r: r.get(draft_id))
            return {b.position for b in record.biometrics if b.kind == "finger"}

        qtbot.waitUntil(lambda: saved_positions() == {"7", "8", "9", "10"}, timeout=10_000)
        flow.show_today()
        flow.shut_down()

        again = desk_flow()  # the next start of the kiosk
        again.resume(draft_id)
        resumed = again.fingers
        qtbot.waitUntil(lambda: again.screens.currentWidget() is resumed, timeout=10_000)
        assert resumed.current == FingerPosition.RIGHT_FOUR and resumed.note.isVisible()
        for _ in range(2):
            step = resumed.current
            resumed.capture_current()
            qtbot.waitUntil(lambda s=step: resumed.current != s, timeout=30_000)
        qtbot.waitUntil(lambda: resumed.ready, timeout=30_000)
        resumed.finish()
        qtbot.waitUntil(lambda: again.screens.currentWidget() is again.review, timeout=10_000)
        events = [e["event"] for e in services.store.read(lambda r: r.events(draft_id))]
        assert events.count("finger_step_saved") == 3 and events[-1] == "fingerprints_reviewed"
        assert len(saved_positions()) == 10
        again.shut_down()
    finally:
        services.close()
