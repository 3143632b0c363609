"""The station status screen: who this station is and what its local store holds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.enrollment import State
from kiosk.store.store import StoreStatus
from ui.messages import describe


class StatusScreen(QWidget):
    """Station id, office, version and the local store's state; an error panel with Retry."""

    retry_requested = Signal()

    def __init__(self, station_id: str, office: str, version: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusScreen")
        title = QLabel(self.tr("Enrollment station"))
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)

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
            self.store_form.addRow(name + ":", label)
        self.outbox_label = QLabel("–")
        self.store_form.addRow(self.tr("Waiting for the central service:"), self.outbox_label)
        self.path_label = QLabel("–")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_form.addRow(self.tr("Database file:"), self.path_label)
        self.key_label = QLabel("–")
        self.store_form.addRow(self.tr("Encryption key:"), self.key_label)

        self.error_panel = QFrame()
        self.error_panel.setObjectName("errorPanel")
        self.error_panel.setStyleSheet(
            "#errorPanel { background: #fdecea; border: 1px solid #d93025; border-radius: 6px; }")
        self.error_text = QLabel()
        self.error_text.setWordWrap(True)
        self.error_detail = QLabel()
        self.error_detail.setWordWrap(True)
        self.error_detail.setStyleSheet("color: #5f6368;")
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.clicked.connect(self.retry_requested)
        row = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.error_text)
        texts.addWidget(self.error_detail)
        row.addLayout(texts, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error_panel.setLayout(row)
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
            label.setText(str(status.by_state.get(state, 0)))
        self.outbox_label.setText(str(status.outbox_pending))
        self.path_label.setText(str(status.path))
        backend = self.tr("OS keyring") if status.key_backend == "keyring" else self.tr("key file")
        self.key_label.setText(f"{backend} ({status.key_where})")

    def show_error(self, error: BaseException) -> None:
        """Show a translated sentence, the precise detail, and a Retry button."""
        sentence, detail = describe(error)
        self.store_state.setText(self.tr("Not available"))
        self.error_text.setText(sentence)
        self.error_detail.setText(detail)
        self.error_panel.show()
        self.retry_button.setFocus()
