"""What to bring: the passport and the residence card, both originals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from ui.guidance.page import GuidancePage, body_label
from ui.guidance.pictograms import Pictogram


class BringPage(GuidancePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What to bring"), self.tr("Step 1 of 6"), parent=parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        items = [
            ("passport", self.tr("Your passport (or other travel document), valid today.")),
            ("residence_card", self.tr("Your Vietnamese temporary or permanent residence card, "
                                       "valid today.")),
        ]
        for column, (kind, text) in enumerate(items):
            grid.addWidget(Pictogram(kind, side=220), 0, column, Qt.AlignmentFlag.AlignCenter)
            label = body_label(text, 1.3)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, 1, column)
        self.content.addLayout(grid)
        self.content.addWidget(body_label(self.tr(
            "Bring the originals: photocopies are not accepted. Children come with a parent "
            "or guardian."), 1.1))
        self.content.addStretch(1)
