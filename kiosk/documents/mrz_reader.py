"""Read the MRZ of a document-camera image: locate, cut into characters, recognise, check.

:func:`read_mrz_image` finds candidate zones (:mod:`.mrz_locate`, any angle), reads each both
ways up, cuts every line into its 30/36/44 cells (:mod:`.mrz_segment`), classifies the cells
with the OCR-B glyph model (:mod:`.mrz_glyphs`) and decodes them with check-digit-proved
corrections only (:mod:`.mrz_decode`). It stops at the first reading whose check digits all
pass with confident characters; otherwise it returns the best reading (fewest failed fields,
then highest confidence). It raises :class:`MrzNotFound` when nothing MRZ-shaped is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from kiosk.documents.mrz_decode import Decoded, decode, format_of
from kiosk.documents.mrz_glyphs import GlyphModel, default_model
from kiosk.documents.mrz_locate import find_zones, to_gray, zone_lines
from kiosk.documents.mrz_segment import cut_line, line_strip, pitch_ratio
from kiosk.domain.mrz import Mrz
from kiosk.errors import KioskError

CONFIDENT = 0.9  # mean character probability of a reading accepted without trying further
PITCH_PER_CAP = 1.02  # OCR-B: character pitch / capital height on a document


class MrzNotFound(KioskError):
    """The image holds no machine-readable zone that could be read."""

    message_key = "mrz.not_found"


@dataclass(frozen=True)
class MrzReading:
    """The MRZ read from an image, with each character's confidence and what was corrected."""

    raw_lines: tuple[str, ...]  # as recognised, before check-digit corrections
    mrz: Mrz
    changes: tuple[tuple[int, int, str, str], ...]  # (line, column, read, now)
    ambiguous_fields: tuple[str, ...]  # failed fields that several corrections would fit
    rotation: int  # quarter turns (degrees clockwise) the document was read at
    attempts: int  # zone readings tried
    confidence: tuple[tuple[float, ...], ...] = ()  # per character, per line
    unsure_names: tuple[tuple[int, int], ...] = ()  # (line, column) of doubtful name letters
    unsure_unchecked: tuple[tuple[int, int], ...] = ()  # ... of other unchecked characters

    @property
    def valid(self) -> bool:
        """Every check passes, and no other reading of an unsure character would pass it."""
        return self.mrz.valid and not self.ambiguous_fields

    @property
    def unsure_fields(self) -> frozenset[str]:
        """"surname" and/or "given_names" when a letter of them was read with low confidence
        (trailing fillers are ignored): the officer confirms them against the document."""
        lines = self.mrz.lines
        name_line, offset = (2, 0) if len(lines) == 3 else (0, 5)
        name = lines[name_line][offset:]
        split = name.find("<<")
        end = len(name.rstrip("<"))
        fields = set()
        for line, col in self.unsure_names:
            pos = col - offset
            if line != name_line or pos < 0 or pos > end:
                continue
            fields.add("surname" if split < 0 or pos < split else "given_names")
        return frozenset(fields)

    @property
    def confirmed(self) -> bool:
        """Valid and no unchecked character is in doubt (nothing for the officer to confirm)."""
        return self.valid and not self.unsure_names and not self.unsure_unchecked


def _score(decoded: Decoded) -> tuple[int, float]:
    failed = sum(not c.ok for c in decoded.mrz.checks) + len(decoded.mrz.problems)
    return failed + len(decoded.ambiguous_fields), -decoded.mean_confidence


def _widths(strips: list[np.ndarray]) -> list[int]:
    if len(strips) == 3:
        return [30]
    ratios = [r for r in (pitch_ratio(s, 44) for s in strips) if r is not None]
    if not ratios:
        return []
    r44 = float(np.median(ratios))
    r36 = r44 * 43.7 / 35.7
    return [44, 36] if abs(r44 - PITCH_PER_CAP) <= abs(r36 - PITCH_PER_CAP) else [36, 44]


def _read_lines(gray: np.ndarray, lines: list, model: GlyphModel,
                today: date) -> list[Decoded]:
    strips = [line_strip(gray, line) for line in lines]
    found = []
    for width in _widths(strips):
        cut = [c for c in (cut_line(strip, width) for strip in strips) if c is not None]
        if len(cut) < len(strips):
            continue
        probs = model.classify(np.concatenate([c.cells for c in cut]))
        per_line = [probs[i * width:(i + 1) * width] for i in range(len(cut))]
        decoded = decode(per_line, format_of(per_line[0], len(cut), width), today)
        if decoded is not None:
            found.append(decoded)
    return found


def read_mrz_image(image: np.ndarray, today: date, *, correct: bool = True,
                   try_rotations: bool = True, max_runs: int = 8,
                   model: GlyphModel | None = None) -> MrzReading:
    """The MRZ in ``image`` (grey or BGR); raises :class:`MrzNotFound` if none is readable.

    At most ``max_runs`` zone readings are tried. ``try_rotations=False`` reads only zones
    within 45 degrees of upright. ``correct=False`` keeps the recognised characters as they
    are (for comparison): no check-digit correction.
    """
    gray = to_gray(image)
    model = model or default_model()
    best: tuple[Decoded, int] | None = None
    attempts = 0
    for zone in find_zones(gray):
        upright_zone = zone.angle <= 45 or zone.angle >= 135
        if not try_rotations and not upright_zone:
            continue
        flips = (False, True) if try_rotations else (zone.angle >= 135,)
        for flip in flips:
            if attempts >= max_runs:
                break
            attempts += 1
            lines = zone_lines(gray, zone, flip)
            if len(lines) not in (2, 3):
                continue
            for decoded in _read_lines(gray, lines, model, today):
                decoded = decoded if correct else _uncorrected(decoded, today)
                turn = round(((-(zone.angle + (180 if flip else 0))) % 360) / 90.0) % 4
                if best is None or _score(decoded) < _score(best[0]):
                    best = (decoded, turn * 90)
        if best is not None and best[0].mrz.valid and not best[0].ambiguous_fields and \
                best[0].mean_confidence >= CONFIDENT:
            break
    if best is None:
        raise MrzNotFound("no machine-readable zone was found in the image", attempts=attempts)
    decoded, rotation = best
    raw = _raw_lines(decoded)
    return MrzReading(raw, decoded.mrz, decoded.changes, decoded.ambiguous_fields, rotation,
                      attempts, decoded.confidence, decoded.unsure_names,
                      decoded.unsure_unchecked)


def _raw_lines(decoded: Decoded) -> tuple[str, ...]:
    rows = [list(line) for line in decoded.lines]
    for line, col, old, _ in decoded.changes:
        rows[line][col] = old
    return tuple("".join(row) for row in rows)


def _uncorrected(decoded: Decoded, today: date) -> Decoded:
    from dataclasses import replace

    from kiosk.domain.mrz import parse_mrz

    raw = _raw_lines(decoded)
    return replace(decoded, lines=raw, mrz=parse_mrz(list(raw), today), changes=())
