"""Who may get which electronic identification level (Decree 69/2024/ND-CP).

A foreigner aged 6 or older holding a valid temporary or permanent residence card may get a
level 1 and a level 2 account; under 6, level 1 only. Without a valid residence card, or with
an expired travel document, neither.

Conventions, stated once:

* Expiry dates are inclusive (ICAO 9303): a document that expires today is valid today.
* Age is in completed years on the station's local date (:func:`local_today`). A person born
  on 29 February reaches the next year of age on 1 March in non-leap years (the practice of
  Vietnamese and common-law age counting); in leap years on 29 February.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex

MINIMUM_AGE_LEVEL2 = 6
VIETNAM = "VNM"


class Reason(enum.StrEnum):
    """Why a decision came out as it did; ordered from most to least fundamental."""

    VIETNAMESE_NATIONAL = "vietnamese_national"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    NO_RESIDENCE_CARD = "no_residence_card"
    RESIDENCE_CARD_EXPIRED = "residence_card_expired"
    TRAVEL_DOCUMENT_EXPIRED = "travel_document_expired"
    UNDER_6_LEVEL1_ONLY = "under_6"
    ELIGIBLE_LEVEL2 = "eligible_level2"

    @property
    def message_key(self) -> str:
        return f"eligibility.{self.value}"


_REFUSALS = frozenset({Reason.VIETNAMESE_NATIONAL, Reason.BIRTH_DATE_IN_FUTURE,
                       Reason.NO_RESIDENCE_CARD, Reason.RESIDENCE_CARD_EXPIRED,
                       Reason.TRAVEL_DOCUMENT_EXPIRED})


@dataclass(frozen=True)
class Decision:
    """The outcome: which levels are allowed, the main reason first, and all reasons."""

    level1_allowed: bool
    level2_allowed: bool
    reasons: tuple[Reason, ...]
    age: int

    @property
    def reason(self) -> Reason:
        """The most fundamental reason (the one to show first)."""
        return self.reasons[0]

    @property
    def message_key(self) -> str:
        return self.reason.message_key


def age_on(birth: date, on: date) -> int:
    """Completed years from ``birth`` to ``on`` (negative if ``on`` is before ``birth``).

    Comparing (month, day) pairs makes a 29 February birthday count on 1 March in a
    non-leap year: 28 February < 29 February, 1 March is not.
    """
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def is_valid_on(expiry: date | None, on: date) -> bool:
    """True if a document with this expiry date is still valid on ``on`` (inclusive)."""
    return expiry is not None and on <= expiry


def decide(applicant: Applicant, on: date) -> Decision:
    """The eligibility of ``applicant`` on the local date ``on``, with every reason that applies.

    Reasons come most fundamental first: not a foreigner, impossible birth date, no card,
    expired card, expired travel document, then age.
    """
    age = age_on(applicant.date_of_birth, on)
    reasons: list[Reason] = []
    if applicant.nationality == VIETNAM:
        reasons.append(Reason.VIETNAMESE_NATIONAL)
    if age < 0:
        reasons.append(Reason.BIRTH_DATE_IN_FUTURE)
    if applicant.residence_card_kind is None or not applicant.residence_card_number:
        reasons.append(Reason.NO_RESIDENCE_CARD)
    elif not is_valid_on(applicant.residence_card_expiry, on):
        reasons.append(Reason.RESIDENCE_CARD_EXPIRED)
    if not is_valid_on(applicant.travel_document_expiry, on):
        reasons.append(Reason.TRAVEL_DOCUMENT_EXPIRED)
    if 0 <= age < MINIMUM_AGE_LEVEL2:
        reasons.append(Reason.UNDER_6_LEVEL1_ONLY)
    refused = any(r in _REFUSALS for r in reasons)
    if not reasons:
        reasons.append(Reason.ELIGIBLE_LEVEL2)
    return Decision(level1_allowed=not refused,
                    level2_allowed=not refused and age >= MINIMUM_AGE_LEVEL2,
                    reasons=tuple(reasons), age=age)


def local_today(zone: str, now: datetime | None = None) -> date:
    """The calendar date at the station (IANA ``zone``, option ``station.timezone``).

    ``now`` must be timezone-aware (default: the current time). 23:30 UTC is already the next
    day in Asia/Ho_Chi_Minh (UTC+7).
    """
    if now is None:
        return datetime.now(ZoneInfo(zone)).date()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("local_today needs a timezone-aware datetime")
    return now.astimezone(ZoneInfo(zone)).date()


ELIGIBILITY_FIELDS = ("date_of_birth", "nationality", "residence_card_kind",
                      "residence_card_number", "residence_card_expiry", "travel_document_expiry")


def decide_draft(raw: Mapping[str, Any], on: date) -> Decision | None:
    """The decision for a form still being filled in, or None until it can be made.

    Only the fields eligibility reads must be valid (birth date, nationality, travel document
    expiry; the residence card fields when any is given), so the desk can show the decision as
    soon as the passport is scanned, before the address or phone are typed.
    """
    from kiosk.domain.validation import normalize_draft, validate_applicant

    draft = normalize_draft(raw)
    problems = validate_applicant(draft, on, allow_specimen=True)
    if any(p.field in ELIGIBILITY_FIELDS for p in problems):
        return None
    kind = draft["residence_card_kind"]
    provisional = Applicant(
        surname="", given_names="", sex=Sex.UNSPECIFIED,
        date_of_birth=_known_date(draft["date_of_birth"]),
        nationality=draft["nationality"], issuing_state="", travel_document_number="",
        travel_document_expiry=_known_date(draft["travel_document_expiry"]),
        residence_card_kind=ResidenceCardKind(kind) if kind else None,
        residence_card_number=draft["residence_card_number"],
        residence_card_expiry=_date(draft["residence_card_expiry"]), address_vn="", phone="",
        email=None, preferred_language="vi")
    return decide(provisional, on)


def _known_date(value: Any) -> date:
    """A date the validation already required (a date or ISO text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _date(value: Any) -> date | None:
    return value if isinstance(value, date) or value is None else date.fromisoformat(value)
