"""The applicant's receipt: a PDF in Vietnamese plus the applicant's language, with a QR code.

Drawn with QPainter on a QPdfWriter (safe off the UI thread: no widgets, no pixmaps).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import segno
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QIODevice,
    QMarginsF,
    QRectF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from kiosk.paths import translations_dir
from ui.common.fonts import font_for
from ui.common.languages import datetime_text

TRANSLATIONS = translations_dir()  # the source tree, or the bundle when frozen
OFFICE_LANGUAGE = "vi"

LABELS = {
    "title": QT_TRANSLATE_NOOP("Receipt", "Biometric enrollment receipt"),
    "number": QT_TRANSLATE_NOOP("Receipt", "Enrollment number"),
    "name": QT_TRANSLATE_NOOP("Receipt", "Name"),
    "native_name": QT_TRANSLATE_NOOP("Receipt", "Name in native script"),
    "document": QT_TRANSLATE_NOOP("Receipt", "Travel document"),
    "nationality": QT_TRANSLATE_NOOP("Receipt", "Nationality"),
    "date": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "station": QT_TRANSLATE_NOOP("Receipt", "Station"),
    "fingers": QT_TRANSLATE_NOOP("Receipt", "Fingerprint quality (NFIQ 2, 0-100)"),
    "rank": QT_TRANSLATE_NOOP("Receipt", "Rank"),
    "finger": QT_TRANSLATE_NOOP("Receipt", "Finger"),
    "score": QT_TRANSLATE_NOOP("Receipt", "Score"),
    "none": QT_TRANSLATE_NOOP("Receipt", "No fingerprints (exception recorded)"),
    "keep": QT_TRANSLATE_NOOP("Receipt", "Keep this receipt. You will be told when your "
                              "electronic identification account can be activated."),
}

FINGER_NAMES = {  # ISO/IEC 19794-4 finger position codes
    1: QT_TRANSLATE_NOOP("Receipt", "Right thumb"),
    2: QT_TRANSLATE_NOOP("Receipt", "Right index finger"),
    3: QT_TRANSLATE_NOOP("Receipt", "Right middle finger"),
    4: QT_TRANSLATE_NOOP("Receipt", "Right ring finger"),
    5: QT_TRANSLATE_NOOP("Receipt", "Right little finger"),
    6: QT_TRANSLATE_NOOP("Receipt", "Left thumb"),
    7: QT_TRANSLATE_NOOP("Receipt", "Left index finger"),
    8: QT_TRANSLATE_NOOP("Receipt", "Left middle finger"),
    9: QT_TRANSLATE_NOOP("Receipt", "Left ring finger"),
    10: QT_TRANSLATE_NOOP("Receipt", "Left little finger"),
}


@dataclass(frozen=True, repr=False)
class ReceiptData:
    """Everything the receipt shows. ``portrait_jpeg`` is decrypted by the caller."""

    enrollment_id: str
    name: str
    document_number: str
    nationality: str
    created_at: datetime
    station_id: str
    office: str
    applicant_language: str
    native_name: str = ""
    portrait_jpeg: bytes | None = None
    finger_scores: dict[int, int] = field(default_factory=dict)
    time_zone: str = "Asia/Ho_Chi_Minh"


class _Texts:
    """Receipt strings in one language, from that language's catalogue (not the installed UI)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        if language != "en":
            self._translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm"))

    def __call__(self, source: str) -> str:
        return self._translator.translate("Receipt", source) or source


def ranked_fingers(scores: dict[int, int]) -> list[tuple[int, int, int]]:
    """(rank, position, score), best first; equal scores share a rank."""
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    ranked, previous, rank = [], None, 0
    for index, (position, score) in enumerate(ordered, start=1):
        if score != previous:
            rank, previous = index, score
        ranked.append((rank, position, score))
    return ranked


