"""From per-character probabilities to MRZ lines, with corrections proved by check digits.

Each position of a format allows a known set of characters (digits in dates, letters in codes
and names, 'F'/'M'/'<' for the sex): the most probable allowed character is taken. Then, for
every field whose own check digit fails, the less certain characters of that field (and its
check digit) are replaced by their next most probable readings; a replacement is kept only if
it is the one combination that makes the field's check pass without failing another, and (on
formats with one) the composite check too. Nothing else is ever changed: names and
characters that only the composite covers (TD1 optional data) stay as read, and a state code
is never replaced by another one. Name characters read with low confidence are reported so
the officer confirms them against the document.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

import numpy as np

from kiosk.documents.mrz_correct import LAYOUTS, OWN_CHECKS
from kiosk.documents.mrz_glyphs import ALPHABET
from kiosk.domain.mrz import Mrz, MrzError, MrzFormat, check_digit, parse_mrz

ALLOWED = {"a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ<", "9": "0123456789<", "s": "FMX<",
           "*": ALPHABET, "c": ALPHABET, "d": "ACIPV"}
_MASKS = {kind: np.array([ch in chars for ch in ALPHABET]) for kind, chars in ALLOWED.items()}
LETTER_PRIOR = 0.5  # weight of a letter against a digit in document numbers and optional data
DIGIT_PRIOR = 0.2  # weight of a digit against a letter in codes (see LAYOUTS' "c")
_LETTERS = np.array([ch.isalpha() for ch in ALPHABET])
_DIGITS = np.array([ch.isdigit() for ch in ALPHABET])
_ZERO, _OH = ALPHABET.index("0"), ALPHABET.index("O")
UNSURE = 0.85  # a character below this probability is a candidate for correction / a flag
MAX_TRIES = 4096
MAX_OPTIONS = 7
NAME_FLAG = 0.80  # name characters below this probability are flagged for the officer


@dataclass(frozen=True)
class Decoded:
    """Lines, per-character confidence, corrections made and name positions to confirm."""

    lines: tuple[str, ...]
    confidence: tuple[tuple[float, ...], ...]
    mrz: Mrz
    changes: tuple[tuple[int, int, str, str], ...]  # (line, column, read, now)
    ambiguous_fields: tuple[str, ...]
    unsure_names: tuple[tuple[int, int], ...]  # (line, column) of doubtful name characters
    # doubtful characters that no check digit covers outside names (a visa's optional data)
    unsure_unchecked: tuple[tuple[int, int], ...] = ()

    @property
    def mean_confidence(self) -> float:
        return float(np.mean([c for row in self.confidence for c in row]))


def format_of(first_line_probs: np.ndarray, count: int, width: int) -> MrzFormat:
    """The format of a zone of ``count`` lines of ``width`` (visa if the first char is V)."""
    if count == 3:
        return MrzFormat.TD1
    visa = ALPHABET[int(first_line_probs[0].argmax())] == "V"
    if width == 44:
        return MrzFormat.MRV_A if visa else MrzFormat.TD3
    return MrzFormat.MRV_B if visa else MrzFormat.TD2


def _constrained(probs: np.ndarray, layout: str) -> np.ndarray:
    masked = probs.copy()
    for i, kind in enumerate(layout[: len(probs)]):
        masked[i, ~_MASKS[kind]] = 0.0
        if kind == "*":  # numbers and personal data are mostly digits
            masked[i, _LETTERS] *= LETTER_PRIOR
            # OCR-B's O and 0 differ by a few pixels of width: in a free position the pair
            # reads as 0, and O only where a check digit proves it (see _options)
            masked[i, _ZERO] += masked[i, _OH]
            masked[i, _OH] = 0.0
        elif kind == "c":  # a code: letters, unless the glyph is clearly a digit
            masked[i, _OH] += masked[i, _ZERO]
            masked[i, _ZERO] = 0.0
            masked[i, _DIGITS] *= DIGIT_PRIOR
    total = masked.sum(axis=1, keepdims=True)
    return masked / np.maximum(total, 1e-9)


def name_positions(fmt: MrzFormat) -> list[tuple[int, int]]:
    if fmt is MrzFormat.TD1:
        return [(2, c) for c in range(30)]
    width = 44 if fmt in (MrzFormat.TD3, MrzFormat.MRV_A) else 36
    return [(0, c) for c in range(5, width)]


def decode(probs: list[np.ndarray], fmt: MrzFormat, today: date) -> Decoded | None:
    """The MRZ of ``fmt`` from per-line probabilities (n, len(ALPHABET)); None if unparsable."""
    layouts = LAYOUTS[fmt]
    norm = [_constrained(p, layout) for p, layout in zip(probs, layouts, strict=True)]
    order = [np.argsort(-p, axis=1) for p in norm]
    lines = ["".join(ALPHABET[i] for i in o[:, 0]) for o in order]
    try:
        mrz = parse_mrz(lines, today)
    except MrzError:
        return None
    changes: list[tuple[int, int, str, str]] = []
    ambiguous: list[str] = []
    for field, spans in OWN_CHECKS[fmt].items():
        if field not in [c.field for c in mrz.checks if not c.ok]:
            continue
        fixed = _fix(lines, norm, order, spans, field, fmt, today, oh=False)
        if fixed is None:  # only then a letter O for a 0 read in a free position
            fixed = _fix(lines, norm, order, spans, field, fmt, today, oh=True)
        if fixed is None:
            ambiguous.append(field)
            continue
        if fixed:
            for (li, col), ch in fixed.items():
                changes.append((li, col, lines[li][col], ch))
                lines[li] = lines[li][:col] + ch + lines[li][col + 1:]
            mrz = parse_mrz(lines, today)
    failing = {c.field for c in mrz.checks if not c.ok}
    for field, spans in OWN_CHECKS[fmt].items():
        if field not in failing and _others_fit(lines, norm, order, spans, field, fmt, today):
            ambiguous.append(field)  # passes, but so would another reading of it: unproved
    conf = tuple(tuple(float(p[i, ALPHABET.index(ch)]) for i, ch in enumerate(line))
                 for p, line in zip(norm, lines, strict=True))
    unsure = tuple((li, col) for li, col in name_positions(fmt) if conf[li][col] < NAME_FLAG)
    unchecked = tuple((1, col) for col in unchecked_columns(fmt) if conf[1][col] < NAME_FLAG)
    return Decoded(tuple(lines), conf, mrz, tuple(changes), tuple(ambiguous), unsure, unchecked)


def unchecked_columns(fmt: MrzFormat) -> range:
    """Columns of line 2 that no check digit covers, names aside (visas' optional data)."""
    return {MrzFormat.MRV_A: range(28, 44), MrzFormat.MRV_B: range(28, 36)}.get(fmt, range(0))


def _options(norm: list[np.ndarray], order: list[np.ndarray],
             spans: list[tuple[int, int, int]], layouts: tuple[str, ...], oh: bool = True
             ) -> list[tuple[tuple[int, int], list[str]]]:
    """Unsure positions of the spans with their next most probable characters (and O for a
    0 in a free position when ``oh``)."""
    options = []
    for li, start, end in spans:
        for col in range(start, end):
            p = norm[li][col]
            alts = [ALPHABET[k] for k in order[li][col, 1:3] if p[k] > 0.02]
            best = float(p[order[li][col, 0]])
            if oh and layouts[li][col] == "*" and order[li][col, 0] == _ZERO:
                options.append(((li, col), ["O", *alts], 0.5 + best / 10))
            elif best < UNSURE and alts:
                options.append(((li, col), alts, best))
    options.sort(key=lambda o: o[2])  # the least sure first; at most MAX_OPTIONS of them
    return [(pos, alts) for pos, alts, _ in options[:MAX_OPTIONS]]


def _field_ok(lines: list[str], spans: list[tuple[int, int, int]]) -> bool:
    """The check digit (the spans' last character) of a field's own characters passes."""
    text = "".join(lines[li][a:b] for li, a, b in spans)
    data, digit = text[:-1], text[-1]
    if digit == "<" and set(data) <= {"<"}:
        return True
    try:
        return check_digit(data) == digit
    except ValueError:
        return False


def _others_fit(lines: list[str], norm: list[np.ndarray], order: list[np.ndarray],
                spans: list[tuple[int, int, int]], field: str, fmt: MrzFormat,
                today: date) -> bool:
    """Another reading of 1-2 unsure characters of a passing field passes its check too."""
    options = [(pos, [a for a in alts if a != lines[pos[0]][pos[1]]])
               for pos, alts in _options(norm, order, spans, LAYOUTS[fmt], oh=False)]
    options = [(pos, alts) for pos, alts in options if alts]
    for size in (1, 2):
        for chosen in itertools.combinations(options, size):
            for picks in itertools.product(*(alts for _, alts in chosen)):
                candidate = list(lines)
                for ((li, col), _), ch in zip(chosen, picks, strict=True):
                    candidate[li] = candidate[li][:col] + ch + candidate[li][col + 1:]
                if _field_ok(candidate, spans):
                    return True
    return False


def _fix(lines: list[str], norm: list[np.ndarray], order: list[np.ndarray],
         spans: list[tuple[int, int, int]], field: str, fmt: MrzFormat,
         today: date, oh: bool) -> dict[tuple[int, int], str] | None:
    """The unique set of replacements making ``field`` pass; {} if none is needed, None if
    no or several sets fit."""
    options = _options(norm, order, spans, LAYOUTS[fmt], oh)
    if not options:
        return None
    before = set(parse_mrz(lines, today).failed_fields)
    fits: list[dict[tuple[int, int], str]] = []
    tries = 0
    for size in range(1, min(3, len(options)) + 1):
        for chosen in itertools.combinations(options, size):
            for picks in itertools.product(*(alts for _, alts in chosen)):
                tries += 1
                if tries > MAX_TRIES:
                    return None
                change = {pos: ch for (pos, _), ch in zip(chosen, picks, strict=True)}
                candidate = list(lines)
                for (li, col), ch in change.items():
                    candidate[li] = candidate[li][:col] + ch + candidate[li][col + 1:]
                if not _field_ok(candidate, spans):
                    continue
                mrz = parse_mrz(candidate, today)
                after = set(mrz.failed_fields)
                if field in after or not after <= before:
                    continue
                checks_failing = {c.field for c in mrz.checks if not c.ok}
                if checks_failing == {"composite"}:
                    continue  # every field passes its own digit but not the composite: wrong
                fits.append(change)
        if fits:  # the fewest replacements that fit; several of that size: refused
            break
    if len(fits) != 1:
        return None
    return fits[0]
