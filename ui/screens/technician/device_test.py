"""What the console's camera and document camera pages share: the row that picks a device
spec (an editable list, Find, Test) and a test that stops when the page is hidden."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from ui.common import style


class DeviceTestPage(QWidget):
    """A console page testing one device. Subclasses build their row with
    :meth:`device_row` and give ``find_cameras()``, ``start_test()``, ``stop()`` and
    :attr:`testing`."""

    device: QComboBox
    refresh_button: QPushButton
    test_button: QPushButton

    @property
    def testing(self) -> bool:
        raise NotImplementedError

    def find_cameras(self) -> None:
        raise NotImplementedError

    def start_test(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def device_row(self, specs: Iterable[str], find_text: str,
                   test_text: str) -> QHBoxLayout:
        """The spec list (editable: any spec may be typed), Find and Test, in one row."""
        self.device = QComboBox()
        self.device.setEditable(True)
        self.device.setMinimumWidth(360)
        self.device.addItems(list(specs))
        self.refresh_button = QPushButton(find_text)
        self.refresh_button.clicked.connect(self.find_cameras)
        self.test_button = QPushButton(test_text)
        style.primary(self.test_button)
        self.test_button.clicked.connect(self.toggle_test)
        row = QHBoxLayout()
        row.addWidget(self.device, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.test_button)
        return row

    def chosen_spec(self) -> str:
        return self.device.currentText().strip()

    def relist(self, specs: Iterable[str]) -> None:
        """Offer ``specs``, keeping what the technician chose or typed."""
        chosen = self.device.currentText()
        self.device.clear()
        self.device.addItems(list(specs))
        self.device.setCurrentText(chosen)

    def toggle_test(self) -> None:
        if self.testing:
            self.stop()
        else:
            self.start_test()

    def hideEvent(self, event) -> None:
        self.stop()  # the camera is for the desk: never left open behind another page
        super().hideEvent(event)
