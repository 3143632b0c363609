"""The supervisor view on a seeded database: figures, imports with per-desk columns, exports,
pending approvals decided with a password, the "ask later" choice, and the shortcut."""

from __future__ import annotations

import csv
import html
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from reportseed import PASSWORD, Clock, enroll, face, fast_accounts, fingers, seed
from uihelp import type_text

from kiosk.accounts.service import Accounts
from kiosk.desk.results import Approval
from kiosk.options import load_settings
from kiosk.reports.exchange import write_station_file
from kiosk.reports.service import build, offline_standing, scope_from
from kiosk.store.store import Store
from kiosk.sync.offline_limit import OfflineLimit
from station.services import Services
from ui.common import ops
from ui.common.languages import date_text, number_text
from ui.dialogs.approval import ApprovalDialog
from ui.screens.reports import ReportsScreen

pytestmark = pytest.mark.gui
D1, D2 = date(2026, 11, 23), date(2026, 11, 24)


@pytest.fixture
def seeded(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-1")
    monkeypatch.setenv("KIOSK_SYNC_ENABLED", "false")
    clock = Clock()
    ops.run_synchronously(True)
    services = Services.open(load_settings(), clock=clock)
    ids = seed(services.store, clock, fast_accounts(services.store))
    clock.at("D2 12:00")
    yield services, clock, ids
    ops.run_synchronously(False)
    services.close()


def _screen(qtbot, services: Services) -> ReportsScreen:
    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.first.setDate(QDate(2026, 11, 23))
    screen.last.setDate(QDate(2026, 11, 24))
    screen.show()
    supervisor = services.accounts.authenticate("sup.lan", PASSWORD)
    screen.show_for(supervisor)
    return screen


def _cells(screen: ReportsScreen, table_id: str) -> list[list[str]]:
    table = screen.tables[table_id]
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _headers(screen: ReportsScreen, table_id: str) -> list[str]:
    table = screen.tables[table_id]
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def _desk2_file(tmp_path: Path, clock: Clock) -> Path:
    with Store.open(tmp_path / "desk2", key_backend="file", clock=clock) as other:
        enroll(other, clock, "off.chi", "D1 08:30", "D1 08:40", face(), fingers(lambda p: 40),
               station="HN-DESK-2")
        clock.at("D2 12:00")
        scope = scope_from(load_settings(environ={}), D1, D2)
        facts, _report = build(other, scope, now=clock.now)
        return write_station_file(tmp_path / "desk2.json", "HN-DESK-2", facts, scope, clock.now)


def test_report_screen_shows_the_figures_and_merges_another_desk(
        qtbot, seeded, tmp_path: Path, screenshot, language) -> None:
    services, clock, _ids = seeded
    screen = _screen(qtbot, services)
    assert [row[2:] for row in _cells(screen, "by_shift")][:4] == [
        ["2", "2"], ["1", "1"], ["1", "1"], ["1", "1"]]
    minutes = {"vi": ["6", "5,5", "20,0"], "en": ["6", "5.5", "20.0"]}[language]
    assert _cells(screen, "durations")[-1][1:] == minutes  # the locale's decimal sign
    assert screen.charts["by_shift"].categories == ["23/11", "24/11"]
    assert screen.charts["by_shift"].series == [("HN-DESK-1", [5.0, 1.0])]
    screenshot(screen, f"reports_enrollments_{language}")

    screen.import_file(_desk2_file(tmp_path, clock))
    assert "HN-DESK-2" in screen.desks.text()
    assert _headers(screen, "by_shift")[2:4] == ["HN-DESK-1", "HN-DESK-2"]
    assert _cells(screen, "by_shift")[0][2:] == ["2", "1", "3"]
    assert [name for name, _ in screen.charts["by_shift"].series] == ["HN-DESK-1", "HN-DESK-2"]
    screenshot(screen, f"reports_two_desks_{language}")
    screen.tabs.setCurrentIndex(4)
    screenshot(screen, f"reports_exceptions_{language}")
    screen.tabs.setCurrentIndex(6)
    assert screen.charts["backlog"].series[0][1][-1] == 3.0
    screenshot(screen, f"reports_backlog_{language}")
    screen.clear_imports()
    assert _headers(screen, "by_shift")[2:] == ["HN-DESK-1", _headers(screen, "by_shift")[3]]
    assert len(_headers(screen, "by_shift")) == 4


def test_the_shown_figures_follow_a_save_made_on_another_thread(qtbot, seeded) -> None:
    """Live figures with no Show pressed: a desk's save (on its own thread, through the
    store) is computed into the open view; the Ops run for real here."""
    import threading

    services, clock, _ids = seeded
    screen = _screen(qtbot, services)
    before = _cells(screen, "by_shift")
    ops.run_synchronously(False)
    clock.at("D2 12:30")
    thread = threading.Thread(target=lambda: enroll(services.store, clock, "off.an",
                                                    "D2 12:30", "D2 12:40"))
    thread.start()
    thread.join(30)
    qtbot.waitUntil(lambda: _cells(screen, "by_shift") != before, timeout=10000)
    qtbot.waitUntil(screen.refresh_button.isEnabled, timeout=10000)
    ops.run_synchronously(True)


def test_a_shift_selection_narrows_the_figures(qtbot, seeded) -> None:
    services, _clock, _ids = seeded
    screen = _screen(qtbot, services)
    screen.shift.setCurrentIndex(screen.shift.findData("12:00-17:00"))
    screen.refresh()
    assert [row[:3] for row in _cells(screen, "by_shift")] == [[date_text(D1), "12:00-17:00", "1"]]


@pytest.mark.parametrize(("code", "day", "month_day", "minutes"), [
    ("vi", "23/11/2026", "23/11", "5,5"),
    ("zh_TW", "2026/11/23", "11/23", "5.5"),
    ("ko", "2026. 11. 23.", "11. 23.", "5.5"),
    ("ja", "2026/11/23", "11/23", "5.5")])
def test_report_tables_and_the_pdf_follow_the_officer_locale(
        qtbot, seeded, qapp, code, day, month_day, minutes) -> None:
    """Dates, times and decimals in the locale's conventions on screen, in the charts and in
    the PDF's tables (the CSV stays ISO, above)."""
    from ui.common.languages import time_text
    from ui.shell.app import install_language

    services, _clock, _ids = seeded
    before = QLocale(), qapp.font(), qapp.property("kioskLanguage")
    translator = install_language(qapp, code)
    try:
        screen = _screen(qtbot, services)
        assert _cells(screen, "by_day")[0][0] == day
        assert _cells(screen, "by_shift")[0][0] == day
        assert _cells(screen, "durations")[-1][2] == minutes
        assert screen.charts["by_shift"].categories[0] == month_day
        stamps = [row[0] for row in _cells(screen, "backlog")]
        assert stamps and all(not re.match(r"\d{4}-\d\d-\d\d", s) for s in stamps)
        assert stamps[0].startswith(day) and stamps[0].endswith(time_text(datetime(2026, 1, 1)))
        assert screen.charts["backlog"].categories[0].startswith(month_day)
        assert screen.first.text() == day
        listing = _cells(screen, "exceptions")
        assert listing and all(row[0].startswith(date_text(D1)) or
                               row[0].startswith(date_text(D2)) for row in listing)
        sections = screen.pdf_sections(screen.report)
        by_day = next(s for s in sections if s.columns and s.rows and s.rows[0][0] == day)
        assert by_day.categories[0] == month_day
        assert not any(re.search(r"\d{4}-\d\d-\d\d", cell)
                       for s in sections for row in s.rows for cell in row)
    finally:  # as the `language` fixture leaves it
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before[0])
        qapp.setFont(before[1])
        qapp.setProperty("kioskLanguage", before[2])


