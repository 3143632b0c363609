"""Self-service pre-registration: scan the passport (wedge reader) or type, then get a ticket.

The form is the desk's own :class:`~ui.screens.applicant_form.ApplicantForm` with the desk's
validation and eligibility, so a ticket only ever carries data the desk accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QScroller,
    QWidget,
)

from kiosk.domain.applicant import Applicant
from kiosk.domain.eligibility import Reason, decide_draft
from kiosk.domain.mrz import MrzError, mrz_to_applicant_fields, parse_mrz
from kiosk.domain.validation import build_applicant
from ui.common.messages import sentence
from ui.common.widgets import ErrorBanner
from ui.guidance.eligibility_page import OK_STYLE, REFUSED_STYLE
from ui.guidance.keyboard import Layout, OnScreenKeyboard
from ui.guidance.page import GuidancePage, body_label
from ui.screens.applicant_form import ApplicantForm

PENDING_STYLE = "background: #e8f0fe; border-radius: 10px; padding: 14px;"
# touch-sized fields (the desk's form is for a mouse and a keyboard; this is for fingers)
FORM_STYLE = ("QLineEdit, QComboBox { min-height: 56px; font-size: 18pt; padding: 2px 10px; }"
              "QComboBox QAbstractItemView { font-size: 18pt; }"
              "QComboBox QAbstractItemView::item { min-height: 56px; }"
              "QLabel { font-size: 14pt; }")
KEY_LAYOUTS = {"native_name": Layout.SYSTEM, "date_of_birth": Layout.NUMERIC,
               "travel_document_expiry": Layout.NUMERIC,
               "residence_card_expiry": Layout.NUMERIC, "phone": Layout.NUMERIC,
               "email": Layout.EMAIL, "address_vn": Layout.VIETNAMESE}


class RegisterPage(GuidancePage):
    """Emits ``ticket_requested(Applicant)`` for a valid applicant eligible for level 2."""

    ticket_requested = Signal(object)

    def __init__(self, today: Callable[[], date], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pre-register and get your queue ticket"), self.tr("Step 6 of 6"),
                         next_text=self.tr("Get my ticket"), parent=parent)
        self._today = today
        self._language = language
        self._touched: set[str] = set()
        self._unavailable: BaseException | None = None
        self.applicant: Applicant | None = None
        self.intro = body_label(self.tr(
            "Put the photo page of your passport on the reader, or type your data as written "
            "in your documents."), 1.15)
        self.content.addWidget(self.intro)
        self.banner = ErrorBanner()
        self.content.addWidget(self.banner)
        self.form = ApplicantForm()
        self.form.edited.connect(lambda: self._timer.start())
        for name, widget in self.form.inputs.items():
            signal = getattr(widget, "textEdited", None) or widget.currentIndexChanged
            signal.connect(lambda *_a, n=name: self._touched.add(n))
        self.form.setStyleSheet(FORM_STYLE)
        for caption in self.form.findChildren(QLabel):
            if caption.buddy() is not None:  # long captions wrap: the form never scrolls sideways
                caption.setWordWrap(True)
        self.form.layout().setVerticalSpacing(4)
        self.keyboard = OnScreenKeyboard()
        for name, widget in self.form.inputs.items():
            if not isinstance(widget, QComboBox):
                widget.setCompleter(None)  # a popup would swallow the next tap on a key
            layout = Layout.CHOICE if isinstance(widget, QComboBox) else Layout.LATIN
            self.keyboard.attach(widget, KEY_LAYOUTS.get(name, layout))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)
        QScroller.grabGesture(self.scroll.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        for field in self.form.inputs.values():
            field.installEventFilter(self)  # not focusChanged: see OnScreenKeyboard
        self.content.addWidget(self.scroll, 1)
        self.verdict = body_label("", 1.1)
        self.verdict.setObjectName("registerVerdict")
        self.verdict.hide()
        self.content.addWidget(self.verdict)
        self.content.addWidget(self.keyboard)
        self.keyboard.installEventFilter(self)  # its showing and hiding: see _compact
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(self._request)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.check)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The focused field stays in view above the keyboard (once the keyboard is laid out);
        Enter in a field goes on (:meth:`_enter`)."""
        if watched is self.keyboard:
            if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
                self._compact(event.type() == QEvent.Type.Show)
            return False
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(watched, 20, 60))
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._enter(watched)
            return True
        return False

    def _compact(self, keyboard_up: bool) -> None:
        """While the on-screen keyboard is up the step and the introduction give way, so the
        page still fits a 1280x800 screen with some of the form in view (it needed 859 px and
        pushed the buttons off the screen)."""
        self.step.setVisible(not keyboard_up)
        self.intro.setVisible(not keyboard_up)
        margin = 12 if keyboard_up else 32
        self.layout().setContentsMargins(48, margin, 48, margin)
        self.content.setSpacing(8 if keyboard_up else 14)

    def _enter(self, field: QObject) -> None:
        """Enter on a keyboard (it did nothing): the ticket once the form allows it, else the
        next field; on the last field, what is still missing is shown, as by the ticket button."""
        fields = list(self.form.inputs.values())
        if self.next_button.isEnabled() or field is fields[-1]:
            self._request()
        elif field in fields:
            fields[fields.index(field) + 1].setFocus(Qt.FocusReason.TabFocusReason)

    def focus_forward(self) -> None:
        """Shown, the page waits in the Surname field, the on-screen keys down (a tap on a
        field brings them up): the form is the way forward."""
        self.keyboard.focus_quietly(self.form.inputs["surname"])

    def set_unavailable(self, error: BaseException | None) -> None:
        """Tickets cannot be issued here (no or a bad office key): say so, keep the guidance."""
        self._unavailable = error
        if error is not None:
            self.banner.show_error(error, with_detail=False)
        self.check()

    def apply_mrz(self, lines: tuple[str, ...]) -> None:
        """Fill the form from a scanned passport; a misread fills nothing and says so."""
        try:
            mrz = parse_mrz(lines, self._today())
        except MrzError as error:
            self.banner.show_error(error, with_detail=False)
            return
        if not mrz.valid:
            self.banner.show_text(sentence("mrz.check_failed"),
                                  self.tr("Scan the passport again, or type the data."))
            return
        if self._unavailable is None:
            self.banner.hide()
        values = mrz_to_applicant_fields(mrz)
        self.form.set_values(values)
        self._touched |= set(values)
        self.check()
        self.form.inputs["residence_card_kind"].setFocus()

    def check(self) -> None:
        """Validate, decide, and allow the ticket only when both say yes."""
        self._timer.stop()
        values = self.form.values()
        today = self._today()
        result = build_applicant(values, today)
        self.form.show_problems([] if isinstance(result, Applicant) else result, self._touched)
        self.applicant = result if isinstance(result, Applicant) else None
        decision = decide_draft(values, today)
        if decision is None:
            self.verdict.hide()
        elif decision.reasons == (Reason.NO_RESIDENCE_CARD,) and \
                "residence_card_kind" not in self._touched:  # just scanned: not a refusal yet
            self.verdict.setText(self.tr("Now choose your residence card and enter its number "
                                         "and expiry date."))
            self.verdict.setStyleSheet(PENDING_STYLE)
            self.verdict.show()
        else:
            lines = [sentence(r.message_key) for r in decision.reasons]
            self.verdict.setText(" ".join(lines))
            self.verdict.setStyleSheet(OK_STYLE if decision.level2_allowed else REFUSED_STYLE)
            self.verdict.show()
        self.next_button.setEnabled(self._unavailable is None and self.applicant is not None
                                    and decision is not None and decision.level2_allowed)

    def _request(self) -> None:
        self._touched |= set(self.form.inputs)
        self.check()
        if self.next_button.isEnabled():
            self.next_button.setEnabled(False)  # one ticket per press
            self.ticket_requested.emit(self.applicant)

    def show_error(self, error: BaseException) -> None:
        self.banner.show_error(error, with_detail=False)
        self.check()

    def clear(self) -> None:
        """Empty every field (the language stays the applicant's)."""
        self.wipe()
        self.form.set_values({"preferred_language": self._language})
        self.check()

    def wipe(self) -> None:
        """Empty every field, the language too."""
        for widget in self.form.inputs.values():
            if hasattr(widget, "currentIndex"):
                widget.setCurrentIndex(0)
            else:
                widget.clear()
        self.form.forget_language()
        self._touched.clear()
        self.applicant = None
        if self._unavailable is None:
            self.banner.hide()
        self.verdict.clear()
        self.verdict.hide()
