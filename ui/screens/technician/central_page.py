"""Console page: the central service address and this station's credentials.

The address and the two central keys are pinned (:mod:`kiosk.sync.pinning`): saving a change
to them asks a supervisor to sign in, showing the old and new fingerprints; a configuration
changed elsewhere (file, environment) is shown with a button for that sign-off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.accounts.service import Accounts
from kiosk.options import Settings
from kiosk.store.store import Store
from kiosk.sync import keys, pinning
from kiosk.sync.setup import station_key_for
from ui.common import style
from ui.common.ops import Op
from ui.common.widgets import title_label
from ui.dialogs.supervisor_sign_in import SupervisorDialog
from ui.screens.technician.settings_form import SettingsForm


class CentralPage(QWidget):
    """Address, station id, the central key; shows the station's public key to register."""

    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None, *,
                 store: Store | None = None, accounts: Accounts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralPage")
        self.settings = settings
        self.store = store   # to refuse making a new key while packets sealed with one wait
        self.accounts = accounts
        self.pin: pinning.Pin | None = None
        self.pin_loaded = False   # until then every change asks for a supervisor
        self.dialog: SupervisorDialog | None = None
        self.form = SettingsForm(settings, config, [
            ("sync.url", self.tr("Central service address")),
            ("station.id", self.tr("Station ID")),
            ("sync.central_public_key", self.tr("Central service public key")),
            ("sync.central_signing_key", self.tr("Central service receipt key")),
            ("sync.enabled", self.tr("Upload in the background"))])
        self.form.before_save = self._sign_off
        self.form.saved.connect(lambda _changes: self._read_pin())
        self.unconfirmed = QLabel(self.tr(
            "The central service in the configuration is not the one a supervisor confirmed. "
            "Nothing is sealed or sent until a supervisor confirms it."))
        self.unconfirmed.setObjectName("centralUnconfirmed")
        self.unconfirmed.setWordWrap(True)
        style.tone(self.unconfirmed, style.WARNING)
        self.confirm_button = QPushButton(self.tr("Supervisor &confirms…"))
        self.confirm_button.clicked.connect(self._confirm_configured)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.unconfirmed, 1)
        confirm_row.addWidget(self.confirm_button)
        self.unconfirmed.hide()
        self.confirm_button.hide()
        self.station_key = QLabel(self.tr("Reading the station key…"))
        self.station_key.setObjectName("stationPublicKey")
        self.station_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.station_key.setWordWrap(True)
        note = QLabel(self.tr("Register this station at the central service with its public "
                              "key (the private key never leaves this station):"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Central service"), 1.4))
        layout.addLayout(confirm_row)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(self.station_key)
        layout.addStretch(1)

    def load(self) -> None:
        """Read (or create, at first use) the station's signing key and the confirmed central
        service in the background."""
        settings, store = self.settings, self.store
        Op(lambda: keys.public_b64(station_key_for(settings, store))).success(
            self.station_key.setText).failure(
            lambda error: self.station_key.setText(self.tr("Not available: %1").replace(
                "%1", str(error)))).run(self)
        self._read_pin()

    def _read_pin(self) -> None:
        store = self.store
        if store is not None:
            Op(lambda: pinning.read_pin(store)).success(self._pin_read).run(self)

    def _pin_read(self, pin: pinning.Pin | None) -> None:
        self.pin, self.pin_loaded = pin, True
        differs = pin is not None and bool(pinning.differences(
            pin, pinning.identity(self.form.current)))
        self.unconfirmed.setVisible(differs and self.accounts is not None)
        self.confirm_button.setVisible(differs and self.accounts is not None)

    def _rows(self, new: dict[str, str]) -> list[tuple[str, str, str]]:
        """(label, old, new) for each pinned value that changes."""
        old = self.pin.values if self.pin is not None else pinning.identity(self.settings)
        return [(self.form.labels[key], old[key], new[key]) for key in pinning.PINNED
                if old[key] != new[key]]

    def _sign_off(self, changes: dict[str, Any], proceed: Callable[..., None]) -> None:
        """Before saving: a change of the address or a central key needs a supervisor."""
        if self.store is None or self.accounts is None or \
                not any(key in changes for key in pinning.PINNED):
            proceed()
            return
        values = {key: changes.get(key, self.form.current[key]) for key in pinning.PINNED}
        store = self.store
        if self.pin_loaded and self.pin is None:  # the first configuration is pinned as is

            def first() -> None:
                if not pinning.pin_first(store, values, by=self.form.audit_to[1]
                                         if self.form.audit_to else "technician"):
                    raise pinning.CentralChanged("a central service was confirmed meanwhile; "
                                                 "open the page again")
            proceed(first)
            return
        self._ask(values, lambda officer: proceed(lambda: pinning.confirm(
            store, values, officer, via="technician console")), self.form.cancel_save)

    def _confirm_configured(self) -> None:
        """Confirm the configuration in force (changed in the file or environment)."""
        values = {key: self.settings[key] for key in pinning.PINNED}
        store = self.store

        def approved(officer: object) -> None:
            Op(lambda: pinning.confirm(store, values, officer, via="technician console")
               ).success(lambda _c: self._read_pin()).run(self)

        self._ask(values, approved, lambda: None)

    def _ask(self, values: dict[str, Any], approved: Callable[[Any], None],
             cancelled: Callable[[], None]) -> None:
        assert self.accounts is not None
        rows = self._rows(pinning.identity(values))
        self.dialog = SupervisorDialog(self.accounts, self.tr(
            "Packets with applicants' data will be sealed to and sent to this central "
            "service. A supervisor confirms the change (keys are shown by their "
            "fingerprints)."), rows, self)
        self.dialog.approved.connect(approved)
        self.dialog.rejected.connect(cancelled)
        self.dialog.open()
