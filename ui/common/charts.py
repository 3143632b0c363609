"""Small bar and line charts drawn with QPainter (QtCharts is not in PySide6-Essentials).

The painting functions draw on any QPainter (a widget, or the PDF report's page), so the
screen and the PDF show the same chart. A series is ``(name, values)``; one value per category.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

Series = Sequence[tuple[str, Sequence[float]]]
PALETTE = ("#1a73e8", "#e37400", "#188038", "#a142f4", "#d93025", "#12b5cb", "#5f6368")
AXIS, GRID, TEXT = QColor("#5f6368"), QColor("#e0e0e0"), QColor("#202124")


def _ticks(value: float) -> tuple[float, int]:
    """(step, count): a round step (1, 2, 5 x 10^n; at least 1 for counts) and how many
    steps reach ``value``."""
    raw = max(float(value), 1.0) / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return float(step), max(1, math.ceil(max(float(value), 1.0) / step))


def _frame(painter: QPainter, rect: QRectF, series: Series, font: QFont) -> tuple[QRectF, float]:
    """Axes, grid and legend; returns the plot area and the axis maximum."""
    metrics = QFontMetricsF(font, painter.device())
    top = max((max(values, default=0) for _n, values in series), default=0)
    step, count = _ticks(top)
    maximum = step * count
    legend_h = metrics.height() * 1.4 if len(series) > 1 else 0
    label_w = max(metrics.horizontalAdvance(f"{step * i:g}") for i in range(count + 1)) + 8
    plot = QRectF(rect.left() + label_w, rect.top() + legend_h + 4,
                  rect.width() - label_w - 4, rect.height() - legend_h - metrics.height() * 2.2)
    painter.setFont(font)
    for i in range(count + 1):
        y = plot.bottom() - plot.height() * i / count
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT)
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, label_w - 4,
                                metrics.height()), Qt.AlignmentFlag.AlignRight,
                         f"{step * i:g}")
    painter.setPen(QPen(AXIS, 0))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    x = plot.left()
    for index, (name, _values) in enumerate(series if len(series) > 1 else ()):
        box = metrics.height() * 0.7
        painter.fillRect(QRectF(x, rect.top() + 2, box, box), QColor(PALETTE[index % 7]))
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + box + 4, rect.top() + metrics.ascent()), name)
        x += box + 16 + metrics.horizontalAdvance(name)
    return plot, maximum


def _category_labels(painter: QPainter, plot: QRectF, categories: Sequence[str],
                     font: QFont, bounds: QRectF) -> None:
    """Labels centred under their category; every n-th one when they would overlap, and none
    that would touch the previous one once pushed inside ``bounds``."""
    metrics = QFontMetricsF(font, painter.device())
    width = plot.width() / max(1, len(categories))
    widest = max((metrics.horizontalAdvance(c) for c in categories), default=0) + 8

    def lefts(every: int) -> list[tuple[int, float]]:
        placed = []
        for index in range(0, len(categories), every):
            centre = plot.left() + (index + 0.5) * width
            placed.append((index, min(max(centre - widest / 2, bounds.left()),
                                      bounds.right() - widest)))
        return placed

    every = max(1, math.ceil(widest / max(width, 1)))
    while every < len(categories) and any(
            b - a < widest for (_i, a), (_j, b) in itertools.pairwise(lefts(every))):
        every += 1
    painter.setPen(TEXT)
    for index, left in lefts(every):
        painter.drawText(QRectF(left, plot.bottom() + 2, widest,
                                metrics.height() * 1.5), Qt.AlignmentFlag.AlignHCenter,
                         categories[index])


def paint_bars(painter: QPainter, rect: QRectF, categories: Sequence[str], series: Series,
               font: QFont) -> None:
    """Grouped vertical bars, one group per category, one bar per series."""
    painter.save()
    plot, maximum = _frame(painter, rect, series, font)
    group = plot.width() / max(1, len(categories))
    bar = group * 0.8 / max(1, len(series))
    for s, (_name, values) in enumerate(series):
        color = QColor(PALETTE[s % 7])
        for index, value in enumerate(values):
            height = plot.height() * float(value) / maximum
            painter.fillRect(QRectF(plot.left() + index * group + group * 0.1 + s * bar,
                                    plot.bottom() - height, bar * 0.92, height), color)
    _category_labels(painter, plot, categories, font, rect)
    painter.restore()


def paint_lines(painter: QPainter, rect: QRectF, categories: Sequence[str], series: Series,
                font: QFont) -> None:
    """One polyline per series over evenly spaced categories (times)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot, maximum = _frame(painter, rect, series, font)
    step = plot.width() / max(1, len(categories) - 1)
    for s, (_name, values) in enumerate(series):
        painter.setPen(QPen(QColor(PALETTE[s % 7]), max(1.5, rect.height() / 150)))
        points = [QPointF(plot.left() + i * step, plot.bottom() - plot.height() * float(v)
                          / maximum) for i, v in enumerate(values)]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
    _category_labels(painter, QRectF(plot.left() - step / 2, plot.top(), plot.width() + step,
                                     plot.height()), categories, font, rect)
    painter.restore()


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.caption = ""  # drawn above the chart, on the right (what the values are)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, categories: Sequence[str], series: Series) -> None:
        self.categories = list(categories)
        self.series = [(name, [float(v or 0) for v in values]) for name, values in series]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 140)

    def paintEvent(self, _event) -> None:
        with QPainter(self) as painter:  # ended even when painting raises
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
            if self.caption:  # its own row: never over a bar, a line or the legend
                metrics = QFontMetricsF(self.font(), self)
                row = QRectF(area.left(), area.top() - 2, area.width() - 2, metrics.height())
                painter.setPen(AXIS)
                painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 metrics.elidedText(self.caption, Qt.TextElideMode.ElideRight,
                                                    row.width()))
                area.setTop(row.bottom() + 4)
            if self.categories:
                self.paint(painter, area)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class BarChart(_Chart):
    def paint(self, painter: QPainter, rect: QRectF) -> None:
        paint_bars(painter, rect, self.categories, self.series, self.font())


class LineChart(_Chart):
    def paint(self, painter: QPainter, rect: QRectF) -> None:
        paint_lines(painter, rect, self.categories, self.series, self.font())
