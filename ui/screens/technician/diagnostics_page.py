"""Console page: run the station checks and export a diagnostics bundle (never personal or
biometric data; see :mod:`station.diagnostics.bundle`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk import log_buffer
from kiosk.options import Settings
from kiosk.station import station_id
from station.diagnostics.bundle import device_list, write_bundle
from station.diagnostics.checks import CheckResult, run_checks
from ui.common import style
from ui.common.languages import pair_text
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner, title_label
from ui.diagnostics.check_names import check_title, verdict

OK_COLOUR, FAIL_COLOUR = "#188038", "#d93025"


def station_checks(settings: Settings, with_qt: bool = True) -> list[CheckResult]:
    """What `kiosk doctor` runs (slow: devices and a Qt probe; call in the background)."""
    from station.diagnostics.devices import check_devices

    extra = [check_devices]
    if with_qt:
        from ui.diagnostics.doctor_checks import qt_checks

        extra += list(qt_checks())
    return run_checks(settings, extra)


class DiagnosticsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 with_qt_check: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPage")
        self.settings = settings
        self.with_qt_check = with_qt_check
        self.results: list[CheckResult] = []
        self.checks = QListWidget()
        self.run_button = QPushButton(self.tr("&Check the station"))
        style.primary(self.run_button)
        self.run_button.clicked.connect(self.run_checks)
        self.export_button = QPushButton(self.tr("&Export a diagnostics bundle…"))
        self.export_button.clicked.connect(self.ask_export)
        self.note = QLabel(self.tr("The bundle holds logs, the configuration (secrets removed), "
                                   "the check results and the device list. It never holds "
                                   "applicant or biometric data."))
        self.note.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.banner = ErrorBanner()
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Diagnostics"), 1.4))
        layout.addLayout(buttons)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(self.result)

    def run_checks(self) -> None:
        settings, with_qt = self.settings, self.with_qt_check
        self.run_button.setEnabled(False)
        self.result.setText(self.tr("Checking…"))
        Op(lambda: station_checks(settings, with_qt)).success(self.show_checks).failure(
            self._failed).run(self)

    def show_checks(self, results: list[CheckResult]) -> None:
        self.results = results
        self.run_button.setEnabled(True)
        self.checks.clear()
        for check in results:
            mark = "✓" if check.ok else "✗"
            item = QListWidgetItem(f"{mark}  " + pair_text(
                check_title(check.name), f"{verdict(check.ok)} – {check.detail}"))
            item.setToolTip(check.name)  # the id, as `kiosk doctor` prints it
            item.setForeground(self.palette().text() if check.ok else _brush(FAIL_COLOUR))
            self.checks.addItem(item)
        failed = sum(not c.ok for c in results)
        self.result.setText(self.tr("All %n check(s) passed.", "", len(results)) if not failed
                            else self.tr("%n check(s) failed.", "", failed))

    def ask_export(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        default = Path.home() / f"kiosk-diagnostics-{station_id(self.settings)}-{stamp}.zip"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a diagnostics bundle"),
                                              str(default), self.tr("Zip archives (*.zip)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the bundle in the background (runs the checks and the discovery too)."""
        settings, with_qt = self.settings, self.with_qt_check
        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Exporting…"))

        def export() -> Path:
            checks = station_checks(settings, with_qt)
            return write_bundle(path, settings, checks, device_list(settings),
                                log_buffer.recent_lines())

        Op(export).success(self._exported).failure(self._failed).run(self)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.banner.hide()
        self.result.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.result.clear()
        self.banner.show_error(error)


def _brush(colour: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))
