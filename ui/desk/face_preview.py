"""The live preview: the camera frame, the portrait box, per-check chips and dwell progress.

Only paints: frames and analysis results arrive from :mod:`ui.desk.face_worker`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.biometrics.face import checks
from kiosk.biometrics.face.live import LiveUpdate
from ui.desk.instructions import check_name

PASS = QColor("#188038")
FAIL = QColor("#d93025")
WAIT = QColor("#f9ab00")


class FacePreview(QWidget):
    """Paints the newest frame scaled to fit, with the latest analysis over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facePreview")
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._index = -1
        self._painted_index = -1
        self.update_: LiveUpdate | None = None
        self.frames_painted = 0
        self.first_paint_at: float | None = None
        self.last_paint_at: float | None = None

    def set_frame(self, image: QImage, index: int) -> None:
        self._image, self._index = image, index
        self.update()

    def set_update(self, update: LiveUpdate | None) -> None:
        self.update_ = update
        self.update()

    def clear(self) -> None:
        self._image, self.update_ = None, None
        self.update()

    def _target(self) -> QRectF:
        assert self._image is not None
        scale = min(self.width() / self._image.width(), self.height() / self._image.height())
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, _event) -> None:
        with QPainter(self) as painter:  # ended even when painting raises
            painter.fillRect(self.rect(), QColor("#202124"))
            if self._image is None:
                return
            target = self._target()
            painter.drawImage(target, self._image)
            if self._index != self._painted_index:
                self._painted_index = self._index
                self.frames_painted += 1
                self.last_paint_at = time.monotonic()
                if self.first_paint_at is None:
                    self.first_paint_at = self.last_paint_at
            if self.update_ is not None:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._paint_box(painter, target)
                self._paint_checks(painter)
                self._paint_progress(painter, target)

    def _paint_box(self, painter: QPainter, target: QRectF) -> None:
        analysis = self.update_.analysis
        if analysis.crop is None or not analysis.width:
            return
        scale = target.width() / analysis.width
        corners = [QPointF(target.x() + x * scale, target.y() + y * scale)
                   for x, y in analysis.crop.corners()]
        colour = PASS if analysis.compliant else (WAIT if self.update_.progress else FAIL)
        painter.setPen(QPen(colour, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF(corners))

    def _paint_checks(self, painter: QPainter) -> None:
        results = {c.name: c for c in self.update_.analysis.checks}
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        line = painter.fontMetrics().height() + 4
        x, y = 8.0, 8.0
        for name in checks.PRIORITY:
            result = results.get(name)
            if result is None:
                continue
            text = f"{'✓' if result.passed else '✗'} {check_name(name)}"
            width = painter.fontMetrics().horizontalAdvance(text) + 12
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PASS if result.passed else FAIL).darker(130))
            painter.drawRoundedRect(QRectF(x, y, width, line - 2), 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(x + 6, y, width, line - 2),
                             Qt.AlignmentFlag.AlignVCenter, text)
            y += line
            if y + line > self.height():
                break

    def _paint_progress(self, painter: QPainter, target: QRectF) -> None:
        progress = self.update_.progress
        if progress <= 0:
            return
        bar = QRectF(target.x(), target.bottom() - 10, target.width() * progress, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PASS)
        painter.drawRect(bar)
