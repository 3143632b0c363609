"""Issue 16's ticket probes: hostile payloads signed and sealed with the office's valid keys
(an insider, or a stolen guidance key) give a precise TicketError, never AttributeError,
OverflowError, RecursionError..., and a ticket the desk accepts has exactly the types and
ranges the issuer writes."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain import tickets
from kiosk.domain.tickets import TicketError, generate_ticket_keys, read_ticket

ISSUER, DESK = generate_ticket_keys()
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
GOOD = {"v": 2, "id": "0123456789abcdef", "n": 7, "o": "HN-PA08", "d": "2026-11-23",
        "exp": 1795453200, "a": {"surname": "KIM", "date_of_birth": "1990-05-01"}}


def seal(body: bytes) -> str:
    """What a holder of the office's guidance key file can produce: any body, validly signed
    and sealed."""
    inner = ISSUER.sign.sign(tickets._SIG_PREFIX + body) + body
    sealed = tickets._SUITE.encrypt(inner, ISSUER.seal_to, info=tickets._INFO)
    return tickets.PREFIX + base64.b32encode(sealed).decode("ascii").rstrip("=")


def payload(**changes: Any) -> bytes:
    data = dict(GOOD, **changes)
    for key in [k for k, v in changes.items() if v is ...]:
        del data[key]
    return json.dumps(data).encode()


def check(text: str) -> None:
    """Either a precise TicketError or a ticket of the issuer's types and ranges."""
    try:
        ticket = read_ticket(text, DESK, NOW)
    except TicketError as error:
        assert error.message_key.startswith("ticket.")
        return
    assert isinstance(ticket.number, int) and 1 <= ticket.number <= tickets.MAX_NUMBER
    assert isinstance(ticket.office, str) and isinstance(ticket.issued_on, date)
    assert set(ticket.applicant) <= set(tickets.APPLICANT_FIELDS)
    for name, value in ticket.applicant.items():
        assert isinstance(value, str) and 0 < len(value) <= tickets.MAX_FIELD
        if name in tickets.DATE_FIELDS:
            date.fromisoformat(value)


def test_a_well_formed_payload_is_accepted() -> None:
    assert read_ticket(seal(payload()), DESK, NOW).applicant["surname"] == "KIM"


@pytest.mark.parametrize("body", [
    b"[]", b"null", b"7", b'"text"', b"{}",                     # not an object: AttributeError
    payload(exp=10**30), payload(exp=-10**30), payload(exp=1e308),  # OverflowError before
    payload(exp="1795453200"), payload(exp=True), payload(n=True), payload(n=10**30),
    payload(n=0), payload(n=-1), payload(n=1.5), payload(v="2"), payload(v=True),
    payload(d="2026-02-30"), payload(d="20261123"), payload(d=20261123), payload(d=None),
    payload(o=""), payload(o=["HN"]), payload(o="x" * 201), payload(o="HN\x00"),
    payload(id="short"), payload(id=None), payload(id="0123456789ABCDEF"),
    payload(a=None), payload(a=[]), payload(a={"unknown": "x"}), payload(a={"surname": 7}),
    payload(a={"surname": ["KIM"]}), payload(a={"surname": {"x": 1}}),
    payload(a={"surname": None}), payload(a={"surname": ""}), payload(a={"surname": "x" * 400}),
    payload(a={"date_of_birth": "yesterday"}), payload(a={"date_of_birth": "1990-13-01"}),
    payload(a={"surname": "KIM\u202e"}), payload(a={"surname": "\ud800"}),
    payload(extra=1), payload(a=...), payload(exp=...),
    b"[" * 1200 + b"]" * 1200,        # RecursionError (the most a QR code holds: ~2.5 KB)
    b"\xff\xfe not utf-8", b"", b"{" * 3, b'{"v": 2, "v": 2}', b"NaN", b"1" * 2400,
], ids=lambda b: repr(b[:40]))
def test_hostile_signed_payloads_give_a_precise_error(body: bytes) -> None:
    with pytest.raises(TicketError) as error:
        read_ticket(seal(body), DESK, NOW)
    assert error.value.message_key in ("ticket.damaged", "ticket.expired")
    assert "KIM" not in str(error.value)  # the reason names fields, never their values


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20)
FIELD_VALUES = st.one_of(JSON, st.text(max_size=320), st.dates().map(date.isoformat))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries(
    {}, optional={"v": st.one_of(st.just(2), JSON), "id": st.one_of(st.just("0123456789abcdef"),
                                                                    JSON),
                  "n": st.one_of(st.integers(), JSON), "o": st.one_of(st.text(), JSON),
                  "d": st.one_of(st.dates().map(date.isoformat), JSON),
                  "exp": st.one_of(st.integers(), st.floats(), JSON),
                  "a": st.one_of(st.dictionaries(st.sampled_from(tickets.APPLICANT_FIELDS),
                                                 FIELD_VALUES, max_size=6), JSON)}))
def test_fuzzed_signed_payloads_never_escape_as_another_exception(data: dict) -> None:
    check(seal(json.dumps(data, allow_nan=True).encode()))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_fuzzed_signed_bytes_never_escape_as_another_exception(body: bytes) -> None:
    check(seal(body))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_fuzzed_scanned_text_never_escapes_as_another_exception(text: str) -> None:
    check(text)
    check(tickets.PREFIX + text)
