"""The sync line in the status bar of the real main window: a real worker against a real
central service on 127.0.0.1 (or nothing listening), and an offline-only station."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PySide6.QtCore import QCoreApplication
from synchelp import Central, open_station
from uihelp import has_sentence

from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.options import load_settings
from kiosk.sync.keys import public_b64
from kiosk.sync.worker import SyncStatus
from station.services import Services
from ui.common import ops
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
SYNC = Path(__file__).resolve().parent.parent / "kiosk" / "sync"
TD3_KIM = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
           "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncStatusLabel", text, "", n)


@pytest.fixture
def station(tmp_path, monkeypatch):
    """A station data folder with two finalized, sealed enrollments waiting."""
    key = X25519PrivateKey.generate()
    station = open_station(tmp_path / "data", key)
    station.enroll(2)
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-1")
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", public_b64(key.public_key()))
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_SIGNING_KEY", public_b64(station.receipt_key))
    monkeypatch.setenv("KIOSK_SYNC_BACKOFF_BASE_SECONDS", "0.05")
    monkeypatch.setenv("KIOSK_SYNC_POLL_INTERVAL_SECONDS", "0.2")
    yield station, key, tmp_path
    station.store.close()


def open_window(qtbot) -> MainWindow:
    settings = load_settings()

    def services() -> Services:
        opened = Services.open(settings)
        opened.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        return opened

    win = MainWindow(settings, services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.open_services()
    return win


def test_every_sync_error_key_has_a_sentence():
    used = set()
    for path in SYNC.glob("*.py"):
        used |= set(re.findall(r'"(sync\.[a-z_]+)"', path.read_text()))
    assert {"sync.offline", "sync.throttled", "sync.auth_failed"} <= used
    options = {"sync.url", "sync.enabled", "sync.demo_central", "sync.max_in_flight",
               "sync.central_public_key", "sync.central_signing_key",
               "sync.connect_timeout_seconds",
               "sync.stall_timeout_seconds", "sync.poll_interval_seconds",
               "sync.retention_hours", "sync.backoff_base_seconds",
               "sync.backoff_cap_seconds", "sync.pace_cap_seconds",
               "sync.max_days_offline"}
    assert all(has_sentence(key) for key in used - options)


def test_offline_station_shows_queue_age_and_the_reason(language, qtbot, station, monkeypatch,
                                                        screenshot):
    monkeypatch.setenv("KIOSK_SYNC_URL", "http://127.0.0.1:9")   # nothing listens there
    win = open_window(qtbot)
    label = win.sync_status
    qtbot.waitUntil(lambda: label.status is not None and label.status.state == "offline",
                    timeout=15000)
    text = label.text()
    assert tr("Offline") in text and tr("%n waiting", 2) in text
    assert tr("oldest: under 1 min") in text
    reason = QCoreApplication.translate("Messages", "No connection to the central service; "
                                        "records are kept here and sent later.")
    assert reason in label.toolTip() and reason[:20] in text
    assert label.sizeHint().width() < 1000          # leaves room for the officer's name
    if language == "vi":
        assert "Offline" not in text and "waiting" not in text
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width() * 0.9, timeout=3000)
    assert label.isVisible()
    screenshot(win, f"sync_status_offline_{language}")
    win.close()


def test_online_station_drains_and_says_all_sent(qtbot, station, monkeypatch, screenshot):
    st, key, tmp_path = station
    central = Central(tmp_path / "central", key, CentralStore(tmp_path / "central" / "c.db"))
    central.register(st)
    monkeypatch.setenv("KIOSK_SYNC_URL", central.start())
    try:
        win = open_window(qtbot)
        label = win.sync_status
        qtbot.waitUntil(lambda: label.status is not None and label.status.queue_length == 0
                        and label.status.state == "online", timeout=15000)
        assert tr("Online") in label.text() and tr("all sent") in label.text()
        screenshot(win, "sync_status_online")
        win.close()
    finally:
        central.stop()
    assert len(central.stored()) == 2


def test_a_rejected_upload_shows_at_once_with_its_reason_and_never_all_sent(
        language, qtbot, station, monkeypatch, screenshot):
    st, key, tmp_path = station
    [rejected_id] = st.enroll(1, face=False)            # the central refuses: no portrait
    central = Central(tmp_path / "central", key, CentralStore(tmp_path / "central" / "c.db"))
    central.register(st)
    monkeypatch.setenv("KIOSK_SYNC_URL", central.start())
    try:
        win = open_window(qtbot)
        label = win.sync_status
        qtbot.waitUntil(lambda: label.status is not None and label.status.queue_length == 0
                        and label.status.awaiting_result == 0 and label.status.rejected == 1,
                        timeout=15000)
        text = label.text()
        phrase = QCoreApplication.translate("Rejections", "no portrait in the record")
        assert tr("%n rejected", 1) in text and phrase in text
        assert tr("all sent") not in text and "missing_portrait" not in text
        step = QCoreApplication.translate("Rejections", "Enroll the applicant again.")
        assert step in label.toolTip() and "missing_portrait" in label.toolTip()
        assert label.status.last_rejection == "missing_portrait"
        screenshot(win, f"sync_status_rejected_{language}")
        win.close()
    finally:
        central.stop()
    assert st.states([rejected_id])[0].value == "rejected"


def test_today_list_says_why_an_upload_came_back(qtbot):

    from kiosk.domain.enrollment import State
    from kiosk.store.records import EnrollmentSummary
    from ui.screens.today import TodayScreen

    screen = TodayScreen()
    qtbot.addWidget(screen)
    now = datetime.now(UTC)
    screen.show_rows([EnrollmentSummary("01J", State.REJECTED, "bad_signature", "lan", now, now,
                                        "KIM MIN JUN", "M1234567", "done")])
    item = screen.table.item(0, 3)
    phrase = QCoreApplication.translate("Rejections",
                                        "the station's signature was not recognised")
    assert phrase in item.text() and "bad_signature" not in item.text()
    assert QCoreApplication.translate(
        "Rejections", "Call a technician; the record is kept on this station.") in item.toolTip()


def test_offline_only_station_counts_the_outbox_through_an_op(qtbot, station, monkeypatch):
    monkeypatch.setattr(ops, "_synchronous", True)   # as the other window tests run their Ops
    win = open_window(qtbot)          # no sync.url: no worker
    label = win.sync_status
    qtbot.waitUntil(lambda: label.status is not None, timeout=10000)
    assert win.services.sync is None
    assert label.status.state == "not_configured" and label.status.queue_length == 2
    assert tr("Offline only") in label.text()
    win.close()


def test_offline_only_line_counts_again_when_the_store_says_it_changed(qtbot, station):
    """No polling: a save made through the window's store on another thread (as another
    desk flow would) is counted on the line with no action, long before the minute tick."""
    import threading
    from dataclasses import replace

    st, _key, _tmp = station
    win = open_window(qtbot)
    label = win.sync_status
    qtbot.waitUntil(lambda: label.status is not None and label.status.queue_length == 2,
                    timeout=10000)
    assert win.services.sync is None
    qtbot.waitUntil(lambda: win.start_up.prepared is not False, timeout=60000)  # its count is in
    qtbot.waitUntil(lambda: not label._busy, timeout=5000)
    other_desk = replace(st, store=win.services.store)
    thread = threading.Thread(target=other_desk.enroll, name="other-desk")
    thread.start()
    thread.join(30)
    qtbot.waitUntil(lambda: label.status.queue_length == 3, timeout=5000)
    assert tr("%n waiting", 3) in label.text()
    win.close()


def status_bar_line(qtbot, point_size: float | None = None):
    """(window, line): a sync status line alone in a window's status bar, shown."""
    from PySide6.QtWidgets import QMainWindow

    from ui.desk.sync_status import SyncStatusLabel

    host = QMainWindow()
    qtbot.addWidget(host)
    label = SyncStatusLabel()
    if point_size is not None:
        font = label.font()
        font.setPointSizeF(point_size)
        label.setFont(font)
    host.statusBar().addPermanentWidget(label)
    host.resize(1100, 120)
    host.show()
    return host, label


