"""Console page: the sync queue's health (the worker's status and the store's queue figures;
counts only, never an applicant).

The queue figures are read in the background when the page is shown and when the store says
it changed (:class:`~ui.common.store_events.StoreEvents`); while shown, the worker's status (a
lock and a copy, no disk) and the waiting time are shown again every 2 s."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.sync import outbox
from kiosk.sync.worker import SyncStatus
from station.services import Services
from ui.common.messages import sentence
from ui.common.ops import Op
from ui.common.store_events import StoreEvents
from ui.common.widgets import ErrorBanner, title_label

REFRESH_MS = 2000


@dataclass(frozen=True)
class QueueHealth:
    """What the page shows: the worker's status (None when sync is off) and the queue."""

    status: SyncStatus | None
    pending: int
    awaiting_result: int
    oldest_pending_at: datetime | None


def read_health(services: Services) -> QueueHealth:
    """Read the queue figures from the store (call in the background)."""
    stats = services.store.read(outbox.queue_stats)
    status = services.sync.status() if services.sync is not None else None
    return QueueHealth(status, stats.pending, stats.awaiting_result, stats.oldest_pending_at)


class SyncPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.services = services
        self.health: QueueHealth | None = None
        self._reading = self._stale = False  # one read of the store at a time
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, text in (("state", self.tr("State:")),
                           ("pending", self.tr("Waiting to upload:")),
                           ("awaiting", self.tr("Uploaded, waiting for the result:")),
                           ("oldest", self.tr("Oldest waiting for:")),
                           ("in_flight", self.tr("Uploads in progress:")),
                           ("uploaded", self.tr("Uploaded since start:")),
                           ("retry", self.tr("Next attempt in:")),
                           ("error", self.tr("Last problem:"))):
            label = QLabel("–")
            label.setObjectName(f"sync_{name}")
            label.setWordWrap(True)
            self.labels[name] = label
            form.addRow(text, label)
        self.banner = ErrorBanner()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self._tick)
        self.store_events = StoreEvents(services.store, self)
        self.store_events.changed.connect(lambda _changes: self._store_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Sync queue"), 1.4))
        layout.addLayout(form)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def showEvent(self, event) -> None:
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the queue figures in the background (asked again meanwhile: once more)."""
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        services = self.services
        Op(lambda: read_health(services)).success(
            lambda health: self._read(self.show_health, health)).failure(
            lambda exc: self._read(self.banner.show_error, exc)).run(self)

    def _read(self, show, outcome) -> None:
        self._reading = False
        show(outcome)
        if self._stale:
            self.refresh()

    def _store_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _tick(self) -> None:
        """The worker's status and the waiting time as of now, from memory."""
        worker = self.services.sync
        if self.health is not None and worker is not None:
            self.show_health(replace(self.health, status=worker.status()))
        elif self.health is not None:
            self.show_health(self.health)

    def _state_name(self, state: str) -> str:
        return {
            "online": self.tr("Connected"), "offline": self.tr("Offline: will retry"),
            "throttled": self.tr("Slowed down: the service is busy"),
            "backing_off": self.tr("Waiting before the next attempt"),
            "auth_failed": self.tr("Refused: check the station's registration"),
            "not_configured": self.tr("Not configured"), "stopped": self.tr("Stopped"),
        }.get(state, state)

    def show_health(self, health: QueueHealth) -> None:
        self.health = health
        self.banner.hide()
        status = health.status
        labels = self.labels
        labels["pending"].setText(str(health.pending))
        labels["awaiting"].setText(str(health.awaiting_result))
        labels["oldest"].setText(self._age(
            (self.services.store.now() - health.oldest_pending_at).total_seconds()
            if health.oldest_pending_at is not None else None))
        if status is None:
            labels["state"].setText(self.tr("Off: no central service address is configured, "
                                            "or sync is disabled"))
            for name in ("in_flight", "uploaded", "retry", "error"):
                labels[name].setText("–")
            return
        labels["state"].setText(self._state_name(status.state))
        labels["in_flight"].setText(str(status.in_flight))
        labels["uploaded"].setText(str(status.uploaded))
        labels["retry"].setText(self._age(status.retry_in_s) if status.retry_in_s else "–")
        labels["error"].setText(
            f"{self._problem(status.last_error_key)} ({status.last_error_detail})"
            if status.last_error_key else self.tr("None"))

    def _problem(self, key: str) -> str:
        """The sentence for a sync worker's error key."""
        known = {
            "sync.offline": self.tr("The central service cannot be reached."),
            "sync.timeout": self.tr("The central service stopped answering."),
            "sync.connection_lost": self.tr("The connection was lost during an upload."),
            "sync.clock_skew": self.tr("The station's clock differs from the service's."),
            "sync.auth_failed": self.tr("The central service refused this station."),
            "sync.throttled": self.tr("The central service asked to slow down."),
            "sync.server_error": self.tr("The central service reported an error."),
            "sync.rejected": self.tr("The central service rejected a packet."),
            "sync.retry_budget": self.tr("Too many retries: waiting before trying again."),
            "sync.internal": self.tr("The local queue could not be read."),
        }
        return known.get(key) or sentence(key)

    def _age(self, seconds: float | None) -> str:
        if seconds is None:
            return "–"
        if seconds < 120:
            return self.tr("%n second(s)", "", int(seconds))
        if seconds < 7200:
            return self.tr("%n minute(s)", "", int(seconds // 60))
        return self.tr("%n hour(s)", "", int(seconds // 3600))
