"""The face capture screen: live preview with guidance, auto/manual/forced capture, accept.

Keys: Space = capture now (only when compliant), F = force capture (reason + approval),
R = retake, Enter = accept the kept portrait. ``start()`` opens the camera, ``stop()`` closes it
and joins every thread; accepting emits ``captured(FaceResult)`` and stops the camera.
All camera reading and analysis run in :class:`ui.desk.face_worker.FaceWorker`; this class paints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from devices.ports import Camera
from kiosk.accounts.service import Accounts
from kiosk.biometrics.face import checks
from kiosk.biometrics.face.blocking import BlockTally
from kiosk.biometrics.face.live import LiveAnalyser, LiveUpdate, SharedAnalyser
from kiosk.desk.results import Approval, FaceResult
from kiosk.domain.clock import system_clock
from kiosk.domain.errors import KioskError
from kiosk.domain.threads import spawn
from kiosk.options import Settings
from ui.applicant import prompts as applicant_prompts
from ui.common import style
from ui.common.languages import list_text
from ui.common.messages import describe
from ui.common.widgets import ErrorBanner, title_label
from ui.desk.face_preview import FacePreview
from ui.desk.face_worker import FaceEvents, FaceWorker, KeptPortrait
from ui.desk.instructions import check_name, instruction
from ui.dialogs.approval import ApprovalDialog

PORTRAIT_SIZE = (240, 320)


class FaceScreen(QWidget):
    """Emits ``captured(FaceResult)`` when the officer accepts the kept portrait; for the
    applicant display, ``prompt_changed(key)`` and ``frame_shown(QImage)`` (the same image)."""

    captured = Signal(object)
    prompt_changed = Signal(str)
    frame_shown = Signal(object)  # QImage, passed by reference

    def __init__(self, settings: Settings, accounts: Accounts,
                 camera_factory: Callable[[], Camera], officer: str,
                 analyser_factory: Callable[[], LiveAnalyser] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.settings = settings
        self.accounts = accounts
        self.officer = officer
        self._camera_factory = camera_factory
        # one analyser (mediapipe graphs) for every session of this screen; see SharedAnalyser
        self.analyser = SharedAnalyser(analyser_factory or (
            lambda: LiveAnalyser.from_settings(settings)))
        self.worker: FaceWorker | None = None
        self._retired: list[FaceWorker] = []
        # every session reports here, connected once (not per session: see FaceWorker)
        self.events = FaceEvents(self)
        self.events.frame_ready.connect(self._on_frame)
        self.events.analysed.connect(self._on_update)
        self.events.captured.connect(self._on_captured)
        self.events.refused.connect(self._on_refused)
        self.events.failed.connect(self._on_failed)
        self.kept: KeptPortrait | None = None
        self.kept_approval: Approval | None = None
        self._pending_approval: Approval | None = None
        self.last_update: LiveUpdate | None = None
        self.tally = BlockTally()  # what held the auto-capture back, for this enrollment

        self.banner = ErrorBanner()
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        style.tone(self.notice, style.WARNING)
        self.notice.hide()

        self.preview = FacePreview()
        self.instruction = QLabel()
        self.instruction.setObjectName("faceInstruction")
        self.instruction.setWordWrap(True)
        font = self.instruction.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.instruction.setFont(font)
        # two lines reserved: a longer instruction never pushes the preview down
        self.instruction.setMinimumHeight(2 * self.instruction.fontMetrics().height()
                                          + 2 * style.SPACE_S)

        self.portrait = QLabel(self.tr("No photo yet"))
        self.portrait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.portrait.setFixedSize(*PORTRAIT_SIZE)
        self.portrait.setStyleSheet("background: #f1f3f4; border-radius: 6px;")
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        side = QVBoxLayout()
        side.addWidget(self.portrait)
        side.addWidget(self.mode)
        side.addWidget(self.verdicts)
        # messages in the side column's spare height: showing one moves neither the
        # preview nor the buttons
        side.addWidget(self.notice)
        side.addWidget(self.banner)
        side.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)

        self.capture_button = QPushButton(self.tr("Capture now  (Space)"))
        self.force_button = QPushButton(self.tr("Force capture…  (F)"))
        self.retake_button = QPushButton(self.tr("Retake  (R)"))
        self.accept_button = QPushButton(self.tr("Accept the photo  (Enter)"))
        buttons = QHBoxLayout()
        for button, slot in ((self.capture_button, self.capture_now),
                             (self.force_button, self.force_capture),
                             (self.retake_button, self.retake),
                             (self.accept_button, self.accept)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(44)  # touch-friendly
            button.clicked.connect(slot)
            buttons.addWidget(button)
        style.primary(self.accept_button)
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        body = QHBoxLayout()
        body.addWidget(self.preview, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Photo"), 1.5))
        layout.addWidget(self.instruction)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._refresh()

    # --- session ---------------------------------------------------------------------------

    def start(self) -> None:
        """Open the camera and start the preview (does nothing when already running)."""
        if self.worker is not None:
            return
        self.banner.hide()
        self.retry_button.hide()
        # the camera is created on the worker's reader thread; a failure comes as failed()
        worker = FaceWorker(self.events, self._camera_factory, self.analyser,
                            timeout_s=self.settings["face.camera_timeout_s"],
                            portrait_width=self.settings["face.portrait_width_px"],
                            portrait_max_bytes=self.settings["face.portrait_max_bytes"],
                            tally=self.tally, thumbnail_size=PORTRAIT_SIZE,
                            clock=self.accounts.clock if self.accounts else system_clock)
        self.worker = worker
        if self.kept is None:
            self.instruction.setText(self.tr("Starting the camera…"))
            style.tone(self.instruction, style.WARNING)
            self.prompt_changed.emit(applicant_prompts.WAIT)
        else:
            self._refresh()
        worker.start()
        self.setFocus()

    def stop(self) -> None:
        """Stop the preview, close the camera and join the worker's threads."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop()
        for retired in self._retired:  # earlier quick stops: wait for them too
            retired.stop()
        # a worker whose camera is stuck ends later: hold it until then, so that it is freed
        # here on the UI thread and never under a pending signal
        self._retired = [w for w in self._retired if w.alive]
        if worker is not None and worker.alive:
            self._retired.append(worker)

    def prepare(self) -> None:
        """Start the face analyser's graphs in the background, before the photo step needs
        them (the desk calls it when the officer signs in)."""
        if self.analyser.started == 0:
            spawn(self.analyser.prepare, name="face-prepare")

    def shut_down(self) -> None:
        """Stop, and release the face analyser's graphs (the desk is closing)."""
        self.stop()
        self.analyser.close()

    def stop_soon(self) -> None:
        """Like :meth:`stop` without waiting for the threads (screen changes never stall the
        UI); they close the camera and end on their own, held in ``_retired`` until then."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop(timeout=0)
        self._retired = [w for w in self._retired if w.alive]
        if worker is not None and worker.alive:
            self._retired.append(worker)

    def retry(self) -> None:
        """Reopen the camera after a device problem; the kept portrait stays."""
        self.stop()
        self.start()

    def reset(self) -> None:
        """Forget the kept portrait and what held the capture back (next applicant)."""
        self.tally.reset()
        self._drop_kept()

    def _drop_kept(self) -> None:
        self.kept = None
        self.kept_approval = None
        if self.worker is not None:
            self.worker.request("reset")
        self._refresh()

    # --- officer actions -------------------------------------------------------------------

    def capture_now(self) -> None:
        """Manual capture: the best compliant frame of the current streak (else refused)."""
        if self._needs_retake_first():
            return
        self.notice.hide()
        self.worker.request("manual")

    def force_capture(self) -> None:
        """Capture whatever fails, after a reason and (if configured) a supervisor's approval."""
        if self._needs_retake_first():
            return
        failing = []
        if self.last_update is not None:
            failing = [check_name(c.name) for c in self.last_update.analysis.failed]
        what = self.tr("Force the photo although it does not meet every requirement.")
        if failing:
            what += " " + self.tr("Failing: %1.").replace("%1", list_text(failing))
        needs_supervisor = bool(self.settings["accounts.force_capture_needs_supervisor"])
        approval = ApprovalDialog.ask(self.accounts, what, self.officer, needs_supervisor, self,
                                      bool(self.settings["approvals.allow_later"]))
        if approval is None or self.worker is None:
            return
        self._pending_approval = approval if needs_supervisor else None
        self.notice.hide()
        self.worker.request("forced", approval.reason)

    def retake(self) -> None:
        """Drop the kept portrait and capture again (the blocking counts go on)."""
        self.notice.hide()
        self._drop_kept()

    def accept(self) -> None:
        """Emit ``captured(FaceResult)`` for the kept portrait and stop the camera."""
        kept = self.kept
        if kept is None:
            self._show_notice(self.tr("There is no photo to accept yet."))
            return
        capture = kept.capture
        device = self.worker.info.name if self.worker and self.worker.info else "camera"
        result = FaceResult(kept.portrait.jpeg, capture.analysis.as_dict(), capture.mode,
                            kept.captured_at, device, capture.reason, self.kept_approval,
                            self.tally.as_dict())
        self.stop_soon()  # the camera closes in the background: accepting never stalls
        self.captured.emit(result)

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {Qt.Key.Key_Space: self.capture_now, Qt.Key.Key_F: self.force_capture,
                   Qt.Key.Key_R: self.retake, Qt.Key.Key_Return: self.accept,
                   Qt.Key.Key_Enter: self.accept}
        action = actions.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if not event.isAutoRepeat():
            action()

    # --- from the worker -------------------------------------------------------------------

    def _on_frame(self, worker: FaceWorker) -> None:
        if worker is self.worker:
            frame = worker.take_frame()
            if frame is not None:
                self.preview.set_frame(*frame)
                self.frame_shown.emit(frame[0])

    def _on_update(self, worker: FaceWorker, update: LiveUpdate) -> None:
        if worker is not self.worker:
            return
        self.last_update = update
        self.preview.set_update(update)
        if self.kept is None:
            self._show_instruction(update)

    def _on_captured(self, worker: FaceWorker, kept: KeptPortrait) -> None:
        if worker is not self.worker:
            return
        self.kept = kept
        self.kept_approval = self._pending_approval if kept.capture.mode == "forced" else None
        self._pending_approval = None
        self._refresh()

    def _on_refused(self, worker: FaceWorker, error: KioskError) -> None:
        if worker is self.worker:
            self._pending_approval = None
            self._show_notice(describe(error)[0])

    def _on_failed(self, worker: FaceWorker, error: BaseException) -> None:
        if worker is self.worker:
            self._device_failed(error)

    # --- display ---------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        """Saving the accepted portrait failed: say why; it stays kept, Enter tries again."""
        self.banner.show_error(error)

    def _device_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self.retry_button.show()
        self.instruction.setText(self.tr("The camera stopped. Fix it, then press Retry; the "
                                         "photo already taken is kept."))
        style.tone(self.instruction, style.WARNING)
        self.prompt_changed.emit(applicant_prompts.WAIT)

    def _needs_retake_first(self) -> bool:
        if self.worker is None:
            self._show_notice(self.tr("The camera is not running."))
            return True
        if self.kept is not None:
            self._show_notice(self.tr("A photo is already taken: press R to retake it first."))
            return True
        return False

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _show_instruction(self, update: LiveUpdate) -> None:
        self.prompt_changed.emit(update.instruction or checks.HOLD_STILL)
        if update.instruction is None:
            self.instruction.setText(self.tr("Hold still…"))
            style.tone(self.instruction, style.PASS)
        else:
            self.instruction.setText(instruction(update.instruction))
            style.tone(self.instruction, style.WARNING)

    def _refresh(self) -> None:
        kept = self.kept
        self.accept_button.setEnabled(kept is not None)
        self.retake_button.setEnabled(kept is not None)
        self.capture_button.setEnabled(kept is None)
        self.force_button.setEnabled(kept is None)
        if kept is None:
            self.portrait.setPixmap(QPixmap())
            self.portrait.setText(self.tr("No photo yet"))
            self.mode.clear()
            self.verdicts.clear()
            if self.last_update is not None:
                self._show_instruction(self.last_update)
            return
        thumbnail = kept.thumbnail  # scaled by the worker
        if thumbnail is None or thumbnail.width() > PORTRAIT_SIZE[0] \
                or thumbnail.height() > PORTRAIT_SIZE[1]:
            thumbnail = kept.image.scaled(*PORTRAIT_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation)
        self.portrait.setPixmap(QPixmap.fromImage(thumbnail))
        capture = kept.capture
        modes = {"auto": self.tr("Taken automatically"), "manual": self.tr("Taken by the officer"),
                 "forced": self.tr("Forced capture")}
        text = modes.get(capture.mode, capture.mode)
        if capture.reason:
            text += " — " + self.tr("reason: %1").replace("%1", capture.reason)
        if self.kept_approval is not None and self.kept_approval.status == "pending":
            text += " — " + self.tr("waiting for a supervisor's approval")
        elif self.kept_approval is not None:
            text += " — " + self.tr("approved by %1").replace("%1", self.kept_approval.supervisor)
        self.mode.setText(text)
        failed = capture.analysis.failed
        lines = [style.coloured(f"✗ {check_name(c.name)}", style.FAIL) for c in failed]
        passed = len(capture.analysis.checks) - len(failed)
        lines.append(style.coloured("✓ " + self.tr("%1 of %2 checks passed").replace(
            "%1", str(passed)).replace("%2", str(len(capture.analysis.checks))), style.PASS))
        self.verdicts.setText("<br>".join(lines))
        self.instruction.setText(self.tr("Photo taken. Press Enter to accept it, or R to "
                                         "retake."))
        style.tone(self.instruction, style.PASS)
        self.prompt_changed.emit(applicant_prompts.PHOTO_DONE)