def test_throttled_and_backing_off_read_in_words(qtbot, screenshot):
    host, label = status_bar_line(qtbot)
    label.show_status(SyncStatus("throttled", 12, 3, 2 * 3600 + 5, "sync.throttled",
                                 "central service busy (HTTP 503)", retry_in_s=41))
    assert tr("Throttled") in label.text() and tr("oldest: %n h", 2) in label.text()
    assert "HTTP 503" in label.toolTip() and tr("next try in %n s", 41) in label.toolTip()
    screenshot(host, "sync_status_throttled")
    label.show_status(SyncStatus("backing_off", 1, 0, 3 * 86400, "sync.server_error"))
    assert tr("Backing off") in label.text() and tr("oldest: %n days", 3) in label.text()


def test_the_line_warns_before_the_offline_limit_and_says_when_new_enrollments_stopped(
        language, qtbot, station, monkeypatch, screenshot):
    st, _key, _tmp = station
    monkeypatch.delenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY")  # an offline-only station
    st.age_outbox(6)  # 6 of 7 days
    win = open_window(qtbot)
    label = win.sync_status
    qtbot.waitUntil(lambda: label.status is not None, timeout=15000)
    qtbot.waitUntil(lambda: tr("not sent for %n days", 6) in label.text(), timeout=15000)
    assert tr("new enrollments stop in %n days", 1) in label.text()
    screenshot(win, f"sync_status_offline_warning_{language}")
    st.age_outbox(8)
    label._poll()
    qtbot.waitUntil(lambda: tr("not sent for %n days: new enrollments stopped", 8)
                    in label.text(), timeout=15000)
    stopped = QCoreApplication.translate("Messages", "Records have waited too long on this "
                                         "station to reach the central service: new "
                                         "enrollments wait until they are sent or a "
                                         "supervisor exports them (kiosk sync export). "
                                         "Enrollments already begun can be finished.")
    assert stopped in label.toolTip()
    screenshot(win, f"sync_status_offline_stopped_{language}")
    win.close()


