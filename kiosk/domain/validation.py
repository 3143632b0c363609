"""Checking applicant input: every problem at once, as stable ``(field, code)`` pairs.

The UI calls :func:`build_applicant` as the officer types: it normalises the raw form values,
validates them, and returns either an :class:`~kiosk.domain.applicant.Applicant` or the full
list of :class:`Problem` s (it never stops at the first one).

Text rules (decided here, used everywhere):

* :func:`normalize_text` trims, collapses runs of whitespace (Unicode space separators, tab,
  CR, LF, VT, FF) to one space and applies Unicode NFC (so a decomposed Vietnamese address
  equals the composed one).
* Control characters (categories Cc and Cf) are refused in every text field with the code
  ``control_character``, except ZERO WIDTH JOINER and ZERO WIDTH NON-JOINER, which Persian,
  Indic and some emoji sequences need for correct spelling. Refusing Cf also refuses bidi
  overrides, zero-width spaces, byte-order marks and soft hyphens, which make equal-looking
  names differ.
* Latin-name fields (surname, given names) take Latin letters with any accents, spaces,
  hyphens and apostrophes; the native-script name takes any script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date
from enum import Enum, EnumMeta
from typing import Any

from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex
from kiosk.domain.countries import SPECIMEN_CODES, is_known_code, normalize_code
from kiosk.domain.problems import Problem
from kiosk.options import LANGUAGES

ALLOWED_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d"})  # ZWNJ, ZWJ
_WHITESPACE = frozenset("\t\n\r\v\f")
NAME_MAX = 100
TEXT_MAX = 300
DOCUMENT_NUMBER_MAX = 20
OLDEST_AGE = 130
_DOCUMENT_NUMBER = re.compile(r"[A-Z0-9]+")
_PHONE = re.compile(r"\+?[0-9]{8,15}")
_PHONE_SEPARATORS = re.compile(r"[ \-().]")
_EMAIL = re.compile(r"[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}")


def _is_space(ch: str) -> bool:
    return ch in _WHITESPACE or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def normalize_text(text: str) -> str:
    """Trim, collapse inner whitespace to single spaces, then Unicode NFC.

    Control characters other than whitespace are kept, so that validation can report them.
    """
    out: list[str] = []
    pending_space = False
    for ch in text:
        if _is_space(ch):
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def has_control_character(text: str) -> bool:
    """True if ``text`` holds a Cc/Cf character other than ZWJ/ZWNJ."""
    return any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in ALLOWED_FORMAT_CHARACTERS
               for ch in text)


def is_latin_name(text: str) -> bool:
    """Latin letters (any accents), combining marks on them, space, hyphen, apostrophe."""
    for ch in text:
        if ch in " -'’":
            continue
        category = unicodedata.category(ch)
        if category.startswith("L") and unicodedata.name(ch, "").startswith("LATIN "):
            continue
        if category == "Mn":  # a combining accent NFC could not compose
            continue
        return False
    return bool(text.strip(" -'’"))


def normalize_draft(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Form values normalised field by field; unknown keys are dropped, empty text is None."""
    out: dict[str, Any] = {}
    for f in fields(Applicant):
        value = raw.get(f.name)
        if isinstance(value, str):
            value = normalize_text(value)
            if f.name in ("nationality", "issuing_state"):
                value = normalize_code(value)
                value = "DEU" if value == "D" else value
            elif f.name in ("travel_document_number", "residence_card_number"):
                value = value.upper().replace(" ", "")
            elif f.name == "phone":
                value = _PHONE_SEPARATORS.sub("", value)
            elif f.name == "email":
                local, at, domain = value.rpartition("@")
                value = f"{local}@{domain.lower()}" if at else value
            elif f.name in ("sex", "residence_card_kind"):
                value = value.upper() if f.name == "sex" else value.lower()
            value = value or None
        out[f.name] = value
    return out


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _check_text(problems: list[Problem], name: str, value: Any, *, required: bool,
                maximum: int = TEXT_MAX, rule: Callable[[str], bool] | None = None,
                rule_code: str = "invalid") -> None:
    if value is None or value == "":
        if required:
            problems.append(Problem(name, "required"))
        return
    if not isinstance(value, str):
        problems.append(Problem(name, "invalid"))
        return
    if has_control_character(value):
        problems.append(Problem(name, "control_character"))
    elif rule is not None and not rule(value):
        problems.append(Problem(name, rule_code))
    if len(value) > maximum:
        problems.append(Problem(name, "too_long"))


def _check_date(problems: list[Problem], name: str, value: Any, *, required: bool) -> date | None:
    if value is None or value == "":
        if required:
            problems.append(Problem(name, "required"))
        return None
    parsed = _as_date(value)
    if parsed is None:
        problems.append(Problem(name, "invalid_date"))
    return parsed


def _check_choice(problems: list[Problem], name: str, value: Any,
                  choices: type[Enum] | tuple[str, ...],
                  *, required: bool) -> None:
    if value is None or value == "":
        if required:
            problems.append(Problem(name, "required"))
        return
    allowed = ({c.value for c in choices} if isinstance(choices, EnumMeta)
               else set(choices))
    if str(value) not in allowed:
        problems.append(Problem(name, "invalid_choice"))


