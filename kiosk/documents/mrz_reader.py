"""Read the MRZ of a document-camera image: locate, cut into characters, recognise, check.

:func:`read_mrz_image` finds candidate zones (:mod:`.mrz_locate`, any angle) and their line
stacks; each stack's lines are resampled level and their characters counted, which tells a
3x30, 2x36 or 2x44 zone from printed text (stacks are read in order of fit, each both ways
up). Every line is cut into its 30/36/44 cells (:mod:`.mrz_segment`), the cells are classified
with the OCR-B glyph networks (:mod:`.mrz_glyphs`) weighted by their match with each glyph's
template (:mod:`.mrz_verify`) and decoded with check-digit-proved corrections
only (:mod:`.mrz_decode`). It stops at the first reading whose check digits all pass with
confident characters; otherwise it returns the best reading (fewest failed fields, then highest
confidence). It raises :class:`MrzNotFound` when nothing MRZ-shaped is read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import cv2
import numpy as np

from kiosk.documents.mrz_decode import (
    Decoded,
    decode,
    format_of,
    name_positions,
    unchecked_columns,
)
from kiosk.documents.mrz_glyphs import GlyphModel, default_model
from kiosk.documents.mrz_locate import Zone, find_zones, to_gray, zone_stacks
from kiosk.documents.mrz_pairs import WEIGHT as PAIR_WEIGHT
from kiosk.documents.mrz_pairs import tie_break
from kiosk.documents.mrz_segment import char_count, cut_line, line_strip
from kiosk.documents.mrz_verify import doubtful, match_all
from kiosk.domain.errors import KioskError
from kiosk.domain.mrz import Mrz

CONFIDENT = 0.9  # mean character probability of a reading accepted without trying further
# each character's probability is also weighted by exp(w (c - 1)), c the cell's correlation
# with the character's OCR-B template (:func:`.mrz_verify.match_all`): tuned on the
# specimens' variants (10: 276, 20: 279, 35: 268 of 336 read fully right; without: 267)
TEMPLATE_WEIGHT = 20.0
# a smaller image (a 270 px specimen: capitals 4-5 px) is enlarged to this long side first:
# lines, cells and glyph edges come out sharper than from the strip's own resampling
# (specimens' variants read fully right: 279 of 336 as they are; enlarged to 500: 285, 650:
# 289, the tuned-on ones' misreads 32 -> 26, the held-out ones' 25 -> 21)
SMALL = 650
COUNT_SLACK = 0.2  # characters counted in a line may differ this much from its width


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


def _widths(counts: list[int]) -> list[int]:
    """Line widths the stack may have, by how many characters its lines hold (a touching
    pair counts once, a broken glyph twice); [] if it is not MRZ-like."""
    if len(counts) == 3:
        return [30] if all(abs(c - 30) <= COUNT_SLACK * 30 for c in counts) else []
    median = float(np.median(counts))
    if max(counts) - min(counts) > COUNT_SLACK * max(counts):
        return []
    near = sorted((abs(median - w) / w, w) for w in (44, 36, 30))
    if near[0][1] == 30:
        return []  # two lines of a 3-line card: its third line was not found
    widths = [w for d, w in near if d <= COUNT_SLACK and w != 30]
    if len(widths) == 2 and near[1][0] - near[0][0] > 0.08:
        widths = widths[:1]  # clearly one of the two
    return widths


def _candidates(gray: np.ndarray, zone: Zone, flips: tuple[bool, ...]
                ) -> list[tuple[list[np.ndarray], int, bool, float]]:
    """(line strips, width, flipped, deviation) of a zone's plausible stacks, likeliest
    first: stacks whose lines hold 30/36/44 characters, each both ways up if asked."""
    found = []
    for rank, lines in enumerate(zone_stacks(gray, zone, False)):
        strips = [line_strip(gray, line) for line in lines]
        counts = [char_count(strip) for strip in strips]
        for width in _widths(counts):
            deviation = float(np.mean([abs(c - width) for c in counts])) / width + 0.01 * rank
            for flip in flips:
                turned = [cv2.rotate(st, cv2.ROTATE_180) for st in reversed(strips)] \
                    if flip else strips
                found.append((turned, width, flip, deviation))
    found.sort(key=lambda c: c[3])
    return found


def _read_strips(strips: list[np.ndarray], width: int, model: GlyphModel,
                 today: date, pair_weight: float = PAIR_WEIGHT
                 ) -> tuple[Decoded, list[np.ndarray]] | None:
    """The decoded zone and each line's cells (n, CELL_H, CELL_W), or None."""
    cut = [cut_line(strip, width) for strip in strips]
    if any(c is None for c in cut):
        return None
    cells = [c.cells for c in cut if c is not None]
    probs = model.classify(np.concatenate(cells))
    probs = probs * np.exp(TEMPLATE_WEIGHT * (match_all(np.concatenate(cells)) - 1.0))
    probs /= probs.sum(axis=1, keepdims=True)
    probs = tie_break(np.concatenate(cells), probs, pair_weight)
    per_line = [probs[i * width:(i + 1) * width] for i in range(len(cut))]
    decoded = decode(per_line, format_of(per_line[0], len(cut), width), today)
    return None if decoded is None else (decoded, cells)


