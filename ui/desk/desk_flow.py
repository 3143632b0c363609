"""The enrollment flow at a desk: which screen comes next, and saving after every step.

Screens only emit what the officer did; this object saves through the Qt-free
:class:`~kiosk.desk.session.DeskSession` in background operations and moves on when the
save has committed. Capture screens are any widgets with ``start()``/``stop()`` and a
``captured(FaceResult)`` or ``completed(FingerprintSet)`` signal; the fingerprint screen also
emits ``step_changed(SlapResult)`` (saved at once) and takes ``resume(FingerprintSet | None)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QWidget

from devices.camera.qr_scan import scan_camera
from kiosk.desk.results import FaceResult, FingerprintSet, SlapResult
from kiosk.desk.session import DeskSession, Restored
from kiosk.desk.ticket_uses import claim_ticket
from kiosk.domain.applicant import Applicant
from kiosk.domain.eligibility import Decision, local_today
from kiosk.domain.enrollment import Enrollment
from kiosk.domain.tickets import DeskKeys, Ticket, TicketError, looks_like_ticket, read_ticket
from kiosk.store.approvals import FINGER_EXCEPTION, FORCE_FACE, FORCE_FINGERS
from kiosk.store.repository import Change
from station.devices import make_camera, make_document_camera
from station.services import Services
from ui.applicant.prompts import DONE, WELCOME
from ui.common.ops import Op
from ui.common.store_events import StoreEvents
from ui.desk.document_reader import DocumentEvents, DocumentReaderWorker
from ui.dialogs.cancel_enrollment import CancelEnrollmentDialog
from ui.printing.receipt_output import (
    WrittenReceipt,
    open_receipt,
    print_receipt,
    receipt_data,
    write_receipt,
)
from ui.screens.applicant import ApplicantScreen
from ui.screens.review import ReviewScreen, portrait_image
from ui.screens.today import TodayScreen


class DeskFlow(QObject):
    """Drives one officer's enrollments (the sync worker hears of each commit from the store).

    For the applicant-facing display: ``applicant_language(code)`` once the applicant is known
    and ``instruction_changed(key)`` (:mod:`ui.applicant.prompts` keys) between the captures;
    the capture screens' own ``prompt_changed`` and ``frame_shown`` say the rest.
    """

    receipt_ready = Signal(str)
    applicant_language = Signal(str)
    instruction_changed = Signal(str)

    def __init__(self, screens: QStackedWidget, services: Services, officer: str,
                 face_screen: QWidget, finger_screen: QWidget, *, open_receipts: bool = True,
                 ticket_key: DeskKeys | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticket_key = ticket_key
        self._ticket_id = ""  # the ticket whose data is in the applicant form
        self.services = services
        self.screens = screens
        self.desk = DeskSession(services.store, services.station_id, officer,
                                max_days_offline=services.settings["sync.max_days_offline"])
        self._open_receipts = open_receipts
        zone = services.settings["station.timezone"]
        self.today = TodayScreen(zone, officer=officer, since=services.store.now(),
                                 clock=services.store.now)  # signed in now
        self.applicant = ApplicantScreen(lambda: local_today(zone))
        self.face = face_screen
        self.fingers = finger_screen
        self.review = ReviewScreen(services.settings["fingers.quality_threshold"])
        for screen in (self.today, self.applicant, self.face, self.fingers, self.review):
            screens.addWidget(screen)
        self._applicant: Applicant | None = None
        self._decision: Decision | None = None
        self._face: FaceResult | None = None
        self._portrait: QImage | None = None  # the face for the review, made in the background
        self._fingers: FingerprintSet | None = None
        self._rejected: frozenset[str] = frozenset()  # approval kinds a supervisor rejected
        self._retaking_face = False  # from review: back to review once the photo is saved
        self._editing = False  # from review: the applicant form corrects the draft
        self.cancel_dialog: CancelEnrollmentDialog | None = None
        self._receipt: WrittenReceipt | None = None
        self._printing = False
        self._step_saves = 0  # slaps being saved; the reviewed set is saved after them
        self._after_steps: Callable[[], None] | None = None
        self.document: DocumentReaderWorker | None = None  # the live document camera
        self._stopped_documents: list[DocumentReaderWorker] = []  # until their threads end
        # every document-camera session reports here, connected once (not per applicant)
        self.document_events = DocumentEvents(self)
        self.document_events.opened.connect(self._document_opened)
        self.document_events.state_changed.connect(self._document_state)
        self.document_events.preview_ready.connect(self._document_preview)
        self.document_events.read.connect(self._document_read)
        self.document_events.failed.connect(self._document_failed)
        self._reading_today = self._today_stale = False  # one read of the list at a time
        # a save from any thread (another desk flow, the sync worker) refreshes the list
        self.store_events = StoreEvents(services.store, self)
        self.store_events.changed.connect(self._store_changed)
        prepare = getattr(face_screen, "prepare", None)  # the real face screen; not stand-ins
        if prepare is not None:  # its graphs start now, as the officer signs in: making them
            prepare()  # holds the GIL ~50-110 ms, felt at the passport or photo step otherwise

        self.today.new_requested.connect(self.start_new)
        self.today.resume_requested.connect(self.resume)
        self.today.refresh_requested.connect(self.refresh_today)
        self.today.cancel_requested.connect(self.ask_cancel)
        self.applicant.continue_requested.connect(self._applicant_done)
        self.applicant.camera_scan_requested.connect(self.scan_ticket_with_camera)
        self.applicant.document_panel.retry_requested.connect(self.start_document_camera)
        self.face.captured.connect(self._face_done)
        self.fingers.completed.connect(self._fingers_done)
        self.fingers.step_changed.connect(self._step_changed)
        self.review.confirm_requested.connect(self._confirm)
        self.review.back_requested.connect(self._show_fingers)
        self.review.face_requested.connect(self._retake_face)
        self.review.edit_requested.connect(self._edit_applicant)
        self.review.cancel_requested.connect(
            lambda: self.ask_cancel(self.desk.enrollment_id or "",
                                    self._applicant.full_name if self._applicant else ""))
        self.review.next_requested.connect(self.start_new)
        self.review.print_requested.connect(self._print)

    # -- navigation ------------------------------------------------------------------------

    def show_today(self) -> None:
        self._stop_devices()
        self.screens.setCurrentWidget(self.today)
        self.instruction_changed.emit(WELCOME)

    def shut_down(self) -> None:
        """Close the devices and wait for them (sign-out, window closing)."""
        self.store_events.close()
        self.close_dialogs()
        self._stop_devices(wait=True)
        self.face.shut_down()

    def close_dialogs(self) -> None:
        """Close every open question of the desk (the screen locks): the cancel question, a
        finger exception, an approval or a force reason. Nothing is cancelled or decided (a
        closed question is a "no"), and nothing of the applicant stays on top of the lock
        screen."""
        if self.cancel_dialog is not None:
            self.cancel_dialog.reject()
        window = self.screens.window()
        for widget in reversed(QApplication.topLevelWidgets()):
            if isinstance(widget, QDialog) and widget.isVisible() and _owned_by(widget, window):
                widget.reject()

    def refresh_today(self) -> None:
        """Read today's list in the background; asked again while reading, read once more
        after (a burst of saves is never a queue of reads)."""
        if self._reading_today:
            self._today_stale = True
            return
        self._reading_today, self._today_stale = True, False
        zone = ZoneInfo(self.services.settings["station.timezone"])
        day_start = datetime.combine(local_today(zone.key), time(0), zone)
        store = self.services.store   # on the writer's connection: its cache outlives saves
        Op(lambda: store.read_warm(lambda r: r.summaries(day_start))).success(
            lambda rows: self._today_read(self.today.show_rows, rows)).failure(
            lambda exc: self._today_read(self.today.error.show_error, exc)).run(self)

    def _today_read(self, show: Callable[[Any], None], outcome: Any) -> None:
        self._reading_today = False
        show(outcome)
        if self._today_stale:
            self.refresh_today()

    def _store_changed(self, _changes: frozenset[Change]) -> None:
        """The store committed something: a shown today list reads itself again (a hidden
        one reads itself when shown)."""
        if self.screens.currentWidget() is self.today and self.today.isVisible():
            self.refresh_today()

    def start_new(self) -> None:
        self._stop_devices(document=False)  # a document camera already reading goes on
        self._applicant = self._decision = self._face = self._fingers = None
        self._portrait = None
        self._rejected, self._retaking_face, self._editing = frozenset(), False, False
        self._after_steps = None
        self._ticket_id = ""
        self.desk.enrollment_id = None
        for screen in (self.face, self.fingers):
            screen.reset()
        self.applicant.reset()
        self.screens.setCurrentWidget(self.applicant)
        self.instruction_changed.emit(WELCOME)
        self.start_document_camera()

    def resume(self, enrollment_id: str) -> None:
        def restore() -> tuple[Restored, QImage | None]:
            restored = self.desk.restore(enrollment_id)
            face = restored.face
            return restored, portrait_image(face.portrait_jpeg) if face is not None else None

        Op(restore).success(self._resumed).failure(self.today.error.show_error).run(self)

    def _resumed(self, result: tuple[Restored, QImage | None]) -> None:
        restored, self._portrait = result
        self._applicant, self._face, self._fingers = (restored.applicant, restored.face,
                                                      restored.fingers)
        if not restored.fingers_reviewed:
            self._fingers = None  # saved slaps only: the fingerprint screen goes on with them
        self._rejected = frozenset(k for k, s in restored.open_items.items() if s == "rejected")
        self._retaking_face = self._editing = False
        self.face.reset()  # another enrollment: no portrait or counts of the previous one
        self.fingers.stop_soon()
        self.fingers.reset()
        self.fingers.resume(restored.fingers)
        self.applicant_language.emit(restored.applicant.preferred_language)
        if self._face is None:
            self._show_face()
        elif self._fingers is None:
            self._show_fingers()
        else:
            self._show_review()

    # -- scanners (keyboard wedge) -----------------------------------------------------------

    def handle_mrz(self, lines: tuple[str, ...],
                   confirm: frozenset[str] = frozenset()) -> None:
        """A passport was scanned: start (or refill) the applicant step with it (``confirm``:
        name fields read with unsure letters, highlighted for the officer)."""
        if self.screens.currentWidget() not in (self.today, self.applicant):
            return  # mid-capture, a stray scan must not throw the officer's work away
        if self.screens.currentWidget() is self.today:
            self.start_new()
        self.applicant.apply_mrz(lines, confirm)

    def handle_text(self, text: str) -> None:
        """A handheld scanner read a pre-registration ticket: open and check it, then claim
        it in the store (single use) in the background and fill the form."""
        if not looks_like_ticket(text) or self.screens.currentWidget() not in (
                self.today, self.applicant):
            return
        settings = self.services.settings
        try:
            if self.ticket_key is None:
                raise TicketError("this station has no office ticket key configured",
                                  message_key="ticket.no_key")
            ticket = read_ticket(text, self.ticket_key, self.services.store.now(),
                                 office=settings["station.office"] or self.services.station_id)
        except TicketError as error:
            self._ticket_failed(error)
            return
        if ticket.ticket_id == self._ticket_id and self.screens.currentWidget() is \
                self.applicant and self.desk.enrollment_id is None:
            self.applicant.apply_ticket(ticket)  # the same ticket scanned again: no new use
            return
        store, station = self.services.store, self.services.station_id
        officer, zone = self.desk.officer, settings["station.timezone"]
        worker = self.services.sync   # the office's other desks, through the central service
        checker = worker.check_ticket_use if worker is not None else None
        Op(lambda: claim_ticket(store, ticket, station, officer, store.now(), zone,
                                checker)
           ).success(self._ticket_claimed).failure(self._ticket_failed).run(self)

    def _ticket_claimed(self, ticket: Ticket) -> None:
        if self.screens.currentWidget() not in (self.today, self.applicant):
            return
        if self.screens.currentWidget() is self.today:
            self.start_new()
        self._ticket_id = ticket.ticket_id
        self.applicant.apply_ticket(ticket)

    def _ticket_failed(self, error: BaseException) -> None:
        if self.screens.currentWidget() not in (self.today, self.applicant):
            return
        if self.screens.currentWidget() is self.today:
            self.start_new()
        self.applicant.show_error(error)

    def scan_ticket_with_camera(self) -> None:
        """Read a ticket's QR code with the desk camera, in the background (up to 20 s)."""
        settings = self.services.settings

        def scan() -> str | None:
            return scan_camera(make_camera(settings), looks_like_ticket, timeout_s=20)

        Op(scan).success(self._camera_scanned).failure(self._camera_scan_failed).run(self)

    def _camera_scanned(self, text: str | None) -> None:
        self.applicant.camera_scan_finished(text is not None)
        if text is not None:
            self.handle_text(text)

    def _camera_scan_failed(self, error: BaseException) -> None:
        self.applicant.camera_scan_finished(True)
        self.applicant.show_error(error)

    # -- the document camera (read live on the applicant step) ------------------------------

    def start_document_camera(self) -> None:
        """Read the document camera for this new applicant (a reader already running forgets
        what it fired for, so the document lying there fills the new form)."""
        if self.document is not None:
            self.document.reset()
            return
        settings = self.services.settings
        if settings["devices.document_camera"].strip() == "off":
            self.applicant.document_panel.hide()
            return
        zone = settings["station.timezone"]
        worker = DocumentReaderWorker(
            self.document_events, lambda: make_document_camera(settings),
            lambda: local_today(zone),
            confirm_frames=settings["documents.live_confirm_frames"],
            max_runs=settings["documents.mrz_max_ocr_runs"],
            try_rotations=settings["documents.mrz_try_rotations"],
            timeout_s=settings["face.camera_timeout_s"],
            recheck_s=settings["documents.live_recheck_s"])
        self._stopped_documents = [w for w in self._stopped_documents if w.reader.running]
        self.document = worker
        self.applicant.document_panel.starting()
        worker.start()

    def stop_document_camera(self, wait: bool = False) -> None:
        """Stop reading the document camera (it closes on its own thread)."""
        worker, self.document = self.document, None
        if worker is not None:
            worker.stop(wait=wait)
            self._stopped_documents.append(worker)

    def _document_opened(self, worker: DocumentReaderWorker, _info: object) -> None:
        if worker is self.document:
            self.applicant.document_panel.set_state("empty")

    def _document_state(self, worker: DocumentReaderWorker, state: str) -> None:
        if worker is self.document:
            self.applicant.document_panel.set_state(state)

    def _document_preview(self, worker: DocumentReaderWorker) -> None:
        if worker is self.document:
            self.applicant.document_panel.show_preview(worker.take_preview())

    def _document_read(self, worker: DocumentReaderWorker, reading: object) -> None:
        if (worker is self.document and self.screens.currentWidget() is self.applicant
                and not self._editing):
            self.applicant.apply_camera_reading(reading)

    def _document_failed(self, worker: DocumentReaderWorker, error: BaseException) -> None:
        if worker is self.document:
            self.stop_document_camera()
            self.applicant.document_panel.show_failure(error)

    # -- steps -----------------------------------------------------------------------------

    def _applicant_done(self, applicant: Applicant, decision: Decision) -> None:
        if self._editing:
            self._correction_done(applicant, decision)
            return
        self._applicant, self._decision = applicant, decision
        self.applicant_language.emit(applicant.preferred_language)
        if self.desk.enrollment_id is None:
            work = lambda: self.desk.start(applicant, decision)  # noqa: E731
        else:
            work = lambda: self.desk.update_applicant(applicant, decision)  # noqa: E731
        Op(work).success(lambda _r: self._show_face()).failure(
            self.applicant.show_error).run(self)

    def _edit_applicant(self) -> None:
        """From review: the applicant form with the draft's data; back to review after."""
        if self._applicant is None or self.desk.enrollment_id is None:
            return
        self.applicant.edit(self._applicant)
        self._editing = True
        self.screens.setCurrentWidget(self.applicant)

    def _correction_done(self, applicant: Applicant, decision: Decision) -> None:
        """Save the corrected data (re-checked as eligible by the form, and by the session)
        and go straight back to the review; nothing is written when nothing changed."""
        def back(_result: object = None) -> None:
            self._editing = False
            self._applicant, self._decision = applicant, decision
            self.applicant.reset()
            self.applicant_language.emit(applicant.preferred_language)
            self._show_review()

        if applicant == self._applicant:
            back()
            return
        Op(lambda: self.desk.update_applicant(applicant, decision)).success(back).failure(
            self.applicant.show_error).run(self)

    def ask_cancel(self, enrollment_id: str, who: str) -> None:
        """Ask why (the dialog is the confirmation), then cancel the draft and wipe its
        samples; the today list then shows it cancelled."""
        if not enrollment_id:
            return
        window = self.screens.window()
        focus = QApplication.focusWidget()
        dialog = CancelEnrollmentDialog(who, window)
        self.cancel_dialog = dialog
        lock = getattr(window, "lock_action", None)
        if lock is not None:  # Ctrl+L from the question too (the window's own keys stop at it)
            dialog.addAction(lock)

        def closed(_result: int) -> None:
            # the desk may run with no window manager: give the window its focus back
            window.activateWindow()
            if focus is not None and focus.isVisible() and focus.isEnabled():
                focus.setFocus()
            if self.cancel_dialog is dialog:
                self.cancel_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(lambda: self._cancel(enrollment_id, dialog.reason() or ""))
        dialog.finished.connect(closed)
        dialog.open()

    def _cancel(self, enrollment_id: str, reason: str) -> None:
        from_review = self.screens.currentWidget() is self.review
        error = self.review.show_error if from_review else self.today.error.show_error
        Op(lambda: self.desk.cancel(reason, enrollment_id=enrollment_id)).success(
            lambda _n: self._cancelled()).failure(error).run(self)

    def _cancelled(self) -> None:
        if self.screens.currentWidget() is not self.today:  # a shown list hears the store
            self._applicant = self._decision = self._face = self._fingers = None
            self.show_today()  # showing the list refreshes it

    def _show_face(self) -> None:
        self._stop_devices()
        self.screens.setCurrentWidget(self.face)
        self.face.start()

    def _retake_face(self) -> None:
        """A supervisor rejected the forced photo: take it again, then back to review (saving
        the new photo withdraws the rejected request)."""
        self._retaking_face = True
        self.face.reset()
        self._show_face()

    def _face_done(self, face: FaceResult) -> None:
        self._face = face
        self.face.stop_soon()

        def save() -> QImage:
            self.desk.save_face(face)
            return portrait_image(face.portrait_jpeg)  # for the review, off the UI thread

        Op(save).success(self._face_saved).failure(self._face_save_failed).run(self)

    def _face_saved(self, portrait: QImage | None = None) -> None:
        self._portrait = portrait
        self._rejected -= {FORCE_FACE}
        if self._retaking_face and self._fingers is not None:
            self._retaking_face = False
            self._show_review()
        else:
            self._show_fingers()

    def _face_save_failed(self, error: BaseException) -> None:
        self.face.show_error(error)

    def _show_fingers(self) -> None:
        self._stop_devices()
        self.screens.setCurrentWidget(self.fingers)
        self.fingers.start()

    def _step_changed(self, slap: SlapResult) -> None:
        """A capture step was accepted: save it in the draft now (a restart keeps it)."""
        enrollment_id = self.desk.enrollment_id
        if enrollment_id is None:
            return
        self._step_saves += 1
        Op(lambda: self.desk.save_step(slap, enrollment_id=enrollment_id)).success(
            lambda _r: self._step_saved()).failure(self._step_save_failed).run(self)

    def _step_saved(self) -> None:
        self._step_saves -= 1
        if self._step_saves == 0 and self._after_steps is not None:
            then, self._after_steps = self._after_steps, None
            then()

    def _step_save_failed(self, error: BaseException) -> None:
        self.fingers.show_error(error)
        self._step_saved()

    def _fingers_done(self, fingers: FingerprintSet) -> None:
        self._fingers = fingers
        self._rejected -= {FORCE_FINGERS, FINGER_EXCEPTION}
        self.fingers.stop_soon()

        def save() -> None:
            Op(lambda: self.desk.save_fingers(fingers)).success(
                lambda _r: self._show_review()).failure(self.fingers.show_error).run(self)

        if self._step_saves:
            self._after_steps = save  # after the slaps still being saved, in that order
        else:
            save()

    def _show_review(self) -> None:
        self._stop_devices()
        self.review.show_enrollment(self._applicant, self._face, self._fingers, self._rejected,
                                    self._portrait)
        self.screens.setCurrentWidget(self.review)
        self.instruction_changed.emit(DONE)

    def _confirm(self) -> None:
        Op(self.desk.finalize).success(self._saved).failure(self.review.show_error).run(self)

    def _saved(self, enrollment: Enrollment) -> None:
        self.review.show_saved(enrollment.id)  # only now: the commit has returned
        data = receipt_data(enrollment, self._applicant, self._face, self._fingers,
                            self.services.settings["station.office"],
                            self.services.settings["station.timezone"])
        store = self.services.store
        Op(lambda: write_receipt(data, store)).success(self._receipt_written).failure(
            self.review.error.show_error).run(self)

    def _receipt_written(self, result: WrittenReceipt) -> None:
        self._receipt = result
        self.receipt_ready.emit(str(result.sealed))

    def _print(self) -> None:
        """Print in the background (the print system is asked there), else open the PDF."""
        if self._receipt is None:
            self.review.show_print_result("pending", "")
            return
        if self._printing:
            return  # a second press while the first is printing prints nothing more
        receipt = self._receipt
        printer = self.services.settings["receipts.printer"]
        self._printing = True
        Op(lambda: print_receipt(receipt.data, printer)).success(
            lambda printed: self._printed(printed, receipt)).failure(
            self._print_failed).run(self)

    def _printed(self, printed: bool, receipt: WrittenReceipt) -> None:
        self._printing = False
        if printed:
            outcome = "printed"
        else:
            outcome = "opened" if self._open_receipts and open_receipt(receipt) else "kept"
        self.review.show_print_result(outcome, receipt.data.enrollment_id)

    def _print_failed(self, error: BaseException) -> None:
        self._printing = False
        self.review.error.show_error(error)

    def _stop_devices(self, wait: bool = False, document: bool = True) -> None:
        """Close the capture devices (and the document camera unless ``document`` is False);
        in the background unless ``wait`` (at shutdown)."""
        for screen in (self.face, self.fingers):
            screen.stop() if wait else screen.stop_soon()
        if document:
            self.stop_document_camera(wait)


def _owned_by(dialog: QWidget, window: QWidget) -> bool:
    """Whether ``dialog`` was opened over ``window`` (its parent chain reaches it)."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
