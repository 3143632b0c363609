"""What the console's camera and document camera pages share: the row that picks a device
spec (an editable list, Find, Test), the page's column, and a test that stops when the page
is hidden."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common import style


def test_text(*, tested: bool) -> str:
    """The Test button's words: "Test" at first, "Test again" once a test ran (stopped or
    failed), the same on both camera pages."""
    if tested:
        return QCoreApplication.translate("DeviceTestPage", "Test &again")
    return QCoreApplication.translate("DeviceTestPage", "&Test")


def stop_text() -> str:
    """Alt+T stops what Alt+T started ("&Stop" shared Alt+S with the page's Save: pressed
    during a test, neither happened)."""
    return QCoreApplication.translate("DeviceTestPage", "S&top")


class DeviceTestPage(QWidget):
    """A console page testing one device. Subclasses build their row with
    :meth:`device_row` and give ``find_cameras()``, ``start_test()``, ``stop()`` and
    :attr:`testing`."""

    device: QComboBox
    refresh_button: QPushButton
    test_button: QPushButton
    tested = False  # a test ran on this page (the button then says "Test again")

    @property
    def testing(self) -> bool:
        raise NotImplementedError

    def find_cameras(self) -> None:
        raise NotImplementedError

    def start_test(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def device_row(self, specs: Iterable[str], find_text: str) -> QHBoxLayout:
        """The spec list (editable: any spec may be typed), Find and Test, in one row."""
        self.device = QComboBox()
        self.device.setEditable(True)
        self.device.setMinimumWidth(360)
        self.device.addItems(list(specs))
        self.refresh_button = QPushButton(find_text)
        self.refresh_button.clicked.connect(self.find_cameras)
        self.test_button = QPushButton(test_text(tested=False))
        style.primary(self.test_button)
        self.test_button.clicked.connect(self.toggle_test)
        row = QHBoxLayout()
        row.addWidget(self.device, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.test_button)
        return row

    def page_column(self, title: QWidget, caption: str, row: QHBoxLayout) -> QVBoxLayout:
        """The page's column: its title, then the device row after its caption. (A form
        layout gave a tall page's rows less height than they need: the document camera's
        reading overlapped its picture, and captions sat above their row's middle.)"""
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        label = QLabel(caption)
        label.setBuddy(self.device)
        row.insertWidget(0, label)
        layout.addLayout(row)
        return layout

    def chosen_spec(self) -> str:
        return self.device.currentText().strip()

    def relist(self, specs: Iterable[str]) -> None:
        """Offer ``specs``, keeping what the technician chose or typed."""
        chosen = self.device.currentText()
        self.device.clear()
        self.device.addItems(list(specs))
        self.device.setCurrentText(chosen)

    def show_running(self, running: bool) -> None:
        """"Stop" while a test runs; after one, "Test again"."""
        if running:
            self.tested = True
        self.test_button.setText(stop_text() if running else test_text(tested=self.tested))

    def toggle_test(self) -> None:
        if self.testing:
            self.stop()
        else:
            self.start_test()

    def hideEvent(self, event) -> None:
        self.stop()  # the camera is for the desk: never left open behind another page
        super().hideEvent(event)


def caption_row(caption: str, field: QWidget) -> QHBoxLayout:
    """``caption`` left of ``field`` (top-aligned: the field may wrap onto more lines)."""
    row = QHBoxLayout()
    row.addWidget(QLabel(caption), 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(field, 1)
    return row
