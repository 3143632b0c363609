"""Choose a finger and why it cannot be captured (the reason and sign-off come next)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from kiosk.biometrics.fingers.policy import ExceptionKind
from kiosk.domain.fingers import FingerPosition
from ui.desk.finger_names import exception_kind_name, finger_name


class FingerExceptionDialog(QDialog):
    """``FingerExceptionDialog.ask(fingers)`` returns ``(finger, kind)`` or None."""

    def __init__(self, fingers: Iterable[FingerPosition], parent: QWidget | None = None,
                 chosen: FingerPosition | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finger exception"))
        self.finger = QComboBox()
        for finger in fingers:
            self.finger.addItem(finger_name(finger), finger)
        if chosen is not None and self.finger.findData(chosen) >= 0:
            self.finger.setCurrentIndex(self.finger.findData(chosen))
        self.kind = QComboBox()
        for kind in ExceptionKind:
            self.kind.addItem(exception_kind_name(kind), kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Next"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(self.tr("Finger:"), self.finger)
        form.addRow(self.tr("Why it cannot be captured:"), self.kind)
        form.addRow(buttons)
        self.finger.setFocus()

    @classmethod
    def ask(cls, fingers: Iterable[FingerPosition], parent: QWidget | None = None,
            chosen: FingerPosition | None = None) -> tuple[FingerPosition, ExceptionKind] | None:
        """Modal; ``chosen`` preselects a finger (e.g. the one tapped on the hand diagram)."""
        dialog = cls(fingers, parent, chosen)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.finger.count() == 0:
            return None
        return dialog.finger.currentData(), dialog.kind.currentData()

    @classmethod
    def confirm_removal(cls, finger: FingerPosition, parent: QWidget | None = None) -> bool:
        """Ask whether the exception of ``finger`` should be removed (to capture it after all)."""
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("FingerExceptionDialog", "Finger exception"),
                          translate("FingerExceptionDialog",
                                    "Remove the exception of {0} and capture it?").format(
                              finger_name(finger)), parent=parent)
        yes = box.addButton(translate("FingerExceptionDialog", "Remove"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("FingerExceptionDialog", "Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes
