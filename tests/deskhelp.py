"""Realistic desk data for tests: an eligible applicant, a portrait, ten WSQ fingers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storehelp import image_bytes

from kiosk.desk.results import (
    Approval,
    FaceResult,
    FingerException,
    FingerprintSet,
    FingerSample,
    FingerStep,
)
from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex
from kiosk.domain.eligibility import decide
from kiosk.domain.fingers import ALL_FINGERS, SLAP_ORDER

TODAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)


def applicant(**changes) -> Applicant:
    values = dict(
        surname="KIM", given_names="MIN JUN", sex=Sex.MALE, date_of_birth=date(1990, 5, 1),
        nationality="KOR", issuing_state="KOR", travel_document_number="M12345678",
        travel_document_expiry=date(2031, 1, 1),
        residence_card_kind=ResidenceCardKind.TEMPORARY, residence_card_number="TT1234567",
        residence_card_expiry=date(2027, 6, 30), address_vn="12 Phố Huế, Hà Nội",
        phone="+84912345678", email=None, preferred_language="ko", native_name="김민준")
    values.update(changes)
    return Applicant(**values)


def decision(person: Applicant | None = None):
    return decide(person or applicant(), TODAY)


def face(forced: bool = False) -> FaceResult:
    approval = Approval("sup.lan", "medical condition", AT) if forced else None
    return FaceResult(image_bytes("JPEG", 7, (400, 300)), {"compliant": not forced},
                      "forced" if forced else "auto", AT, "simulated",
                      "medical condition" if forced else None, approval)


def fingers(skip: int | None = None) -> FingerprintSet:
    samples = {p: FingerSample(p, image_bytes("WSQ", int(p), (200, 160)), 40 + int(p) * 3,
                               "SIM0001", 1) for p in ALL_FINGERS if int(p) != skip}
    exceptions = {}
    if skip is not None:
        position = next(p for p in ALL_FINGERS if int(p) == skip)
        exceptions[position] = FingerException(position, "amputated", "since childhood",
                                               Approval("sup.lan", "since childhood", AT))
    steps = tuple(
        FingerStep(step, "accepted", 1, 40, "", 1,
                   {p: samples[p].nfiq2 for p in own if p in samples},
                   {p: e.kind for p, e in exceptions.items() if p in own})
        for step, own in SLAP_ORDER.items())
    return FingerprintSet(samples, exceptions, {"clean": True, "pairs": []}, steps)
