"""ICAO 9303 machine-readable zones: TD1, TD2, TD3, MRV-A and MRV-B, with every check digit.

:func:`parse_mrz` returns an :class:`Mrz` holding every field and a :class:`DigitCheck` per
check digit, so the UI can highlight the exact failing field. A failed check is never silently
accepted: :attr:`Mrz.valid` is False and :func:`mrz_to_applicant_fields` refuses it.

Two-digit years: a birth year is the latest year not after today (``today`` from the station
clock); an expiry year is always 20xx. A birth day or month written ``<<`` (unknown, allowed
by ICAO) leaves :attr:`Mrz.birth_date` None.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.domain.countries import is_known_code, normalize_code
from kiosk.domain.errors import KioskError
from kiosk.domain.problems import Problem

_VALUES = {**{str(d): d for d in range(10)},
           **{chr(ord("A") + i): 10 + i for i in range(26)}, "<": 0}
_WEIGHTS = (7, 3, 1)
_MRZ_CHARS = re.compile(r"[A-Z0-9<]*")


class MrzFormat(enum.StrEnum):
    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"
    MRV_A = "MRV-A"
    MRV_B = "MRV-B"


SHAPES: dict[MrzFormat, tuple[int, int]] = {
    MrzFormat.TD1: (3, 30), MrzFormat.TD2: (2, 36), MrzFormat.TD3: (2, 44),
    MrzFormat.MRV_A: (2, 44), MrzFormat.MRV_B: (2, 36),
}


class MrzError(KioskError):
    """Text that is not an MRZ of any known format (wrong line count/length, bad characters)."""

    message_key = "mrz.unreadable"


class MrzCheckFailed(KioskError):
    """An MRZ whose check digits or fields are wrong was used as if it were valid."""

    message_key = "mrz.check_failed"


def check_digit(text: str) -> str:
    """The ICAO 9303 check digit of ``text`` (weights 7,3,1; 0-9, A-Z = 10-35, '<' = 0)."""
    try:
        total = sum(_VALUES[ch] * _WEIGHTS[i % 3] for i, ch in enumerate(text))
    except KeyError as exc:
        raise ValueError(f"{exc.args[0]!r} is not an MRZ character") from None
    return str(total % 10)


@dataclass(frozen=True)
class DigitCheck:
    """One check digit: the field it guards, the digit found, the digit computed."""

    field: str
    found: str
    expected: str

    @property
    def ok(self) -> bool:
        return self.found == self.expected


@dataclass(frozen=True)
class Mrz:
    """Every field of one MRZ, plus its check-digit results and field problems."""

    format: MrzFormat
    lines: tuple[str, ...]
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    name_truncated: bool
    document_number: str
    nationality: str
    birth_date: date | None
    sex: str  # "F", "M" or "X" (unspecified, '<' in the MRZ)
    expiry_date: date | None
    optional_data: str
    optional_data_2: str  # TD1 line 2 only
    checks: tuple[DigitCheck, ...]
    problems: tuple[Problem, ...]

    @property
    def is_visa(self) -> bool:
        return self.format in (MrzFormat.MRV_A, MrzFormat.MRV_B)

    @property
    def failed_fields(self) -> tuple[str, ...]:
        """Fields whose check digit failed or that hold an impossible value."""
        failed = [c.field for c in self.checks if not c.ok]
        failed += [p.field for p in self.problems if p.field not in failed]
        return tuple(failed)

    @property
    def valid(self) -> bool:
        return not self.failed_fields


def read_mrz_input(raw: str) -> list[str]:
    """Lines from keyboard-wedge or pasted input: CR/LF separated, stray spaces dropped.

    Upper-cases (a reader with caps lock off) and splits an unbroken 72, 88 or 90 character run
    into the lines of a 2x36, 2x44 or 3x30 MRZ. Raises :class:`MrzError` if no format fits.
    """
    lines = [re.sub(r"\s", "", line).upper() for line in re.split(r"[\r\n]+", raw)]
    lines = [line for line in lines if line]
    if len(lines) == 1:
        for count, width in ((2, 36), (2, 44), (3, 30)):
            if len(lines[0]) == count * width:
                lines = [lines[0][i * width:(i + 1) * width] for i in range(count)]
                break
    detect_format(lines)
    return lines


def detect_format(lines: list[str] | tuple[str, ...]) -> MrzFormat:
    """The format given by line count and length (visas start with 'V')."""
    shape = (len(lines), len(lines[0]) if lines else 0)
    lengths = sorted({len(line) for line in lines})
    candidates = [f for f, s in SHAPES.items() if s == shape]
    if not candidates or len(lengths) != 1:
        raise MrzError(f"no MRZ format has {len(lines)} line(s) of length(s) {lengths}"
                       " (TD1 3x30, TD2 2x36, TD3 2x44, MRV-A 2x44, MRV-B 2x36)",
                       message_key="mrz.unknown_format", lines=len(lines), lengths=lengths)
    for line in lines:
        if not _MRZ_CHARS.fullmatch(line):
            bad = sorted({ch for ch in line if not _MRZ_CHARS.fullmatch(ch)})
            raise MrzError(f"MRZ holds characters other than A-Z, 0-9 and '<': {bad}",
                           message_key="mrz.invalid_character", characters=bad)
    if len(candidates) == 1:
        return candidates[0]
    visa = lines[0].startswith("V")
    if shape[1] == 44:
        return MrzFormat.MRV_A if visa else MrzFormat.TD3
    return MrzFormat.MRV_B if visa else MrzFormat.TD2


def _text(field: str) -> str:
    return field.replace("<", " ").strip()


def _names(field: str) -> tuple[str, str, bool]:
    surname, _, given = field.partition("<<")
    given = re.sub(" +", " ", _text(given))
    return re.sub(" +", " ", _text(surname)), given, not field.endswith("<")


def _yymmdd(raw: str, field: str, problems: list[Problem],
            century_of: Callable[[int, int, int], date]) -> date | None:
    yy, mm, dd = raw[0:2], raw[2:4], raw[4:6]
    if not yy.isdigit() or any(not (p.isdigit() or p == "<<") for p in (mm, dd)):
        problems.append(Problem(field, "invalid_date"))
        return None
    if "<<" in (mm, dd):
        return None  # ICAO: unknown month or day
    try:
        return century_of(int(yy), int(mm), int(dd))
    except ValueError:
        problems.append(Problem(field, "invalid_date"))
        return None


def _birth(today: date) -> Callable[[int, int, int], date]:
    def make(yy: int, mm: int, dd: int) -> date:
        candidate = date(2000 + yy, mm, dd) if 2000 + yy <= today.year else None
        if candidate is not None and candidate <= today:
            return candidate
        return date(1900 + yy, mm, dd)
    return make


def _expiry(yy: int, mm: int, dd: int) -> date:
    return date(2000 + yy, mm, dd)


def _document_number(number: str, digit: str, optional: str) -> tuple[str, str, str, str]:
    """Number, its check digit, the number's MRZ text, optional data (TD1/TD2 overflow rule).

    A number longer than 9 characters puts '<' in the check-digit position and continues in
    the optional data, followed by its check digit and a filler.
    """
    if digit == "<" and optional[:1] not in ("", "<"):
        rest = optional.split("<", 1)[0]
        if len(rest) >= 2:
            full = number + rest[:-1]
            remaining = optional[len(rest):]
            return full.replace("<", ""), rest[-1], full, remaining
    return number.replace("<", ""), digit, number, optional


def parse_mrz(text: str | list[str] | tuple[str, ...], today: date) -> Mrz:
    """Parse MRZ text (raw input or lines); raises :class:`MrzError` if no format fits.

    Check-digit failures and impossible values do not raise: they are reported in
    :attr:`Mrz.checks` and :attr:`Mrz.problems`.
    """
    lines = read_mrz_input(text) if isinstance(text, str) else list(text)
    fmt = detect_format(lines)
    composite: tuple[str, str] | None
    if fmt is MrzFormat.TD1:
        l1, l2, l3 = lines
        number, optional, name = l1[5:14], l1[15:30], l3
        digit, birth, sex, expiry = l1[14], l2[0:7], l2[7], l2[8:15]
        nationality, optional_2 = l2[15:18], l2[18:29]
        composite = (l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
    else:
        l1, l2 = lines
        width = len(l1)
        name, number, digit = l1[5:], l2[0:9], l2[9]
        nationality, birth, sex, expiry = l2[10:13], l2[13:20], l2[20], l2[21:28]
        optional_2 = ""
        has_composite = fmt in (MrzFormat.TD2, MrzFormat.TD3)
        optional = l2[28:width - 1] if has_composite else l2[28:]
        composite = (l2[0:10] + l2[13:20] + l2[21:width - 1], l2[width - 1]) \
            if has_composite else None
    checks: list[DigitCheck] = []
    problems: list[Problem] = []
    if fmt in (MrzFormat.TD1, MrzFormat.TD2):
        number, digit, number_text, optional = _document_number(number, digit, optional)
    else:
        number_text = number
        number = number.replace("<", "")
    checks.append(DigitCheck("document_number", digit, check_digit(number_text)))
    checks.append(DigitCheck("birth_date", birth[6], check_digit(birth[:6])))
    checks.append(DigitCheck("expiry_date", expiry[6], check_digit(expiry[:6])))
    if fmt is MrzFormat.TD3:
        found = optional[-1]
        personal = optional[:-1]
        expected = check_digit(personal)
        if found == "<" and set(personal) <= {"<"}:
            expected = "<"  # an empty personal number may have a filler check digit
        checks.append(DigitCheck("optional_data", found, expected))
        optional = personal
    if composite is not None:
        checks.append(DigitCheck("composite", composite[1], check_digit(composite[0])))
    birth_date = _yymmdd(birth[:6], "birth_date", problems, _birth(today))
    expiry_date = _yymmdd(expiry[:6], "expiry_date", problems, _expiry)
    if expiry_date is None and not any(p.field == "expiry_date" for p in problems):
        problems.append(Problem("expiry_date", "invalid_date"))
    if sex not in "FMX<":
        problems.append(Problem("sex", "invalid"))
    for field, code in (("issuing_state", l1[2:5]), ("nationality", nationality)):
        if not is_known_code(code):
            problems.append(Problem(field, "unknown_code"))
    surname, given, truncated = _names(name)
    if not surname:
        problems.append(Problem("surname", "required"))
    return Mrz(fmt, tuple(lines), _text(l1[0:2]), normalize_code(l1[2:5]), surname, given,
               truncated, number, normalize_code(nationality), birth_date,
               "X" if sex == "<" else sex, expiry_date, _text(optional), _text(optional_2),
               tuple(checks), tuple(problems))


def mrz_to_applicant_fields(mrz: Mrz) -> dict[str, object]:
    """The Applicant form values an MRZ provides; raises :class:`MrzCheckFailed` if invalid.

    A visa gives only the holder's names, sex, birth date and nationality (its number, state
    and expiry are the visa's, not the travel document's). Germany's ``D`` becomes ``DEU``.
    """
    if not mrz.valid:
        raise MrzCheckFailed(f"MRZ fields failed their checks: {', '.join(mrz.failed_fields)}",
                             fields=list(mrz.failed_fields))
    return _fields(mrz)


# MRZ checks -> the applicant fields each one guards
CHECK_GUARDS: dict[str, frozenset[str]] = {
    "document_number": frozenset({"travel_document_number"}),
    "birth_date": frozenset({"date_of_birth"}),
    "expiry_date": frozenset({"travel_document_expiry"}),
    "optional_data": frozenset(),
    "composite": frozenset({"travel_document_number", "date_of_birth",
                            "travel_document_expiry"}),
    "surname": frozenset({"surname"}), "issuing_state": frozenset({"issuing_state"}),
    "nationality": frozenset({"nationality"}), "sex": frozenset({"sex"}),
}


def suspect_fields(mrz: Mrz) -> frozenset[str]:
    """The applicant fields a failed check puts in doubt. The composite digit covers the
    number and both dates, so it blames all three only when no check of its own failed (a
    wrong number digit also fails the composite: only the number is in doubt)."""
    failed = [f for f in mrz.failed_fields if f != "composite"] or list(mrz.failed_fields)
    return frozenset().union(*(CHECK_GUARDS.get(f, frozenset()) for f in failed))


def trusted_applicant_fields(mrz: Mrz) -> dict[str, object]:
    """From an MRZ whose checks failed: the values no failed check puts in doubt (the officer
    types only the rest from the document)."""
    doubt = suspect_fields(mrz)
    return {k: v for k, v in _fields(mrz).items() if k not in doubt}


def _fields(mrz: Mrz) -> dict[str, object]:
    fields: dict[str, object] = {
        "surname": mrz.surname,
        "given_names": mrz.given_names,
        "sex": mrz.sex,
        "nationality": "DEU" if mrz.nationality == "D" else mrz.nationality,
    }
    if mrz.birth_date is not None:
        fields["date_of_birth"] = mrz.birth_date
    if not mrz.is_visa:
        fields["issuing_state"] = "DEU" if mrz.issuing_state == "D" else mrz.issuing_state
        fields["travel_document_number"] = mrz.document_number
        fields["travel_document_expiry"] = mrz.expiry_date
    return fields
