"""What a central rejection means to the officer: the reason in words and the next step.

The central service answers a refused packet with a machine reason (``missing_portrait``,
``bad_signature``...). The officer never sees that key: records the applicant can fix are
enrolled again; records the station cannot send (keys, registration, a damaged packet) go to
a technician, with the key kept in the tooltip for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Reasons that only a new capture fixes; every other reason is the station's problem.
ENROLL_AGAIN = frozenset({"missing_portrait", "missing_audit_trail", "bad_sample"})


def _phrases() -> dict[str, str]:
    return {
        "missing_portrait": QCoreApplication.translate(
            "Rejections", "no portrait in the record"),
        "missing_audit_trail": QCoreApplication.translate(
            "Rejections", "the record has no history"),
        "bad_sample": QCoreApplication.translate(
            "Rejections", "a photo or fingerprint was damaged"),
        "bad_audit_chain": QCoreApplication.translate(
            "Rejections", "the record's history does not check out"),
        "bad_signature": QCoreApplication.translate(
            "Rejections", "the station's signature was not recognised"),
        "unknown_station": QCoreApplication.translate(
            "Rejections", "this station is not registered"),
        "station_mismatch": QCoreApplication.translate(
            "Rejections", "the record names another station"),
        "decrypt_failed": QCoreApplication.translate(
            "Rejections", "the central service could not open the record"),
        "bad_format": QCoreApplication.translate(
            "Rejections", "the record is in an unknown format"),
        "bad_body": QCoreApplication.translate(
            "Rejections", "the record is unreadable"),
        "packet_too_large": QCoreApplication.translate(
            "Rejections", "the record is too large"),
        "different_packet_for_id": QCoreApplication.translate(
            "Rejections", "another record has the same number"),
        "idempotency_key_mismatch": QCoreApplication.translate(
            "Rejections", "the record changed while it was sent"),
        "enrollment_id_mismatch": QCoreApplication.translate(
            "Rejections", "the record's number does not match"),
    }


def reason_text(reason: str | None) -> str:
    """Why the central service refused the record, in one short phrase."""
    return _phrases().get(reason or "") or QCoreApplication.translate(
        "Rejections", "refused by the central service")


def next_step(reason: str | None) -> str:
    """What the officer does about it."""
    if reason in ENROLL_AGAIN:
        return QCoreApplication.translate("Rejections", "Enroll the applicant again.")
    return QCoreApplication.translate(
        "Rejections", "Call a technician; the record is kept on this station.")
