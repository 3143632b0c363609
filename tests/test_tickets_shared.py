"""A ticket is used once per office, not once per desk: two desks with their own stores and
real sync workers share their uses through the real central service on loopback (SQLite and
PostgreSQL). Online, the second desk refuses the ticket saying when and where; offline, it
accepts, its worker reports the use at sync and the central flags the duplicate for review."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import Central, fast_worker, open_station

from central.faults import Faults
from central.store import open_store
from kiosk.desk.ticket_uses import claim_ticket
from kiosk.domain.tickets import TicketError, generate_ticket_keys, issue_ticket, read_ticket
from kiosk.sync import ticket_reports, ticket_wire

ZONE = "Asia/Ho_Chi_Minh"
ISSUER, DESK = generate_ticket_keys()
APPLICANT = {"surname": "NGUYEN", "given_names": "AN", "date_of_birth": date(1990, 5, 1),
             "nationality": "KOR", "travel_document_number": "M12345678"}


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def _ticket(number: int):
    now = datetime.now(UTC)
    return read_ticket(issue_ticket(ISSUER, number, "HN", APPLICANT, now, ZONE), DESK, now)


def _closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture
def office(tmp_path, central_database):
    """A central service and two desks of one office, each with its own store."""
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, open_store(central_database))
    desks = {}
    for name in ("HN-DESK-1", "HN-DESK-2"):
        desks[name] = open_station(tmp_path / name, key)
        central.register(desks[name], name)
    url = central.start()
    workers = []

    def worker(name: str, at: str | None = None, **extra):
        w = fast_worker(desks[name], at or url, station_id=name, **extra)
        workers.append(w)
        return w

    yield central, desks, worker
    for w in workers:
        w.stop()
    central.stop()
    central.store.close()
    for desk in desks.values():
        desk.store.close()


def _rows(desk) -> list[tuple]:
    return desk.store.read(lambda r: r.db.execute(
        "SELECT ticket_id, station, reported_at IS NOT NULL, central_status FROM ticket_uses"
    ).fetchall())


def test_online_a_second_desk_refuses_the_ticket_saying_when_and_where(office) -> None:
    central, desks, worker = office
    one, two = worker("HN-DESK-1"), worker("HN-DESK-2")
    ticket, at = _ticket(7), datetime.now(UTC)
    assert claim_ticket(desks["HN-DESK-1"].store, ticket, "HN-DESK-1", "off.an", at, ZONE,
                        one.check_ticket_use) is ticket
    assert _rows(desks["HN-DESK-1"]) == [(ticket.ticket_id, "HN-DESK-1", 1, "first")]
    with pytest.raises(TicketError) as error:
        claim_ticket(desks["HN-DESK-2"].store, ticket, "HN-DESK-2", "off.binh",
                     at + timedelta(minutes=5), ZONE, two.check_ticket_use)
    assert error.value.message_key == "ticket.used"
    assert error.value.params["station"] == "HN-DESK-1"
    local = at.astimezone(ZoneInfo(ZONE))
    assert error.value.params["time"] == local.strftime("%H:%M")
    assert error.value.params["day"] == local.date().isoformat()
    # the refused desk keeps no claim (a second scan there asks again), nothing to review
    assert _rows(desks["HN-DESK-2"]) == []
    assert central.store.ticket_duplicates() == []
    # the first desk asking again about its own use is told "same", never a duplicate
    use = ticket_wire.Use(ticket.ticket_id, "HN", 7, ticket.issued_on.isoformat(),
                          int(at.timestamp()))
    assert one.check_ticket_use(use).status == "same"


def test_offline_the_desk_accepts_and_the_central_flags_the_duplicate_at_sync(office) -> None:
    central, desks, worker = office
    one = worker("HN-DESK-1")
    ticket, at = _ticket(8), datetime.now(UTC)
    claim_ticket(desks["HN-DESK-1"].store, ticket, "HN-DESK-1", "off.an", at, ZONE,
                 one.check_ticket_use)
    # desk 2 cannot reach the central: it accepts without waiting for it
    cut_off = worker("HN-DESK-2", _closed_port())
    started = time.monotonic()
    later = at + timedelta(minutes=20)
    assert claim_ticket(desks["HN-DESK-2"].store, ticket, "HN-DESK-2", "off.binh", later, ZONE,
                        cut_off.check_ticket_use) is ticket
    assert time.monotonic() - started < 10   # a refused connection, not a stall timeout
    assert _rows(desks["HN-DESK-2"]) == [(ticket.ticket_id, "HN-DESK-2", 0, None)]
    # no answer: the next scans there do not wait on the central again for a while
    asked = []
    real = cut_off.client.ticket_uses
    cut_off.client.ticket_uses = lambda *a, **k: asked.append(a) or real(*a, **k)
    later_ticket = claim_ticket(desks["HN-DESK-2"].store, _ticket(10), "HN-DESK-2", "off.binh",
                                later, ZONE, cut_off.check_ticket_use).ticket_id
    assert asked == []
    cut_off.stop()
    # the network is back: the real worker reports the use; the central flags it for review
    worker("HN-DESK-2").start()
    wait_until(lambda: all(row[2] for row in _rows(desks["HN-DESK-2"])))
    assert sorted(_rows(desks["HN-DESK-2"])) == sorted([
        (ticket.ticket_id, "HN-DESK-2", 1, "duplicate"), (later_ticket, "HN-DESK-2", 1, "first")])
    [dup] = central.store.ticket_duplicates()
    assert (dup.ticket_id, dup.office, dup.number, dup.station_id, dup.first_station) == (
        ticket.ticket_id, "HN", 8, "HN-DESK-2", "HN-DESK-1")
    assert int(dup.used_at) == int(later.timestamp())
    assert int(dup.first_used_at) == int(at.timestamp())
    flagged = desks["HN-DESK-2"].store.read(lambda r: ticket_reports.flagged(r.db))
    assert [(f[0], f[3]) for f in flagged] == [(ticket.ticket_id, "HN-DESK-1")]
    # reported again (a crash before the answer was recorded): still one duplicate
    [result] = worker("HN-DESK-2").client.ticket_uses("report", [ticket_wire.Use(
        ticket.ticket_id, "HN", 8, ticket.issued_on.isoformat(), int(later.timestamp()))])
    assert (result.status, result.first_station) == ("duplicate", "HN-DESK-1")
    assert len(central.store.ticket_duplicates()) == 1


def test_an_answer_not_signed_by_the_pinned_key_is_not_believed(office) -> None:
    _central, desks, worker = office
    one = worker("HN-DESK-1")
    ticket = _ticket(9)
    claim_ticket(desks["HN-DESK-1"].store, ticket, "HN-DESK-1", "off.an", datetime.now(UTC),
                 ZONE, one.check_ticket_use)
    forged = worker("HN-DESK-2", receipt_key=Ed25519PrivateKey.generate().public_key())
    # the "duplicate" answer does not verify: the desk accepts, and reports it later
    assert claim_ticket(desks["HN-DESK-2"].store, ticket, "HN-DESK-2", "off.binh",
                        datetime.now(UTC), ZONE, forged.check_ticket_use) is ticket
    assert _rows(desks["HN-DESK-2"]) == [(ticket.ticket_id, "HN-DESK-2", 0, None)]


def test_a_busy_central_is_not_asked_again_before_retry_after(office, monkeypatch) -> None:
    central, _desks, worker = office
    central.stop()
    busy = central.start(faults=Faults(capacity_rps=0.001))   # every request: 503 + Retry-After
    two = worker("HN-DESK-2", busy)
    calls = []
    real = two.client.ticket_uses
    monkeypatch.setattr(two.client, "ticket_uses",
                        lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    use = ticket_wire.Use("0123456789abcdef", "HN", 3, date.today().isoformat(),
                          int(time.time()))
    assert [two.check_ticket_use(use) for _ in range(3)] == [None, None, None]
    assert calls == ["check"]   # told to wait: not asked again before Retry-After


def test_the_wire_refuses_malformed_uses() -> None:
    good = ticket_wire.Use("0123456789abcdef", "HN", 3, "2026-12-03", 1_796_000_000)
    body = ticket_wire.request_body("check", "ab" * 16, [good])
    assert ticket_wire.parse_request(body) == ("check", "ab" * 16, [good])
    for bad in (body.replace(b'"check"', b'"steal"'), body.replace(b"2026-12-03", b"2026-02-31"),
                body.replace(b"0123456789abcdef", b"0123456789ABCDEF"), b"[]", b"{" * 5000):
        with pytest.raises(ticket_wire.WireError):
            ticket_wire.parse_request(bad)


def test_the_central_lists_duplicates_for_review(tmp_path, capsys) -> None:
    from central.cli import main

    store = open_store(tmp_path / "central.db")
    today = date.today().isoformat()
    assert store.claim_ticket("HN", "0123456789abcdef", 4, today, "HN-DESK-1", 1_796_000_000,
                              True).status == "first"
    assert store.claim_ticket("HN", "0123456789abcdef", 4, today, "HN-DESK-2", 1_796_000_600,
                              True).status == "duplicate"
    store.close()
    assert main(["tickets", "duplicates", "--data", str(tmp_path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["ticket"], row["number"], row["station"], row["first_station"]) == (
        "0123456789abcdef", 4, "HN-DESK-2", "HN-DESK-1")
