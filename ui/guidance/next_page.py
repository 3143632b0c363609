"""What comes next: the account is activated in the VNeID app (kept generic on purpose)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.guidance.page import GuidancePage, body_label
from ui.guidance.pictograms import Pictogram


class NextPage(GuidancePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("After the desk"), self.tr("Step 5 of 6"),
                         next_text=self.tr("Pre-register now"), parent=parent)
        row = QHBoxLayout()
        row.addWidget(Pictogram("phone", side=220), 0, Qt.AlignmentFlag.AlignTop)
        steps = QVBoxLayout()
        for text in (
            self.tr("1. You receive a receipt. Keep it until your account is active."),
            self.tr("2. Your application is checked. This can take some days."),
            self.tr("3. Install the official VNeID app on your phone from your app store."),
            self.tr("4. When you are told your account is ready, activate it in VNeID by "
                    "following the instructions in the app."),
        ):
            steps.addWidget(body_label(text, 1.25))
        steps.addStretch(1)
        row.addLayout(steps, 1)
        self.content.addLayout(row)
        self.content.addWidget(body_label(self.tr(
            "Questions? The officers at the guidance desk will help you."), 1.1))
        self.content.addStretch(1)
