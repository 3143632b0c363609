"""The fingerprint screen against the in-process SBI simulator: the full sequence, low
quality with retries and a forced capture, finger exceptions, device failures and Retry,
duplicate warnings, and a clean stop."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fingerhelp import (
    CAPTURE_WAIT_MS,
    PASSWORD,
    SUPERVISOR,
    blank_finger,
    capture,
    make_screen,
    screen_settings,
    supervised_accounts,
    write_images,
)
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from uihelp import press_enter, type_text

from devices.errors import DeviceNotFound
from devices.ports import Segment
from devices.sbi import synthetic
from devices.sbi.scanner import SimulatedScanner
from devices.sbi.simulator import SbiSimulator
from kiosk.biometrics.fingers.compression import decode_wsq
from kiosk.biometrics.fingers.policy import ExceptionKind, SegmentStatus
from kiosk.desk.results import FingerException, FingerprintSet, FingerStep, SlapResult
from kiosk.domain.fingers import FingerPosition as F
from ui.common import ops
from ui.common.messages import describe
from ui.desk import duplicate_check, finger_worker
from ui.desk.finger_steps import SLAPS
from ui.desk.hand_diagram import GOOD, NEAR, POOR, HandDiagram, score_colour
from ui.dialogs.approval import ApprovalDialog
from ui.dialogs.finger_exception import FingerExceptionDialog
from ui.screens.fingers import FingerprintScreen
from ui.shell.app import install_language

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The officer starts every step and continues (the Enter path; the automatic one is in
    test_ui_fingers_auto.py)."""
    return screen_settings(tmp_path, monkeypatch, auto=False)


@pytest.fixture
def accounts(settings):
    accounts = supervised_accounts(settings)
    ops.run_synchronously(True)
    yield accounts
    ops.run_synchronously(False)


