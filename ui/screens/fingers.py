"""Fingerprint capture: left slap, right slap, both thumbs, with quality, retries, force,
finger exceptions and the duplicate check; emits ``step_changed(SlapResult)`` as soon as a step
is accepted (or forced) and whenever an exception changes a step, so the desk saves it at once,
and
``completed(FingerprintSet)`` at the end. :meth:`resume` continues a restored draft at the
first missing step.

Keys: Enter or Space captures the current step, R captures it again. With a single-finger
scanner every finger is a step of its own, in the same order. With ``fingers.auto_capture``
each new step starts by itself (the scanner waits for the fingers), and with
``fingers.auto_continue`` a clean set goes on to the review by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices.errors import DeviceTimeout
from devices.ports import FingerprintScanner, Segment
from kiosk.accounts.service import Accounts
from kiosk.biometrics.fingers.duplicates import DuplicateReport
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.biometrics.fingers.policy import (
    CapturePolicy,
    CapturePolicyError,
    ExceptionKind,
    SegmentCapture,
    SegmentStatus,
)
from kiosk.biometrics.fingers.quality import FingerQuality
from kiosk.desk.results import Approval, FingerException, FingerprintSet, SlapResult
from kiosk.domain.errors import KioskError
from kiosk.domain.fingers import FingerPosition
from ui.applicant.prompts import applicant_step_prompt
from ui.common import style
from ui.common.languages import list_text
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner, title_label
from ui.desk.duplicate_check import DuplicateCheck
from ui.desk.finger_names import (
    duplicate_warning,
    exception_kind_name,
    finger_name,
    step_name,
)
from ui.desk.finger_steps import (
    RestoredFinger,
    capture_steps,
    fingerprint_set,
    restored_templates,
    slap_result,
    step_fingers,
    step_segment,
)
from ui.desk.finger_worker import AnalysedCapture, FingerWorker
from ui.desk.hand_diagram import HandDiagram
from ui.dialogs.approval import ApprovalDialog
from ui.dialogs.finger_exception import FingerExceptionDialog
from ui.screens.finger_cards import SegmentCard
from ui.screens.finger_instruction import step_instruction


class FingerprintScreen(QWidget):
    """Pass settings, accounts (for approvals), the officer's username and a scanner factory;
    :meth:`start` opens the scanner, :meth:`stop` closes it and joins its threads."""

    completed = Signal(object)
    step_changed = Signal(object)  # SlapResult: save it now (accepted, or exceptions changed)
    prompt_changed = Signal(str)  # what the applicant must do (ui.applicant.prompts keys)

    def __init__(self, settings: Any, accounts: Accounts, officer: str,
                 scanner_factory: Callable[[], FingerprintScanner], *,
                 single_finger: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintScreen")
        self.settings, self.accounts, self.officer = settings, accounts, officer
        self.worker = FingerWorker(scanner_factory, self)
        self.worker.analysed.connect(self.handle_capture)
        self.worker.failed.connect(self.handle_failure)
        self.worker.preview.connect(self._show_preview)
        self.exceptions: dict[FingerPosition, FingerException] = {}
        self.approvals: dict[FingerPosition, Approval] = {}
        self.steps = capture_steps(single_finger)
        self.captures = {step: self._new_capture(step) for step in self.steps}
        self.current: FingerPosition | None = self.steps[0]
        self.capturing = False
        self.auto_started = False  # the running capture was started by the screen itself
        self.started = False  # between start() and stop(): the scanner is this screen's
        self.failed_step: FingerPosition | None = None
        self.duplicates = DuplicateCheck(self, self._checked)
        self.finished = False
        # steps as restored from the draft (while their capture is the restored one)
        self._restored: dict[FingerPosition, tuple[SegmentCapture, SlapResult]] = {}
        self._templates: dict[FingerPosition, FingerTemplate] = {}  # of restored fingers
        self.restoring = False
        self._restore_number = 0

        self.instruction = title_label("", 1.4)
        self.hand = HandDiagram()
        self.hand.finger_clicked.connect(self.mark_exception)
        self.preview = QLabel()
        self.preview.setFixedSize(*self.worker.preview_size)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.preview.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # no layout jump when the live view appears
        self.preview.setSizePolicy(policy)
        self.preview.hide()
        self.banner = ErrorBanner()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        style.tone(self.warning, style.WARNING)
        style.reserve(self.warning)
        self.warning.hide()
        self.note = QLabel()  # what was restored from the draft
        self.note.setObjectName("fingersRestoredNote")
        self.note.setWordWrap(True)
        style.tone(self.note, style.INFO)
        self.note.hide()
        self.cards = {s: SegmentCard(s) for s in Segment}
        for card in self.cards.values():
            card.recapture_requested.connect(self.recapture)
        self.capture_button = QPushButton(self.tr("&Capture (Enter)"))
        self.retry_button = QPushButton(self.tr("&Retry (R)"))
        self.force_button = QPushButton(self.tr("&Force capture…"))
        self.exception_button = QPushButton(self.tr("Finger &exception…"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.capture_button.clicked.connect(self.capture_current)
        self.retry_button.clicked.connect(self.retry)
        self.force_button.clicked.connect(self.force_current)
        self.exception_button.clicked.connect(lambda: self.mark_exception())
        self.continue_button.clicked.connect(self.finish)
        style.primary(self.capture_button)  # Enter; Continue takes over when all is captured
        style.primary(self.continue_button)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.hand, 3)
        middle.addWidget(self.preview)
        buttons = QHBoxLayout()
        for button in (self.capture_button, self.retry_button, self.force_button,
                       self.exception_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Fingerprints")))
        layout.addLayout(cards)
        layout.addWidget(self.note)
        layout.addWidget(self.instruction)
        layout.addLayout(middle, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space: capture; R: capture again (keys children did not use)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.capture_current()
        elif event.key() == Qt.Key.Key_R:
            self.retry()
        else:
            super().keyPressEvent(event)

    def _new_capture(self, step: FingerPosition) -> SegmentCapture:
        kinds = {p: ExceptionKind(e.kind) for p, e in self.exceptions.items()}
        self.approvals.pop(step, None)
        return SegmentCapture(step, CapturePolicy.from_settings(self.settings, step), kinds)

    def steps_of(self, segment: Segment) -> list[FingerPosition]:
        """The steps that capture ``segment`` (one slap, or its single fingers)."""
        return [step for step in self.steps if step_segment(step) == segment]

    # --- device lifecycle ----------------------------------------------------------------

    def start(self) -> None:
        """Create the scanner (not in the constructor: the screen may never be shown); with
        ``fingers.auto_capture`` the current step starts at once."""
        self.worker.start()
        self.started = True
        self._auto_capture()
        self._auto_continue()

    def stop(self) -> None:
        """Abort any capture, close the scanner, join its threads; what was captured stays."""
        self.worker.stop()
        self.worker.join()
        self.started = False
        self.capturing = False
        self.preview.hide()
        self.refresh()

    def stop_soon(self) -> None:
        """Like :meth:`stop`, but the scanner closes in the background (screen changes)."""
        self.worker.stop(wait=False)
        self.started = False
        self.capturing = False
        self.preview.hide()
        self.refresh()

    def reset(self) -> None:
        """A clean slate for the next applicant (call while stopped)."""
        self.exceptions.clear()
        self.approvals.clear()
        self.captures = {step: self._new_capture(step) for step in self.steps}
        self.current = self.steps[0]
        self.failed_step = None
        self.duplicates.forget()  # a check of the last applicant still running is dropped
        self.finished = False
        self._restored.clear()
        self._templates.clear()
        self.restoring = False
        self._restore_number += 1
        self.banner.hide()
        self.warning.hide()
        self.note.hide()
        self.refresh()

    def resume(self, fingers: FingerprintSet | None) -> None:
        """Continue a restored draft (call after :meth:`reset`): every saved step is done
        again as it was saved, exceptions included; the screen goes on at the first missing
        step and says what was restored. A step that no longer fits (its fingers do not match
        its exceptions, or the thresholds changed) is captured again."""
        if fingers is None:
            return
        self.exceptions.update(fingers.exceptions)
        restored = []
        for step in self.steps:
            capture = self.captures[step] = self._new_capture(step)  # with the exceptions
            slap = fingers.slap(step)
            if slap is None or slap.step.status == SegmentStatus.PENDING:
                continue
            try:
                if capture.status != SegmentStatus.EXCEPTED:
                    capture.record(
                        {p: FingerQuality(s.nfiq2) for p, s in slap.samples.items()},
                        {p: RestoredFinger(p, FingerQuality(s.nfiq2), s.device_quality, s.wsq,
                                           s.device_id, s.device_verified)
                         for p, s in slap.samples.items()})
                    if slap.step.forced:
                        capture.force(slap.step.force_reason)
            except CapturePolicyError:
                capture = None
            if capture is None or not capture.done:
                self.captures[step] = self._new_capture(step)  # captured again
                continue
            self._restored[step] = (capture, slap)
            restored.append(step)
        if not restored and not self.exceptions:
            return
        self._show_restored(restored)
        wsq = {p: s.wsq for step in restored for p, s in self._restored[step][1].samples.items()}
        self.restoring = bool(wsq)
        number = self._restore_number
        if wsq:
            Op(lambda: restored_templates(wsq)).success(
                lambda t: self._templates_ready(number, t)).failure(
                lambda error: self._templates_ready(number, {}, error)).run(self)
        self.current = next((s for s in self.steps if not self.captures[s].done), None)
        if self.current is None and not self.restoring:
            self._check_duplicates()
        self.refresh()

    def _show_restored(self, steps: list[FingerPosition]) -> None:
        excepted = list_text(finger_name(f) for f in sorted(self.exceptions))
        parts = []
        if steps:
            parts.append(self.tr("Restored from the saved draft: {0}.").format(
                list_text(step_name(s) for s in steps)))
        if excepted:
            parts.append(self.tr("Exceptions kept: {0}.").format(excepted))
        self.note.setText(" ".join(parts))
        self.note.show()

    def _templates_ready(self, number: int, templates: dict[FingerPosition, FingerTemplate],
                         error: BaseException | None = None) -> None:
        if number != self._restore_number:
            return  # another applicant meanwhile
        self.restoring = False
        self._templates.update(templates)
        if error is not None:
            self.banner.show_error(error)
        if self.current is None and not self.checking and self.report is None:
            self._check_duplicates()
        self.refresh()

    def show_error(self, error: BaseException) -> None:
        """Saving the fingerprints failed: say why; they stay captured, Continue tries again."""
        self.finished = False
        self.banner.show_error(error)
        self.refresh()

    # --- actions -------------------------------------------------------------------------

    def capture_current(self) -> None:
        """Capture the current step (Enter/Space); ignored while a capture runs. When all is
        captured and no duplicate was found, Enter continues."""
        if self.capturing:
            return
        if self.current is None:
            if self.ready and self.report is not None and self.report.clean:
                self.finish()
            return
        capture = self.captures[self.current]
        if capture.done or not capture.attempts_left:
            return
        self._capture(self.current)

    def retry(self) -> None:
        """R: after a device problem capture again; else another attempt, or start a done
        step again."""
        if self.capturing:
            return
        step = self.failed_step or self.current
        if step is None:
            return
        capture = self.captures[step]
        if capture.done and capture.status != SegmentStatus.EXCEPTED:
            self.recapture(step_segment(step))
            return
        if capture.attempts_left and not capture.done:
            self._capture(step)

    def recapture(self, segment: Segment) -> None:
        """Forget the attempts of every step of ``segment`` and capture it again."""
        if self.capturing:
            return
        for step in self.steps_of(segment):
            self.captures[step] = self._new_capture(step)
        self._forget_report()
        first = next((s for s in self.steps_of(segment) if not self.captures[s].done), None)
        self.current = first
        if first is None:
            self._advance()
            self.refresh()
        else:
            self._capture(first)

    def _auto_capture(self) -> None:
        """Start the current step by itself when it has not been tried yet (the officer
        starts every retry)."""
        if (self.started and not self.capturing and self.current is not None
                and self.failed_step is None
                and self.captures[self.current].status == SegmentStatus.PENDING
                and bool(self.settings["fingers.auto_capture"])):
            self._capture(self.current, auto=True)

    def _auto_continue(self) -> None:
        """Go on to the review by itself when the whole set is clean (option)."""
        if (self.started and self.ready and not self.finished and self.report is not None
                and self.report.clean and bool(self.settings["fingers.auto_continue"])):
            self.finish()

    def _capture(self, step: FingerPosition, auto: bool = False) -> None:
        capture = self.captures[step]
        self.current = step
        self.capturing = True
        self.auto_started = auto
        self.failed_step = None
        self.banner.hide()
        self.preview.clear()
        self.refresh()
        try:
            self.worker.capture(step_segment(step), tuple(capture.exceptions),
                                capture.policy.threshold,
                                fingers=(step,) if step.is_finger else ())
        except KioskError as error:
            self.handle_failure(error)

    def handle_capture(self, result: AnalysedCapture) -> None:
        """Record an analysed capture (UI thread); advance when the step is accepted."""
        self.capturing = False
        self.preview.hide()
        if self.current is None:
            return
        capture = self.captures[self.current]
        try:
            qualities = {p: f.quality for p, f in result.fingers.items()}
            capture.record(qualities, result.fingers)
        except KioskError as error:
            self.banner.show_error(error)
        if capture.status == SegmentStatus.ACCEPTED:
            self._step_changed(self.current)
            self._advance()
        self.refresh()
        self._auto_capture()

    def handle_failure(self, error: BaseException) -> None:
        """A device problem: a banner with Retry; every earlier capture is kept. A step that
        started by itself and saw no fingers before the scanner's time-out just waits for
        Enter (nobody was at the scanner: not a device problem)."""
        self.capturing = False
        self.preview.hide()
        if self.auto_started and isinstance(error, DeviceTimeout):
            self.auto_started = False
            self.refresh()
            return
        self.failed_step = self.current
        self.banner.show_error(error)
        self.refresh()

    def force_current(self) -> None:
        """Keep the best attempt below the threshold, with a reason and an approval."""
        if self.capturing or self.current is None:
            return
        capture = self.captures[self.current]
        if capture.status not in (SegmentStatus.RETRY, SegmentStatus.EXHAUSTED):
            return
        what = self.tr("Force capture of {0}: its best attempt is below {1}.").format(
            step_name(self.current), capture.policy.threshold)
        approval = ApprovalDialog.ask(
            self.accounts, what, self.officer,
            bool(self.settings["accounts.force_capture_needs_supervisor"]), self,
            bool(self.settings["approvals.allow_later"]))
        if approval is None:
            return
        capture.force(approval.reason)
        self.approvals[self.current] = approval
        self._step_changed(self.current)
        self._advance()
        self.refresh()
        self._auto_capture()

    def mark_exception(self, finger: FingerPosition | None = None) -> None:
        """Record a finger that cannot be captured (kind, reason, supervisor sign-off);
        ``finger`` preselects one (a tap on the hand diagram)."""
        if self.capturing:
            return
        if finger in self.exceptions:
            self.remove_exception(finger)
            return
        fingers = [f for s in Segment for f in s.fingers if f not in self.exceptions]
        chosen = FingerExceptionDialog.ask(fingers, self, finger)
        if chosen is None:
            return
        finger, kind = chosen
        what = self.tr("{0} cannot be captured: {1}.").format(
            finger_name(finger), exception_kind_name(kind))
        approval = ApprovalDialog.ask(self.accounts, what, self.officer, True, self,
                                      bool(self.settings["approvals.allow_later"]))
        if approval is None:
            return
        self.exceptions[finger] = FingerException(finger, str(kind), approval.reason, approval)
        step = next(s for s in self.steps if finger in step_fingers(s))
        self.captures[step] = self._new_capture(step)  # earlier attempts still had it
        self._forget_report()
        self._step_changed(step)  # saved now: a restart keeps the exception
        if self.captures[step].done or self.current is None:
            self._advance()
        self.refresh()

    def remove_exception(self, finger: FingerPosition) -> None:
        """After the officer confirms, capture ``finger`` again after all (its step restarts)."""
        if not FingerExceptionDialog.confirm_removal(finger, self):
            return
        del self.exceptions[finger]
        step = next(s for s in self.steps if finger in step_fingers(s))
        self.captures[step] = self._new_capture(step)
        self._step_changed(step)
        self._forget_report()
        self._advance()
        self.refresh()

    def finish(self) -> None:
        """Emit ``completed`` once every step is done and the duplicate check ran."""
        if not self.ready or self.finished:
            return
        self.finished = True  # a double click or a second Enter emits nothing more
        restored = {s: slap for s, (c, slap) in self._restored.items() if self.captures[s] is c}
        fingerprints = fingerprint_set(self.steps, self.captures, self.approvals,
                                       self.exceptions, self.report, restored)
        self.refresh()
        self.completed.emit(fingerprints)

    @property
    def report(self) -> DuplicateReport | None:
        """The duplicate check's verdict on the set as it is (``None`` until it ran)."""
        return self.duplicates.report

    @property
    def checking(self) -> bool:
        return self.duplicates.checking

    @property
    def ready(self) -> bool:
        return (all(c.done for c in self.captures.values()) and self.report is not None
                and not self.capturing and not self.checking and not self.restoring)

    def _step_changed(self, step: FingerPosition) -> None:
        """A step was accepted, or its exceptions changed (then it is pending again, without
        fingers): hand it over to be saved in the draft now."""
        self._restored.pop(step, None)
        self.step_changed.emit(slap_result(step, self.captures[step], self.approvals.get(step),
                                        self.exceptions))

    # --- flow ----------------------------------------------------------------------------

    def _advance(self) -> None:
        self.current = next((s for s in self.steps if not self.captures[s].done), None)
        if self.current is None and not self.restoring:
            self._check_duplicates()

    def _check_duplicates(self) -> None:
        templates = {f: self._templates[f] if isinstance(s, RestoredFinger) else s.template
                     for c in self.captures.values()
                     if c.best and c.status != SegmentStatus.EXCEPTED
                     for f, s in c.best.samples.items()
                     if not isinstance(s, RestoredFinger) or f in self._templates}
        self.duplicates.run(templates, int(self.settings["fingers.duplicate_threshold"]))

    def _forget_report(self) -> None:
        """A step changed: the last verdict (or one still being computed) no longer holds."""
        self.duplicates.forget()
        self.finished = False

    def _checked(self, error: BaseException | None) -> None:
        if error is not None:
            self.banner.show_error(error)
        self.refresh()
        self._auto_continue()

    def _show_preview(self, image: QImage) -> None:
        if self.capturing:
            if image.width() > self.preview.width() or image.height() > self.preview.height():
                image = image.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio)
            self.preview.setPixmap(QPixmap.fromImage(image))  # scaled by the worker
            self.preview.show()

    # --- display -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Bring every widget in line with the state."""
        for segment, card in self.cards.items():
            steps = self.steps_of(segment)
            card.show_captures([self.captures[s] for s in steps], self.current in steps,
                               self.capturing)
        scores = {f: s.quality.score for c in self.captures.values() if c.best
                  for f, s in c.best.samples.items()}
        highlighted = set(self.captures[self.current].expected) if self.current else set()
        threshold = (self.captures[self.current].policy.threshold if self.current
                     else int(self.settings["fingers.quality_threshold"]))
        self.hand.set_state(highlighted, scores, set(self.exceptions), threshold)
        self.instruction.setText(self._instruction())
        self.prompt_changed.emit(applicant_step_prompt(self))
        self._show_duplicates()
        current = self.captures[self.current] if self.current else None
        status = current.status if current else None
        idle = not self.capturing
        buttons = (self.capture_button, self.retry_button, self.force_button,
                   self.exception_button, self.continue_button)
        focused = QApplication.focusWidget()
        self.capture_button.setEnabled(idle and status in (SegmentStatus.PENDING,
                                                           SegmentStatus.RETRY))
        self.retry_button.setEnabled(idle and (self.failed_step is not None
                                               or status == SegmentStatus.RETRY))
        self.force_button.setEnabled(idle and status in (SegmentStatus.RETRY,
                                                         SegmentStatus.EXHAUSTED))
        self.exception_button.setEnabled(idle)
        self.continue_button.setEnabled(self.ready and not self.finished)
        if focused in buttons and QApplication.focusWidget() is not focused:
            # the focused button just disabled itself and Qt handed the focus to whatever
            # came next, possibly outside this screen: Enter and Space then did nothing
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        flagged = self.report is not None and not self.report.clean
        self.continue_button.setText(self.tr("C&ontinue anyway") if flagged
                                     else self.tr("C&ontinue"))

    def _instruction(self) -> str:
        return step_instruction(self.current, self.captures, capturing=self.capturing,
                                failed=self.failed_step is not None,
                                checking=self.checking or self.restoring)

    def _show_duplicates(self) -> None:
        if self.report is None or self.report.clean:
            self.warning.hide()
        else:
            self.warning.setText(duplicate_warning(self.report))
            self.warning.show()
