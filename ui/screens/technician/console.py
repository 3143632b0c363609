"""The technician console: the technician's home. Devices, central service, thresholds,
station, sync queue, diagnostics; no page shows applicant data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config_writer import config_path
from station.services import Services
from ui.common import style
from ui.common.wheel import guard_wheel
from ui.common.widgets import title_label
from ui.screens.technician.camera_page import CameraPage
from ui.screens.technician.central_page import CentralPage
from ui.screens.technician.diagnostics_page import DiagnosticsPage
from ui.screens.technician.document_camera_page import DocumentCameraPage
from ui.screens.technician.scanner_page import ScannerPage
from ui.screens.technician.station_page import StationPage
from ui.screens.technician.sync_page import SyncPage
from ui.screens.technician.thresholds_page import ThresholdsPage


class TechnicianConsole(QWidget):
    """A list of pages on the left, the page on the right; :meth:`shut_down` closes devices."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 with_qt_check: bool = True, actor: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("technicianConsole")
        settings = services.settings
        config = config_path(settings)
        self.camera = CameraPage(settings, config)
        self.document_camera = DocumentCameraPage(settings, config)
        self.scanner = ScannerPage(settings, config)
        self.central = CentralPage(settings, config, store=services.store,
                                   accounts=services.accounts)
        self.thresholds = ThresholdsPage(settings, config)
        self.station = StationPage(settings, config)
        self.sync = SyncPage(services)
        self.diagnostics = DiagnosticsPage(settings, with_qt_check=with_qt_check)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Camera"), self.camera),
            (self.tr("Document camera"), self.document_camera),
            (self.tr("Fingerprint scanner"), self.scanner),
            (self.tr("Central service"), self.central), (self.tr("Thresholds"), self.thresholds),
            (self.tr("Station"), self.station), (self.tr("Sync queue"), self.sync),
            (self.tr("Diagnostics"), self.diagnostics)]
        for page in (self.camera, self.document_camera, self.scanner, self.central,
                     self.thresholds, self.station):
            page.form.audit_to = (services.store, actor or "technician")  # who saved what
        self.menu = QListWidget()
        self.menu.setObjectName("consoleMenu")
        self.menu.setSpacing(style.SPACE_XS)  # rows with air at the officers' 12 pt
        self.stack = QStackedWidget()
        for name, page in self.pages:
            self.menu.addItem(name)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.menu.setFixedWidth(max(180, self.menu.sizeHintForColumn(0) + 24))
        self.menu.currentRowChanged.connect(self.stack.setCurrentIndex)
        note = QLabel(self.tr("Settings are checked before they are saved to %1 and take "
                              "effect when the kiosk is restarted.").replace("%1", str(config)))
        note.setWordWrap(True)
        style.tone(note, style.INFO)
        body = QHBoxLayout()
        body.addWidget(self.menu)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Technician console")))
        layout.addWidget(note)
        layout.addLayout(body, 1)
        self.menu.setCurrentRow(0)
        guard_wheel(self)  # scrolling a page over a threshold's spin box leaves it as it is

    def load(self) -> None:
        """Fill what needs background reads (station key, printers)."""
        self.central.load()
        self.station.load()

    def show_page(self, page: QWidget) -> None:
        self.menu.setCurrentRow([p for _, p in self.pages].index(page))

    def shut_down(self) -> None:
        """Stop a camera test (sign-out, closing)."""
        self.camera.shut_down()
        self.document_camera.shut_down()