def test_exports_csv_pdf_and_the_station_file(qtbot, seeded, tmp_path: Path) -> None:
    services, _clock, _ids = seeded
    screen = _screen(qtbot, services)
    screen.export_csv(tmp_path / "csv")
    files = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert len(files) == len(screen.report.tables) and screen.notice.isVisible()
    with open(tmp_path / "csv" / next(f for f in files if f.endswith("-by_day.csv")),
              encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [["day", "HN-DESK-1", "total"],
                                            ["2026-11-23", "5", "5"], ["2026-11-24", "1", "1"]]
    screen.export_pdf(tmp_path / "report.pdf")
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 2  # sections continue on new pages
    screen.export_station_file(tmp_path / "desk1.json")
    assert '"station": "HN-DESK-1"' in (tmp_path / "desk1.json").read_text(encoding="utf-8")
    screen.import_file(tmp_path / "desk1.json")  # its own file: figures still from the database
    assert "HN-DESK-1" not in screen.imported and screen.notice.isVisible()


def test_no_tables_first_column_is_elided_at_the_desks_size(qtbot, seeded, language,
                                                           screenshot) -> None:
    """Every tab at the main window's 1280 x 800: each table's first column as wide as its
    labels (the exceptions' times got 48 px of the 151 they need, elided), and the others
    too; a table wider than the screen scrolls."""
    services, _clock, _ids = seeded
    screen = _screen(qtbot, services)
    screen.resize(1280, 800)
    elided = []
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        for table_id, table in screen.tables.items():
            if not table.isVisible() or not table.columnCount():
                continue
            qtbot.waitUntil(lambda t=table: t.viewport().width() > 0)
            header = table.horizontalHeader()
            for column in range(table.columnCount()):
                need = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                if table.columnWidth(column) + 1 < need:
                    elided.append((table_id, column, need, table.columnWidth(column)))
            spare = table.viewport().width() - header.length()
            assert spare <= 1, (table_id, spare)   # the first column takes what is left
        screenshot(screen, f"reports_tab{index}_{language}")
    assert not elided, elided


@pytest.mark.skipif(shutil.which("pdftohtml") is None, reason="needs poppler-utils")
def test_the_pdfs_headings_are_bold_and_its_cells_regular(qtbot, seeded, tmp_path: Path,
                                                         language) -> None:
    """Measured in the PDF itself (poppler's pdftohtml -xml names each text's font): the
    report's title and every section's heading in a bold face, the table cells not."""
    services, _clock, _ids = seeded
    screen = _screen(qtbot, services)
    screen.export_pdf(tmp_path / "report.pdf")
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(tmp_path / "report.pdf")],
                         capture_output=True, text=True, check=True).stdout
    texts = [(int(m["size"]), bool(m["bold"]),   # NFKC: the "ffi" ligature of "Officers"
              unicodedata.normalize("NFKC", html.unescape(m["text"])))
             for m in re.finditer(r'<text [^>]*height="(?P<size>\d+)"[^>]*>(?P<bold><b>)?'
                                  r"(?P<text>[^<]*)", xml)]
    headings = [screen.tr("Supervisor report"),
                *(s.title for s in screen.pdf_sections(screen.report) if s.title)]
    shown = {text: bold for _size, bold, text in texts}
    for heading in headings:
        assert shown.get(heading) is True, (heading, [t for t in texts if heading in t[2]])
    cells = [bold for _size, bold, text in texts if text == date_text(D1)]
    assert cells and not any(cells)   # the first day's cells: regular


