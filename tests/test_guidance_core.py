"""The guidance station's core: office keys, the daily queue number, self-check, issuing."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from kiosk.domain.applicant import ResidenceCardKind
from kiosk.domain.eligibility import Reason
from kiosk.domain.tickets import generate_ticket_keys, read_ticket
from kiosk.domain.validation import build_applicant
from kiosk.guidance.issuer import TicketIssuer
from kiosk.guidance.numbers import next_number
from kiosk.guidance.office_keys import (
    OfficeKeyError,
    generate_office_keys,
    load_office_desk_key,
    load_office_private_key,
)
from kiosk.guidance.self_check import self_check
from kiosk.store.store import Store

ZONE = "Asia/Ho_Chi_Minh"
TODAY = date(2025, 7, 15)


def test_keygen_writes_two_secret_files_that_work_together(tmp_path) -> None:
    guidance, desk = generate_office_keys(tmp_path / "keys")
    assert guidance.stat().st_mode & 0o777 == 0o600 and desk.stat().st_mode & 0o777 == 0o600
    issuer, desk_keys = load_office_private_key(str(guidance)), load_office_desk_key(str(desk))
    raw = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert desk_keys.verify.public_bytes(*raw) == issuer.sign.public_key().public_bytes(*raw)
    assert issuer.seal_to.public_bytes(*raw) == desk_keys.open_with.public_key().public_bytes(*raw)
    with pytest.raises(OfficeKeyError) as error:
        generate_office_keys(tmp_path / "keys")  # never replaces the office's key
    assert error.value.message_key == "ticket.keys_exist"


@pytest.mark.parametrize("case, key", [
    ("unset", "ticket.no_private_key"), ("missing", "ticket.private_key_missing"),
    ("insecure", "ticket.private_key_insecure"), ("public", "ticket.private_key_invalid"),
    ("garbage", "ticket.private_key_invalid"), ("rsa", "ticket.private_key_invalid"),
])
def test_a_wrong_private_key_is_refused_saying_why(tmp_path: Path, case: str, key: str) -> None:
    private, public = generate_office_keys(tmp_path)
    path = {"unset": "", "missing": str(tmp_path / "nope.pem"), "insecure": str(private),
            "public": str(public), "garbage": str(tmp_path / "g.pem"),
            "rsa": str(tmp_path / "rsa.pem")}[case]
    if case == "insecure":
        private.chmod(0o644)
    if case == "garbage":
        Path(path).write_text("-----BEGIN PRIVATE KEY-----\nnot base64\n")
        Path(path).chmod(0o600)
    if case == "rsa":
        from cryptography.hazmat.primitives.asymmetric import rsa

        pem = rsa.generate_private_key(65537, 1024).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        Path(path).write_bytes(pem)
        Path(path).chmod(0o600)
    with pytest.raises(OfficeKeyError) as error:
        load_office_private_key(path)
    assert error.value.message_key == key


def test_keygen_command_writes_both_files(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "station.launcher", "tickets", "keygen",
                          str(tmp_path / "k")], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    assert "office-ticket-guidance.pem" in out.stdout and "tickets.office_desk_key" in out.stdout
    again = subprocess.run([sys.executable, "-m", "station.launcher", "tickets", "keygen",
                            str(tmp_path / "k")], capture_output=True, text=True, timeout=60,
                           cwd=Path(__file__).parent.parent)
    assert again.returncode == 2 and "exists" in again.stderr and "Traceback" not in again.stderr


def test_queue_numbers_count_per_day_and_survive_a_restart(tmp_path: Path) -> None:
    with Store.open(tmp_path, key_backend="file") as store:
        assert [next_number(store, TODAY) for _ in range(3)] == [1, 2, 3]
    with Store.open(tmp_path, key_backend="file") as store:  # the station restarted
        assert next_number(store, TODAY) == 4
        assert next_number(store, TODAY + timedelta(days=1)) == 1  # a new local day
        assert next_number(store, TODAY + timedelta(days=1)) == 2


@pytest.mark.parametrize("birth, kind, expiry, level2, reason", [
    (date(1990, 5, 1), ResidenceCardKind.TEMPORARY, date(2026, 1, 1), True,
     Reason.ELIGIBLE_LEVEL2),
    (date(1990, 5, 1), ResidenceCardKind.PERMANENT, TODAY, True, Reason.ELIGIBLE_LEVEL2),
    (date(1990, 5, 1), None, None, False, Reason.NO_RESIDENCE_CARD),
    (date(1990, 5, 1), ResidenceCardKind.TEMPORARY, TODAY - timedelta(days=1), False,
     Reason.RESIDENCE_CARD_EXPIRED),
    (date(2020, 7, 16), ResidenceCardKind.TEMPORARY, date(2026, 1, 1), False,
     Reason.UNDER_6_LEVEL1_ONLY),
    (date(2019, 7, 15), ResidenceCardKind.TEMPORARY, date(2026, 1, 1), True,
     Reason.ELIGIBLE_LEVEL2),  # sixth birthday today
])
def test_self_check_follows_the_desk_rules(birth, kind, expiry, level2, reason) -> None:
    decision = self_check(birth, kind, expiry, TODAY)
    assert decision.level2_allowed is level2
    assert decision.reason is reason


def test_an_issued_ticket_carries_the_applicant_and_verifies_with_the_public_key(
        tmp_path: Path) -> None:
    key, desk_keys = generate_ticket_keys()
    applicant = build_applicant({
        "surname": "KIM", "given_names": "MIN JUN", "sex": "M",
        "date_of_birth": date(1990, 5, 1), "nationality": "KOR", "issuing_state": "KOR",
        "travel_document_number": "M12345678", "travel_document_expiry": date(2031, 1, 1),
        "residence_card_kind": "temporary", "residence_card_number": "TT1234567",
        "residence_card_expiry": date(2030, 6, 30), "address_vn": "12 Phố Huế, Hà Nội",
        "phone": "+84912345678", "preferred_language": "ko"}, TODAY)
    now = datetime(2025, 7, 15, 16, 59, tzinfo=UTC)  # 23:59 in Hanoi
    with Store.open(tmp_path, key_backend="file") as store:
        issuer = TicketIssuer(store, key, "HN-PA08", ZONE, clock=lambda: now)
        first, second = issuer.issue(applicant), issuer.issue(applicant)
    assert (first.number, second.number) == (1, 2)
    assert first.issued_on == TODAY
    ticket = read_ticket(second.text, desk_keys, now, office="HN-PA08")
    assert ticket.number == 2 and ticket.applicant["surname"] == "KIM"
    assert ticket.applicant["address_vn"] == "12 Phố Huế, Hà Nội"
    assert ticket.expires_at == datetime(2025, 7, 15, 17, 0, tzinfo=UTC)  # Hanoi midnight
    assert len(second.text) < 1200  # fits a QR code a phone-grade camera reads easily
