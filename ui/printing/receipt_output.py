"""Getting the receipt to the applicant: print it when a printer exists, else open the PDF.

The PDF is drawn in memory and kept only sealed with the data key (``Store.save_receipt``);
a viewer gets a plaintext copy in a RAM-backed folder (:mod:`kiosk.store.receipts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.desk.results import FaceResult, FingerprintSet
from kiosk.domain.applicant import Applicant
from kiosk.domain.enrollment import Enrollment
from kiosk.store import receipts
from kiosk.store.store import Store
from ui.printing.receipt import ReceiptData, paint_receipt, receipt_pdf


def receipt_data(enrollment: Enrollment, applicant: Applicant, face: FaceResult,
                 fingers: FingerprintSet, office: str, time_zone: str) -> ReceiptData:
    """The receipt's content for a saved enrollment."""
    return ReceiptData(
        enrollment_id=enrollment.id, name=applicant.full_name,
        document_number=applicant.travel_document_number, nationality=applicant.nationality,
        created_at=enrollment.updated_at, station_id=enrollment.station_id, office=office,
        applicant_language=applicant.preferred_language,
        native_name=applicant.native_name or "", portrait_jpeg=face.portrait_jpeg,
        finger_scores=fingers.scores(), time_zone=time_zone)


@dataclass(frozen=True)
class WrittenReceipt:
    """A receipt ready to deliver: its content, its PDF (in memory) and the sealed file."""

    data: ReceiptData
    pdf: bytes
    sealed: Path


def write_receipt(data: ReceiptData, store: Store) -> WrittenReceipt:
    """Draw the PDF and keep it sealed until the enrollment's purge (run off the UI
    thread)."""
    pdf = receipt_pdf(data)
    return WrittenReceipt(data, pdf, store.save_receipt(data.enrollment_id, pdf))


def deliver(receipt: WrittenReceipt, *, open_pdf: bool = True, printer_name: str = "") -> str:
    """Print on ``printer_name`` (``receipts.printer``) or else the default printer if there is
    one, else open a viewer copy held in memory only; returns what it did ("printed",
    "opened", or "kept": sealed on the station, not shown)."""
    data = receipt.data
    if QPrinterInfo.availablePrinters():
        chosen = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo()
        printer = QPrinter(chosen if not chosen.isNull() else QPrinterInfo.defaultPrinter())
        printer.setDocName(f"receipt-{data.enrollment_id}")
        paint_receipt(printer, data)
        return "printed"
    if open_pdf:
        copy = receipts.view_copy(receipt.sealed.parent.parent, data.enrollment_id, receipt.pdf)
        if copy is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            return "opened"
    return "kept"
