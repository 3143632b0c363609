"""Check-digit-guided correction of OCR confusions in an MRZ (O/0, I/1, S/5, Z/2, B/8).

Every MRZ position has a known type (digits in dates and check digits, letters or '<' in codes
and names, either in document numbers and optional data). :func:`coerce_by_position` maps
look-alike characters to the allowed type first; :func:`correct_mrz` then tries every
combination of ambiguous substitutions inside a field whose check digit fails and keeps one only
if it is the unique combination that makes the check pass (and, if any does, the composite too).
When no or several combinations fit, the field is left as read and stays failed: a wrong check
digit is never silently accepted. A failing composite check alone changes nothing (it cannot
tell which position is wrong, and some documents are printed with a wrong one), and a state
code is never replaced by another code (an unknown code may be a real one, e.g. a residence
permit's). Limits: G/6 differ by 10, invisible to every check digit; names have no check digit."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from kiosk.domain.mrz import Mrz, MrzFormat, detect_format, parse_mrz

TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "1", "Z": "2",
            "S": "5", "G": "6", "B": "8", "A": "4"}
AMBIGUOUS = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "Z": "2", "2": "Z",
             "B": "8", "8": "B", "G": "6", "6": "G"}
MAX_COMBINATIONS = 1024

# Position types per line: "a" letters/'<', "9" digits/'<', "*" anything, "s" sex, "c" a
# code's letter that a document may print as a digit (the type's second character, e.g. the
# US card's "C1"; a nationality such as "132"): read as printed, letters preferred; "d" the
# document type's first letter, A, C, I, P or V (ICAO 9303 parts 4 to 7).
_TD3_L2 = "*" * 9 + "9" + "ccc" + "9" * 7 + "s" + "9" * 7 + "*" * 14 + "99"
_LAYOUTS: dict[MrzFormat, tuple[str, ...]] = {
    MrzFormat.TD3: ("dc" + "a" * 42, _TD3_L2),
    MrzFormat.MRV_A: ("dc" + "a" * 42, _TD3_L2[:28] + "*" * 16),
    MrzFormat.TD2: ("dc" + "a" * 34, "*" * 9 + "9ccc" + "9" * 7 + "s" + "9" * 7 + "*" * 7 + "9"),
    MrzFormat.MRV_B: ("dc" + "a" * 34, "*" * 9 + "9ccc" + "9" * 7 + "s" + "9" * 7 + "*" * 8),
    MrzFormat.TD1: ("dc" + "aaa" + "*" * 25, "9" * 7 + "s" + "9" * 7 + "ccc" + "*" * 11 + "9",
                    "a" * 30),
}
# Which positions (line, start, end) each check digit guards, per format.
_TD12 = {"document_number": [(0, 5, 30)], "birth_date": [(1, 0, 7)],
         "expiry_date": [(1, 8, 15)]}
_GUARDED: dict[MrzFormat, dict[str, list[tuple[int, int, int]]]] = {
    MrzFormat.TD3: {"document_number": [(1, 0, 10)], "birth_date": [(1, 13, 20)],
                    "expiry_date": [(1, 21, 28)], "optional_data": [(1, 28, 43)],
                    "composite": [(1, 0, 44)]},
    MrzFormat.MRV_A: {"document_number": [(1, 0, 10)], "birth_date": [(1, 13, 20)],
                      "expiry_date": [(1, 21, 28)]},
    MrzFormat.TD2: {"document_number": [(1, 0, 10), (1, 28, 35)], "birth_date": [(1, 13, 20)],
                    "expiry_date": [(1, 21, 28)], "composite": [(1, 0, 36)]},
    MrzFormat.MRV_B: {"document_number": [(1, 0, 10), (1, 28, 36)],
                      "birth_date": [(1, 13, 20)], "expiry_date": [(1, 21, 28)]},
    MrzFormat.TD1: {**_TD12, "composite": [(0, 5, 30), (1, 0, 30)]},
}


LAYOUTS = _LAYOUTS
GUARDED = _GUARDED
# The positions each field's own check digit covers, the digit included (composite excluded:
# it proves nothing about one position when it fails).
OWN_CHECKS: dict[MrzFormat, dict[str, list[tuple[int, int, int]]]] = {
    MrzFormat.TD3: {"document_number": [(1, 0, 10)], "birth_date": [(1, 13, 20)],
                    "expiry_date": [(1, 21, 28)], "optional_data": [(1, 28, 43)]},
    MrzFormat.MRV_A: {"document_number": [(1, 0, 10)], "birth_date": [(1, 13, 20)],
                      "expiry_date": [(1, 21, 28)]},
    MrzFormat.TD2: {"document_number": [(1, 0, 10)], "birth_date": [(1, 13, 20)],
                    "expiry_date": [(1, 21, 28)]},
    MrzFormat.MRV_B: {"document_number": [(1, 0, 10)], "birth_date": [(1, 13, 20)],
                      "expiry_date": [(1, 21, 28)]},
    MrzFormat.TD1: {"document_number": [(0, 5, 15)], "birth_date": [(1, 0, 7)],
                    "expiry_date": [(1, 8, 15)]},
}


@dataclass(frozen=True)
class Correction:
    """The corrected lines, the parsed MRZ and what was changed (position -> (old, new))."""

    lines: tuple[str, ...]
    mrz: Mrz
    changes: tuple[tuple[int, int, str, str], ...]  # (line, column, read, now)
    ambiguous_fields: tuple[str, ...]  # fields where several substitutions fit


def coerce_by_position(lines: list[str] | tuple[str, ...],
                       fmt: MrzFormat | None = None) -> list[str]:
    """Map look-alikes to digits where only digits are allowed (O->0 in dates, ...) and the
    sex to F/M/<. Codes and names are left as read: no check digit would prove a change."""
    fmt = fmt or detect_format(lines)
    out = []
    for line, layout in zip(lines, _LAYOUTS[fmt], strict=False):
        chars = list(line)
        for i, (ch, kind) in enumerate(zip(chars, layout, strict=False)):
            if kind == "9":  # dates and check digits: every one is guarded by a check digit
                chars[i] = TO_DIGIT.get(ch, ch)
            elif kind == "s" and ch not in "FMX<":
                chars[i] = {"P": "F", "H": "M", "N": "M", "K": "<"}.get(ch, ch)
        out.append("".join(chars))
    return out


def _failed_checks(mrz: Mrz) -> list[str]:
    return [c.field for c in mrz.checks if not c.ok]


def _check_of(mrz: Mrz, field: str) -> object:
    return next((c for c in mrz.checks if c.field == field), None)


def _positions(lines: list[str], fmt: MrzFormat, field: str,
               today: date) -> list[tuple[int, int]]:
    """Free-type positions holding an ambiguous character that ``field``'s check depends on."""
    layouts = _LAYOUTS[fmt]
    mrz = parse_mrz(lines, today)
    check = _check_of(mrz, field)
    # A position already confirmed by its own passing check is not changed for the composite.
    confirmed = {(line, col) for other, spans in _GUARDED[fmt].items()
                 if other not in (field, "composite") and other not in _failed_checks(mrz)
                 for line, start, end in spans for col in range(start, end)}
    found = []
    for line, start, end in _GUARDED[fmt].get(field, []):
        for col in range(start, min(end, len(lines[line]))):
            ch = lines[line][col]
            if layouts[line][col] != "*" or ch not in AMBIGUOUS or (line, col) in confirmed:
                continue
            flipped = _substitute(lines, {(line, col): AMBIGUOUS[ch]})
            if _check_of(parse_mrz(flipped, today), field) != check:
                found.append((line, col))
    return found


def _substitute(lines: list[str], changes: dict[tuple[int, int], str]) -> list[str]:
    rows = [list(line) for line in lines]
    for (line, col), ch in changes.items():
        rows[line][col] = ch
    return ["".join(row) for row in rows]


def _fits(lines: list[str], field: str, groups: list[list[tuple[int, int]]],
          today: date) -> list[list[str]]:
    """Substitutions of whole groups that make ``field`` pass and break no passing check.

    Those that also make the composite check pass are preferred when there are any.
    """
    before = set(_failed_checks(parse_mrz(lines, today)))
    fits: list[tuple[list[str], set[str]]] = []
    for flips in itertools.product((False, True), repeat=len(groups)):
        if not any(flips):
            continue
        changes = {p: AMBIGUOUS[lines[p[0]][p[1]]]
                   for group, f in zip(groups, flips, strict=True) if f for p in group}
        candidate = _substitute(lines, changes)
        after = set(_failed_checks(parse_mrz(candidate, today)))
        if field not in after and after <= before:
            fits.append((candidate, after))
    complete = [c for c, after in fits if "composite" not in after]
    return complete or [c for c, _ in fits]


def _fix_field(lines: list[str], fmt: MrzFormat, field: str,
               today: date) -> tuple[list[str] | None, bool]:
    """The unique substitution making ``field``'s check pass; else (None, several fit).

    Every combination of the field's ambiguous positions is tried (flipping all of a run such
    as ``ZSOOOO177`` is one of them). Several fitting combinations are never guessed between:
    O/0 differ by 24, so e.g. flipping one O or all four of ``OOOO`` can both fit.
    """
    positions = _positions(lines, fmt, field, today)
    if not positions or 2 ** len(positions) > MAX_COMBINATIONS:
        return None, False
    fits = _fits(lines, field, [[p] for p in positions], today)
    if len(fits) == 1:
        return fits[0], False
    return None, len(fits) > 1


def correct_mrz(lines: list[str] | tuple[str, ...], today: date) -> Correction:
    """Coerce by position, then fix failing check digits by unique ambiguous substitution."""
    fmt = detect_format(lines)
    current = coerce_by_position(lines, fmt)
    ambiguous: list[str] = []
    for field in _GUARDED[fmt]:
        if field == "composite" or field not in _failed_checks(parse_mrz(current, today)):
            continue  # a failing composite alone proves nothing about any one position
        fixed, several = _fix_field(current, fmt, field, today)
        if fixed is not None:
            current = fixed
        elif several:
            ambiguous.append(field)
    changes = tuple((i, j, a, b) for i, (old, new) in enumerate(zip(lines, current, strict=False))
                    for j, (a, b) in enumerate(zip(old, new, strict=False)) if a != b)
    return Correction(tuple(current), parse_mrz(current, today), changes, tuple(ambiguous))
