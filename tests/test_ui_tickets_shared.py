"""The desk's ticket scan asks the office's central service through its real sync worker: a
ticket another desk used is refused on screen with that desk and time; with the central
unreachable the form is filled at once and the use waits for the next sync."""

from __future__ import annotations

import socket
from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PySide6.QtWidgets import QStackedWidget
from synchelp import Central, Station, fast_worker, open_station, signing_key_for
from uihelp import StandInCapture

from central.store import open_store
from kiosk.domain.tickets import issue_ticket, read_ticket
from kiosk.guidance.office_keys import (
    generate_office_keys,
    load_office_desk_key,
    load_office_private_key,
)
from kiosk.options import load_settings
from kiosk.sync import keys
from kiosk.sync.setup import PacketSealer
from kiosk.sync.ticket_wire import Use
from station.services import Services

pytestmark = pytest.mark.gui
APPLICANT = {"surname": "KIM", "given_names": "MIN JUN", "nationality": "KOR",
             "date_of_birth": date(1990, 5, 1), "travel_document_number": "M12345678"}


@pytest.fixture
def office(tmp_path, monkeypatch):
    """The central service, desk 1 (used the ticket) and desk 2's services (the GUI's)."""
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, open_store(tmp_path / "central" / "c.db"))
    first = open_station(tmp_path / "desk1", key)
    central.register(first, "HN-DESK-1")
    office_keys = generate_office_keys(tmp_path / "office")
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "desk2"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-2")
    monkeypatch.setenv("KIOSK_STATION_OFFICE", "PA08")
    monkeypatch.setenv("KIOSK_TICKETS_OFFICE_DESK_KEY", str(office_keys[1]))
    monkeypatch.setenv("KIOSK_TICKETS_OFFICE_PRIVATE_KEY", str(office_keys[0]))
    services = Services.open(load_settings(), start_sync=False)
    second = Station(services.store, PacketSealer(keys.station_key(tmp_path / "desk2"),
                                                  key.public_key()), tmp_path / "desk2",
                     signing_key_for(key).public_key())
    central.register(second, "HN-DESK-2")
    url = central.start()
    workers = [fast_worker(first, url, station_id="HN-DESK-1")]
    yield central, services, second, url, workers
    for w in workers:
        w.stop()
    services.close()
    central.stop()
    central.store.close()
    first.store.close()


def _ticket_text(services: Services) -> str:
    settings = services.settings
    issuer = load_office_private_key(settings["tickets.office_private_key"])
    return issue_ticket(issuer, 12, settings["station.office"], APPLICANT, datetime.now(UTC),
                        settings["station.timezone"])


def _desk(qtbot, services: Services):
    from ui.desk.desk_flow import DeskFlow

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    desk = DeskFlow(stack, services, "off.binh", StandInCapture(), StandInCapture(),
                    open_receipts=False, ticket_key=services.ticket_key)
    desk.show_today()
    return desk


def test_a_ticket_used_at_another_desk_is_refused_on_screen(qtbot, office) -> None:
    _central, services, second, url, workers = office
    text = _ticket_text(services)
    ticket = read_ticket(text, load_office_desk_key(str(load_settings()[
        "tickets.office_desk_key"])), datetime.now(UTC))
    used = datetime.now(UTC)
    [result] = workers[0].client.ticket_uses("check", [Use(
        ticket.ticket_id, ticket.office, ticket.number, ticket.issued_on.isoformat(),
        int(used.timestamp()))])
    assert result.status == "first"
    services.sync = fast_worker(second, url, station_id="HN-DESK-2")
    workers.append(services.sync)
    desk = _desk(qtbot, services)
    desk.handle_text(text)
    banner = desk.applicant.mrz_banner
    qtbot.waitUntil(lambda: not banner.isHidden() and "HN-DESK-1" in banner.text.text(),
                    timeout=15_000)
    assert desk.applicant.form.inputs["surname"].text() == ""   # nothing filled in


def test_with_the_central_unreachable_the_desk_accepts_and_reports_later(qtbot,
                                                                         office) -> None:
    _central, services, second, _url, workers = office
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    services.sync = fast_worker(second, closed, station_id="HN-DESK-2")
    workers.append(services.sync)
    desk = _desk(qtbot, services)
    desk.handle_text(_ticket_text(services))
    qtbot.waitUntil(lambda: desk.applicant.form.inputs["surname"].text() == "KIM",
                    timeout=15_000)
    waiting = services.store.read(lambda r: r.db.execute(
        "SELECT count(*) FROM ticket_uses WHERE reported_at IS NULL").fetchone()[0])
    assert waiting == 1
