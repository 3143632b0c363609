"""Console page: the fingerprint scanner: SBI port range, discovery, a test capture scored
with NFIQ 2 (the technician's own fingers; nothing is stored)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from devices.checkup import (
    CaptureTrial,
    ScannerSurvey,
    discover_scanners,
    poll_scanners,
    try_capture,
)
from devices.ports import ScannerInfo, Segment
from kiosk.biometrics.fingers.analysis import nfiq2_score
from kiosk.options import OPTIONS, Settings
from station.devices import make_scanner, sbi_ports
from ui.common import style
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner, title_label
from ui.desk.finger_names import finger_name, segment_name
from ui.screens.technician.settings_form import SettingsForm

THUMB = 110
STATUS_POLL_MS = 5000  # the discovered devices are asked their status again this often


class ScannerPage(QWidget):
    """Discover SBI devices in a port range; capture one segment and show its quality."""

    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerPage")
        self.settings = settings
        self.survey: ScannerSurvey | None = None
        # what each discovered device said at the last poll, by (port, device id); absent:
        # it no longer answers (unplugged, its service stopped)
        self.statuses: dict[tuple[int, str], str] = {}
        self._polling = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(STATUS_POLL_MS)
        self.poll_timer.timeout.connect(self.poll_devices)
        self.trial: CaptureTrial | None = None
        self.kind = QComboBox()
        for spec, label in (("simulated", self.tr("Simulated scanner")),
                            ("sbi", self.tr("SBI device service"))):
            self.kind.addItem(label, spec)
        current = settings["devices.fingerprint"]
        if self.kind.findData(current) < 0:
            self.kind.addItem(current, current)
        self.kind.setCurrentIndex(self.kind.findData(current))
        self.first_port, self.last_port = QSpinBox(), QSpinBox()
        for spin, key in ((self.first_port, "devices.sbi_port_first"),
                          (self.last_port, "devices.sbi_port_last")):
            spin.setRange(int(OPTIONS[key].minimum), int(OPTIONS[key].maximum))
            spin.setValue(settings[key])
        ports = QHBoxLayout()
        ports.addWidget(self.first_port)
        ports.addWidget(QLabel("–"))
        ports.addWidget(self.last_port)
        ports.addStretch(1)
        self.discover_button = QPushButton(self.tr("&Discover"))
        self.discover_button.clicked.connect(self.discover)
        ports.addWidget(self.discover_button)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.devices = QTableWidget(0, 5)
        self.devices.setHorizontalHeaderLabels([
            self.tr("Port"), self.tr("Device"), self.tr("Status"), self.tr("Model"),
            self.tr("Signature")])
        self.devices.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.devices.horizontalHeader().setStretchLastSection(True)
        self.devices.verticalHeader().hide()
        self.devices.setMaximumHeight(140)
        # the device chosen here is the one "Test capture" uses (the first ready one after a
        # discovery); choosing the simulated scanner above unselects it
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.itemSelectionChanged.connect(self._device_chosen)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.segment = QComboBox()
        for segment in Segment:
            self.segment.addItem(segment_name(segment), segment)
        self.test_button = QPushButton(self.tr("Test &capture"))
        style.primary(self.test_button)
        self.test_button.clicked.connect(self.test_capture)
        test_row = QHBoxLayout()
        test_row.addWidget(self.segment, 1)
        test_row.addWidget(self.test_button)
        self.trial_label = QLabel()
        self.trial_label.setWordWrap(True)
        self.prints = QHBoxLayout()
        self.prints.addStretch(1)
        self.banner = ErrorBanner()
        self.form = SettingsForm(settings, config, [
            ("devices.sbi_port", self.tr("Fixed port (0 = discover)")),
            ("devices.fingerprint_requested_score", self.tr("Quality asked of the scanner"))])
        self.form.add_value("devices.fingerprint", self.tr("Scanner"), QLabel(
            self.tr("the one chosen above")), lambda: self.kind.currentData())
        self.form.add_value("devices.sbi_port_first", self.tr("Port range"), QLabel(
            self.tr("as above")), self.first_port.value)
        self.form.add_value("devices.sbi_port_last", "", QLabel(), self.last_port.value)
        layout = QFormLayout(self)
        layout.addRow(title_label(self.tr("Fingerprint scanner"), 1.4))
        layout.addRow(self.tr("Scanner:"), self.kind)
        layout.addRow(self.tr("SBI ports:"), ports)
        layout.addRow(self.found_label)
        layout.addRow(self.devices)
        layout.addRow(self.tr("Test:"), test_row)
        layout.addRow(self.banner)
        layout.addRow(self.trial_label)
        layout.addRow(self.prints)
        layout.addRow(self.form)

    def _trial_settings(self) -> Settings:
        return self.settings.replace(devices__sbi_port_first=self.first_port.value(),
                                     devices__sbi_port_last=max(self.first_port.value(),
                                                                self.last_port.value()))

    def discover(self) -> None:
        """Scan the port range in the background."""
        self.banner.hide()
        self.discover_button.setEnabled(False)
        self.found_label.setText(self.tr("Scanning ports %1 to %2…").replace(
            "%1", str(self.first_port.value())).replace("%2", str(self.last_port.value())))
        try:
            settings = self._trial_settings()
        except Exception as exc:
            self._failed(exc)
            return
        Op(lambda: discover_scanners(settings, sbi_ports(settings))).success(
            self._discovered).failure(
            self._failed).run(self)

    def selected_device(self) -> ScannerInfo | None:
        """The discovered device chosen in the table, if any."""
        rows = self.devices.selectionModel().selectedRows()
        if self.survey is None or not rows or rows[0].row() >= len(self.survey.found):
            return None
        return self.survey.found[rows[0].row()].info

    def _device_chosen(self) -> None:
        if self.selected_device() is not None and self.kind.currentData() != "sbi":
            self.kind.setCurrentIndex(self.kind.findData("sbi"))

    def _kind_chosen(self) -> None:
        if self.kind.currentData() != "sbi":
            self.devices.clearSelection()

    def status_text(self, status: str | None) -> str:
        """A device's SBI status in words (None: it no longer answers)."""
        if status is None:
            return self.tr("Not found")
        return {"Ready": self.tr("Ready"), "Busy": self.tr("Busy"),
                "Not Ready": self.tr("Not ready"),
                "Not Registered": self.tr("Not registered")}.get(status, status)

    def _show_status(self, row: int, status: str | None) -> None:
        item = QTableWidgetItem(self.status_text(status))
        if status != "Ready":
            item.setForeground(QBrush(QColor(style.BAD)))
        self.devices.setItem(row, 2, item)

    def poll_devices(self) -> None:
        """Ask the discovered devices their status again, in the background; the table says
        what they answer, or that one is gone (it said "Ready" until the next discovery)."""
        if self.survey is None or not self.survey.found or self._polling:
            return
        self._polling = True
        settings, ports = self.settings, [f.info.port for f in self.survey.found]
        survey = self.survey

        def done(statuses: dict[tuple[int, str], str]) -> None:
            self._polling = False
            if survey is self.survey:  # not a discovery's since
                self._polled(statuses)

        def failed(_error: BaseException) -> None:
            self._polling = False

        Op(lambda: poll_scanners(settings, ports)).success(done).failure(failed).run(self)

    def _polled(self, statuses: dict[tuple[int, str], str]) -> None:
        assert self.survey is not None
        self.statuses = statuses
        for row, found in enumerate(self.survey.found):
            self._show_status(row, statuses.get((found.info.port, found.info.device_id)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.survey is not None and self.survey.found:
            self.poll_timer.start()

    def hideEvent(self, event) -> None:
        self.poll_timer.stop()  # another page: no device is asked anything
        super().hideEvent(event)

    def _discovered(self, survey: ScannerSurvey) -> None:
        self.survey = survey
        self.statuses = {(f.info.port, f.info.device_id): f.info.status for f in survey.found}
        self.discover_button.setEnabled(True)
        self.found_label.setText(self.tr("%n device(s) found in %1 s.", "", len(survey.found))
                                 .replace("%1", self.locale().toString(survey.seconds, "f", 2)))
        self.devices.setRowCount(len(survey.found))
        for row, found in enumerate(survey.found):
            info = found.info
            trust = (self.tr("verified") if found.verified else self.tr("not verified"))
            for column, text in enumerate((str(info.port), info.device_id, "",
                                           f"{info.make} {info.model}".strip(), trust)):
                self.devices.setItem(row, column, QTableWidgetItem(text))
            self._show_status(row, info.status)
        if survey.found:
            if self.isVisible():
                self.poll_timer.start()
            ready = [n for n, f in enumerate(survey.found) if f.info.status == "Ready"]
            self.devices.selectRow((ready or [0])[0])

    def test_capture(self) -> None:
        """Capture the chosen segment with the device chosen in the table (else the kind of
        scanner chosen above, as configured) and score it (background)."""
        self.banner.hide()
        self.test_button.setEnabled(False)
        segment = self.segment.currentData()
        device = self.selected_device()
        self.trial_label.setText(self.tr("Place the fingers on the scanner…"))
        try:
            settings = self._trial_settings()
            if device is not None and self.kind.currentData() == "sbi":
                settings = settings.replace(devices__sbi_port=device.port)
            scanner = make_scanner(settings, self.kind.currentData())
        except Exception as exc:
            self._failed(exc)
            return
        timeout = settings["devices.sbi_capture_timeout_s"]
        Op(lambda: try_capture(scanner, segment, timeout, nfiq2_score)).success(
            self._tested).failure(
            self._failed).run(self)

    def _tested(self, trial: CaptureTrial) -> None:
        self.trial = trial
        self.test_button.setEnabled(True)
        threshold = self.settings["fingers.quality_threshold"]
        lines = [self.tr("%1 on port %2, captured in %3 s.").replace(
            "%1", trial.info.device_id).replace("%2", str(trial.info.port)).replace(
            "%3", self.locale().toString(trial.seconds, "f", 1))]
        if not trial.verified:
            lines.append(self.tr("The device signature is not verified (no device CA "
                                 "configured)."))
        self.trial_label.setText(" ".join(lines))
        while self.prints.count() > 1:
            item = self.prints.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for finger in trial.fingers:
            pixels = np.ascontiguousarray(finger.image, dtype=np.uint8)
            image = QImage(pixels.data, finger.width, finger.height, pixels.strides[0],
                           QImage.Format.Format_Grayscale8).copy()
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image).scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            caption = QLabel(self.tr("%1\nNFIQ 2: %2 (device: %3)").replace(
                "%1", finger_name(finger.position)).replace("%2", str(finger.nfiq2)).replace(
                "%3", str(finger.device_quality)))
            colour = style.GOOD if finger.nfiq2 >= threshold else style.BAD
            caption.setStyleSheet(f"color: {colour};")
            cell = QWidget()
            column = QFormLayout(cell)
            column.addRow(picture)
            column.addRow(caption)
            self.prints.insertWidget(self.prints.count() - 1, cell)

    def _failed(self, error: BaseException) -> None:
        self.discover_button.setEnabled(True)
        self.test_button.setEnabled(True)
        self.found_label.clear()
        self.trial_label.clear()
        self.banner.show_error(error)
        self.poll_devices()  # a device that failed the test may be gone: say so at once
