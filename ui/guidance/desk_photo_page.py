"""At the desk, the photo: four rules, each as a wrong and a right picture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.guidance.page import GuidancePage, body_label
from ui.guidance.pictograms import Pictogram


class DeskPhotoPage(GuidancePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("At the desk: your photo"), self.tr("Step 3 of 6"),
                         parent=parent)
        self.content.addWidget(body_label(self.tr(
            "An officer takes your photo with a camera. Please:"), 1.2))
        rules = [
            ("turned", "straight", self.tr("Look straight at the camera")),
            ("glasses", "no_glasses", self.tr("Take off your glasses")),
            ("smiling", "neutral", self.tr("Keep a neutral expression, mouth closed")),
            ("busy_background", "plain", self.tr("Plain background, nothing behind you")),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(10)
        for index, (wrong, right, text) in enumerate(rules):
            cell = QVBoxLayout()
            pair = QHBoxLayout()
            pair.addWidget(Pictogram(wrong, badge=False, side=170))
            pair.addWidget(Pictogram(right, badge=True, side=170))
            cell.addLayout(pair)
            label = body_label(text, 1.15)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cell.addWidget(label)
            grid.addLayout(cell, index // 2, index % 2)
        self.content.addLayout(grid, 1)
