"""Review everything, confirm, and only then say "Saved"; then the receipt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.desk.results import FaceResult, FingerprintSet
from kiosk.domain.applicant import Applicant
from kiosk.store.approvals import FORCE_FACE, ApprovalRejected
from ui.common import style
from ui.common.fonts import apply_language_font, language_of_text
from ui.common.languages import AUTONYMS, date_text, label_text, pair_text
from ui.common.widgets import ErrorBanner, title_label
from ui.printing.receipt import FINGER_NAMES

GOOD, WEAK = style.GOOD, style.BAD
EXCEPTION_KINDS = {
    "missing": QT_TRANSLATE_NOOP("ReviewScreen", "missing"),
    "amputated": QT_TRANSLATE_NOOP("ReviewScreen", "amputated"),
    "bandaged": QT_TRANSLATE_NOOP("ReviewScreen", "bandaged"),
    "temporarily_unusable": QT_TRANSLATE_NOOP("ReviewScreen", "temporarily unusable"),
}


PORTRAIT_SIZE = (240, 320)


def portrait_image(jpeg: bytes) -> QImage:
    """The portrait decoded and scaled for the review (thread-safe: call it in the
    background, then pass it to :meth:`ReviewScreen.show_enrollment`)."""
    return QImage.fromData(jpeg, "JPEG").scaled(
        *PORTRAIT_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)


class ReviewScreen(QWidget):
    """Emits ``confirm_requested`` once per review; ``back_requested`` to recapture the
    fingerprints, ``face_requested`` to retake a forced photo a supervisor rejected,
    ``edit_requested`` to correct the applicant data, ``cancel_requested`` to cancel the
    draft (asks for a reason first, in the desk flow)."""

    confirm_requested = Signal()
    edit_requested = Signal()
    cancel_requested = Signal()
    back_requested = Signal()
    face_requested = Signal()
    next_requested = Signal()
    print_requested = Signal()

    def __init__(self, threshold: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self._threshold = threshold
        self.portrait = QLabel()
        self.portrait.setFixedSize(*PORTRAIT_SIZE)
        self.portrait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.portrait.setStyleSheet("border: 1px solid #9aa0a6;")
        self.details = QFormLayout()
        self._detail_labels: list[tuple[QLabel, QLabel]] = []
        self._finger_labels: list[tuple[QLabel, QLabel]] = []
        self.face_note = QLabel()
        self.face_note.setWordWrap(True)
        self.face_note.setMaximumWidth(PORTRAIT_SIZE[0] * 5 // 4)  # wraps under the photo
        self.fingers_box = QGroupBox(self.tr("Fingerprints (NFIQ 2)"))
        self.fingers_grid = QGridLayout(self.fingers_box)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.error = ErrorBanner()
        self.saved = QLabel()
        self.saved.setObjectName("savedLabel")
        style.role(self.saved, "saved")
        style.tone(self.saved, style.PASS)
        self.saved.hide()
        self.print_note = QLabel()  # what became of the receipt: printed, opened or saved
        self.print_note.setObjectName("printNote")
        self.print_note.setWordWrap(True)
        self.print_note.hide()
        self.back_button = QPushButton(self.tr("&Back to fingerprints"))
        self.back_button.clicked.connect(self.back_requested)
        self.face_button = QPushButton(self.tr("Retake the pho&to"))
        self.face_button.clicked.connect(self.face_requested)
        self.face_button.hide()
        self.edit_button = QPushButton(self.tr("Correct applicant &data  (Ctrl+E)"))
        self.edit_button.clicked.connect(self._edit)
        self.cancel_button = QPushButton(self.tr("Cance&l this enrollment…"))
        self.cancel_button.clicked.connect(self._cancel)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self._edit)
        self.confirm_button = QPushButton(self.tr("&Confirm and save  (Ctrl+Enter)"))
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        self.print_button = QPushButton(self.tr("&Print the receipt"))
        self.print_button.clicked.connect(self.print_requested)
        self.next_button = QPushButton(self.tr("&Next applicant  (Ctrl+N)"))
        self.next_button.clicked.connect(self.next_requested)
        for button in (self.print_button, self.next_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it, as Space does
            button.hide()
        for button in (self.confirm_button, self.next_button):
            style.primary(button)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._confirm)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self._next)

        left = QVBoxLayout()
        left.addWidget(self.portrait)
        left.addWidget(self.face_note)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.details)
        right.addWidget(self.fingers_box)
        right.addWidget(self.notes)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addSpacing(24)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.face_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.next_button, self.confirm_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Review and save"), 1.5))
        layout.addWidget(self.error)
        # the applicant's data scrolls when it does not fit: in Korean or Chinese, once saved,
        # the screen asked for more than a 1280x800 station has and the window grew off it
        # (its Next and Print buttons below the screen's edge)
        content = QWidget()
        content.setLayout(body)
        scroll = QScrollArea()
        scroll.setObjectName("reviewScroll")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.saved)
        layout.addWidget(self.print_note)
        layout.addLayout(buttons)

    def show_enrollment(self, applicant: Applicant, face: FaceResult,
                        fingers: FingerprintSet, rejected: frozenset[str] = frozenset(),
                        portrait: QImage | None = None) -> None:
        """Fill the review; nothing is saved yet, so Confirm is offered. ``rejected``: the
        approval kinds a supervisor rejected (a rejected forced photo can be retaken);
        ``portrait``: :func:`portrait_image` of the face, made off the UI thread (else it
        is decoded here)."""
        rows = [
            (self.tr("Name"), applicant.full_name), (self.tr("Native-script name"),
                                                     applicant.native_name or "–"),
            (self.tr("Sex"), {"F": self.tr("Female (F)"), "M": self.tr("Male (M)"),
                              "X": self.tr("Unspecified (X)")}.get(str(applicant.sex), "–")),
            (self.tr("Date of birth"), date_text(applicant.date_of_birth)),
            (self.tr("Nationality"), applicant.nationality),
            (self.tr("Passport"), f"{applicant.travel_document_number} "
                                  f"({date_text(applicant.travel_document_expiry)})"),
            (self.tr("Residence card"), f"{self._card_kind(applicant)} "
                                        f"{applicant.residence_card_number} "
                                        f"({date_text(applicant.residence_card_expiry)})"
             if applicant.residence_card_expiry else "–"),
            (self.tr("Address in Vietnam"), applicant.address_vn),
            (self.tr("Phone"), applicant.phone),
            (self.tr("Email"), applicant.email or "–"),
            (self.tr("Preferred language"), AUTONYMS.get(applicant.preferred_language,
                                                         applicant.preferred_language)),
        ]
        # the rows' labels are made once and refilled: no widgets made on each review
        while len(self._detail_labels) < len(rows):
            pair = (QLabel(), QLabel())
            self.details.addRow(*pair)
            self._detail_labels.append(pair)
        for (label, value), (label_widget, value_widget) in zip(
                rows, self._detail_labels, strict=False):
            label_widget.setText(label_text(label))
            value_widget.setText(value)
        native = self._detail_labels[1][1]
        apply_language_font(native, language_of_text(applicant.native_name or "",
                                                     applicant.nationality,
                                                     applicant.preferred_language or ""))
        if portrait is None or portrait.width() > PORTRAIT_SIZE[0] \
                or portrait.height() > PORTRAIT_SIZE[1]:
            portrait = portrait_image(face.portrait_jpeg)
        self.portrait.setPixmap(QPixmap.fromImage(portrait))
        mode = {"auto": self.tr("Taken automatically (all checks passed)."),
                "manual": self.tr("Taken by the officer (all checks passed)."),
                "forced": self.tr("Kept although a check failed. Reason: %1.").replace(
                    "%1", (face.forced_reason or "").rstrip(" .。"))}
        note = mode.get(face.mode, face.mode)
        face_rejected = FORCE_FACE in rejected and face.mode == "forced"
        if face_rejected:
            note += "\n" + self.tr("Rejected by a supervisor: retake the photo.")
        elif face.approval is not None and face.mode == "forced":
            note += " " + (self.tr("Waiting for a supervisor's approval.")
                           if face.approval.status == "pending" else
                           self.tr("Approved by %1.").replace("%1", face.approval.supervisor))
        self.face_note.setText(note)
        self.face_button.setVisible(face_rejected)
        self.face_button.setEnabled(True)
        self._show_fingers(fingers)
        self.error.hide()
        self.saved.hide()
        self.print_note.hide()
        self.print_button.hide()
        self.next_button.hide()
        self.back_button.setEnabled(True)
        for button in (self.edit_button, self.cancel_button):
            button.setEnabled(True)
            button.show()
        self.confirm_button.setEnabled(True)
        self.confirm_button.show()
        self.confirm_button.setFocus()

    def _show_fingers(self, fingers: FingerprintSet) -> None:
        notes = []
        for index, position in enumerate(sorted(FINGER_NAMES)):
            name = QCoreApplication.translate("Receipt", FINGER_NAMES[position])
            sample = next((s for p, s in fingers.samples.items() if int(p) == position), None)
            exception = next((e for p, e in fingers.exceptions.items() if int(p) == position),
                             None)
            if sample is not None:
                color = GOOD if sample.nfiq2 >= self._threshold else WEAK
                value = f"<b style='color:{color}'>{sample.nfiq2}</b>"
                if sample.forced_reason:
                    notes.append(self.tr("%1 forced: %2").replace("%1", name)
                                 .replace("%2", sample.forced_reason))
            elif exception is not None:
                value = self.tr("exception: %1").replace(
                    "%1", self.tr(EXCEPTION_KINDS.get(exception.kind, exception.kind)))
                notes.append(pair_text(name, exception.reason))
            else:
                value = "–"
            if index == len(self._finger_labels):  # made once, refilled on each review
                pair = (QLabel(), QLabel())
                self.fingers_grid.addWidget(pair[0], index % 5, (index // 5) * 2)
                self.fingers_grid.addWidget(pair[1], index % 5, (index // 5) * 2 + 1)
                self._finger_labels.append(pair)
            self._finger_labels[index][0].setText(name)
            self._finger_labels[index][1].setText(value)
        if fingers.duplicates and not fingers.duplicates.get("clean", True):
            notes.append(self.tr("Duplicate-finger warning was reviewed."))
        self.notes.setText("\n".join(notes))

    def _confirm(self) -> None:
        if not self.confirm_button.isEnabled() or not self.confirm_button.isVisible():
            return  # a double click or a second Ctrl+Enter never saves twice
        self._enable_actions(False)
        self.confirm_requested.emit()

    def _enable_actions(self, enabled: bool) -> None:
        for button in (self.confirm_button, self.back_button, self.face_button,
                       self.edit_button, self.cancel_button):
            button.setEnabled(enabled)

    def _edit(self) -> None:
        """Ctrl+E or the button: only before the record is saved."""
        if self.edit_button.isEnabled() and self.edit_button.isVisible():
            self.edit_requested.emit()

    def _cancel(self) -> None:
        if self.cancel_button.isEnabled() and self.cancel_button.isVisible():
            self.cancel_requested.emit()

    def _card_kind(self, applicant: Applicant) -> str:
        return {"temporary": self.tr("Temporary residence card"),
                "permanent": self.tr("Permanent residence card")}.get(
            str(applicant.residence_card_kind or ""), "")

    def show_print_result(self, outcome: str, where: str) -> None:
        """Say what "Print the receipt" did: printed, opened as a PDF, only kept (sealed), or
        not ready yet (it never does nothing visible); ``where``: the enrollment number."""
        texts = {
            "printed": self.tr("The receipt was sent to the printer."),
            "opened": self.tr("No printer: the receipt is open as a PDF; print it from there."),
            "kept": self.tr("No printer: the receipt is kept encrypted on this station "
                            "until the record is deleted. Give the applicant the enrollment "
                            "number %1.").replace("%1", where),
            "pending": self.tr("The receipt is still being prepared; press Print again in a "
                               "moment."),
        }
        self.print_note.setText(texts[outcome])
        self.print_note.show()

    def _next(self) -> None:
        """Ctrl+N, as the button says; only once the record is saved."""
        if self.next_button.isVisible():
            self.next_requested.emit()

    def show_saved(self, enrollment_id: str) -> None:
        """Called only after the commit: the record is durably in the database."""
        self.saved.setText(self.tr("Saved. Enrollment number %1").replace("%1", enrollment_id))
        self.saved.show()
        for button in (self.confirm_button, self.back_button, self.face_button,
                       self.edit_button, self.cancel_button):
            button.hide()
        self.print_button.show()
        self.next_button.show()
        self.next_button.setFocus()

    def show_error(self, error: BaseException) -> None:
        """Saving failed: nothing was saved; the officer may try again."""
        self.error.show_error(error)
        self._enable_actions(True)
        if isinstance(error, ApprovalRejected) and FORCE_FACE in error.params.get("kinds", ()):
            self.face_button.show()  # rejected while the officer was reviewing
