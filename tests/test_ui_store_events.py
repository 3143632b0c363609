"""Screens hear the store: a save made on another thread (another desk's session, the sync
worker) reaches the UI thread through :class:`ui.common.store_events.StoreEvents`, once per
burst, and the shown today list reads itself again with no officer action."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from deskhelp import applicant, decision
from PySide6.QtWidgets import QStackedWidget
from uihelp import StandInCapture

from kiosk.desk.session import DeskSession
from kiosk.options import load_settings
from kiosk.store.repository import Change
from station.services import Services
from ui.common.store_events import StoreEvents
from ui.desk.desk_flow import DeskFlow

pytestmark = pytest.mark.gui


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    opened = Services.open(load_settings())
    yield opened
    opened.close()


def _in_thread(work) -> list[str]:
    """Run ``work`` on a thread of its own (as another desk or the sync worker would) and
    return what it returned."""
    out: list[str] = []
    thread = threading.Thread(target=lambda: out.append(work()), name="other-desk")
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    return out


def _enroll(services: Services, officer: str = "off.binh") -> str:
    person = applicant()
    return DeskSession(services.store, services.station_id, officer).start(
        person, decision(person))


def test_a_burst_of_saves_on_another_thread_is_one_notification(qtbot, services) -> None:
    events = StoreEvents(services.store, burst_ms=200)
    heard: list[frozenset[Change]] = []
    events.changed.connect(heard.append)

    def burst() -> str:
        return ",".join(_enroll(services) for _ in range(3))

    [ids] = _in_thread(burst)  # the thread has ended: every change has been announced
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [frozenset({Change.ENROLLMENTS})] and len(ids.split(",")) == 3
    events.close()
    _in_thread(lambda: _enroll(services))
    with qtbot.assertNotEmitted(events.changed, wait=400):
        pass  # closed: nothing more arrives
    assert len(heard) == 1


def test_the_shown_today_list_shows_a_save_from_another_thread(qtbot, services) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    flow = DeskFlow(stack, services, "off.an", StandInCapture(), StandInCapture())
    stack.resize(1000, 700)
    stack.show()
    flow.show_today()
    qtbot.waitUntil(lambda: flow.today.isVisible())
    qtbot.waitUntil(lambda: flow.today.table.rowCount() == 0 and not flow._reading_today)
    [first] = _in_thread(lambda: _enroll(services))
    qtbot.waitUntil(lambda: _listed(flow) == [first], timeout=5000)
    flow.today.table.selectRow(0)  # the officer is about to resume it
    [second] = _in_thread(lambda: _enroll(services, "off.chi"))
    qtbot.waitUntil(lambda: _listed(flow) == [second, first], timeout=5000)  # newest first
    assert flow.today.table.currentRow() == 1  # the selection follows its enrollment
    assert flow.today.cancel_button.isEnabled()
    flow.shut_down()


def test_a_hidden_today_list_reads_nothing_until_shown(qtbot, services) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    flow = DeskFlow(stack, services, "off.an", StandInCapture(), StandInCapture())
    stack.show()
    flow.show_today()
    qtbot.waitUntil(lambda: not flow._reading_today)
    flow.start_new()  # the applicant form is shown: the list is hidden
    heard: list[frozenset[Change]] = []
    flow.store_events.changed.connect(heard.append)
    [draft] = _in_thread(lambda: _enroll(services))
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert draft not in _listed(flow) and not flow._reading_today
    flow.show_today()
    qtbot.waitUntil(lambda: draft in _listed(flow), timeout=5000)
    flow.shut_down()


def _listed(flow: DeskFlow) -> list[str]:
    table = flow.today.table
    return [table.item(row, 5).text() for row in range(table.rowCount())
            if table.item(row, 5) is not None]
