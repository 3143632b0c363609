"""Signed pre-registration tickets: round trip, forgery, tampering, expiry at local midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import segno
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.keyboard_wedge import WedgeDetector
from kiosk.domain.tickets import TicketError, issue_ticket, looks_like_ticket, read_ticket

ZONE = "Asia/Ho_Chi_Minh"
KEY = Ed25519PrivateKey.generate()
APPLICANT = {"surname": "NGUYỄN", "given_names": "AN", "date_of_birth": date(1990, 5, 1),
             "nationality": "KOR", "phone": "+84912345678", "preferred_language": "ko",
             "native_name": "김민준", "email": None}
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 16:00 in Hanoi


def test_round_trip_keeps_every_value() -> None:
    text = issue_ticket(KEY, 42, "HN-PA08", APPLICANT, NOW, ZONE)
    assert looks_like_ticket(text)
    ticket = read_ticket(text, KEY.public_key(), NOW + timedelta(hours=1))
    assert (ticket.number, ticket.office, ticket.issued_on) == (42, "HN-PA08", date(2026, 11, 23))
    assert ticket.applicant["native_name"] == "김민준"
    assert ticket.applicant["date_of_birth"] == "1990-05-01"
    assert "email" not in ticket.applicant


def test_expires_at_the_end_of_the_local_day() -> None:
    text = issue_ticket(KEY, 1, "HN", APPLICANT, NOW, ZONE)
    ticket = read_ticket(text, KEY.public_key(), NOW)
    assert ticket.expires_at == datetime(2026, 11, 23, 17, 0, tzinfo=UTC)  # midnight in Hanoi
    with pytest.raises(TicketError, match="expired") as error:
        read_ticket(text, KEY.public_key(), datetime(2026, 11, 23, 17, 0, tzinfo=UTC))
    assert error.value.message_key == "ticket.expired"


def test_another_offices_key_or_any_changed_byte_is_refused() -> None:
    text = issue_ticket(KEY, 7, "HN", APPLICANT, NOW, ZONE)
    with pytest.raises(TicketError) as forged:
        read_ticket(text, Ed25519PrivateKey.generate().public_key(), NOW)
    assert forged.value.message_key == "ticket.forged"
    header, payload, signature = text.split(".")
    for index in range(0, len(payload), 7):
        changed = payload[:index] + ("A" if payload[index] != "A" else "B") + payload[index + 1:]
        with pytest.raises(TicketError):
            read_ticket(f"{header}.{changed}.{signature}", KEY.public_key(), NOW)


@pytest.mark.parametrize("text", ["", "hello", "a.b.c", "eyJhbGciOiJub25lIn0.e30.",
                                  "P<UTOERIKSSON<<ANNA"])
def test_garbage_is_a_precise_error(text: str) -> None:
    with pytest.raises(TicketError):
        read_ticket(text, KEY.public_key(), NOW)
    assert not looks_like_ticket(text)


def test_ticket_survives_a_qr_code_and_a_wedge_scanner() -> None:
    text = issue_ticket(KEY, 42, "HN-PA08", APPLICANT, NOW, ZONE)
    qr = segno.make_qr(text, error="m")
    matrix = [[0 if dark else 255 for dark in row] for row in qr.matrix_iter(scale=4, border=4)]
    import numpy as np

    [decoded] = zxingcpp.read_barcodes(np.array(matrix, dtype=np.uint8),
                                       formats=zxingcpp.BarcodeFormat.QRCode)
    assert decoded.text == text
    detector, burst = WedgeDetector(), None
    for i, ch in enumerate(decoded.text + "\r"):
        burst = detector.feed(ch, i * 0.003) or burst
    assert burst is not None and read_ticket(burst.lines[0], KEY.public_key(), NOW).number == 42
    print(f"ticket: {len(text)} characters, QR version {qr.version}")