def _sure(decoded: Decoded) -> bool:
    return decoded.mrz.valid and not decoded.ambiguous_fields and \
        decoded.mean_confidence >= CONFIDENT


def read_mrz_image(image: np.ndarray, today: date, *, correct: bool = True,
                   try_rotations: bool = True, max_runs: int = 8,
                   model: GlyphModel | None = None,
                   pair_weight: float = PAIR_WEIGHT) -> MrzReading:
    """The MRZ in ``image`` (grey or BGR); raises :class:`MrzNotFound` if none is readable.

    At most ``max_runs`` zone readings are tried (twice that when no zone read valid: the
    zones are looked for again in the image with its speckle filtered out).
    ``try_rotations=False`` reads only zones within 45 degrees of upright. ``correct=False``
    keeps the recognised characters as they are (for comparison): no check-digit correction.
    ``pair_weight`` weighs the tie-break of look-alike pairs (:mod:`.mrz_pairs`); 0 turns it off.
    """
    gray = to_gray(image)
    if max(gray.shape) < SMALL:  # a few pixels per capital: enlarged once, smoothly
        f = SMALL / max(gray.shape)
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
    model = model or default_model()
    best: tuple[Decoded, int, list[np.ndarray]] | None = None
    attempts = 0
    zones = find_zones(gray)
    turned = 0  # quarter turns (clockwise) of the analysed image
    for denoise in (False, True, None):
        if denoise is None:  # zones found lying on their side but none read: look again in
            # the image turned a quarter (the blob finder's small kernels are not exactly
            # symmetric, so a turned zone can break up where the upright one does not)
            if best is not None or not try_rotations or not any(
                    45 < zone.angle < 135 for zone in zones):
                break
            gray, turned, attempts = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE), 1, 0
            zones = find_zones(gray)
        elif denoise:  # nothing read valid: speckle (JPEG, guilloche) may have joined the
            # zone to its surroundings; look again with the speckle filtered out
            if best is not None and best[0].mrz.valid:
                break
            zones, attempts = find_zones(gray, denoise=True), 0
        for zone in zones:
            upright_zone = zone.angle <= 45 or zone.angle >= 135
            if not try_rotations and not upright_zone:
                continue
            flips = (False, True) if try_rotations else (zone.angle >= 135,)
            for strips, width, flip, _ in _candidates(gray, zone, flips):
                if attempts >= max_runs:
                    break
                attempts += 1
                read = _read_strips(strips, width, model, today, pair_weight)
                if read is None:
                    continue
                decoded = read[0] if correct else _uncorrected(read[0], today)
                turn = (round(((-(zone.angle + (180 if flip else 0))) % 360) / 90.0)
                        + turned) % 4
                if best is None or _score(decoded) < _score(best[0]):
                    best = (decoded, turn * 90, read[1])
                if _sure(best[0]):
                    break
            if (best is not None and _sure(best[0])) or attempts >= max_runs:
                break
    if best is None:
        raise MrzNotFound("no machine-readable zone was found in the image", attempts=attempts)
    decoded, rotation, cells = best
    decoded = _second_opinion(decoded, cells)
    raw = _raw_lines(decoded)
    return MrzReading(raw, decoded.mrz, decoded.changes, decoded.ambiguous_fields, rotation,
                      attempts, decoded.confidence, decoded.unsure_names,
                      decoded.unsure_unchecked)


def _written(line: str, columns: list[int]) -> list[int]:
    """``columns`` up to the last one holding a character other than the filler."""
    last = max((c for c in columns if line[c] != "<"), default=-1)
    return [c for c in columns if c <= last]


def _second_opinion(decoded: Decoded, cells: list[np.ndarray]) -> Decoded:
    """``decoded`` with the name letters and other unchecked characters that the template
    comparison doubts (:mod:`.mrz_verify`) added to those the classifier was unsure of."""
    fmt, lines = decoded.mrz.format, decoded.lines
    names = name_positions(fmt)
    name_line = names[0][0]
    names = [(name_line, c) for c in _written(lines[name_line], [c for _, c in names])]
    unchecked = [(1, c) for c in _written(lines[1], list(unchecked_columns(fmt)))]
    doubt = set(doubtful(decoded, cells, names + unchecked))
    if not doubt:
        return decoded
    return replace(decoded,
                   unsure_names=tuple(sorted(set(decoded.unsure_names) | (doubt & set(names)))),
                   unsure_unchecked=tuple(sorted(set(decoded.unsure_unchecked) |
                                                 (doubt & set(unchecked)))))


def _raw_lines(decoded: Decoded) -> tuple[str, ...]:
    rows = [list(line) for line in decoded.lines]
    for line, col, old, _ in decoded.changes:
        rows[line][col] = old
    return tuple("".join(row) for row in rows)


def _uncorrected(decoded: Decoded, today: date) -> Decoded:
    from kiosk.domain.mrz import parse_mrz

    raw = _raw_lines(decoded)
    return replace(decoded, lines=raw, mrz=parse_mrz(list(raw), today), changes=())
