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
from ui.printing.receipt import ReceiptData, paint_receipt
from ui.printing.receipt_process import draw_receipt


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
    """Draw the PDF (in the receipt process when it runs: :mod:`ui.printing.receipt_process`)
    and keep it sealed until the enrollment's purge (run off the UI thread)."""
    pdf = draw_receipt(data)
    return WrittenReceipt(data, pdf, store.save_receipt(data.enrollment_id, pdf))


def print_receipt(data: ReceiptData, printer_name: str = "") -> bool:
    """Print on ``printer_name`` (``receipts.printer``) or else the default printer; False
    when there is no printer. Asks the print system and paints: run it off the UI thread."""
    if not QPrinterInfo.availablePrinters():
        return False
    chosen = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo()
    printer = QPrinter(chosen if not chosen.isNull() else QPrinterInfo.defaultPrinter())
    printer.setDocName(f"receipt-{data.enrollment_id}")
    paint_receipt(printer, data)
    return True


def open_receipt(receipt: WrittenReceipt) -> bool:
    """Open a viewer copy held in memory only (UI thread); False when nothing opened it."""
    copy = receipts.view_copy(receipt.sealed.parent.parent, receipt.data.enrollment_id,
                              receipt.pdf)
    return copy is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))


def deliver(receipt: WrittenReceipt, *, open_pdf: bool = True, printer_name: str = "") -> str:
    """Print (see :func:`print_receipt`), else open a viewer copy; returns what it did
    ("printed", "opened", or "kept": sealed on the station, not shown). Blocks on the print
    system: the desk prints in the background instead."""
    if print_receipt(receipt.data, printer_name):
        return "printed"
    return "opened" if open_pdf and open_receipt(receipt) else "kept"
