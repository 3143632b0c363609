"""The receipt PDF: bilingual text, portrait, per-finger ranking, and a QR code that decodes."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from ui.printing.receipt import ReceiptData, ranked_fingers, receipt_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="poppler-utils (pdftoppm, pdftotext) not installed")


def _data(language: str, portrait: bytes | None) -> ReceiptData:
    return ReceiptData(
        enrollment_id="01KAVZ5T6D3W9Q4E8R2M7N1B0C", name="KIM MIN-JUN", native_name="김민준",
        document_number="M12345678", nationality="KOR",
        created_at=datetime(2026, 11, 23, 2, 15, tzinfo=UTC), station_id="HN-DESK-1",
        office="Phòng Quản lý xuất nhập cảnh Hà Nội", applicant_language=language,
        portrait_jpeg=portrait, finger_scores={2: 61, 3: 58, 7: 72, 1: 58, 6: 35})


def test_ranking_is_best_first_with_shared_ranks() -> None:
    assert ranked_fingers({2: 61, 3: 58, 7: 72, 1: 58}) == [
        (1, 7, 72), (2, 2, 61), (3, 1, 58), (3, 3, 58)]


@needs_poppler
@pytest.mark.parametrize("language", ["en", "vi"])
def test_receipt_pdf_text_and_qr(qapp, tmp_path: Path, shared_data: Path, language: str) -> None:
    portrait = (shared_data / "faces" / "meds_S001-01-t10_01.jpg").read_bytes()
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(receipt_pdf(_data(language, portrait)))
    assert pdf.read_bytes().startswith(b"%PDF")
    text = unicodedata.normalize("NFKC", subprocess.run(  # NFKC undoes ligatures such as "fi"
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout)
    for expected in ("01KAVZ5T6D3W9Q4E8R2M7N1B0C", "KIM MIN-JUN", "김민준", "M12345678",
                     "HN-DESK-1", "Giấy biên nhận"):
        assert expected in text, f"{expected!r} missing from the receipt"
    if language == "en":
        assert "Biometric enrollment receipt" in text and "Left index finger" in text
    lines = [line for line in text.splitlines() if "72" in line or "35" in line]
    assert lines and "72" in lines[0], "the best finger is listed first"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = np.asarray(Image.open(tmp_path / "page.png").convert("L"))
    results = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in results] == ["01KAVZ5T6D3W9Q4E8R2M7N1B0C"]
    photo_area = page[page.shape[0] // 6: page.shape[0] // 2, : page.shape[1] // 3]
    assert photo_area.std() > 20, "the portrait is drawn"


@needs_poppler
def test_receipt_without_portrait_or_fingers_still_renders(qapp, tmp_path: Path) -> None:
    data = _data("ko", None)
    data = ReceiptData(**{**data.__dict__, "finger_scores": {}})
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(receipt_pdf(data))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "01KAVZ5T6D3W9Q4E8R2M7N1B0C" in text
