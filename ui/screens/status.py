"""The station status screen: who this station is and what its local store holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.enrollment import State
from ui.common import style
from ui.common.languages import label_text, number_text
from ui.common.widgets import ErrorBanner, title_label

if TYPE_CHECKING:  # the store is imported in the background, after the first screen
    from kiosk.store.store import StoreStatus


class StatusScreen(QWidget):
    """Station id, office, version and the local store's state; an error panel with Retry."""

    retry_requested = Signal()

    def __init__(self, station_id: str, office: str, version: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusScreen")
        title = title_label(self.tr("Enrollment station"))

        identity = QGroupBox(self.tr("Station"))
        form = QFormLayout(identity)
        self.station_label = QLabel(station_id)
        self.station_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Station ID:"), self.station_label)
        form.addRow(self.tr("Office:"), QLabel(office or self.tr("(not configured)")))
        form.addRow(self.tr("Version:"), QLabel(version))

        self.store_box = QGroupBox(self.tr("Local database"))
        self.store_form = QFormLayout(self.store_box)
        self.store_state = QLabel(self.tr("Opening the local database…"))
        self.store_form.addRow(self.tr("Status:"), self.store_state)
        self.count_labels: dict[State, QLabel] = {}
        for state, name in self.state_names().items():
            label = QLabel("–")
            label.setObjectName(f"count_{state}")
            self.count_labels[state] = label
            self.store_form.addRow(label_text(name), label)
        self.outbox_label = QLabel("–")
        self.store_form.addRow(self.tr("Waiting for the central service:"), self.outbox_label)
        self.path_label = QLabel("–")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_form.addRow(self.tr("Database file:"), self.path_label)
        self.key_label = QLabel("–")
        self.store_form.addRow(self.tr("Encryption key:"), self.key_label)

        self.error_banner = ErrorBanner()
        self.retry_button = QPushButton(self.tr("&Retry"))
        style.primary(self.retry_button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.error_panel = QWidget()
        row = QHBoxLayout(self.error_panel)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error_banner, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error_panel.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.error_panel)
        layout.addWidget(identity)
        layout.addWidget(self.store_box)
        layout.addStretch(1)

    def state_names(self) -> dict[State, str]:
        """Translated names of the enrollment states, as counted here."""
        return {
            State.DRAFT: self.tr("Drafts"), State.CAPTURED: self.tr("Captured"),
            State.FINALIZED: self.tr("Finalized, waiting to upload"),
            State.UPLOADED: self.tr("Uploaded"), State.ACCEPTED: self.tr("Accepted"),
            State.REJECTED: self.tr("Rejected"), State.CANCELLED: self.tr("Cancelled"),
        }

    def show_status(self, status: StoreStatus) -> None:
        """Fill in the store's figures and hide any error."""
        self.error_panel.hide()
        self.store_state.setText(self.tr("Ready (encrypted, %n MB)", "",
                                         max(1, round(status.size_bytes / 1e6))))
        for state, label in self.count_labels.items():
            label.setText(number_text(status.by_state.get(state, 0)))
        self.outbox_label.setText(number_text(status.outbox_pending))
        self.path_label.setText(str(status.path))
        backend = self.tr("OS keyring") if status.key_backend == "keyring" else self.tr("key file")
        self.key_label.setText(f"{backend} ({status.key_where})")

    def show_error(self, error: BaseException) -> None:
        """Show a translated sentence, the precise detail, and a Retry button."""
        self.store_state.setText(self.tr("Not available"))
        self.error_banner.show_error(error)
        self.error_panel.show()
        self.retry_button.setFocus()