def _check_code(problems: list[Problem], name: str, value: Any, allow_specimen: bool) -> None:
    if not value:
        problems.append(Problem(name, "required"))
    elif not isinstance(value, str) or not is_known_code(value):
        problems.append(Problem(name, "unknown_code"))
    elif normalize_code(value) in SPECIMEN_CODES and not allow_specimen:
        problems.append(Problem(name, "specimen_code"))


def _document_number(value: str) -> bool:
    return bool(_DOCUMENT_NUMBER.fullmatch(value))


def validate_applicant(draft: Mapping[str, Any] | Applicant, today: date, *,
                       allow_specimen: bool = False) -> list[Problem]:
    """Every problem in ``draft`` (form values or an Applicant), in field order.

    ``today`` is the station's local date (:func:`kiosk.domain.eligibility.local_today`).
    Form values are normalised first (:func:`normalize_draft`); an Applicant is checked as it
    is. Expired documents are not problems here: eligibility decides about them. The ICAO
    specimen state ``UTO`` is refused unless ``allow_specimen`` (training, tests).
    """
    d = draft.to_dict() if isinstance(draft, Applicant) else normalize_draft(draft)
    problems: list[Problem] = []
    _check_text(problems, "surname", d.get("surname"), required=True, maximum=NAME_MAX,
                rule=is_latin_name, rule_code="not_latin")
    _check_text(problems, "given_names", d.get("given_names"), required=False,
                maximum=NAME_MAX, rule=is_latin_name, rule_code="not_latin")
    _check_text(problems, "native_name", d.get("native_name"), required=False,
                maximum=NAME_MAX)
    _check_choice(problems, "sex", d.get("sex"), Sex, required=True)
    birth = _check_date(problems, "date_of_birth", d.get("date_of_birth"), required=True)
    if birth is not None:
        if birth > today:
            problems.append(Problem("date_of_birth", "in_future"))
        elif today.year - birth.year > OLDEST_AGE:
            problems.append(Problem("date_of_birth", "implausible"))
        if problems and problems[-1].field == "date_of_birth":
            birth = None  # no "expires before birth" noise from a wrong birth date
    _check_code(problems, "nationality", d.get("nationality"), allow_specimen)
    _check_code(problems, "issuing_state", d.get("issuing_state"), allow_specimen)
    _check_text(problems, "travel_document_number", d.get("travel_document_number"),
                required=True, maximum=DOCUMENT_NUMBER_MAX, rule=_document_number,
                rule_code="invalid_characters")
    expiry = _check_date(problems, "travel_document_expiry", d.get("travel_document_expiry"),
                         required=True)
    if expiry is not None and birth is not None and expiry < birth:
        problems.append(Problem("travel_document_expiry", "before_birth"))
    _check_residence_card(problems, d, birth)
    _check_text(problems, "address_vn", d.get("address_vn"), required=True)
    _check_text(problems, "phone", d.get("phone"), required=True, maximum=16,
                rule=lambda v: bool(_PHONE.fullmatch(v)))
    _check_text(problems, "email", d.get("email"), required=False, maximum=254,
                rule=lambda v: bool(_EMAIL.fullmatch(v)))
    _check_choice(problems, "preferred_language", d.get("preferred_language"), LANGUAGES,
                  required=True)
    return problems


def _check_residence_card(problems: list[Problem], d: Mapping[str, Any],
                          birth: date | None) -> None:
    """All three card fields or none (no card is an eligibility matter, not a form error)."""
    kind = d.get("residence_card_kind")
    number = d.get("residence_card_number")
    expiry_raw = d.get("residence_card_expiry")
    has_card = any(v not in (None, "") for v in (kind, number, expiry_raw))
    _check_choice(problems, "residence_card_kind", kind, ResidenceCardKind, required=has_card)
    _check_text(problems, "residence_card_number", number, required=has_card,
                maximum=DOCUMENT_NUMBER_MAX, rule=_document_number,
                rule_code="invalid_characters")
    expiry = _check_date(problems, "residence_card_expiry", expiry_raw, required=has_card)
    if expiry is not None and birth is not None and expiry < birth:
        problems.append(Problem("residence_card_expiry", "before_birth"))


def build_applicant(raw: Mapping[str, Any], today: date, *,
                    allow_specimen: bool = False) -> Applicant | list[Problem]:
    """Normalise then validate form values: an Applicant, or every problem found."""
    draft = normalize_draft(raw)
    problems = validate_applicant(draft, today, allow_specimen=allow_specimen)
    if problems:
        return problems
    draft["given_names"] = draft["given_names"] or ""
    draft["sex"] = Sex(draft["sex"])
    if draft["residence_card_kind"] is not None:
        draft["residence_card_kind"] = ResidenceCardKind(draft["residence_card_kind"])
    for name in ("date_of_birth", "travel_document_expiry", "residence_card_expiry"):
        draft[name] = _as_date(draft[name])
    return Applicant(**draft)
