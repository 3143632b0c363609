"""At the desk, the fingerprints: left four fingers, right four fingers, then both thumbs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from ui.guidance.page import GuidancePage, body_label
from ui.guidance.pictograms import Pictogram


class DeskFingersPage(GuidancePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("At the desk: your fingerprints"), self.tr("Step 4 of 6"),
                         parent=parent)
        self.content.addWidget(body_label(self.tr(
            "Then the scanner takes your fingerprints in three steps. Press gently and keep "
            "still until the officer says it is done."), 1.2))
        steps = [
            ("left_four", self.tr("1. The four fingers of your left hand")),
            ("right_four", self.tr("2. The four fingers of your right hand")),
            ("thumbs", self.tr("3. Both thumbs together")),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        for column, (kind, text) in enumerate(steps):
            grid.addWidget(Pictogram(kind, side=240), 0, column, Qt.AlignmentFlag.AlignCenter)
            label = body_label(text, 1.2)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, 1, column)
        self.content.addLayout(grid)
        self.content.addWidget(body_label(self.tr(
            "Clean, dry hands give the best result. Tell the officer if a finger is injured "
            "or missing."), 1.1))
        self.content.addStretch(1)
