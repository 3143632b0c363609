"""The applicant: who is being enrolled, as written in their travel document and residence card.

An :class:`Applicant` is always complete and checked: build one from officer input with
:func:`kiosk.domain.validation.build_applicant`, from storage with :meth:`Applicant.from_dict`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from kiosk.domain.errors import KioskError


class Sex(enum.StrEnum):
    """Sex as printed in ICAO 9303 documents (``<`` in an MRZ means unspecified: X)."""

    FEMALE = "F"
    MALE = "M"
    UNSPECIFIED = "X"


class ResidenceCardKind(enum.StrEnum):
    """The Vietnamese residence card the applicant holds."""

    TEMPORARY = "temporary"
    PERMANENT = "permanent"


class ApplicantDataError(KioskError):
    """Stored applicant data cannot be read back (missing field, wrong type or value)."""

    message_key = "applicant.bad_data"


@dataclass(frozen=True)
class Applicant:
    """One applicant. Names are in Latin letters exactly as in the travel document.

    ``date_of_birth`` is always a full date. ICAO 9303 lets an MRZ mark an unknown day or month
    with ``<<``; the MRZ parser then leaves the date empty rather than inventing one, and the
    officer enters the date printed on the residence card (Vietnamese cards carry a full date).
    ``nationality`` and ``issuing_state`` are ICAO 9303 codes (:mod:`kiosk.domain.countries`);
    Germany's ``D`` is stored as ``DEU``. Expiry dates are inclusive: valid on that day.
    A missing residence card (``residence_card_kind`` None) is representable so that
    eligibility can say why the applicant is refused.
    """

    surname: str
    given_names: str
    sex: Sex
    date_of_birth: date
    nationality: str
    issuing_state: str
    travel_document_number: str
    travel_document_expiry: date
    residence_card_kind: ResidenceCardKind | None
    residence_card_number: str | None
    residence_card_expiry: date | None
    address_vn: str
    phone: str
    email: str | None
    preferred_language: str
    native_name: str | None = None

    @property
    def full_name(self) -> str:
        """Surname then given names, as the MRZ orders them."""
        return f"{self.surname} {self.given_names}".strip()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict: ISO 8601 dates, enum values as strings, None kept."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, enum.Enum):
                value = value.value
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Applicant:
        """The inverse of :meth:`to_dict`; raises :class:`ApplicantDataError` on bad data.

        This only restores types; it does not re-run validation (stored data was validated
        when it was built).
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ApplicantDataError(f"unknown applicant fields: {', '.join(unknown)}",
                                     fields=unknown)
        values: dict[str, Any] = {}
        for name in known:
            if name not in data:
                if name == "native_name":
                    continue
                raise ApplicantDataError(f"applicant field {name!r} is missing", field=name)
            values[name] = _restore(name, data[name])
        return cls(**values)


_DATE_FIELDS = {"date_of_birth", "travel_document_expiry", "residence_card_expiry"}
_OPTIONAL = {"residence_card_kind", "residence_card_number", "residence_card_expiry",
             "email", "native_name"}


def _restore(name: str, raw: Any) -> Any:
    if raw is None:
        if name in _OPTIONAL:
            return None
        raise ApplicantDataError(f"applicant field {name!r} must not be null", field=name)
    try:
        if name in _DATE_FIELDS:
            if not isinstance(raw, str):
                raise TypeError
            return date.fromisoformat(raw)
        if name == "sex":
            return Sex(raw)
        if name == "residence_card_kind":
            return ResidenceCardKind(raw)
    except (TypeError, ValueError):
        raise ApplicantDataError(f"applicant field {name!r} has a bad value {raw!r}",
                                 field=name) from None
    if not isinstance(raw, str):
        raise ApplicantDataError(f"applicant field {name!r} must be a string", field=name)
    return raw
