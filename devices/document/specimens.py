"""What the simulated document camera shows: demo passports (drawn by the station with
:func:`kiosk.documents.mrz_synth.draw_passport`) and specimen images.

Drawn passports need the OCR-B font (Debian ``fonts-ocr-b``); specimens are the images of a
folder (``devices.document_images``, else the shared test data's ``documents/`` when present).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from kiosk.domain.mrz import check_digit
from kiosk.domain.safe_input import InputError, read_image_file

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"}


def td3(surname: str, given: str, number: str, state: str, birth: str, sex: str,
        expiry: str) -> tuple[str, str]:
    """The two lines of a passport's zone with correct check digits (dates YYMMDD)."""
    name = f"{surname}<<{given.replace(' ', '<')}"
    line1 = f"P<{state}{name}".ljust(44, "<")[:44]
    number = number.ljust(9, "<")
    body = (f"{number}{check_digit(number)}{state}{birth}{check_digit(birth)}{sex}"
            f"{expiry}{check_digit(expiry)}")
    optional = "<" * 14
    body += optional + check_digit(optional)
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1, body + check_digit(composite)


# Demo applicants (eligible by age; passports valid until 2031-2033)
DEMO_PASSPORTS: tuple[tuple[str, str], ...] = (
    td3("KIM", "MIN JUN", "M12345678", "KOR", "900501", "M", "310101"),
    td3("ZHANG", "WEI", "E98765432", "CHN", "880312", "F", "320615"),
    td3("TANAKA", "HANAKO", "TZ1234567", "JPN", "950720", "F", "330830"),
)


@dataclass(frozen=True)
class Document:
    """One document the simulated camera shows: a name, and its page (grey uint8) drawn or
    read from ``path`` when first shown."""

    name: str
    page: np.ndarray | None = None
    path: Path | None = None

    def load(self) -> np.ndarray | None:
        """The page; None when its file cannot be read any more."""
        if self.page is not None or self.path is None:
            return self.page
        try:
            data = read_image_file(self.path)
        except InputError:
            return None
        return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)


def specimen_folder(configured: str = "") -> Path | None:
    """The folder of specimen images to play: the configured one, else the shared data's."""
    if configured:
        return Path(configured).expanduser()
    shared = os.environ.get("KIOSK_SHARED_DATA")
    candidates = [Path(shared) / "documents"] if shared else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared" / "data" /
                      "documents")
    return next((c for c in candidates if c.is_dir()), None)


def specimen_documents(folder: Path | None) -> list[Document]:
    """Every image of ``folder`` in name order, read when shown."""
    if folder is None or not folder.is_dir():
        return []
    return [Document(f"file:{path.name}", path=path) for path in sorted(folder.iterdir())
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()]
