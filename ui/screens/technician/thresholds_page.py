"""Console page: capture thresholds (fingerprint quality, retries, face tolerances)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.options import Settings
from ui.common.widgets import title_label
from ui.screens.technician.settings_form import SettingsForm


class ThresholdsPage(QWidget):
    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsPage")
        self.form = SettingsForm(settings, config, [
            ("fingers.left_slap_threshold", self.tr("Left hand: lowest NFIQ 2 score")),
            ("fingers.right_slap_threshold", self.tr("Right hand: lowest NFIQ 2 score")),
            ("fingers.thumbs_threshold", self.tr("Thumbs: lowest NFIQ 2 score")),
            ("fingers.quality_threshold", self.tr("Single finger: lowest NFIQ 2 score")),
            ("fingers.max_attempts", self.tr("Attempts per segment")),
            ("fingers.duplicate_threshold", self.tr("Repeated-finger match score")),
            ("face.min_eye_distance_px", self.tr("Face: least eye distance (pixels)")),
            ("face.max_yaw_deg", self.tr("Face: largest head turn (degrees)")),
            ("face.max_pitch_deg", self.tr("Face: largest head nod (degrees)")),
            ("face.max_roll_deg", self.tr("Face: largest head tilt (degrees)")),
            ("face.dwell_s", self.tr("Face: seconds to hold still"))])
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Thresholds"), 1.4))
        layout.addWidget(self.form)
        layout.addStretch(1)
