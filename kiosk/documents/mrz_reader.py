"""Read the MRZ of a document-camera image: locate, OCR, correct by check digits.

:func:`read_mrz_image` tries the located candidate zones with a few image preparations and
stops at the first reading whose check digits all pass; otherwise it returns the best failed
reading (fewest failed fields). It raises :class:`MrzNotFound` when nothing MRZ-shaped is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np

from kiosk.documents.mrz_correct import Correction, correct_mrz
from kiosk.documents.mrz_locate import locate_mrz, rotations, to_gray
from kiosk.documents.mrz_ocr import fit_lines, run_tesseract
from kiosk.domain.mrz import Mrz, MrzError, parse_mrz
from kiosk.errors import KioskError

LINE_HEIGHT_PX = 40  # crops are scaled so one MRZ line is about this tall for tesseract


class MrzNotFound(KioskError):
    """The image holds no machine-readable zone that could be read."""

    message_key = "mrz.not_found"


@dataclass(frozen=True)
class MrzReading:
    """The MRZ read from an image: raw OCR lines, final lines, parsed MRZ, corrections made."""

    raw_lines: tuple[str, ...]
    mrz: Mrz
    changes: tuple[tuple[int, int, str, str], ...]
    ambiguous_fields: tuple[str, ...]
    rotation: int  # degrees the image was turned clockwise to read it
    attempts: int  # tesseract runs used

    @property
    def valid(self) -> bool:
        return self.mrz.valid


def _preparations(crop: np.ndarray, line_count: int) -> Iterator[np.ndarray]:
    factor = min(6.0, max(1.0, LINE_HEIGHT_PX * (2 * line_count + 1) / crop.shape[0]))
    big = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    yield big
    _, binary = cv2.threshold(cv2.GaussianBlur(big, (3, 3), 0), 0, 255,
                              cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    yield binary


def _interpret(lines: list[str], today: date, correct: bool) -> Correction | None:
    try:
        if correct:
            return correct_mrz(lines, today)
        return Correction(tuple(lines), parse_mrz(lines, today), (), ())
    except MrzError:
        return None


def read_mrz_image(image: np.ndarray, today: date, *, correct: bool = True,
                   try_rotations: bool = True) -> MrzReading:
    """The MRZ in ``image`` (grey or BGR); raises :class:`MrzNotFound` if none is readable."""
    best: MrzReading | None = None
    attempts = 0
    turns = rotations(to_gray(image)) if try_rotations else [to_gray(image)]
    for turn, gray in zip((0, 90, 270, 180), turns, strict=False):
        for candidate in locate_mrz(gray):
            for prepared in _preparations(candidate.image, candidate.line_count):
                attempts += 1
                for lines in fit_lines(run_tesseract(prepared)):
                    result = _interpret(lines, today, correct)
                    if result is None:
                        continue
                    reading = MrzReading(tuple(lines), result.mrz, result.changes,
                                         result.ambiguous_fields, turn, attempts)
                    if reading.mrz.valid:
                        return reading
                    if best is None or (len(reading.mrz.failed_fields)
                                        < len(best.mrz.failed_fields)):
                        best = reading
        if best is not None:
            break  # an MRZ was read in this orientation: do not try others
    if best is None:
        raise MrzNotFound("no machine-readable zone was found in the image", attempts=attempts)
    return MrzReading(best.raw_lines, best.mrz, best.changes, best.ambiguous_fields,
                      best.rotation, attempts)
