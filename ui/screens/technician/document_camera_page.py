"""Console page: choose the document camera and test it: its picture, and whether a passport
laid under it reads (the zone's format and verdict only, never what the document says)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from devices.camera.opencv_camera import list_video_devices
from devices.errors import DeviceNotFound
from devices.ports import Camera
from kiosk.documents.mrz_reader import MrzReading
from kiosk.domain.eligibility import local_today
from kiosk.options import Settings
from station.devices import make_document_camera
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner, title_label
from ui.desk.document_reader import DocumentEvents, DocumentReaderWorker
from ui.screens.technician.device_test import DeviceTestPage, caption_row
from ui.screens.technician.settings_form import SettingsForm

SPECS = ("off", "simulated", "simulated:worn", "simulated:blurry")


class DocumentCameraPage(DeviceTestPage):
    """Pick a document camera spec; Test reads it live as the desk does."""

    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentCameraPage")
        self.settings = settings
        self.worker: DocumentReaderWorker | None = None
        self._retired: list[DocumentReaderWorker] = []
        self.events = DocumentEvents(self)  # every test's session reports here: connected once
        self.events.preview_ready.connect(self._frame)
        self.events.state_changed.connect(self._state)
        self.events.read.connect(self._read)
        self.events.failed.connect(self._failed)
        row = self.device_row(dict.fromkeys((settings["devices.document_camera"], *SPECS)),
                              self.tr("&Find cameras"))
        self.preview = QLabel()
        self.preview.setFixedSize(480, 360)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #30363a;")
        self.result = QLabel("–")
        self.result.setObjectName("documentResult")
        self.result.setWordWrap(True)
        self.banner = ErrorBanner()
        self.form = SettingsForm(settings, config, [
            ("devices.document_camera_width", self.tr("Width to ask for")),
            ("devices.document_camera_height", self.tr("Height to ask for")),
            ("documents.live_confirm_frames", self.tr("Alike frames before the form fills"))])
        self.form.add_value("devices.document_camera", self.tr("Document camera"), QLabel(
            self.tr("the one chosen above")), self.chosen_spec)
        layout = self.page_column(title_label(self.tr("Document camera"), 1.4),
                                  self.tr("Document camera:"), row)
        layout.addWidget(self.banner)
        layout.addWidget(self.preview)
        layout.addLayout(caption_row(self.tr("Reading:"), self.result))
        layout.addWidget(self.form)
        layout.addStretch(1)

    def find_cameras(self) -> None:
        """Add the video devices present (in the background: probing nodes is I/O)."""
        Op(list_video_devices).success(self._listed).failure(self.banner.show_error).run(self)

    def _listed(self, nodes: list[str]) -> None:
        specs = [self.device.itemText(i) for i in range(self.device.count())]
        self.relist(dict.fromkeys([*specs, *(f"opencv:{n}" for n in nodes)]))

    @property
    def testing(self) -> bool:
        return self.worker is not None

    def start_test(self) -> None:
        """Read the chosen document camera live (camera and engine on their own threads)."""
        self.stop()
        self.banner.hide()
        settings, spec = self.settings, self.chosen_spec()
        zone = settings["station.timezone"]

        def make() -> Camera:
            camera = make_document_camera(settings, spec)
            if camera is None:
                raise DeviceNotFound("the document camera is off (devices.document_camera)",
                                     message_key="device.not_found")
            return camera

        worker = DocumentReaderWorker(self.events, make, lambda: local_today(zone),
                                      confirm_frames=settings["documents.live_confirm_frames"],
                                      max_runs=settings["documents.mrz_max_ocr_runs"],
                                      timeout_s=settings["face.camera_timeout_s"],
                                      recheck_s=settings["documents.live_recheck_s"])
        self.worker = worker
        self.result.setText(self.tr("Starting the document camera…"))
        self.show_running(True)
        worker.start()

    def stop(self) -> None:
        """Stop the test without waiting for a stuck camera (it ends on its own)."""
        worker, self.worker = self.worker, None
        self.show_running(False)
        if worker is not None:
            worker.stop(wait=False)
            self._retired.append(worker)
        self._retired = [w for w in self._retired if w.reader.running]

    def shut_down(self) -> None:
        self.stop()
        for worker in self._retired:
            worker.stop(wait=True)

    def _frame(self, worker: DocumentReaderWorker) -> None:
        if worker is self.worker:
            image = worker.take_preview()
            if image is not None:
                self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                    self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))

    def _state(self, worker: DocumentReaderWorker, state: str) -> None:
        if worker is not self.worker or state == "read":
            return
        self.result.setText(self.tr("A zone is seen; reading…") if state == "reading"
                            else self.tr("No document under the camera."))

    def _read(self, worker: DocumentReaderWorker, reading: MrzReading) -> None:
        if worker is self.worker:
            self.result.setText(self.tr("A valid %1 zone was read on consecutive frames: "
                                        "the desk would fill the form.")
                                .replace("%1", reading.mrz.format.value))

    def _failed(self, worker: DocumentReaderWorker, error: BaseException) -> None:
        if worker is self.worker:
            self.stop()
            self.result.setText("–")
            self.preview.clear()  # no frozen last picture under the error
            self.banner.show_error(error)
