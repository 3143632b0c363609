"""Console page: choose the camera and test it (live preview, measured frame rate, size)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from devices.checkup import camera_choices
from devices.ports import CameraInfo
from kiosk.domain.errors import KioskError
from kiosk.options import Settings
from station.devices import make_camera
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner, title_label
from ui.desk.camera_probe import CameraProbe
from ui.desk.face_preview import FacePreview
from ui.screens.technician.device_test import DeviceTestPage
from ui.screens.technician.settings_form import SettingsForm


class CameraPage(DeviceTestPage):
    """Pick a camera spec, Test shows its picture and what it really delivers."""

    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPage")
        self.settings = settings
        self.probe: CameraProbe | None = None
        self._retired: list[CameraProbe] = []
        row = self.device_row([settings["devices.camera"]], self.tr("&Find cameras"))
        self.preview = FacePreview()
        self.preview.setMinimumSize(480, 300)
        self.resolution = QLabel("–")
        self.reported = QLabel("–")
        self.measured = QLabel("–")
        self.measured.setObjectName("measuredFps")
        facts = QFormLayout()
        facts.addRow(self.tr("Resolution:"), self.resolution)
        facts.addRow(self.tr("Frame rate reported:"), self.reported)
        facts.addRow(self.tr("Frame rate measured:"), self.measured)
        self.banner = ErrorBanner()
        self.form = SettingsForm(settings, config, [
            ("devices.camera_rotation", self.tr("Rotation (degrees)")),
            ("devices.camera_width", self.tr("Width to ask for")),
            ("devices.camera_height", self.tr("Height to ask for")),
            ("devices.camera_fps", self.tr("Frame rate to ask for"))])
        self.form.add_value("devices.camera", self.tr("Camera"), QLabel(self.tr(
            "the one chosen above")), self.chosen_spec)
        self.timer = QTimer(self, interval=500, timeout=self._show_rate)
        layout = self.page_column(title_label(self.tr("Camera"), 1.4), self.tr("Camera:"), row)
        layout.addWidget(self.banner)
        layout.addWidget(self.preview, 1)
        layout.addLayout(facts)
        layout.addWidget(self.form)

    def find_cameras(self) -> None:
        """List the cameras present (in the background: probing device nodes is I/O)."""
        settings = self.settings
        Op(lambda: camera_choices(settings)).success(self._listed).failure(
            self.banner.show_error).run(self)

    def _listed(self, specs: list[str]) -> None:
        self.relist(specs)

    @property
    def testing(self) -> bool:
        return self.probe is not None

    def start_test(self) -> None:
        """Open the chosen camera and show its frames (reading runs on its own thread)."""
        self.stop()
        self.banner.hide()
        try:
            camera = make_camera(self.settings, self.chosen_spec())
        except KioskError as exc:
            self.clear_results()
            self.banner.show_error(exc)
            return
        probe = CameraProbe(camera, self.settings["face.camera_timeout_s"])
        probe.opened.connect(self._opened)  # bound methods: no cycle through the probe
        probe.frame_ready.connect(self._frame)
        probe.failed.connect(self._failed)
        self.probe = probe
        self.show_running(True)
        self.timer.start()
        probe.start()

    def stop(self) -> None:
        """Stop the test without waiting for a stuck camera (it ends on its own)."""
        probe, self.probe = self.probe, None
        self.timer.stop()
        self.show_running(False)
        if probe is not None:
            probe.stop(timeout=0)
            self._retired.append(probe)
        self._retired = [p for p in self._retired if p.alive]

    def shut_down(self) -> None:
        self.stop()
        for probe in self._retired:
            probe.stop()

    def _opened(self, info: CameraInfo) -> None:
        if self.sender() is self.probe:
            self.reported.setText(self.tr("%1 frames/s").replace(
                "%1", self.locale().toString(info.fps, "f", 1)))

    def _frame(self) -> None:
        probe = self.probe
        if probe is not None and self.sender() is probe:
            frame = probe.take_frame()
            if frame is not None:
                self.preview.set_frame(*frame)

    def _show_rate(self) -> None:
        probe = self.probe
        if probe is None or not probe.frames_read:
            return
        width, height = probe.size
        self.resolution.setText(f"{width} × {height}")
        self.measured.setText(self.tr("%1 frames/s").replace(
            "%1", self.locale().toString(probe.fps, "f", 1)))

    def _failed(self, error: BaseException) -> None:
        if self.sender() is self.probe:
            self.stop()
            self.clear_results()  # the last frame stayed, as if the camera still delivered
            self.banner.show_error(error)

    def clear_results(self) -> None:
        """No picture, no size, no rate: what a failed test leaves."""
        self.preview.clear()
        for label in (self.resolution, self.reported, self.measured):
            label.setText("–")
