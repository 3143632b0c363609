"""Sealed, signed pre-registration tickets: round trip, nothing readable without the desk key,
forgery, tampering, other office, expiry at local midnight, single use in the desk's store."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
import segno
import zxingcpp

from kiosk.desk.ticket_uses import claim_ticket
from kiosk.domain.keyboard_wedge import WedgeDetector
from kiosk.domain.tickets import (
    PREFIX,
    TicketError,
    generate_ticket_keys,
    issue_ticket,
    looks_like_ticket,
    read_ticket,
)
from kiosk.store.store import Store

ZONE = "Asia/Ho_Chi_Minh"
ISSUER, DESK = generate_ticket_keys()
APPLICANT = {"surname": "NGUYỄN", "given_names": "AN", "date_of_birth": date(1990, 5, 1),
             "nationality": "KOR", "phone": "+84912345678", "preferred_language": "ko",
             "native_name": "김민준", "email": None, "travel_document_number": "M12345678"}
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 16:00 in Hanoi
FULL = {"surname": "KIM", "given_names": "MIN JUN", "native_name": "김민준", "sex": "M",
        "date_of_birth": "1990-05-01", "nationality": "KOR", "issuing_state": "KOR",
        "travel_document_number": "M12345678", "travel_document_expiry": "2031-01-01",
        "residence_card_kind": "temporary", "residence_card_number": "TT1234567",
        "residence_card_expiry": "2030-06-30", "address_vn": "12 Phố Huế, phường Hàng Bài, "
        "quận Hoàn Kiếm, Hà Nội", "phone": "+84912345678", "email": "min.jun@example.kr",
        "preferred_language": "ko"}


def test_round_trip_keeps_every_value() -> None:
    text = issue_ticket(ISSUER, 42, "HN-PA08", APPLICANT, NOW, ZONE)
    assert looks_like_ticket(text)
    ticket = read_ticket(text, DESK, NOW + timedelta(hours=1), office="HN-PA08")
    assert (ticket.number, ticket.office, ticket.issued_on) == (42, "HN-PA08", date(2026, 11, 23))
    assert ticket.applicant["native_name"] == "김민준"
    assert ticket.applicant["date_of_birth"] == "1990-05-01"
    assert "email" not in ticket.applicant
    assert len(ticket.ticket_id) == 16
    assert read_ticket(issue_ticket(ISSUER, 42, "HN-PA08", APPLICANT, NOW, ZONE), DESK,
                       NOW).ticket_id != ticket.ticket_id  # each ticket its own id


def test_the_code_shows_no_personal_data() -> None:
    """What a photo of the QR code gives a stranger: base32 of HPKE output, nothing else."""
    text = issue_ticket(ISSUER, 42, "HN-PA08", APPLICANT, NOW, ZONE)
    assert text.startswith(PREFIX)
    raw = base64.b32decode(text[len(PREFIX):] + "=" * (-len(text[len(PREFIX):]) % 8))
    for value in ("NGUY", "M12345678", "+84912345678", "1990-05-01", "HN-PA08", "KOR"):
        assert value.encode() not in raw
        # a short value turns up by chance in long base32 text ("KOR": about 2 % of codes)
        assert len(value) < 8 or value not in text
    assert "김민준".encode() not in raw
    # even the guidance station cannot open a ticket it issued: only the desks' key does
    _issuer, other_desk = generate_ticket_keys()
    with pytest.raises(TicketError) as error:
        read_ticket(text, other_desk, NOW)
    assert error.value.message_key == "ticket.forged"


def test_expires_at_the_end_of_the_local_day() -> None:
    text = issue_ticket(ISSUER, 1, "HN", APPLICANT, NOW, ZONE)
    ticket = read_ticket(text, DESK, NOW)
    assert ticket.expires_at == datetime(2026, 11, 23, 17, 0, tzinfo=UTC)  # midnight in Hanoi
    with pytest.raises(TicketError, match="expired") as error:
        read_ticket(text, DESK, datetime(2026, 11, 23, 17, 0, tzinfo=UTC))
    assert error.value.message_key == "ticket.expired"


def test_another_offices_ticket_is_refused_saying_which() -> None:
    text = issue_ticket(ISSUER, 7, "DN-PA08", APPLICANT, NOW, ZONE)
    with pytest.raises(TicketError) as error:
        read_ticket(text, DESK, NOW, office="HN-PA08")
    assert error.value.message_key == "ticket.other_office"
    assert error.value.params["ticket_office"] == "DN-PA08"


def test_another_key_or_any_changed_character_is_refused() -> None:
    text = issue_ticket(ISSUER, 7, "HN", APPLICANT, NOW, ZONE)
    issuer2, _desk = generate_ticket_keys()
    with pytest.raises(TicketError) as forged:  # opens, but signed by another office
        read_ticket(issue_ticket(type(ISSUER)(issuer2.sign, ISSUER.seal_to), 7, "HN", APPLICANT,
                                 NOW, ZONE), DESK, NOW)
    assert forged.value.message_key == "ticket.forged"
    for index in range(len(PREFIX), len(text), 11):
        changed = text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1:]
        with pytest.raises(TicketError):
            read_ticket(changed, DESK, NOW)


@pytest.mark.parametrize("text", ["", "hello", "a.b.c", "eyJhbGciOiJub25lIn0.e30.",
                                  "P<UTOERIKSSON<<ANNA", "KT2:", "KT2:AAAA", "KT2:abc",
                                  "KT2:" + "A" * 5000])
def test_garbage_is_a_precise_error(text: str) -> None:
    with pytest.raises(TicketError):
        read_ticket(text, DESK, NOW)


def test_a_full_ticket_fits_a_qr_code_and_a_wedge_scanner() -> None:
    text = issue_ticket(ISSUER, 42, "HN-PA08", FULL, NOW, ZONE)
    qr = segno.make_qr(text, error="m")
    assert qr.mode == "alphanumeric"  # base32 + "KT2:": denser than bytes
    matrix = [[0 if dark else 255 for dark in row] for row in qr.matrix_iter(scale=4, border=4)]
    [decoded] = zxingcpp.read_barcodes(np.array(matrix, dtype=np.uint8),
                                       formats=zxingcpp.BarcodeFormat.QRCode)
    assert decoded.text == text
    detector, burst = WedgeDetector(), None
    for i, ch in enumerate(decoded.text + "\r"):
        burst = detector.feed(ch, i * 0.003) or burst
    assert burst is not None and read_ticket(burst.lines[0], DESK, NOW).number == 42
    # the clear-text JWS of kiosk-ticket/1 needed 888 characters in byte mode, version 24,
    # for this applicant; sealed and in base32 it is 1,116 alphanumeric characters, version 22
    assert qr.version <= 22, f"{len(text)} characters need QR version {qr.version}"
    print(f"ticket: {len(text)} characters, QR version {qr.version}")


def test_a_ticket_is_used_once_and_the_second_use_says_when_and_where(tmp_path: Path) -> None:
    ticket = read_ticket(issue_ticket(ISSUER, 5, "HN", APPLICANT, NOW, ZONE), DESK, NOW)
    with Store.open(tmp_path, key_backend="file") as store:
        assert claim_ticket(store, ticket, "HN-DESK-1", "off.an", NOW, ZONE) is ticket
        with pytest.raises(TicketError) as error:
            claim_ticket(store, ticket, "HN-DESK-2", "off.binh", NOW + timedelta(hours=1), ZONE)
        assert error.value.message_key == "ticket.used"
        assert error.value.params["time"] == "16:00"  # local time of the first use
        assert error.value.params["station"] == "HN-DESK-1"
        rows = list(store.read(lambda r: r.db.execute("SELECT * FROM ticket_uses").fetchall()))
    assert len(rows) == 1 and "NGUY" not in repr(rows)  # no applicant data kept
    with Store.open(tmp_path, key_backend="file") as store, pytest.raises(TicketError):
        claim_ticket(store, ticket, "HN-DESK-1", "off.an", NOW, ZONE)
