"""Cancel a draft enrollment: a reason from a short list (plus free text), then confirm."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.common.languages import pair_text

CONTEXT = "CancelEnrollmentDialog"
# the stored reason: "<code>" or "<code>: <the officer's details>" (a record format, not text)
STORED_SEPARATOR = ": "
# stored reason codes (the enrollment's reason is "code" or "code: details") and their names
REASONS: dict[str, str] = {
    "applicant_left": QT_TRANSLATE_NOOP("CancelEnrollmentDialog", "The applicant left"),
    "applicant_withdrew": QT_TRANSLATE_NOOP("CancelEnrollmentDialog",
                                            "The applicant does not want to enroll"),
    "wrong_applicant": QT_TRANSLATE_NOOP("CancelEnrollmentDialog", "Wrong applicant or document"),
    "entered_twice": QT_TRANSLATE_NOOP("CancelEnrollmentDialog", "Started twice by mistake"),
    "other": QT_TRANSLATE_NOOP("CancelEnrollmentDialog", "Other (explain below)"),
}


def cancel_reason_text(reason: str | None) -> str:
    """A stored cancel reason for the officer: the translated name, then any details."""
    code, _, details = (reason or "").partition(STORED_SEPARATOR)
    name = REASONS.get(code)
    if name is None:
        return reason or ""
    if code == "other" and details:
        return details
    name = QCoreApplication.translate(CONTEXT, name)
    return pair_text(name, details) if details else name


class CancelEnrollmentDialog(QDialog):
    """Asks why the enrollment of ``who`` is cancelled; ``reason()`` once accepted. The
    cancel button stays disabled until a reason is chosen ("Other" needs the details)."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelEnrollmentDialog")
        self.setWindowTitle(self.tr("Cancel this enrollment"))
        self.warning = QLabel(self.tr(
            "Cancel the enrollment of %1? Its photo and fingerprints are deleted now; this "
            "cannot be undone.").replace("%1", who))
        self.warning.setWordWrap(True)
        self.reasons = QComboBox()
        self.reasons.addItem(self.tr("Choose a reason…"), None)
        for code, name in REASONS.items():
            self.reasons.addItem(self.tr(name), code)
        self.details = QLineEdit()
        self.details.setMaxLength(200)
        self.details.setPlaceholderText(self.tr("Details (required for Other)"))
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("&Cancel the enrollment"))
        self.keep_button = QPushButton(self.tr("&Keep it"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.keep_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter cancels, once a reason is complete
        self.reasons.currentIndexChanged.connect(self._update)
        self.details.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(self.warning)
        form.addRow(self.tr("&Reason:"), self.reasons)
        form.addRow(self.tr("&Details:"), self.details)
        form.addRow(buttons)
        for label_row in (1, 2):
            label = form.itemAt(label_row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(self.reasons if label_row == 1 else self.details)
        self.setMinimumWidth(520)
        self._update()
        self.reasons.setFocus()

    def reason(self) -> str | None:
        """The reason to store, or None while none is complete."""
        code = self.reasons.currentData()
        details = " ".join(self.details.text().split())
        if code is None or (code == "other" and not details):
            return None
        return f"{code}{STORED_SEPARATOR}{details}" if details else code

    def _update(self) -> None:
        self.cancel_button.setEnabled(self.reason() is not None)

    def _accept(self) -> None:
        if self.reason() is not None:
            self.accept()
