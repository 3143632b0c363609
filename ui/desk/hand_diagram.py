"""Two hands drawn with QPainter: fingers to place now are highlighted, captured fingers are
coloured by their NFIQ2 score against the threshold, exceptions are crossed out."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.fingers import FingerPosition as F

GOOD, NEAR, POOR = QColor("#188038"), QColor("#e37400"), QColor("#d93025")
NEAR_MARGIN = 10  # scores this close below the threshold are amber, not red

# As the officer looks at the applicant's hands palm down: left hand on the left,
# little finger first; (finger, x offset, length) relative to the palm.
_LEFT = ((F.LEFT_LITTLE, 0.02, 0.55), (F.LEFT_RING, 0.24, 0.72), (F.LEFT_MIDDLE, 0.46, 0.8),
         (F.LEFT_INDEX, 0.68, 0.7))
_RIGHT = ((F.RIGHT_INDEX, 0.02, 0.7), (F.RIGHT_MIDDLE, 0.24, 0.8), (F.RIGHT_RING, 0.46, 0.72),
          (F.RIGHT_LITTLE, 0.68, 0.55))


def score_colour(score: int, threshold: int) -> QColor:
    """Green at or above the threshold, amber just below it, red further below."""
    if score >= threshold:
        return GOOD
    return NEAR if score >= threshold - NEAR_MARGIN else POOR


class HandDiagram(QWidget):
    """Call :meth:`set_state` with what to highlight, the scores and the exceptions;
    ``finger_clicked(FingerPosition)`` is emitted when a finger is tapped."""

    finger_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighted: set[F] = set()
        self.scores: dict[F, int] = {}
        self.excepted: set[F] = set()
        self.threshold = 40
        self.setMinimumSize(360, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_state(self, highlighted: set[F], scores: dict[F, int], excepted: set[F],
                  threshold: int) -> None:
        self.highlighted, self.scores = set(highlighted), dict(scores)
        self.excepted, self.threshold = set(excepted), threshold
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        """Height, width of one hand, and the gap around and between the hands."""
        width, height = float(self.width()), float(self.height())
        hand_w = min(width / 2.8, height * 1.2)
        return height, hand_w, (width - 2 * hand_w) / 3

    def finger_rects(self) -> dict[F, QRectF]:
        """Where each finger is drawn (also used by tests to check the layout)."""
        height, hand_w, gap = self._geometry()
        rects: dict[F, QRectF] = {}
        for index, (fingers, thumb) in enumerate(((_LEFT, F.LEFT_THUMB),
                                                   (_RIGHT, F.RIGHT_THUMB))):
            left = gap + index * (hand_w + gap)
            palm_top = height * 0.55
            finger_w = hand_w * 0.18
            for finger, offset, length in fingers:
                finger_h = (palm_top - 4) * length
                rects[finger] = QRectF(left + offset * hand_w + hand_w * 0.06,
                                       palm_top - finger_h, finger_w, finger_h)
            thumb_w = finger_w * 1.1
            # palms down: each thumb on the inner side of its hand
            thumb_x = left + hand_w - thumb_w / 2 if index == 0 else left - thumb_w / 2
            rects[thumb] = QRectF(thumb_x, palm_top + height * 0.08, thumb_w, height * 0.3)
        return rects

    def finger_at(self, point: QPointF) -> F | None:
        """The finger drawn at ``point``, if any."""
        return next((f for f, rect in self.finger_rects().items() if rect.contains(point)),
                    None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        finger = self.finger_at(event.position())
        if finger is not None and event.button() == Qt.MouseButton.LeftButton:
            self.finger_clicked.emit(finger)
        else:
            super().mousePressEvent(event)

    def paintEvent(self, event: object) -> None:
        with QPainter(self) as painter:  # ended even when painting raises
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rects = self.finger_rects()
            height, hand_w, gap = self._geometry()
            painter.setPen(QPen(QColor("#9aa0a6"), 1.5))
            painter.setBrush(QColor("#f1f3f4"))
            for index in range(2):
                left = gap + index * (hand_w + gap)
                painter.drawRoundedRect(QRectF(left, height * 0.55, hand_w, height * 0.42), 18, 18)
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            for finger, rect in rects.items():
                self._draw_finger(painter, finger, rect)

    def _draw_finger(self, painter: QPainter, finger: F, rect: QRectF) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, rect.width() / 2, rect.width() / 2)
        fill, border = QColor("#ffffff"), QColor("#9aa0a6")
        if finger in self.excepted:
            fill = QColor("#dadce0")
        elif finger in self.scores:
            fill = score_colour(self.scores[finger], self.threshold).lighter(170)
            border = score_colour(self.scores[finger], self.threshold)
        if finger in self.highlighted:
            border = QColor("#1a73e8")
            if finger not in self.scores:
                fill = QColor("#d2e3fc")
        painter.setPen(QPen(border, 4 if finger in self.highlighted else 1.5))
        painter.setBrush(fill)
        painter.drawPath(path)
        if finger in self.excepted:
            painter.setPen(QPen(QColor("#5f6368"), 2.5))
            painter.drawLine(rect.topLeft() + QPointF(3, 3), rect.bottomRight() - QPointF(3, 3))
            painter.drawLine(rect.topRight() + QPointF(-3, 3), rect.bottomLeft() + QPointF(3, -3))
        elif finger in self.scores:
            painter.setPen(QColor("#202124"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.scores[finger]))
