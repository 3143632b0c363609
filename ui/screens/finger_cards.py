"""One card per capture segment: its name, status, attempts and a score chip per finger."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from devices.ports import Segment
from kiosk.biometrics.fingers.policy import SegmentCapture, SegmentStatus
from kiosk.domain.fingers import FingerPosition
from ui.common import style
from ui.common.languages import number_text, pair_text
from ui.desk.finger_names import exception_kind_name, finger_name, segment_name
from ui.desk.hand_diagram import score_colour

CARD_STYLE = "#segmentCard { border: 1px solid #dadce0; border-radius: 8px; }"
CURRENT_STYLE = "#segmentCard { border: 3px solid #1a73e8; border-radius: 8px; }"
CHIP_STYLE = "border-radius: 10px; padding: 3px 8px; color: {fg}; background: {bg};"


class SegmentCard(QFrame):
    """Shows a :class:`SegmentCapture`; ``recapture_requested`` asks to start it again."""

    recapture_requested = Signal(object)

    def __init__(self, segment: Segment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentCard")
        self.segment = segment
        self.title = QLabel(segment_name(segment))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.chips: dict[FingerPosition, QLabel] = {}
        # two chips a row: each finger's name and score on one line at the officers' 12 pt
        chip_row = QGridLayout()
        for index, finger in enumerate(segment.fingers):
            chip = self.chips[finger] = QLabel()
            chip.setWordWrap(True)
            chip_row.addWidget(chip, index // 2, index % 2)
        chip_row.setColumnStretch(0, 1)
        chip_row.setColumnStretch(1, 1)
        self.recapture = QPushButton(self.tr("Capture again"))
        self.recapture.clicked.connect(lambda: self.recapture_requested.emit(self.segment))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(chip_row)
        layout.addWidget(self.recapture)
        layout.addStretch(1)  # a card with one row of chips keeps its text at the top
        self.setStyleSheet(CARD_STYLE)

    def show_captures(self, captures: list[SegmentCapture], current: bool, busy: bool) -> None:
        """Refresh from the capture state of the segment's steps (one slap, or its fingers)."""
        style.sheet(self, CURRENT_STYLE if current else CARD_STYLE)
        pending = [c for c in captures if not c.done]
        shown = pending[0] if pending else captures[-1]
        self.status.setText(self.tr("Capturing…") if current and busy
                            else self._status_text(shown))
        for capture in captures:
            self._show_chips(capture)
        self.recapture.setVisible(
            all(c.done for c in captures)
            and any(c.status != SegmentStatus.EXCEPTED for c in captures))
        self.recapture.setEnabled(not busy)

    def _show_chips(self, capture: SegmentCapture) -> None:
        best = capture.best
        threshold = capture.policy.threshold
        for finger in capture.exceptions:
            self.chips[finger].setProperty("score", None)
            self.chips[finger].setText(pair_text(
                finger_name(finger), exception_kind_name(capture.exceptions[finger])))
            style.sheet(self.chips[finger], CHIP_STYLE.format(fg="#3c4043", bg="#dadce0"))
        for finger in capture.expected:
            chip = self.chips[finger]
            chip.setProperty("score", None)
            sample = best.samples.get(finger) if best else None
            if sample is None:
                chip.setText(pair_text(finger_name(finger), "–"))
                style.sheet(chip, CHIP_STYLE.format(fg="#3c4043", bg="#f1f3f4"))
                continue
            score = sample.quality.score
            text = pair_text(finger_name(finger), number_text(score))
            if sample.device_quality is not None and sample.device_quality != score:
                text += " " + self.tr("(device {0})").format(sample.device_quality)
            chip.setText(text)
            chip.setProperty("score", score)
            style.sheet(chip, CHIP_STYLE.format(fg="white",
                                                bg=score_colour(score, threshold).name()))

    def _status_text(self, capture: SegmentCapture) -> str:
        status = capture.status
        attempts = len(capture.attempts)
        limit = capture.policy.max_attempts
        if status == SegmentStatus.PENDING:
            return self.tr("Waiting")
        if status == SegmentStatus.ACCEPTED:
            return self.tr("Accepted (attempt {0} of {1})").format(attempts, limit)
        if status == SegmentStatus.RETRY:
            return self.tr("Below {0}: attempt {1} of {2}, retry").format(
                capture.policy.threshold, attempts, limit)
        if status == SegmentStatus.EXHAUSTED:
            return self.tr("Below {0} after {1} attempts: force or mark exceptions").format(
                capture.policy.threshold, attempts)
        if status == SegmentStatus.FORCED:
            return self.tr("Forced: {0}").format(capture.force_reason)
        return self.tr("Not captured (exceptions)")
