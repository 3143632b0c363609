"""Read the MRZ of a document-camera image: locate, OCR, correct by check digits.

:func:`read_mrz_image` tries the located candidate zones with a few image preparations and
stops at the first reading whose check digits all pass; otherwise it returns the best failed
reading (fewest failed fields). It raises :class:`MrzNotFound` when nothing MRZ-shaped is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import cv2
import numpy as np

from kiosk.documents.mrz_correct import Correction, correct_mrz
from kiosk.documents.mrz_locate import locate_mrz, rotations, to_gray
from kiosk.documents.mrz_ocr import fit_lines, merge_letters, run_tesseract
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


def _attempts(gray: np.ndarray, try_rotations: bool) -> Iterator[tuple[int, np.ndarray]]:
    """(clockwise turn, prepared crop) for every candidate zone, upright orientation first."""
    turns = rotations(gray) if try_rotations else [gray]
    for turn, turned in zip((0, 90, 270, 180), turns, strict=False):
        for candidate in locate_mrz(turned):
            for prepared in _preparations(candidate.image, candidate.line_count):
                yield turn, prepared


def _interpret(lines: list[str], today: date, correct: bool) -> Correction | None:
    try:
        if correct:
            return correct_mrz(lines, today)
        return Correction(tuple(lines), parse_mrz(lines, today), (), ())
    except MrzError:
        return None


def read_mrz_image(image: np.ndarray, today: date, *, correct: bool = True,
                   try_rotations: bool = True, max_runs: int = 8) -> MrzReading:
    """The MRZ in ``image`` (grey or BGR); raises :class:`MrzNotFound` if none is readable.

    At most ``max_runs`` OCR attempts are made (a picture without an MRZ costs that much).
    """
    best: tuple[MrzReading, np.ndarray, str] | None = None
    attempts = 0
    for turn, prepared in _attempts(to_gray(image), try_rotations):
        if attempts >= max_runs or (best is not None and turn != best[0].rotation):
            break  # out of budget, or an MRZ was read in an earlier orientation
        attempts += 1
        text = run_tesseract(prepared, oem=0)
        for reading in _readings(text, today, correct, turn, attempts):
            if best is None or _better(reading, best[0]):
                best = (reading, prepared, text)
        if best is not None and best[0].valid:
            break
    if best is None:
        raise MrzNotFound("no machine-readable zone was found in the image", attempts=attempts)
    reading, prepared, text = best
    # Letters from the LSTM engine, once, on the crop that gave the best reading; kept only
    # if the merged reading is at least as good (a name has no check digit: W read as N).
    merged = merge_letters(text, run_tesseract(prepared, oem=1))
    for candidate in _readings(merged, today, correct, reading.rotation, attempts):
        if not _better(reading, candidate):
            reading = candidate
            break
    return replace(reading, attempts=attempts)


def _better(a: MrzReading, b: MrzReading) -> bool:
    return len(a.mrz.failed_fields) < len(b.mrz.failed_fields)


def _readings(text: str, today: date, correct: bool, turn: int,
              attempts: int) -> list[MrzReading]:
    found = []
    for lines in fit_lines(text):
        result = _interpret(lines, today, correct)
        if result is not None:
            found.append(MrzReading(tuple(lines), result.mrz, result.changes,
                                    result.ambiguous_fields, turn, attempts))
    return found