def test_the_desk_says_why_it_cannot_start_an_enrollment(qtbot, station, monkeypatch) -> None:
    """Keys as an officer presses them: scans, then Ctrl+Enter; the applicant step shows
    the translated reason and the enrollment is not created."""
    from desk_script import DeskScript, wait_until
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    st, _key, _tmp = station
    st.age_outbox(8)
    before = st.store.read(lambda r: r.db.execute("SELECT count(*) FROM enrollments"
                                                  ).fetchone()[0])
    script = DeskScript(load_settings())
    window = script.open()
    try:
        desk = window.desk
        script.act("scan the passport", lambda: window.wedge.mrz_scanned.emit(TD3_KIM))
        form = desk.applicant.form
        for name, value in (("residence_card_number", "TT1234567"),
                            ("residence_card_expiry", "30/06/2030"),
                            ("address_vn", "12 Phố Huế, Hà Nội"), ("phone", "+84912345678")):
            form.inputs[name].setText(value)
        kind = form.inputs["residence_card_kind"]
        kind.setCurrentIndex(kind.findData("temporary"))
        desk.applicant.check()
        wait_until(desk.applicant.continue_button.isEnabled, 10)
        QTest.keyClick(script.focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        banner = desk.applicant.mrz_banner
        wait_until(banner.isVisible, 15)
        assert QCoreApplication.translate("Messages", "Records have waited too long on this "
                                          "station")[:30] in banner.text.text()
        assert window.screens.currentWidget() is desk.applicant  # still there, data kept
        assert form.inputs["phone"].text() == "+84912345678"
        after = st.store.read(lambda r: r.db.execute("SELECT count(*) FROM enrollments"
                                                     ).fetchone()[0])
        assert after == before
    finally:
        window.close()


def test_a_retry_hanging_on_the_central_reads_backing_off_never_online(
        language, qtbot, station, monkeypatch, screenshot):
    """The central takes the uploads and answers none: after the first try stalls, the line
    says the worker is backing off and trying again, not "Online" (it did, the whole time a
    retry hung)."""
    from central.faults import Faults

    st, key, tmp_path = station
    central = Central(tmp_path / "central", key, CentralStore(tmp_path / "central" / "c.db"))
    central.register(st)
    monkeypatch.setenv("KIOSK_SYNC_URL", central.start(Faults(latency_s=10.0)))
    monkeypatch.setenv("KIOSK_SYNC_STALL_TIMEOUT_SECONDS", "1")
    monkeypatch.setenv("KIOSK_SYNC_PACE_CAP_SECONDS", "1")   # a short walk back after a stall
    try:
        win = open_window(qtbot)
        label = win.sync_status
        states: set[str] = set()

        def retrying() -> bool:
            if label.status is not None and label.status.last_error_key == "sync.timeout":
                states.add(label.status.state)   # from the first stalled try on
            return central.server.requests >= 2 and tr("trying again now") in label.text()

        qtbot.waitUntil(retrying, timeout=20000)
        assert tr("Backing off") in label.text() and tr("%n waiting", 2) in label.text()
        assert "online" not in states, states
        screenshot(win, f"sync_status_retrying_{language}")
        win.close()
    finally:
        central.stop(abandon=True)  # not the 10 s the held retry has left


@pytest.mark.parametrize("lang", ["en", "vi", "ko"])
def test_backing_off_says_when_the_next_try_is(qapp, qtbot, lang, screenshot):
    from ui.common.i18n import install_language

    install_language(qapp, lang)
    host, label = status_bar_line(qtbot)
    label.show_status(SyncStatus("backing_off", 3, 0, 600, "sync.server_error",
                                 "central service error (HTTP 500)", retry_in_s=24.6))
    assert tr("Backing off") in label.text() and tr("next try in %n s", 25) in label.text()
    assert tr("Online") not in label.text()
    screenshot(host, f"sync_status_backing_off_{lang}")
    label.show_status(SyncStatus("backing_off", 3, 0, 600, "sync.server_error",
                                 retry_in_s=280))
    assert tr("next try in %n min", 5) in label.text()
    label.show_status(SyncStatus("backing_off", 3, 0, 600, "sync.timeout"))
    assert tr("trying again now") in label.text()
    label.show_status(SyncStatus("online", 3, 0, 600, retry_in_s=0.4))
    assert tr("next try in %n s", 0) not in label.text()
    if lang != "en":
        assert "next try" not in label.text() and "trying" not in label.text()


@pytest.mark.parametrize("lang", ["en", "vi", "ko", "ja"])
def test_the_longest_line_leaves_room_for_the_officers_name(qapp, qtbot, lang):
    """Offline with the next try, the queue, its age, a warning and the reason: the reason
    is cut to what the rest leaves (the offline line with "next try in 25 s" was 1,013 px
    in English and 1,164 in Vietnamese, past the 1,000 left beside the officer's name, in a
    whole-suite run where the font had grown)."""
    from ui.common.i18n import install_language

    install_language(qapp, lang)
    _host, label = status_bar_line(qtbot, 10.5)  # a larger desk font (the suite left one)
    reason = QCoreApplication.translate("Messages", "No connection to the central service; "
                                        "records are kept here and sent later.")
    label.show_status(SyncStatus("offline", 128, 0, 3 * 3600, "sync.offline", "refused",
                                 retry_in_s=25, rejected=0))
    assert tr("next try in %n s", 25) in label.text() and reason[:12] in label.text()
    assert label.sizeHint().width() < 1000, label.text()
