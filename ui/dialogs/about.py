"""About the kiosk (F1): version, station, where configuration and data live, runtime versions,
and the third-party licence notices."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.options import Settings, data_dir_from
from kiosk.paths import frozen
from kiosk.station import station_id
from ui.dialogs.notices import NoticesDialog


class AboutDialog(QDialog):
    """Read-only facts a technician asks for on the phone: version, station, folders."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About the enrollment kiosk"))
        title = QLabel(self.tr("Enrollment kiosk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        config = str(settings.source) if settings.source else self.tr("none (built-in defaults)")
        build = self.tr("installed bundle") if frozen() else self.tr("source tree")
        form = QFormLayout()
        for label, value in (
                (self.tr("Station:"), station_id(settings)),
                (self.tr("Configuration file:"), config),
                (self.tr("Data folder:"), str(data_dir_from(settings))),
                (self.tr("Running from:"), build),
                (self.tr("Runtime:"), f"Python {platform.python_version()}, Qt {qVersion()}, "
                                      f"PySide6 {pyside_version}")):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.notices_button = buttons.addButton(self.tr("Third-party &licences…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.notices_button.clicked.connect(self.show_notices)
        self.notices: NoticesDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height (wrapped values) below the facts, not between them
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def show_notices(self) -> None:
        """The licences of every third-party component (Qt's LGPL among them)."""
        self.notices = NoticesDialog(self)
        self.notices.open()
