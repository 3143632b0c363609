"""What the simulated document camera shows: drawn demo passports and specimen images.

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
from kiosk.safe_input import InputError, read_image_file

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


def draw_passport(lines: tuple[str, ...], width: int = 1000,
                  worn: tuple[int, ...] = ()) -> np.ndarray:
    """A plain passport data page (grey) with ``lines`` as its zone in OCR-B; the characters
    at the columns ``worn`` of the first line are half rubbed off, as on a worn page."""
    from kiosk.documents.mrz_synth import render_line, render_zone

    cap = 24.0
    zone = render_zone(lines, cap)
    page_w = int(zone.shape[1] / 0.92)
    page_h = int(page_w / 1.42)
    page = np.full((page_h, page_w), 236, np.uint8)
    cv2.rectangle(page, (page_w // 20, page_h // 10), (page_w // 4, page_h * 6 // 10), (125,), -1)
    for i, text in enumerate(("PASSPORT", "SPECIMEN", "KIOSK DEMO")):
        cv2.putText(page, text, (page_w * 3 // 10, page_h // 7 + i * page_h // 9),
                    cv2.FONT_HERSHEY_SIMPLEX, page_w / 1300, (70,), max(1, page_w // 600))
    y0 = page_h - zone.shape[0] - page_h // 25
    x0 = (page_w - zone.shape[1]) // 2
    page[y0:y0 + zone.shape[0], x0:x0 + zone.shape[1]] = zone
    if worn:
        _image, centres, middle, pitch = render_line(lines[0], cap, margin=0.4)
        for col in worn:  # the upper right of the glyph fades under a grey smudge (dark
            x, y = x0 + centres[col], y0 + middle  # enough that the reader is unsure of it)
            cv2.rectangle(page, (int(x - pitch * 0.05), int(y - cap * 0.6)),
                          (int(x + pitch * 0.35), int(y)), 150, -1)
    scale = width / page_w
    return cv2.resize(page, (width, round(page_h * scale)),
                      interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def drawn_documents(worn: bool = False) -> list[Document]:
    """The demo passports drawn in OCR-B ([] when the font is not installed); ``worn``: the
    first one has a rubbed-off surname letter (the 'M' of KIM) that the reader is unsure of."""
    from kiosk.documents.mrz_synth import ocrb_fonts

    if not ocrb_fonts():
        return []
    return [Document(f"drawn:{lines[0][5:].split('<')[0].lower()}" + (":worn" if worn and not i
                                                                    else ""),
                     draw_passport(lines, 1000, (7,) if worn and not i else ()))
            for i, lines in enumerate(DEMO_PASSPORTS)]


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
