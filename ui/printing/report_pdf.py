"""The supervisor report as a PDF (A4 landscape): per section a heading, a chart drawn with
the same painter as the screen (ui/common/charts.py), and its table, continued on new pages.

Sections arrive as plain, already translated data, so rendering can run off the UI thread
(QPdfWriter and QPainter, no widgets), like ui/printing/receipt.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from ui.common.charts import Series, paint_bars, paint_lines
from ui.common.fonts import font_for


@dataclass(frozen=True)
class PdfSection:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    chart: str | None = None  # "bars" or "lines"
    categories: Sequence[str] = ()
    series: Series = field(default_factory=list)


def render_report_pdf(path: Path, title: str, subtitle: str, sections: Sequence[PdfSection],
                      language: str) -> Path:
    """Write the report; returns ``path``."""
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setCreator("Enrollment kiosk")
    writer.setTitle(title)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        _Pages(painter, writer, language).draw(title, subtitle, sections)
    finally:
        painter.end()
    return path


class _Pages:
    def __init__(self, painter: QPainter, writer: QPdfWriter, language: str) -> None:
        self.painter = painter
        self.writer = writer
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(page.width()), float(page.height())
        self.mm = writer.resolution() / 25.4
        self.font = font_for(language, 8)
        self.font.setFamilies(["DejaVu Sans", *self.font.families()])
        self.y = 0.0

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def _text(self, content: str, size: float, bold: bool = False) -> None:
        font = self._font(size, bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#202124"))
        rect = QRectF(0, self.y, self.width, self.height)
        used = self.painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, content)
        self.painter.drawText(rect, Qt.TextFlag.TextWordWrap, content)
        self.y += used.height() + 1.5 * self.mm

    def _room(self, needed: float) -> None:
        if self.y + needed > self.height:
            self.writer.newPage()
            self.y = 0.0

    def draw(self, title: str, subtitle: str, sections: Sequence[PdfSection]) -> None:
        self._text(title, 14, bold=True)
        self._text(subtitle, 9)
        for section in sections:
            self._room(60 * self.mm)
            self.y += 3 * self.mm
            self._text(section.title, 11, bold=True)
            if section.chart and section.categories:
                chart_h = 55 * self.mm
                self._room(chart_h)
                rect = QRectF(0, self.y, self.width * 0.7, chart_h)
                paint = paint_bars if section.chart == "bars" else paint_lines
                paint(self.painter, rect, section.categories, section.series, self._font(7))
                self.y += chart_h + 3 * self.mm
            self._table(section.columns, section.rows)

    def _table(self, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        if not columns:
            return
        font = self._font(7)
        bold = self._font(7, bold=True)
        metrics = QFontMetricsF(font, self.writer)
        widths = [max([metrics.horizontalAdvance(str(c)) for c in [col, *(r[i] for r in rows)]])
                  + 3 * self.mm for i, col in enumerate(columns)]
        scale = min(1.0, self.width / max(1.0, sum(widths)))
        widths = [w * scale for w in widths]
        line = metrics.height() * 1.35

        def row(values: Sequence[str], header: bool) -> None:
            self._room(line)
            if header:
                self.painter.fillRect(QRectF(0, self.y, sum(widths), line), QColor("#f1f3f4"))
            self.painter.setFont(bold if header else font)
            self.painter.setPen(QColor("#202124"))
            x = 0.0
            for value, width in zip(values, widths, strict=True):
                self.painter.drawText(QRectF(x + 1 * self.mm, self.y, width - 1 * self.mm, line),
                                      Qt.AlignmentFlag.AlignVCenter, str(value))
                x += width
            self.y += line

        row(columns, True)
        for values in rows:
            if self.y + line > self.height:
                row(columns, True)  # repeat the header on the new page
            row(values, False)
        self.y += 2 * self.mm