def test_a_supervisor_decides_a_deferred_request_with_a_password(
        qtbot, seeded, screenshot, language) -> None:
    services, clock, _ids = seeded
    later = Approval.later("bandaged thumb", clock.at("D2 11:30"))
    enroll(services.store, clock, "off.an", "D2 11:30", None, face(),
           fingers(lambda p: 30, forced={p: ("bandaged thumb", later) for p in (1, 6)}))
    clock.at("D2 12:00")
    screen = _screen(qtbot, services)
    panel = screen.approvals
    assert len(panel.rows) == 1 and panel.table.item(0, 5).text() == "bandaged thumb"
    screen.tabs.setCurrentIndex(screen.approvals_index)
    screenshot(screen, f"reports_pending_{language}")
    dialog = panel.dialog_for(panel.rows[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "sup.lan"
    dialog.submit(True)  # no comment yet
    assert dialog.error.isVisible() and dialog.decided is None
    type_text(dialog.comment, "Đã kiểm tra tại quầy")
    type_text(dialog.password, "wrong password")
    dialog.submit(True)
    assert dialog.decided is None and dialog.error.isVisible()
    screenshot(dialog, f"reports_decision_{language}")
    type_text(dialog.password, PASSWORD)
    dialog.submit(True)
    assert dialog.decided is not None and dialog.decided.status == "approved"
    panel.refresh()
    assert panel.rows == [] and panel.empty.isVisible()


def test_the_approval_dialog_offers_ask_later(qtbot, tmp_path: Path) -> None:
    ops.run_synchronously(True)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        dialog = ApprovalDialog(fast_accounts(store), "Force the photo", "off.an", True,
                                allow_later=True)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.later_button.click()
        assert dialog.approval is None and dialog.error.isVisible()  # a reason first
        type_text(dialog.reason, "supervisor busy at desk 3")
        dialog.later_button.click()
        assert (dialog.approval.status, dialog.approval.supervisor, dialog.approval.reason) == (
            "pending", "", "supervisor busy at desk 3")
        assert ApprovalDialog(Accounts(store), "x", "off.an", True).later_button is None
    ops.run_synchronously(False)
    QApplication.processEvents()


def test_the_main_window_opens_the_view_for_supervisors_only(qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    from uihelp import StandInCapture

    from kiosk.accounts.roles import Role
    from ui.shell.main_window import MainWindow

    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_SYNC_ENABLED", "false")
    settings = load_settings()
    ops.run_synchronously(True)
    window = MainWindow(settings, lambda: Services.open(settings),
                        lambda services, session, parent: (StandInCapture(), StandInCapture()))
    qtbot.addWidget(window)
    window.show()
    window.open_services()
    accounts = fast_accounts(window.services.store)
    accounts.create(accounts.authenticate("sup.lan", PASSWORD), "off.an", "An", Role.OFFICER,
                    "mật khẩu cán bộ 1")
    try:
        window._signed_in(accounts.authenticate("off.an", "mật khẩu cán bộ 1"), False)
        assert not window.reports_action.isEnabled()
        window.show_reports()
        assert window.reports_screen is None
        window.sign_out()
        window._signed_in(accounts.authenticate("sup.lan", PASSWORD), False)
        assert window.reports_action.shortcut().toString() == "Ctrl+Shift+R"
        window.reports_action.trigger()
        assert window.screens.currentWidget() is window.reports_screen
        window.reports_screen.back_button.click()
        assert window.screens.currentWidget() is window.desk.today
    finally:
        window.close()
        ops.run_synchronously(False)


def test_four_eyes_the_decision_dialog_refuses_the_requester(qtbot, seeded) -> None:
    services, clock, _ids = seeded
    later = Approval.later("glare from lenses", clock.at("D2 11:40"))
    enroll(services.store, clock, "sup.lan", "D2 11:40", None,
           face("forced", ("glare",), "glare from lenses", later))
    clock.at("D2 12:00")
    screen = _screen(qtbot, services)
    panel = screen.approvals
    [row] = panel.rows
    dialog = panel.dialog_for(row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and "another supervisor" in dialog.error.text.text()
    type_text(dialog.comment, "ok")
    type_text(dialog.password, PASSWORD)
    dialog.submit(False)
    assert dialog.decided is None and "another supervisor" in dialog.error.text.text()
    panel.refresh()
    assert [r.status for r in panel.rows] == ["pending"]


def test_report_screen_shows_days_without_sync_against_the_limit(qtbot, seeded,
                                                                  language) -> None:
    services, clock, _ids = seeded
    screen = _screen(qtbot, services)  # the refresh measures this desk's oldest waiting record
    assert number_text(7.0, decimals=1) in screen.offline.text()  # sync.max_days_offline
    assert screen.offline.styleSheet() == ""
    clock.now += timedelta(days=8)
    screen.refresh()
    text = screen.offline.text()
    assert number_text(offline_standing(services.store, 7.0).waiting_days, decimals=1) in text
    assert screen.offline.styleSheet() != ""  # stopped: shown in the warning colour
    screen.show_offline_limit(OfflineLimit("ok", None, 0.0))
    assert screen.offline.text() and screen.offline.styleSheet() == ""


def test_the_view_says_how_many_audit_events_it_left_out(qtbot, seeded, screenshot,
                                                         language) -> None:
    """A malformed audit event (an NFIQ 2 score out of range) is left out of the figures,
    and the supervisor is told so in words, with the count, in the view's language."""
    from PySide6.QtCore import QCoreApplication

    services, _clock, ids = seeded
    services.store.write(lambda r: r.record_event(ids["E1"], "off.an", "fingerprints_reviewed",
                                                  {"nfiq2": {"1": 300}})).result()
    screen = _screen(qtbot, services)
    assert _cells(screen, "by_shift")  # the figures are shown all the same
    said = QCoreApplication.translate(
        "ReportsScreen", "Audit events left out of these figures because they could not be"
        " read: %1. The log names them.").replace("%1", "1")
    assert said in screen.desks.text()
    assert language == "en" or "Audit events" not in said  # translated, not the source
    screenshot(screen, f"reports_uncounted_{language}")


def _answer_file_dialog(qtbot, path: Path, answered: list[str]) -> None:
    """When the file dialog opens (modal: the key that opened it has not returned yet), type
    ``path`` in its focused field and press Enter, as the supervisor does."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not dialog:   # not yet active: keys go there
            dialog.activateWindow()
            QTimer.singleShot(20, answer)
            return
        focus.selectAll()
        type_text(focus, str(path))
        answered.append(dialog.windowTitle())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


@pytest.fixture
def qt_file_dialogs(qapp):
    """Qt's own file dialog (a desktop's native one runs its own loop, out of the test's
    reach)."""
    from PySide6.QtCore import Qt

    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


def test_export_without_show_uses_the_period_in_the_fields_and_says_where(
        qtbot, seeded, tmp_path: Path, screenshot, qt_file_dialogs) -> None:
    """The supervisor narrows the period to one day and exports without pressing Show: the
    CSV files held the two days shown before under the one day's name (and with no figures
    computed yet, Export did nothing and said nothing). Keys only: Tab, Down, Alt+C, the
    folder typed in the dialog, Enter. A folder that cannot take the files is said, with it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    services, _clock, _ids = seeded
    screen = _screen(qtbot, services)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.first.setFocus()   # where the view opens: the first date
    assert len(_cells(screen, "by_day")) == 2
    for _ in range(4):   # Tab goes through the date's day, month and year first
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is screen.last:
            break
    assert QApplication.focusWidget() is screen.last
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)   # the day: 24 -> 23
    assert screen.last.date() == QDate(2026, 11, 23)
    folder = tmp_path / "usb"
    folder.mkdir()
    answered: list[str] = []
    _answer_file_dialog(qtbot, folder, answered)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.notice.isVisible() and "usb" in screen.notice.text())
    assert answered
    by_day = folder / "report-HN-DESK-1-2026-11-23-2026-11-23-by_day.csv"
    with open(by_day, encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [["day", "HN-DESK-1", "total"],
                                            ["2026-11-23", "5", "5"]]
    assert screen.notice.text() == screen.tr("Saved %n CSV file(s) in %1.", "", len(
        list(folder.iterdir()))).replace("%1", str(folder))
    assert len(_cells(screen, "by_day")) == 1   # the screen shows what was exported
    screenshot(screen, "reports_exported_without_show")

    blocked = tmp_path / "blocked"
    (blocked / by_day.name).mkdir(parents=True)   # a folder where a file must go
    _answer_file_dialog(qtbot, blocked, answered)
    screen.activateWindow()   # the dialog gone (no window manager gives the focus back)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is screen)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(screen.error.isVisible)
    assert str(blocked) in screen.error.text.text() and not screen.notice.isVisible()
    assert "Unexpected" not in screen.error.text.text()
    screenshot(screen, "reports_export_failed")


def test_export_before_any_figures_were_computed_computes_them(qtbot, seeded,
                                                               tmp_path: Path) -> None:
    """Opened and exported before its figures existed: Export did nothing and said nothing."""
    services, _clock, _ids = seeded
    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.first.setDate(QDate(2026, 11, 23))
    screen.last.setDate(QDate(2026, 11, 24))
    screen.show()
    assert screen.report is None
    screen.export_pdf(tmp_path / "report.pdf")
    qtbot.waitUntil(screen.notice.isVisible)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "report.pdf") in screen.notice.text()
    assert screen.report is not None and len(_cells(screen, "by_day")) == 2


def test_finger_names_are_aligned_as_text_and_counts_as_numbers(qtbot, seeded) -> None:
    """The Fingerprints table's first column holds names (from ISO position numbers): they
    stood at the right edge of the widest column, far from their counts."""
    services, _clock, _ids = seeded
    screen = _screen(qtbot, services)
    table = screen.tables["nfiq2"]
    assert table.rowCount() and table.item(0, 0).text() == "Right thumb"
    assert not table.item(0, 0).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert table.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight
