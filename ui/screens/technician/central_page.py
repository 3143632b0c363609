"""Console page: the central service address and this station's credentials."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.options import Settings
from kiosk.store.store import Store
from kiosk.sync import keys
from kiosk.sync.setup import station_key_for
from ui.ops import Op
from ui.screens.technician.settings_form import SettingsForm
from ui.widgets import title_label


class CentralPage(QWidget):
    """Address, station id, the central key; shows the station's public key to register."""

    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None, *,
                 store: Store | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralPage")
        self.settings = settings
        self.store = store   # to refuse making a new key while packets sealed with one wait
        self.form = SettingsForm(settings, config, [
            ("sync.url", self.tr("Central service address")),
            ("station.id", self.tr("Station ID")),
            ("sync.central_public_key", self.tr("Central service public key")),
            ("sync.enabled", self.tr("Upload in the background"))])
        self.station_key = QLabel(self.tr("Reading the station key…"))
        self.station_key.setObjectName("stationPublicKey")
        self.station_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.station_key.setWordWrap(True)
        note = QLabel(self.tr("Register this station at the central service with its public "
                              "key (the private key never leaves this station):"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Central service"), 1.4))
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(self.station_key)
        layout.addStretch(1)

    def load(self) -> None:
        """Read (or create, at first use) the station's signing key in the background."""
        settings, store = self.settings, self.store
        Op(lambda: keys.public_b64(station_key_for(settings, store))).success(
            self.station_key.setText).failure(
            lambda error: self.station_key.setText(self.tr("Not available: %1").replace(
                "%1", str(error)))).run(self)
