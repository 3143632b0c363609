"""The fingerprint screen's defaults in a real window: each step starts by itself (the
scanner waits for the fingers) and a clean set goes on by itself; a retry, repeated fingers
and nobody at the scanner wait for the officer."""

from __future__ import annotations

from pathlib import Path

import pytest
from fingerhelp import (
    CAPTURE_WAIT_MS,
    blank_finger,
    capture,
    make_screen,
    screen_settings,
    supervised_accounts,
    write_images,
)

from devices.sbi import synthetic
from devices.sbi.scanner import SimulatedScanner
from kiosk.biometrics.fingers.policy import SegmentStatus
from kiosk.desk.results import FingerprintSet
from kiosk.domain.fingers import FingerPosition as F
from ui.applicant import prompts as applicant_prompts
from ui.common import ops
from ui.desk import finger_worker
from ui.screens.fingers import FingerprintScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    settings = screen_settings(tmp_path, monkeypatch, auto=True)
    assert settings["fingers.auto_capture"] and settings["fingers.auto_continue"]
    return settings


@pytest.fixture
def accounts(settings):
    accounts = supervised_accounts(settings)
    ops.run_synchronously(True)
    yield accounts
    ops.run_synchronously(False)


def test_by_default_every_slap_starts_by_itself_and_a_clean_set_goes_on(
        qtbot, settings, accounts) -> None:
    """No key at all: the scanner waits for each slap in turn, and a set with no repeated
    finger is handed over as soon as the duplicate check is done."""
    results: list[FingerprintSet] = []
    screen = FingerprintScreen(settings, accounts, "can.bo",
                               lambda: SimulatedScanner(None, capture_timeout_s=20.0))
    screen.completed.connect(results.append)
    prompts: list[str] = []  # what the applicant display is told, in order
    screen.prompt_changed.connect(lambda key: prompts.append(key) if not prompts
                                  or prompts[-1] != key else None)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start()
    assert screen.capturing and screen.auto_started  # the first slap, without a key
    qtbot.waitUntil(lambda: bool(results), timeout=3 * CAPTURE_WAIT_MS)
    assert [step.status for step in results[0].steps] == ["accepted"] * 3
    assert len(results[0].samples) == 10 and results[0].duplicates["clean"] is True
    assert screen.finished and not screen.capturing
    asked = [k for k in prompts if k in (applicant_prompts.LEFT_FOUR,
                                         applicant_prompts.RIGHT_FOUR,
                                         applicant_prompts.THUMBS)]
    assert asked == [applicant_prompts.LEFT_FOUR, applicant_prompts.RIGHT_FOUR,
                     applicant_prompts.THUMBS]  # the applicant is asked for each in turn
    screen.stop()


def test_a_retry_and_a_flagged_set_wait_for_the_officer(
        qtbot, settings, accounts, tmp_path) -> None:
    """Automatic starts stop where the officer must decide: a slap below the threshold is
    not tried again by itself, and repeated fingers are never continued by themselves."""
    images = write_images(tmp_path / "poor", [blank_finger()])
    poor = FingerprintScreen(settings, accounts, "can.bo",
                             lambda: SimulatedScanner(images, capture_timeout_s=0.2))
    qtbot.addWidget(poor)
    poor.show()
    qtbot.waitExposed(poor)
    poor.worker.start()  # the scanner, so that its score can be set before the first slap
    poor.worker.scanner.simulator.control(quality=5)
    poor.start()
    assert poor.auto_started
    qtbot.waitUntil(lambda: not poor.capturing, timeout=CAPTURE_WAIT_MS)
    left = poor.captures[F.LEFT_FOUR]
    # the screen decides at once (in the same call that recorded the attempt)
    assert left.status == SegmentStatus.RETRY and len(left.attempts) == 1
    assert not poor.capturing and poor.retry_button.isEnabled()
    poor.stop()

    same = make_screen(qtbot, settings, accounts,
                       write_images(tmp_path / "same", [synthetic.capture(4242, 1)]))
    same.worker.scanner.simulator.control(quality=70)
    results: list[FingerprintSet] = []
    same.completed.connect(results.append)
    qtbot.waitUntil(lambda: same.ready, timeout=3 * CAPTURE_WAIT_MS)
    assert same.report is not None and not same.report.clean
    assert not results and same.continue_button.isEnabled()
    assert same.warning.isVisible()
    same.continue_button.click()  # the officer decides: Continue anyway
    assert results and results[0].duplicates["clean"] is False
    same.stop()


def test_nobody_at_the_scanner_is_not_a_device_problem(qtbot, settings, accounts) -> None:
    """A step that started by itself and timed out with no fingers (SBI error 701) waits for
    Enter with no red banner; Enter then captures."""
    screen = make_screen(qtbot, settings, accounts)
    qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    screen.stop()
    screen.reset()
    screen.worker = finger_worker.FingerWorker(
        lambda: SimulatedScanner(None, capture_timeout_s=20.0), screen)
    screen.worker.analysed.connect(screen.handle_capture)
    screen.worker.failed.connect(screen.handle_failure)
    screen.worker.start()
    screen.worker.scanner.simulator.control(error_code=701)
    screen.started = True
    screen._auto_capture()
    assert screen.capturing
    qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)
    assert not screen.banner.isVisible() and screen.failed_step is None
    assert screen.captures[F.LEFT_FOUR].status == SegmentStatus.PENDING
    assert "Enter" in screen.instruction.text() or screen.instruction.text()
    screen.worker.scanner.simulator.control(error_code=0)
    capture(qtbot, screen)
    assert screen.captures[F.LEFT_FOUR].status == SegmentStatus.ACCEPTED
    screen.stop()
