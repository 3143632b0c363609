"""The printed queue ticket: the number, the QR code and two lines of text, on an A6 page.

Drawn with QPainter on any paged device (a QPrinter, or a QPdfWriter in tests); no widgets, so
it can run off the UI thread. Printing happens only when the system has a printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.common.fonts import font_for
from ui.printing.receipt import qr_image


@dataclass(frozen=True, repr=False)
class TicketSheet:
    """What the printed ticket shows; the texts are already in the applicant's language."""

    number: int
    text: str  # the signed ticket the QR code carries
    heading: str
    instructions: str
    office: str
    day: str
    language: str


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def paint_ticket(device: QPagedPaintDevice, sheet: TicketSheet) -> None:
    """Draw the ticket on ``device`` (A6 portrait, 8 mm margins)."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6),
                                     QPageLayout.Orientation.Portrait, QMarginsF(8, 8, 8, 8),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(device)
    try:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        width, height = float(rect.width()), float(rect.height())
        mm = device.resolution() / 25.4
        font = font_for(sheet.language, 11)
        font.setFamilies(["DejaVu Sans", *font.families()])
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap

        def text(y: float, h: float, content: str, size: float, bold: bool = False) -> None:
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(QRectF(0, y, width, h), centre, content)

        text(0, 10 * mm, sheet.heading, 11, bold=True)
        text(9 * mm, 22 * mm, str(sheet.number), 44, bold=True)
        side = min(width, height - 60 * mm)
        painter.drawImage(QRectF((width - side) / 2, 32 * mm, side, side), qr_image(sheet.text))
        y = 32 * mm + side + 2 * mm
        text(y, 16 * mm, sheet.instructions, 8)
        text(y + 15 * mm, 8 * mm, f"{sheet.office}  {sheet.day}".strip(), 7)
    finally:
        painter.end()


def print_ticket(sheet: TicketSheet) -> bool:
    """Print on the default printer; False when the system has none."""
    if not has_printer():
        return False
    printer = QPrinter(QPrinterInfo.defaultPrinter())
    printer.setDocName(f"ticket-{sheet.number}")
    paint_ticket(printer, sheet)
    return True
