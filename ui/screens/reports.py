"""Supervisor view: shift and desk reports with charts, imports of other desks' report files,
CSV / PDF / station-file exports, and the pending approvals list. Supervisors only.

All database and file work runs in background Ops; the screen only shows what they return.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.roles import Permission
from kiosk.accounts.service import Session
from kiosk.domain.eligibility import local_today
from kiosk.reports.csv_export import write_csv
from kiosk.reports.exchange import (
    StationFile,
    exported,
    read_station_file,
    write_station_file,
)
from kiosk.reports.facts import Facts
from kiosk.reports.figures import Report, Table
from kiosk.reports.service import local_facts, offline_standing, report, scope_from
from kiosk.reports.shifts import parse_shifts
from kiosk.store.repository import Change
from kiosk.sync.offline_limit import WARN_AT, OfflineLimit
from station.services import Services
from ui.common import style
from ui.common.charts import BarChart, LineChart
from ui.common.languages import (
    date_format,
    date_text,
    datetime_text,
    day_month_text,
    list_text,
    number_text,
    time_text,
)
from ui.common.ops import Op
from ui.common.store_events import StoreEvents
from ui.common.widgets import ErrorBanner, title_label
from ui.printing.report_pdf import PdfSection, render_report_pdf
from ui.screens.approvals import ApprovalsPanel
from ui.screens.report_labels import NAMED_NUMBERS, cell_text, column_title


@dataclass(frozen=True)
class _Tab:
    title: str
    tables: tuple[str, ...]
    chart: str | None = None  # "bars" | "lines"
    charts: tuple[str, ...] = ()  # chart ids (default: the first table's)

    @property
    def chart_ids(self) -> tuple[str, ...]:
        return self.charts or ((self.tables[0],) if self.chart else ())


class ReportsScreen(QWidget):
    """Emits ``back_requested``. Call :meth:`show_for` with the signed-in supervisor."""

    back_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsScreen")
        self.services = services
        settings = services.settings
        self.zone = settings["station.timezone"]
        self.imported: dict[str, StationFile] = {}
        self.report: Report | None = None
        self._report_of: tuple | None = None  # what self.report was computed for (_wanted)
        self._stale = False  # the store changed while the figures were being computed
        self.store_events = StoreEvents(services.store, self)  # saves at any desk flow
        self.store_events.changed.connect(self._store_changed)
        today = local_today(self.zone)
        self.first = self._date_edit(today)
        self.last = self._date_edit(today)
        self.shift = QComboBox()
        self.shift.addItem(self.tr("All shifts"), None)
        for shift in parse_shifts(settings["reports.shifts"]):
            self.shift.addItem(shift.label, shift.label)
        self.refresh_button = QPushButton(self.tr("&Show  (F5)"))
        style.primary(self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.import_button = QPushButton(self.tr("I&mport a desk's report…"))
        self.import_button.clicked.connect(self._choose_import)
        self.clear_button = QPushButton(self.tr("Remove imported desks"))
        self.clear_button.clicked.connect(self.clear_imports)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(self._choose_csv)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.station_button = QPushButton(self.tr("Export this desk's report &file…"))
        self.station_button.clicked.connect(self._choose_station_file)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.desks = QLabel()
        self.desks.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.offline = QLabel()  # this desk against sync.max_days_offline
        self.offline.setObjectName("offlineLimit")
        self.offline.setWordWrap(True)
        self.error = ErrorBanner()
        self.approvals = ApprovalsPanel(services.store, services.accounts, self.zone)
        self.approvals.changed.connect(self.refresh)

        self.tabs = QTabWidget()
        self.tab_specs = [
            _Tab(self.tr("Enrollments"), ("by_shift", "by_day"), "bars"),
            _Tab(self.tr("Officers and time"), ("by_officer", "durations"), "bars"),
            _Tab(self.tr("Face checks"), ("face_checks",), "bars"),
            _Tab(self.tr("Fingerprints"), ("nfiq2",), "bars"),
            _Tab(self.tr("Exceptions"), ("exception_reasons", "exceptions"), "bars"),
            _Tab(self.tr("Rejected uploads"), ("rejection_reasons", "rejections"), "bars"),
            _Tab(self.tr("Sync backlog"), ("backlog",), "lines", ("backlog", "backlog_age")),
        ]
        self.charts: dict[str, BarChart | LineChart] = {}
        self.tables: dict[str, QTableWidget] = {}
        for spec in self.tab_specs:
            self.tabs.addTab(self._tab(spec), spec.title)
        self.approvals_index = self.tabs.addTab(self.approvals, self.tr("Pending approvals"))

        period = QHBoxLayout()
        for label, widget in ((self.tr("From:"), self.first), (self.tr("To:"), self.last),
                              (self.tr("Shift:"), self.shift)):
            period.addWidget(QLabel(label))
            period.addWidget(widget)
        period.addWidget(self.refresh_button)
        period.addStretch(1)
        period.addWidget(self.back_button)
        actions = QHBoxLayout()
        for button in (self.import_button, self.clear_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.csv_button, self.pdf_button, self.station_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Supervisor view"), 1.5))
        layout.addLayout(period)
        layout.addLayout(actions)
        layout.addWidget(self.desks)
        layout.addWidget(self.offline)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    # -- building --------------------------------------------------------------------------

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        return edit

    def _tab(self, spec: _Tab) -> QWidget:
        page = QSplitter(Qt.Orientation.Vertical)
        if spec.chart:
            row = QSplitter(Qt.Orientation.Horizontal)
            for chart_id in spec.chart_ids:
                chart = BarChart() if spec.chart == "bars" else LineChart()
                chart.caption = self.chart_title(chart_id)
                self.charts[chart_id] = chart
                row.addWidget(chart)
            page.addWidget(row)
        for table_id in spec.tables:
            table = ReportTable()
            table.setObjectName(f"table_{table_id}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            style.table(table)
            self.tables[table_id] = table
            page.addWidget(table)
        return page

    # -- showing -----------------------------------------------------------------------------

    def show_for(self, session: Session) -> None:
        """Open for ``session`` (refused silently unless it may view reports)."""
        if not session.officer.can(Permission.VIEW_REPORTS):
            return
        self.approvals.supervisor = session.officer.username
        self.approvals.decide_button.setEnabled(
            session.officer.can(Permission.APPROVE_EXCEPTIONS))
        self.refresh()

    def scope(self):
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return scope_from(self.services.settings, first, last, self.shift.currentData())

    def _imported_facts(self) -> Facts | None:
        if not self.imported:
            return None
        facts = Facts()
        for station_file in self.imported.values():
            facts = facts.merged(station_file.facts)
        return facts

    def _wanted(self) -> tuple:
        """What the figures are for: the period and shift in the fields, the imported files."""
        return (self.scope(), tuple(sorted((station, f.generated_at)
                                           for station, f in self.imported.items())))

    def refresh(self) -> None:
        """Compute the figures in the background, then show them."""
        store, scope, imported = self.services.store, self.scope(), self._imported_facts()
        wanted = self._wanted()
        self.refresh_button.setEnabled(False)
        Op(lambda: report(store, scope, imported)).success(
            lambda result: self._built(result, wanted)).failure(self._failed).run(self)
        limit = float(self.services.settings["sync.max_days_offline"])
        Op(lambda: offline_standing(store, limit)).success(self.show_offline_limit).failure(
            self._failed).run(self)
        self.approvals.refresh()

    def show_offline_limit(self, standing: OfflineLimit) -> None:
        """This desk's oldest waiting record against ``sync.max_days_offline``."""
        if standing.limit_days <= 0:
            limit = self.tr("Days without sync: no limit.")
        else:
            limit = self.tr("Days without sync: limit %1 days, a warning from %2 days.").replace(
                "%1", number_text(standing.limit_days, decimals=1)).replace(
                "%2", number_text(WARN_AT * standing.limit_days, decimals=1))
        if standing.waiting_days is None:
            waiting = self.tr("No record is waiting to leave this desk.")
        else:
            waiting = {
                "ok": self.tr("The oldest waiting record has waited %1 days."),
                "warning": self.tr("Warning: the oldest waiting record has waited %1 days."),
                "blocked": self.tr("New enrollments are stopped: the oldest waiting record "
                                   "has waited %1 days (upload or export them)."),
            }[standing.state].replace("%1", number_text(standing.waiting_days, decimals=1))
        self.offline.setText(limit + " " + waiting)
        self.offline.setStyleSheet("" if standing.state == "ok"
                                   else f"color: {style.COLOURS[style.WARNING][0]};")

    def _store_changed(self, _changes: frozenset[Change]) -> None:
        """Live figures: a shown view computes them again (once more after a computation
        under way; a hidden one computes them when opened)."""
        if not self.isVisible() or self.report is None:
            return
        if self.refresh_button.isEnabled():
            self.refresh()
        else:
            self._stale = True

    def _computed(self) -> None:
        self.refresh_button.setEnabled(True)
        if self._stale:
            self._stale = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.error.show_error(error)
        self._computed()

    def _built(self, result: Report, wanted: tuple) -> None:
        self._shown(result, wanted)
        self._computed()

    def _shown(self, result: Report, wanted: tuple) -> None:
        self.report, self._report_of = result, wanted
        self.error.hide()
        self.show_report(result)

    def show_report(self, report: Report) -> None:
        here = self.services.station_id
        names = [self.tr("%1 (this desk)").replace("%1", here)]
        names += [self.tr("%1 (imported, made %2)").replace("%1", s.station).replace(
            "%2", datetime_text(s.generated_at.astimezone(report.scope.since.tzinfo)))
            for s in self.imported.values() if s.station != here]
        desks = self.tr("Desks: %1").replace("%1", list_text(names))
        if report.uncounted:  # malformed audit events: the figures leave them out
            desks += " " + self.tr(
                "Audit events left out of these figures because they could not be read: %1."
                " The log names them.").replace("%1", str(report.uncounted))
        self.desks.setText(desks)
        self.clear_button.setEnabled(bool(self.imported))
        for table_id, widget in self.tables.items():
            self._fill(widget, report[table_id])
        for table_id, chart in self.charts.items():
            chart.set_data(*self.chart_data(table_id, report))

    def _fill(self, widget: QTableWidget, table: Table) -> None:
        widget.clear()
        widget.setColumnCount(len(table.columns))
        widget.setHorizontalHeaderLabels([column_title(c) for c in table.columns])
        widget.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, (column, value) in enumerate(zip(table.columns, row, strict=True)):
                item = QTableWidgetItem(cell_text(column, value))
                if isinstance(value, int | float) and column not in NAMED_NUMBERS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                widget.setItem(r, c, item)
        if isinstance(widget, ReportTable):
            widget.fit_columns()

    def chart_data(self, table_id: str, report: Report):
        """(categories, series) of the chart above ``table_id``: one series per desk."""
        desks = report.desks
        if table_id == "backlog_age":
            _times, _series = self.chart_data("backlog", report)
            table = report["backlog"]
            return _times, [(d, table.column(f"oldest_min:{d}")) for d in desks]
        table = report[table_id]
        if table_id == "by_shift":
            days = report["by_day"]
            if len(days.rows) > 1:
                return ([day_month_text(date.fromisoformat(d)) for d in days.column("day")],
                        [(d, days.column(d)) for d in desks])
            return ([cell_text("shift", s) for s in table.column("shift")],
                    [(d, table.column(d)) for d in desks])
        if table_id == "nfiq2":
            return ([str(p) for p in table.column("position")],
                    [(column_title("median"), table.column("median"))])
        if table_id == "backlog":
            moments = [datetime.fromisoformat(t) for t in table.column("time")]
            times = [f"{day_month_text(m)} {time_text(m)}" for m in moments]
            return times, [(d, table.column(d)) for d in desks]
        key = table.columns[0]
        labels = [cell_text(key, v) for v in table.column(key)]
        if table_id in ("exception_reasons",):
            labels = [str(v)[:24] for v in table.column("reason")]
        if table_id == "rejection_reasons":
            labels = [str(v)[:24] for v in labels]
        return labels, [(d, table.column(d)) for d in desks]

    # -- imports -------------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a desk's report"), "",
                                              self.tr("Station report (*.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        Op(lambda: read_station_file(path)).success(self._imported).failure(
            self.error.show_error).run(self)

    def _imported(self, station_file: StationFile) -> None:
        if station_file.station == self.services.station_id:
            self._say(self.tr("That file is this desk's own report; this desk's figures come "
                              "from its database."))
            return
        self.imported[station_file.station] = station_file
        self.refresh()

    def clear_imports(self) -> None:
        self.imported.clear()
        self.refresh()

    # -- exports -------------------------------------------------------------------------------

    def _prefix(self) -> str:
        scope = self.scope()
        return f"report-{self.services.station_id}-{scope.first_day}-{scope.last_day}"

    def _choose_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
        if folder:
            self.export_csv(Path(folder))

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF report"),
                                              self._prefix() + ".pdf", "PDF (*.pdf)")
        if path:
            self.export_pdf(Path(path))

    def _choose_station_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save this desk's report file"),
                                              self._prefix() + ".json",
                                              self.tr("Station report (*.json)"))
        if path:
            self.export_station_file(Path(path))

    def _with_report(self, export: Callable[[Report], None]) -> None:
        """``export`` the figures of the period in the fields: those shown when they are
        for it and no computation is under way, else computed first in the background (and
        shown). Says that it is preparing; a failure is said in the banner."""
        self.error.hide()
        wanted = self._wanted()
        if self.report is not None and self._report_of == wanted and \
                self.refresh_button.isEnabled():
            export(self.report)
            return
        self._say(self.tr("Preparing the report for the export…"))
        store, scope, imported = self.services.store, wanted[0], self._imported_facts()

        def computed(result: Report) -> None:
            self._shown(result, wanted)
            export(result)

        Op(lambda: report(store, scope, imported)).success(computed).failure(
            self._export_failed).run(self)

    def _export_failed(self, error: BaseException) -> None:
        self.notice.hide()
        self.error.show_error(error)

    def _saved(self, text: str) -> None:
        self.error.hide()
        self._say(text)

    def export_csv(self, folder: Path) -> None:
        """Every table as a CSV file in ``folder`` (the period in the fields)."""
        prefix = self._prefix()

        def export(result: Report) -> None:
            Op(lambda: exported(folder, lambda: write_csv(result, folder, prefix))).success(
                lambda paths: self._saved(self.tr("Saved %n CSV file(s) in %1.", "",
                                                  len(paths)).replace("%1", str(folder)))
            ).failure(self._export_failed).run(self)

        self._with_report(export)

    def export_pdf(self, path: Path) -> None:
        """The report as a PDF at ``path`` (the period in the fields)."""
        def export(result: Report) -> None:
            scope = result.scope
            subtitle = self.desks.text() + " · " + self.tr("%1 to %2, %3").replace(
                "%1", date_text(scope.first_day)).replace(
                "%2", date_text(scope.last_day)).replace("%3", self.shift.currentText())
            sections = self.pdf_sections(result)
            title, language = self.tr("Supervisor report"), _language()
            Op(lambda: exported(path, lambda: render_report_pdf(
                path, title, subtitle, sections, language))).success(
                lambda p: self._saved(self.tr("Saved %1.").replace("%1", str(p)))).failure(
                self._export_failed).run(self)

        self._with_report(export)

    def export_station_file(self, path: Path) -> None:
        """This desk's facts of the period in the fields, for another desk to import."""
        store, scope, station = self.services.store, self.scope(), self.services.station_id
        self.error.hide()
        Op(lambda: exported(path, lambda: write_station_file(
            path, station, local_facts(store, scope), scope, store.now()))).success(
            lambda p: self._saved(self.tr("Saved %1.").replace("%1", str(p)))).failure(
            self._export_failed).run(self)

    def pdf_sections(self, report: Report) -> list[PdfSection]:
        """Every tab's tables, translated, with the chart above the first one."""
        sections = []
        for spec in self.tab_specs:
            for index, table_id in enumerate(spec.tables):
                table = report[table_id]
                charts = spec.chart_ids if index == 0 else ()
                chart = spec.chart if charts else None
                categories, series = self.chart_data(table_id, report) if chart else ([], [])
                title = spec.title if index == 0 else ""
                sections.append(PdfSection(
                    title, [column_title(c) for c in table.columns],
                    [[cell_text(c, v) for c, v in zip(table.columns, row, strict=True)]
                     for row in table.rows], chart, categories, series))
                sections += [PdfSection(self.chart_title(extra), [], [], spec.chart,
                                        *self.chart_data(extra, report)) for extra in charts[1:]]
        return sections

    def chart_title(self, chart_id: str) -> str:
        return {"backlog": self.tr("Packets waiting to be sent"),
                "backlog_age": self.tr("Oldest waiting packet (minutes)"),
                "nfiq2": self.tr("Median NFIQ 2 per finger (ISO position code)"),
                "by_officer": self.tr("Enrollments saved per officer"),
                "face_checks": self.tr("Failed photo checks")}.get(chart_id, "")

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.notice.hide()


class ReportTable(QTableWidget):
    """A report's table: every column as wide as its texts; the first (text) column also
    takes the spare width, so numbers stay close. (Stretched, the first column got what the
    others left: 48 px for the exceptions' times, elided, at the desk's 1280 px.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        if not self.columnCount():
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        spare = self.viewport().width() - header.length()
        if spare > 0:
            header.resizeSection(0, header.sectionSize(0) + spare)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()


def _language() -> str:
    """The officer language in force (its fonts for the PDF): 'vi', 'en', 'zh_CN'..."""
    name = QLocale().name()
    return name if name in ("zh_CN", "zh_TW") else name.split("_")[0]
