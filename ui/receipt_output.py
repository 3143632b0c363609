"""Getting the receipt to the applicant: print it when a printer exists, else open the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.desk.results import FaceResult, FingerprintSet
from kiosk.domain.applicant import Applicant
from kiosk.domain.enrollment import Enrollment
from kiosk.store.retention import receipt_path
from ui.receipt import ReceiptData, paint_receipt, render_receipt


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


def write_receipt(data: ReceiptData, data_dir: Path) -> Path:
    """Render the PDF into the receipts folder (run off the UI thread); it is overwritten and
    deleted with the enrollment's biometrics (kiosk.store.retention)."""
    return render_receipt(data, receipt_path(data_dir, data.enrollment_id))


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


def open_receipt(pdf: Path) -> bool:
    """Open the PDF in the desktop's viewer (UI thread); False when nothing opened it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
