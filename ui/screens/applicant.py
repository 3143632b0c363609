"""Start of an enrollment: scan the passport (wedge reader) or type; eligibility at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.documents.live import unsure_letters
from kiosk.documents.mrz_reader import MrzReading
from kiosk.domain.applicant import Applicant
from kiosk.domain.eligibility import ELIGIBILITY_FIELDS, Decision, decide_draft
from kiosk.domain.mrz import MrzError, parse_mrz
from kiosk.domain.tickets import Ticket
from kiosk.domain.validation import build_applicant
from ui.common import style
from ui.common.languages import list_text
from ui.common.messages import describe, sentence
from ui.common.widgets import ErrorBanner, title_label
from ui.desk.unsure_letters import CONFIRM_KEY, FIELD_ORDER, UnsureLetters
from ui.screens.applicant_form import ApplicantForm
from ui.screens.document_panel import DocumentCameraPanel

# What tells one person from another when a second passport is scanned onto an open form
IDENTITY_FIELDS = ("surname", "given_names", "date_of_birth", "nationality")


class ApplicantScreen(QWidget):
    """Emits ``continue_requested(Applicant, Decision)`` only for a valid, eligible applicant."""

    continue_requested = Signal(object, object)
    camera_scan_requested = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantScreen")
        self._today = today
        self._touched: set[str] = set()
        self._mrz_suspect: set[str] = set()
        self._unsure: set[str] = set()
        self.applicant: Applicant | None = None
        self.decision: Decision | None = None

        self.hint = QLabel(self.tr("Scan the passport with the reader (at any time, wherever "
                                   "the cursor is), or type the data."))
        self.hint.setWordWrap(True)
        style.role(self.hint, "caption")
        self.mrz_banner = ErrorBanner()
        self.form = ApplicantForm()
        self.letters = UnsureLetters({n: self.form.inputs[n] for n in FIELD_ORDER})
        QShortcut(QKeySequence(CONFIRM_KEY), self, activated=self.confirm_letter)
        self.document_panel = DocumentCameraPanel()
        self.form.edited.connect(self._schedule_check)
        for name, widget in self.form.inputs.items():
            signal = getattr(widget, "textEdited", None) or widget.currentIndexChanged
            signal.connect(lambda *_a, n=name: self._touch(n))
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.eligibility.setObjectName("eligibility")
        self.scan_button = QPushButton(self.tr("Read a ticket with the &camera  (F4)"))
        self.scan_button.clicked.connect(self._request_camera_scan)
        QShortcut(QKeySequence("F4"), self, activated=self._request_camera_scan)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self._continue)
        style.primary(self.continue_button)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._continue)

        buttons = QHBoxLayout()
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        self.title = title_label("", 1.5)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.mrz_banner)
        middle = QHBoxLayout()
        middle.setSpacing(style.SPACE_XL)
        middle.addWidget(self.form, 1)
        middle.addWidget(self.document_panel)
        layout.addLayout(middle, 1)
        layout.addWidget(self.eligibility)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # validate shortly after typing pauses
        self._timer.timeout.connect(self.check)
        self.editing = False
        self._set_mode(False)
        self.check()

    def _set_mode(self, editing: bool) -> None:
        """A new applicant (on to the photo) or a correction of a draft (back to review)."""
        self.editing = editing
        self.title.setText(self.tr("Correct applicant data") if editing
                           else self.tr("New enrollment"))
        self.continue_button.setText(
            self.tr("Save and return to the &review  (Ctrl+Enter)") if editing
            else self.tr("Continue to the &photo  (Ctrl+Enter)"))

    def edit(self, applicant: Applicant) -> None:
        """The form filled with a draft's applicant data, to correct it; eligibility is
        checked again before Continue (which then returns to the review)."""
        self.reset()
        self._set_mode(True)
        values: dict[str, Any] = {name: getattr(applicant, name, None)
                                  for name in self.form.inputs}
        for name in ("sex", "residence_card_kind"):
            value = values.get(name)
            values[name] = getattr(value, "value", value)
        self.form.set_values(values)
        self._touched |= set(self.form.inputs)
        self.hint.setText(self.tr("Correct what is wrong; the photo and fingerprints are "
                                  "kept."))
        self.check()
        self.form.inputs["surname"].setFocus()

    def reset(self) -> None:
        """An empty form for the next applicant."""
        self._set_mode(False)
        self.hint.setText(self.tr("Scan the passport with the reader (at any time, wherever "
                                  "the cursor is), or type the data."))
        self._mrz_suspect.clear()
        self._mark_unsure(set())
        self.mrz_banner.hide()
        for widget in self.form.inputs.values():
            if hasattr(widget, "clear") and not hasattr(widget, "currentIndex"):
                widget.clear()
            elif hasattr(widget, "setCurrentIndex"):
                widget.setCurrentIndex(0)
        self.form.forget_language()
        # after the fields are emptied: a list put back to its first entry reports a change,
        # and the last applicant's sex then showed "Required." on the next one's empty form
        self._touched.clear()
        self.check()
        self.form.inputs["surname"].setFocus()

    def apply_mrz(self, lines: tuple[str, ...],
                  confirm: frozenset[str] = frozenset()) -> None:
        """Fill the form from a scanned MRZ; the fields a failed check puts in doubt stay empty,
        marked and named, for the officer to scan again or type. ``confirm`` names fields read
        by the camera with unsure letters (names carry no check digit): they are filled and
        highlighted for the officer to compare with the document."""
        try:
            mrz = parse_mrz(lines, self._today())
        except MrzError as exc:
            self.mrz_banner.show_error(exc)
            return
        self._mark_unsure(set())
        from kiosk.domain.mrz import (
            mrz_to_applicant_fields,
            suspect_fields,
            trusted_applicant_fields,
        )

        if mrz.valid:
            values, doubt = mrz_to_applicant_fields(mrz), frozenset()
        else:
            values, doubt = trusted_applicant_fields(mrz), suspect_fields(mrz)
        if self._another_person(values):
            editing = self.editing
            self.reset()  # nothing of the previous applicant may stay on this one's form
            self._set_mode(editing)
            self.hint.setText(self.tr("Another passport: the previous applicant's data was "
                                      "cleared."))
        self.form.set_values(values)
        self._touched |= set(values)
        if doubt:  # what passed is filled; what failed is left empty, marked, and named
            self.form.set_values(dict.fromkeys(doubt, ""))
            self._mrz_suspect = set(doubt)
            self.form.mark(set(doubt))
            names = [self.form.captions[f] for f in sorted(doubt)]
            self.mrz_banner.show_text(
                sentence("mrz.check_failed"),
                self.tr("Failed: %1. Scan again or type the data from the document.")
                .replace("%1", list_text(names)))
            self.check()
            self.form.inputs[sorted(doubt)[0]].setFocus()
            return
        self._mrz_suspect.clear()
        self.mrz_banner.hide()
        self._mark_unsure(confirm)
        self.check()
        if confirm:
            self.form.inputs[sorted(confirm)[-1]].setFocus()
            return
        self.form.inputs["residence_card_kind"].setFocus()  # the passport has no card data

    def apply_camera_reading(self, reading: MrzReading) -> None:
        """Fill the form from the document camera's reading (valid, and alike on consecutive
        frames); its unsure name letters are highlighted one by one, the first selected."""
        marks = unsure_letters(reading)
        self.apply_mrz(reading.mrz.lines, frozenset(marks))
        if self._unsure:
            self.letters.set({name: marks[name] for name in self._unsure if name in marks})
            self.letters.select_first()

    def confirm_letter(self) -> None:
        """F7: the selected unsure letter matches the passport; on to the next one."""
        if not self.letters.remaining():
            return
        done = self.letters.confirm_selected()
        if done is not None:
            self._mark_unsure(self._unsure - {done})
        if not self._unsure:
            self.mrz_banner.hide()
            self.check()
            self.form.inputs["residence_card_kind"].setFocus()

    def _mark_unsure(self, names: frozenset[str] | set[str]) -> None:
        self._unsure = set(names)
        for name, widget in self.form.inputs.items():
            style.unsure(widget, name in self._unsure)
        for name in list(self.letters.marks):
            if name not in self._unsure:
                self.letters.clear_field(name)
        if self._unsure:
            self.mrz_banner.show_text(
                self.tr("Compare the highlighted name with the passport."),
                self.tr("The camera was not sure of the highlighted letters, and names have "
                        "no check digit. Type the right letter, or press F7 if it matches "
                        "the passport."))

    def _another_person(self, scanned: dict[str, Any]) -> bool:
        """The form holds someone else: neither the same document number nor the same name,
        birth date and nationality (a renewed passport of the same person keeps the form)."""
        current = self.form.values()
        if not any(current.get(f) for f in (*IDENTITY_FIELDS, "travel_document_number")):
            return False
        if current.get("travel_document_number") == scanned.get("travel_document_number"):
            return False
        return any(_norm(current.get(f)) != _norm(scanned.get(f)) for f in IDENTITY_FIELDS)

    def apply_ticket(self, ticket: Ticket) -> None:
        """Fill the form from a verified pre-registration ticket (the officer still checks)."""
        values = {k: (date.fromisoformat(v) if k in self.form.DATE_FIELDS else v)
                  for k, v in ticket.applicant.items()}
        self._mrz_suspect.clear()
        self.form.set_values(values)
        self._touched |= set(values)
        self.mrz_banner.hide()
        self.hint.setText(self.tr("Pre-registration ticket %1: check the data against the "
                                  "passport.").replace("%1", str(ticket.number)))
        self.check()

    def _request_camera_scan(self) -> None:
        if self.scan_button.isEnabled():
            self.scan_button.setEnabled(False)
            self.hint.setText(self.tr("Hold the ticket's QR code in front of the camera…"))
            self.camera_scan_requested.emit()

    def camera_scan_finished(self, found: bool) -> None:
        self.scan_button.setEnabled(True)
        if not found:
            self.mrz_banner.show_text(self.tr("No ticket was seen by the camera. Try again, "
                                              "or scan the passport."))

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._mrz_suspect.discard(name)  # the officer typed it: no longer the MRZ's value
        if name in self._unsure:  # the officer looked at it and typed: confirmed
            self._mark_unsure(self._unsure - {name})
            if not self._unsure:
                self.mrz_banner.hide()

    def _schedule_check(self) -> None:
        self._timer.start()

    def check(self) -> None:
        """Validate, decide eligibility, and enable Continue only when both allow it."""
        self._timer.stop()
        values = self.form.values()
        today = self._today()
        result = build_applicant(values, today)
        problems = [] if isinstance(result, Applicant) else result
        self.form.show_problems(problems, self._touched)
        if self._mrz_suspect:
            self.form.mark(self._mrz_suspect)
        self.applicant = result if isinstance(result, Applicant) else None
        self.decision = decide_draft(values, today)
        if self.decision is None:  # name only what is still missing or wrong
            missing = [f for f in self.form.inputs if f in ELIGIBILITY_FIELDS
                       and any(p.field == f for p in problems)]
            self.eligibility.setText(self.tr("Eligibility: still needs %1.").replace(
                "%1", list_text([self.form.captions[f] for f in missing])))
            style.tone(self.eligibility, style.NEUTRAL)
        else:
            text = " ".join(sentence(r.message_key) for r in self.decision.reasons)
            self.eligibility.setText(text)
            style.tone(self.eligibility, style.PASS if self.decision.level2_allowed
                       else style.FAIL)
        ready = (self.applicant is not None and self.decision is not None
                 and self.decision.level2_allowed and not self._mrz_suspect
                 and not self._unsure)
        self.continue_button.setEnabled(ready)

    def _continue(self) -> None:
        self.check()
        if self.continue_button.isEnabled():
            self.continue_requested.emit(self.applicant, self.decision)
            return
        # an attempt to go on: every problem shows now (not only the fields reached so far),
        # and the cursor goes to the first of them (or to a letter still to compare)
        if self._unsure:
            if not self.letters.select_first():
                self.form.inputs[sorted(self._unsure)[-1]].setFocus()
            return
        self._touched |= set(self.form.inputs)
        self.check()
        wrong = [name for name, label in self.form.errors.items() if label.text()]
        if wrong:
            self.form.inputs[wrong[0]].setFocus()

    def show_error(self, error: BaseException) -> None:
        sentence_text, detail = describe(error)
        self.mrz_banner.show_text(sentence_text, detail)


__all__ = ["ApplicantScreen", "Qt"]


def _norm(value: Any) -> str:
    """A field value compared across the MRZ and the form (case and spacing aside)."""
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value or "").upper().split())