def qr_image(text: str, scale: int = 8) -> QImage:
    """A QR code (error correction M) as a QImage, via segno."""
    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def receipt_pdf(data: ReceiptData) -> bytes:
    """The receipt PDF (A5), drawn in memory: it reaches a disk only sealed
    (:mod:`kiosk.store.receipts`)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setCreator("Enrollment kiosk")
    paint_receipt(writer, data)
    del writer   # finishes the document
    buffer.close()
    return bytes(buffer.data().data())


def paint_receipt(device: QPagedPaintDevice, data: ReceiptData) -> None:
    """Draw the receipt on a PDF writer or a printer (A5, 12 mm margins)."""
    office = _Texts(OFFICE_LANGUAGE)
    applicant = _Texts(data.applicant_language)

    def both(source: str) -> str:
        first, second = office(source), applicant(source)
        return first if first == second else f"{first} / {second}"

    if isinstance(device, QPdfWriter):
        device.setTitle(both(LABELS["title"]))
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(device)
    try:
        width = int(device.pageLayout().paintRectPixels(device.resolution()).width())
        _draw(painter, width, data, both)
    finally:
        painter.end()


def _draw(painter: QPainter, width: int, data: ReceiptData, both: Callable[[str], str]) -> None:
    mm = painter.device().logicalDpiX() / 25.4
    font = font_for(data.applicant_language, 10)
    # Latin text (names, numbers) in DejaVu Sans, whose glyphs keep their Unicode mapping in the
    # PDF (searchable, readable by screen readers); CJK falls back to the language's family.
    font.setFamilies(["DejaVu Sans", *font.families()])
    y = 0.0

    def text(rect: QRectF, content: str, size: float, bold: bool = False,
             flags=Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap) -> QRectF:
        font.setPointSizeF(size)
        font.setBold(bold)
        painter.setFont(font)
        used = painter.boundingRect(rect, flags, content)
        painter.drawText(rect, flags, content)
        return used

    used = text(QRectF(0, y, width, 30 * mm), both(LABELS["title"]), 13, bold=True)
    y += used.height() + 2 * mm
    if data.office:
        y += text(QRectF(0, y, width, 12 * mm), data.office, 9).height() + 2 * mm

    photo = QRectF(0, y, 35 * mm, 45 * mm)
    image = QImage()
    if data.portrait_jpeg and image.loadFromData(data.portrait_jpeg, "JPEG"):
        painter.drawImage(photo, image)
    painter.drawRect(photo)

    local = data.created_at.astimezone(ZoneInfo(data.time_zone)).replace(tzinfo=None)
    when = datetime_text(local, data.applicant_language)
    rows = [("number", data.enrollment_id), ("name", data.name)]
    if data.native_name:
        rows.append(("native_name", data.native_name))
    rows += [("document", data.document_number), ("nationality", data.nationality),
             ("date", when), ("station", data.station_id)]
    x = photo.right() + 5 * mm
    field_y = y
    for key, value in rows:
        field_y += text(QRectF(x, field_y, width - x, 8 * mm), both(LABELS[key]), 7).height()
        field_y += text(QRectF(x, field_y, width - x, 10 * mm), value, 10, bold=True).height()
        field_y += 1.2 * mm
    y = max(photo.bottom(), field_y) + 5 * mm

    y += text(QRectF(0, y, width, 10 * mm), both(LABELS["fingers"]), 9, bold=True).height() + 1 * mm
    ranking = ranked_fingers(data.finger_scores)
    if not ranking:
        y += text(QRectF(0, y, width, 8 * mm), both(LABELS["none"]), 9).height()
    columns = (0, 22 * mm, width - 30 * mm)
    header = (both(LABELS["rank"]), both(LABELS["finger"]), both(LABELS["score"]))
    for column, title in zip(columns, header, strict=True):
        text(QRectF(column, y, width - column, 6 * mm), title, 7)
    y += 5 * mm if ranking else 0
    for rank, position, score in ranking:
        name = both(FINGER_NAMES[position])
        text(QRectF(columns[0], y, 20 * mm, 6 * mm), str(rank), 9)
        text(QRectF(columns[1], y, columns[2] - columns[1], 6 * mm), name, 9)
        text(QRectF(columns[2], y, 30 * mm, 6 * mm), str(score), 9)
        y += 5 * mm

    qr_side = 32 * mm
    qr_top = max(y + 4 * mm, 0)
    painter.drawImage(QRectF(width - qr_side, qr_top, qr_side, qr_side),
                      qr_image(data.enrollment_id))
    text(QRectF(0, qr_top, width - qr_side - 4 * mm, qr_side), both(LABELS["keep"]), 8)

