"""The applicant's own eligibility check on the guidance screen, before any document is scanned.

Three answers (date of birth, residence card kind, card expiry) go through the same
:func:`kiosk.domain.eligibility.decide` as the desk. The passport is taken as valid here
(the desk checks it); nationality is not asked (the service is for foreigners).
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex
from kiosk.domain.eligibility import Decision, decide

_UNASKED = "SELFCHECK"  # stands for the card number nobody typed (the decision needs one)


def self_check(birth: date, card_kind: ResidenceCardKind | None, card_expiry: date | None,
               on: date) -> Decision:
    """The decision for these answers on the local date ``on``."""
    provisional = Applicant(
        surname="", given_names="", sex=Sex.UNSPECIFIED, date_of_birth=birth, nationality="",
        issuing_state="", travel_document_number="", travel_document_expiry=on,
        residence_card_kind=card_kind,
        residence_card_number=_UNASKED if card_kind is not None else None,
        residence_card_expiry=card_expiry if card_kind is not None else None,
        address_vn="", phone="", email=None, preferred_language="en")
    return decide(provisional, on)