@pytest.fixture(params=["vi", "en"])
def language(request, qapp: QApplication):
    translator = install_language(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


def answer_dialogs(qtbot, finger: F | None = None, kind: ExceptionKind | None = None,
                   reason: str = "Ngón tay bị băng sau tai nạn") -> list[str]:
    """Answer the exception dialog and the approval dialog as they open; returns their
    kinds in order (the test then checks what the screen did)."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FingerExceptionDialog) and "exception" not in seen:
            seen.append("exception")
            dialog.finger.setCurrentIndex(dialog.finger.findData(finger))
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.accept()
        elif isinstance(dialog, ApprovalDialog) and "approval" not in seen:
            seen.append("approval")
            type_text(dialog.reason, reason)
            type_text(dialog.username, SUPERVISOR)
            type_text(dialog.password, PASSWORD)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if len(seen) < (2 if finger else 1):
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)
    return seen


def test_full_sequence_reaches_completed_with_ten_wsq_samples(
        qtbot, settings, accounts, language, screenshot) -> None:
    screen = make_screen(qtbot, settings, accounts)
    screenshot(screen, f"fingers_start_{language}")
    assert screen.current == F.LEFT_FOUR
    assert screen.hand.highlighted == set(Segment.LEFT_SLAP.fingers)
    results: list[FingerprintSet] = []
    screen.completed.connect(results.append)
    for segment in Segment:
        assert screen.current == SLAPS[segment]
        capture(qtbot, screen)
        assert screen.captures[SLAPS[segment]].status == SegmentStatus.ACCEPTED, \
            screen.captures[SLAPS[segment]].summary()
        if segment == Segment.LEFT_SLAP:
            screenshot(screen, f"fingers_left_done_{language}")
    qtbot.waitUntil(lambda: screen.ready, timeout=10_000)
    assert screen.report is not None and screen.report.clean
    assert screen.report.pairs_checked == 45
    assert screen.continue_button.isEnabled()
    screenshot(screen, f"fingers_all_done_{language}")
    press_enter(screen)  # no duplicates: Enter continues
    screen.continue_button.click()  # a second action emits nothing more
    press_enter(screen)
    assert len(results) == 1 and not screen.continue_button.isEnabled()
    fingerprints = results[0]
    assert set(fingerprints.samples) == {F(c) for c in range(1, 11)}
    for finger, sample in fingerprints.samples.items():
        assert sample.position == finger
        assert sample.wsq.startswith(b"\xff\xa0")
        assert decode_wsq(sample.wsq).width > 100
        assert sample.nfiq2 >= 40 and sample.attempts == 1 and sample.forced_reason is None
        chip = screen.cards[next(s for s in Segment if finger in s.fingers)].chips[finger]
        assert chip.property("score") == sample.nfiq2
    assert fingerprints.exceptions == {}
    assert fingerprints.duplicates["clean"] is True
    assert [step.status for step in fingerprints.steps] == ["accepted"] * 3
    assert all(s.device_quality is not None for s in fingerprints.samples.values())
    screen.stop()


def test_low_quality_retries_then_force_with_supervisor_approval(
        qtbot, settings, accounts, tmp_path, language, screenshot) -> None:
    # smooth grey ovals: no ridges, NFIQ2 cannot be computed -> quality 0
    blank = blank_finger()
    screen = make_screen(qtbot, settings, accounts, write_images(tmp_path / "poor", [blank]),
                         timeout_s=0.2)
    screen.worker.scanner.simulator.control(quality=5)  # the device's own score, no NFIQ2
    left = screen.captures[F.LEFT_FOUR]
    capture(qtbot, screen)
    assert left.status == SegmentStatus.RETRY and left.attempts_left == 2
    assert screen.retry_button.isEnabled() and screen.force_button.isEnabled()
    assert screen.current == F.LEFT_FOUR
    chip = screen.cards[Segment.LEFT_SLAP].chips[F.LEFT_INDEX]
    assert chip.property("score") == 0 and "#d93025" in chip.styleSheet()
    assert "5" in chip.text()  # the device's score is shown when it differs
    screenshot(screen, f"fingers_retry_{language}")
    capture(qtbot, screen, key="r")
    capture(qtbot, screen, key="r")
    assert left.status == SegmentStatus.EXHAUSTED and len(left.attempts) == 3
    assert not screen.capture_button.isEnabled()
    screenshot(screen, f"fingers_exhausted_{language}")
    press_enter(screen)  # no attempts left: Enter does nothing
    assert not screen.capturing
    seen = answer_dialogs(qtbot, reason="Da tay mòn do lao động")
    screen.force_button.click()
    assert seen == ["approval"]
    assert left.status == SegmentStatus.FORCED
    assert left.force_reason == "Da tay mòn do lao động"
    assert screen.approvals[F.LEFT_FOUR].supervisor == SUPERVISOR
    assert screen.current == F.RIGHT_FOUR
    screenshot(screen, f"fingers_forced_{language}")
    # the other hand and the thumbs are bandaged today: six exceptions, then continue
    for finger in Segment.RIGHT_SLAP.fingers + Segment.TWO_THUMBS.fingers:
        answer_dialogs(qtbot, finger, ExceptionKind.TEMPORARILY_UNUSABLE)
        screen.exception_button.click()
    assert screen.current is None
    qtbot.waitUntil(lambda: screen.ready, timeout=10_000)
    results: list[FingerprintSet] = []
    screen.completed.connect(results.append)
    screen.continue_button.click()
    fingerprints = results[0]
    assert set(fingerprints.samples) == set(Segment.LEFT_SLAP.fingers)
    assert len(fingerprints.exceptions) == 6
    for sample in fingerprints.samples.values():
        assert sample.forced_reason == "Da tay mòn do lao động" and sample.attempts == 3
        assert sample.approval.supervisor == SUPERVISOR and sample.device_quality == 5
    assert [step.status for step in fingerprints.steps] == ["forced", "excepted",
                                                                "excepted"]
    screen.stop()


def test_finger_exception_with_approval_is_left_out_of_the_request(
        qtbot, settings, accounts, language, screenshot) -> None:
    screen = make_screen(qtbot, settings, accounts)
    seen = answer_dialogs(qtbot, F.LEFT_RING, ExceptionKind.AMPUTATED)
    screen.exception_button.click()
    assert seen == ["exception", "approval"]
    exception = screen.exceptions[F.LEFT_RING]
    assert exception.kind == "amputated" and exception.approval.supervisor == SUPERVISOR
    left = screen.captures[F.LEFT_FOUR]
    assert F.LEFT_RING not in left.expected and len(left.expected) == 3
    assert F.LEFT_RING not in screen.hand.highlighted and F.LEFT_RING in screen.hand.excepted
    assert "Left ring" in screen.instruction.text() or language == "vi"
    screenshot(screen, f"fingers_exception_{language}")
    capture(qtbot, screen)
    assert left.status == SegmentStatus.ACCEPTED
    assert set(left.best.samples) == {F.LEFT_INDEX, F.LEFT_MIDDLE, F.LEFT_LITTLE}
    assert screen.worker.scanner.simulator.captures == 1
    screen.stop()


def test_exceptions_for_both_thumbs_skip_the_segment(qtbot, settings, accounts) -> None:
    screen = make_screen(qtbot, settings, accounts)
    for thumb in (F.LEFT_THUMB, F.RIGHT_THUMB):
        chosen: list[F] = []

        def check_preselected(chosen=chosen) -> None:  # the tapped finger is preselected
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, FingerExceptionDialog):
                chosen.append(dialog.finger.currentData())

        QTimer.singleShot(10, check_preselected)
        answer_dialogs(qtbot, thumb, ExceptionKind.BANDAGED)
        centre = screen.hand.finger_rects()[thumb].center().toPoint()
        qtbot.mouseClick(screen.hand, Qt.MouseButton.LeftButton, pos=centre)
        assert chosen == [thumb]
    assert screen.captures[F.BOTH_THUMBS].status == SegmentStatus.EXCEPTED
    assert screen.current == F.LEFT_FOUR
    # tapping an excepted finger offers to remove the exception
    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

    QTimer.singleShot(30, confirm)
    centre = screen.hand.finger_rects()[F.RIGHT_THUMB].center().toPoint()
    qtbot.mouseClick(screen.hand, Qt.MouseButton.LeftButton, pos=centre)
    assert set(screen.exceptions) == {F.LEFT_THUMB}
    assert screen.captures[F.BOTH_THUMBS].expected == (F.RIGHT_THUMB,)
    assert screen.captures[F.BOTH_THUMBS].status == SegmentStatus.PENDING
    screen.stop()


@pytest.mark.parametrize("failure", [{"status": "Busy"}, {"fault": "disconnect"}])
def test_device_failure_shows_banner_and_retry_keeps_earlier_segments(
        qtbot, settings, accounts, failure, language, screenshot) -> None:
    screen = make_screen(qtbot, settings, accounts)
    simulator = screen.worker.scanner.simulator
    simulator.control(quality=70)  # the kiosk still computes NFIQ2 itself
    capture(qtbot, screen)
    assert screen.captures[F.LEFT_FOUR].status == SegmentStatus.ACCEPTED
    simulator.control(**failure)
    with qtbot.waitSignal(screen.worker.failed, timeout=CAPTURE_WAIT_MS):
        press_enter(screen)
    assert screen.banner.isVisible() and screen.banner.text.text()
    assert screen.failed_step == F.RIGHT_FOUR and screen.retry_button.isEnabled()
    screenshot(screen, f"fingers_device_{next(iter(failure.values()))}_{language}"
               .replace(" ", "_"))
    simulator.control(status="Ready", fault="")
    capture(qtbot, screen, key="r")
    assert not screen.banner.isVisible()
    assert screen.captures[F.RIGHT_FOUR].status == SegmentStatus.ACCEPTED
    assert screen.captures[F.LEFT_FOUR].status == SegmentStatus.ACCEPTED
    assert screen.current == F.BOTH_THUMBS
    screen.stop()


def test_scanner_not_found_at_start_shows_the_banner(qtbot, settings, accounts, language,
                                                     screenshot) -> None:
    from devices.sbi.scanner import SbiScanner

    with SbiSimulator(0) as spare:  # a port that was free a moment ago: nobody listens now
        port = spare.port
    screen = FingerprintScreen(settings, accounts, "can.bo",
                               lambda: SbiScanner(port=port, discovery_timeout_s=0.2))
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    with qtbot.waitSignal(screen.worker.failed, timeout=10_000):
        screen.start()
    assert screen.banner.isVisible() and screen.retry_button.isEnabled()
    assert screen.captures[F.LEFT_FOUR].status == SegmentStatus.PENDING
    screenshot(screen, f"fingers_not_found_{language}")
    screen.stop()


def test_the_scanner_is_made_off_the_ui_thread_and_a_factory_failure_shows_the_banner(
        qtbot, settings, accounts) -> None:
    """Making the scanner (a simulator's keys, a plugin's lookup) never runs on the UI
    thread; when it fails the officer sees why, and Retry makes it again."""
    made_on: list[str] = []

    def factory() -> SimulatedScanner:
        made_on.append(threading.current_thread().name)
        if len(made_on) == 1:
            raise DeviceNotFound("no device plugin named 'acme'",
                                 message_key="device.no_plugin", plugin="acme")
        return SimulatedScanner(capture_timeout_s=20.0)

    screen = FingerprintScreen(settings, accounts, "can.bo", factory)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    with qtbot.waitSignal(screen.worker.failed, timeout=10_000):
        screen.start()
    assert screen.banner.isVisible() and screen.retry_button.isEnabled()
    assert screen.banner.text.text() == describe(DeviceNotFound(
        "x", message_key="device.no_plugin", plugin="acme"))[0]
    screen.retry()  # R: the scanner is made again, and the capture goes on
    qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    assert screen.captures[F.LEFT_FOUR].best is not None
    assert made_on == ["finger-open", "finger-open"]
    assert threading.main_thread().name not in made_on
    screen.stop()


def test_same_print_for_every_finger_raises_the_duplicate_warning(
        qtbot, settings, accounts, tmp_path, language, screenshot) -> None:
    folder = write_images(tmp_path / "same", [synthetic.capture(4242, 1)])
    screen = make_screen(qtbot, settings, accounts, folder)
    screen.worker.scanner.simulator.control(quality=70)
    for _segment in Segment:
        capture(qtbot, screen)
    qtbot.waitUntil(lambda: screen.ready, timeout=20_000)
    report = screen.report
    assert report is not None and not report.clean
    assert (F.LEFT_INDEX, F.RIGHT_INDEX) in {(p.first, p.second) for p in report.flagged} or \
        len(report.flagged) >= 2
    assert screen.warning.isVisible() and screen.warning.text()
    screenshot(screen, f"fingers_duplicates_{language}")
    results: list[FingerprintSet] = []
    screen.completed.connect(results.append)
    screen.continue_button.click()
    assert results and results[0].duplicates["clean"] is False
    # capturing a segment again clears the verdict until the new check ran
    screen.recapture(Segment.TWO_THUMBS)
    assert screen.report is None and not screen.continue_button.isEnabled()
    qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    qtbot.waitUntil(lambda: screen.ready, timeout=20_000)
    screen.stop()


def test_a_check_of_the_last_applicant_ending_after_reset_is_dropped(
        qtbot, settings, accounts, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The officer cancels while the duplicate check still runs and starts the next
    applicant: the old verdict (here: duplicates) must not appear on the new applicant's
    screen. Reset cleared the verdict but a check in flight still landed."""
    ops.run_synchronously(False)  # the real background pool, as in the app
    gate, entered = threading.Event(), threading.Event()

    def held(*args):
        entered.set()
        gate.wait(CAPTURE_WAIT_MS / 1000)
        return real(*args)

    real = duplicate_check.find_duplicates
    monkeypatch.setattr(duplicate_check, "find_duplicates", held)
    folder = write_images(tmp_path / "same", [synthetic.capture(4242, 1)])
    screen = make_screen(qtbot, settings, accounts, folder)
    screen.worker.scanner.simulator.control(quality=70)
    for _segment in Segment:
        capture(qtbot, screen)
    qtbot.waitUntil(entered.is_set, timeout=CAPTURE_WAIT_MS)
    assert screen.checking
    screen.stop()
    screen.reset()  # the next applicant
    gate.set()
    qtbot.waitUntil(lambda: ops._runner.in_flight == 0,
                    timeout=CAPTURE_WAIT_MS)  # the old check's result was delivered
    assert screen.report is None and not screen.checking
    assert not screen.warning.isVisible()


def test_single_finger_scanner_goes_finger_by_finger(
        qtbot, settings, accounts, language, screenshot) -> None:
    def factory() -> SimulatedScanner:
        return SimulatedScanner(None, capture_timeout_s=20.0)

    screen = FingerprintScreen(settings, accounts, "can.bo", factory, single_finger=True)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    screen.start()
    simulator = screen.worker.scanner.simulator
    simulator.control(quality=70)
    assert len(screen.steps) == 10 and screen.current == F.LEFT_INDEX
    assert screen.hand.highlighted == {F.LEFT_INDEX}
    capture(qtbot, screen)
    assert screen.captures[F.LEFT_INDEX].status == SegmentStatus.ACCEPTED
    assert set(screen.captures[F.LEFT_INDEX].best.samples) == {F.LEFT_INDEX}
    assert screen.current == F.LEFT_MIDDLE and screen.hand.highlighted == {F.LEFT_MIDDLE}
    assert screen.cards[Segment.LEFT_SLAP].chips[F.LEFT_INDEX].property("score") > 0
    assert screen.cards[Segment.LEFT_SLAP].chips[F.LEFT_MIDDLE].property("score") is None
    screenshot(screen, f"fingers_single_{language}")
    assert simulator.captures == 1
    screen.stop()


def test_hand_diagram_draws_ten_separate_fingers(qtbot) -> None:
    diagram = HandDiagram()
    qtbot.addWidget(diagram)
    for size in ((520, 220), (1100, 400), (360, 170)):
        diagram.resize(*size)
        rects = list(diagram.finger_rects().values())
        assert len(rects) == 10
        for number, rect in enumerate(rects):
            assert diagram.rect().toRectF().contains(rect), (size, number)
            assert not any(rect.intersects(other) for other in rects[number + 1:]), size
    assert score_colour(40, 40) == GOOD and score_colour(32, 40) == NEAR
    assert score_colour(29, 40) == POOR


def test_the_segment_cards_line_up_their_names_and_statuses(
        qtbot, settings, accounts, language) -> None:
    """The thumbs' card holds one row of chips, the slaps' two: its name and status stay at
    the top as theirs do (they sat 5 and 21 px lower, in the middle of the taller card)."""
    screen = make_screen(qtbot, settings, accounts)
    try:
        cards = list(screen.cards.values())
        qtbot.waitUntil(lambda: all(card.status.text() for card in cards))
        for part in ("title", "status"):
            tops = {card.segment.name: getattr(card, part).mapTo(screen, QPoint(0, 0)).y()
                    for card in cards}  # (the current card's border is 2 px thicker)
            assert max(tops.values()) - min(tops.values()) <= 2, (part, tops)
    finally:
        screen.stop()


def test_live_preview_then_stop_during_a_capture_joins_every_thread(
        qtbot, settings, accounts, language, screenshot) -> None:
    before = set(threading.enumerate())
    screen = make_screen(qtbot, settings, accounts)
    screen.worker.scanner.simulator.control(delay_s=10.0)
    press_enter(screen)
    assert screen.capturing and not screen.capture_button.isEnabled()
    press_enter(screen)  # a second Enter while capturing starts nothing more
    qtbot.waitUntil(screen.preview.isVisible, timeout=5_000)  # the SBI STREAM frames
    assert not screen.preview.pixmap().isNull()
    screenshot(screen, f"fingers_capturing_{language}")
    screen.stop()
    assert not screen.capturing and screen.worker.scanner is None
    qtbot.waitUntil(lambda: not [t for t in set(threading.enumerate()) - before
                                 if t.is_alive() and not t.name.startswith("standby")],
                    timeout=5_000)  # kiosk.domain.threads parks "standby" threads for later use


def test_capture_analysis_and_duplicate_check_run_off_the_ui_thread(
        qtbot, settings, accounts, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each piece of heavy work is held at a gate until the UI thread has beaten a few more
    times: work on the UI thread could never let it beat. (How long the UI ever stalls is
    measured, against an idle baseline, by tests/benchmarks/bench_fingers_ui.py.)"""
    ops.run_synchronously(False)  # the real background pool, as in the app
    gates = {"analysis": threading.Event(), "duplicates": threading.Event()}
    held: list[tuple[str, str]] = []  # (work, thread) in the order they reached their gate

    def gated(work: str, fn):
        def run(*args):
            held.append((work, threading.current_thread().name))
            gates[work].wait(CAPTURE_WAIT_MS / 1000)
            gates[work].clear()
            return fn(*args)
        return run

    monkeypatch.setattr(finger_worker, "analyse_result",
                        gated("analysis", finger_worker.analyse_result))
    monkeypatch.setattr(duplicate_check, "find_duplicates",
                        gated("duplicates", duplicate_check.find_duplicates))
    screen = make_screen(qtbot, settings, accounts)
    screen.worker.scanner.simulator.control(quality=70)
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()

    def beats_while_held(work: str, times: int) -> None:
        """Wait for the ``times``-th piece of ``work`` at its gate, for five more beats of the
        UI thread meanwhile, then let the work go on."""
        qtbot.waitUntil(lambda: [w for w, _ in held].count(work) >= times,
                        timeout=CAPTURE_WAIT_MS)
        ticks = len(beats)
        qtbot.waitUntil(lambda: len(beats) >= ticks + 5, timeout=CAPTURE_WAIT_MS)
        gates[work].set()

    for number, _segment in enumerate(Segment, start=1):
        press_enter(screen)
        assert screen.capturing
        beats_while_held("analysis", number)
        qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    beats_while_held("duplicates", 1)
    qtbot.waitUntil(lambda: screen.ready, timeout=CAPTURE_WAIT_MS)
    heart.stop()
    screen.stop()
    assert [work for work, _ in held] == ["analysis"] * 3 + ["duplicates"]
    assert threading.main_thread().name not in {thread for _, thread in held}


def test_each_accepted_step_is_handed_over_and_a_restored_draft_goes_on_where_it_stopped(
        qtbot, settings, accounts, language, screenshot) -> None:
    """Left slap with an amputated finger, then a restart: a new screen resumes at the right
    slap, says what it restored, and the final set holds the saved slap unchanged."""
    screen = make_screen(qtbot, settings, accounts)
    saved: list[SlapResult] = []
    screen.step_changed.connect(saved.append)
    answer_dialogs(qtbot, F.LEFT_RING, ExceptionKind.AMPUTATED)
    screen.exception_button.click()
    [marked] = saved  # the exception is saved at once; the left slap is still to capture
    assert marked.step.status == "pending" and marked.samples == {}
    assert set(marked.exceptions) == {F.LEFT_RING}
    capture(qtbot, screen)
    left = saved[-1]
    assert left.step.step == F.LEFT_FOUR and left.step.status == "accepted"
    assert set(left.samples) == {F.LEFT_INDEX, F.LEFT_MIDDLE, F.LEFT_LITTLE}
    assert set(left.exceptions) == {F.LEFT_RING}
    assert all(s.device_verified is False and s.device_quality is not None  # no device CA
               for s in left.samples.values())
    screen.stop()

    # the thumbs were not captured yet, but a bandaged right thumb was saved as an exception
    bandaged = FingerException(F.RIGHT_THUMB, "bandaged", "burn", None)
    thumbs = FingerStep(F.BOTH_THUMBS, "pending", 0, 40, exceptions={F.RIGHT_THUMB: "bandaged"})
    kept = {**left.exceptions, F.RIGHT_THUMB: bandaged}
    draft = FingerprintSet(dict(left.samples), kept, {}, (left.step, thumbs))
    again = make_screen(qtbot, settings, accounts)
    again.step_changed.connect(saved.append)
    again.reset()
    again.resume(draft)
    assert again.current == F.RIGHT_FOUR and again.captures[F.LEFT_FOUR].done
    assert again.note.isVisible() and "{0}" not in again.note.text()
    assert again.exceptions == kept
    assert again.captures[F.BOTH_THUMBS].expected == (F.LEFT_THUMB,)
    screenshot(again, f"fingers_restored_{language}")
    capture(qtbot, again)
    capture(qtbot, again)
    qtbot.waitUntil(lambda: again.ready, timeout=20_000)
    assert again.report is not None and again.report.pairs_checked == 28  # eight fingers
    assert [s.step.step for s in saved[2:]] == [F.RIGHT_FOUR, F.BOTH_THUMBS]
    results: list[FingerprintSet] = []
    again.completed.connect(results.append)
    again.continue_button.click()
    [fingerprints] = results
    assert fingerprints.slap(F.LEFT_FOUR) == SlapResult(left.step, left.samples, left.exceptions)
    assert len(fingerprints.samples) == 8 and fingerprints.exceptions == kept
    assert [s.status for s in fingerprints.steps] == ["accepted"] * 3
    again.stop()


def test_enter_and_space_in_the_focused_widget_capture_every_slap_then_continue(
        qtbot, settings, accounts) -> None:
    """Keys as an officer presses them: to whatever has the focus in the shown window, after
    the first capture was clicked. Enter and Space were ignored after the first slap (the
    focused button disabled itself and the focus moved on), and Enter did not continue."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    screen = make_screen(qtbot, settings, accounts)
    results: list[FingerprintSet] = []
    screen.completed.connect(results.append)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.capture_button.setFocus()
    QTest.mouseClick(screen.capture_button, Qt.MouseButton.LeftButton)   # the first by mouse
    assert screen.capturing
    qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        target = QApplication.focusWidget() or screen
        assert target is screen or screen.isAncestorOf(target)
        QTest.keyClick(target, key)
        assert screen.capturing, f"{key} in {target.objectName() or target} started nothing"
        qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    qtbot.waitUntil(lambda: screen.ready, timeout=10_000)
    QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Return)
    assert len(results) == 1
    screen.stop()
