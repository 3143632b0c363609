"""The sync line in the main window's status bar, on every screen: online / offline /
throttled / backing off, how many packets wait, the age of the oldest, the last error in words.

With a sync worker it reads :meth:`SyncWorker.status` once a second (a lock and a copy; no
disk, no network). Without one (an offline-only station) it counts the outbox in an
:class:`~ui.common.ops.Op`, never on the UI thread, when the store says it changed
(:class:`~ui.common.store_events.StoreEvents`), and shows the waiting times again each minute
from the last count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.domain.clock import Clock, system_clock
from kiosk.sync.offline_limit import OfflineLimit, offline_limit
from kiosk.sync.status import SyncStatus
from ui.common.languages import pair_text
from ui.common.messages import sentence
from ui.common.ops import Op
from ui.common.store_events import StoreEvents
from ui.desk.rejection_reasons import next_step, reason_text

if TYPE_CHECKING:
    from kiosk.store.repository import Repository
    from kiosk.sync import outbox
    from station.services import Services

STATE_DOT = '<span style="color:{}">&#9679;</span> '  # markup, not words
COLOURS = {"online": "#2e7d32", "throttled": "#ef6c00", "backing_off": "#ef6c00",
           "offline": "#757575", "auth_failed": "#c62828", "not_configured": "#757575",
           "stopped": "#757575"}
REJECTED_COLOUR = "#c62828"
HELD_STATES = ("backing_off", "throttled", "offline")  # the line says when the next try is
WORKER_POLL_MS = 1000
AGE_TICK_MS = 60_000  # without a worker: the ages move on with no new count
MAX_SENTENCE_PX = 480
MAX_LINE_PX = 900  # the whole line: the status bar keeps room for the officer's name
MIN_SENTENCE_PX = 160  # the start of the reason, however long the rest is


def _queue_stats(repo: Repository) -> outbox.QueueStats:
    """The outbox counts (the sync modules are imported here, off the first screen's path)."""
    from kiosk.sync import outbox

    return outbox.queue_stats(repo)


class SyncStatusLabel(QLabel):
    """Shows a :class:`SyncStatus`; :meth:`attach` follows the services' sync."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._source: Callable[[], None] | None = None
        self._events: StoreEvents | None = None  # without a worker: the store's changes
        self._stats: outbox.QueueStats | None = None  # the last count (without a worker)
        self._busy = self._again = False
        self.status: SyncStatus | None = None
        self.max_days_offline = 0.0  # sync.max_days_offline, from attach()
        self.clock: Clock = system_clock  # the store's, from attach()

    def attach(self, services: Services) -> None:
        """Follow ``services.sync`` (or, without a worker, the outbox counts)."""
        self.detach()
        self.max_days_offline = float(services.settings["sync.max_days_offline"])
        self.clock = services.store.now
        worker = services.sync
        if worker is not None:
            self._source = lambda: self.show_status(worker.status())
            self._timer.start(WORKER_POLL_MS)
        else:
            self._source = lambda: self._count(services)
            self._events = StoreEvents(services.store, self)
            self._events.changed.connect(lambda _changes: self._poll())
            self._timer.start(AGE_TICK_MS)
        self._poll()

    def detach(self) -> None:
        self._timer.stop()
        self._source = None
        self._stats = None
        if self._events is not None:
            self._events.close()
            self._events.deleteLater()
            self._events = None

    def _poll(self) -> None:
        if self._source is not None:
            self._source()

    def _tick(self) -> None:
        if self._events is None:
            self._poll()  # the worker's status: a lock and a copy
        elif self._stats is not None:
            self._show_stats(self._stats)  # the last count, the ages as of now

    def _count(self, services: Services) -> None:
        if self._busy:
            self._again = True  # a change during the count: count once more after it
            return
        self._busy, self._again = True, False

        def shown(stats: outbox.QueueStats) -> None:
            self._busy = False
            if self._source is None:
                return  # detached meanwhile
            self._stats = stats
            self._show_stats(stats)
            if self._again:
                self._poll()

        def failed(_exc: BaseException) -> None:
            self._busy = False

        Op(lambda: services.store.read(_queue_stats)).success(shown).failure(failed).run(self)

    def _show_stats(self, stats: outbox.QueueStats) -> None:
        now = self.clock()
        age = waiting = None
        if stats.oldest_pending_at is not None:
            age = (now - stats.oldest_pending_at).total_seconds()
        if stats.oldest_waiting_at is not None:
            waiting = (now - stats.oldest_waiting_at).total_seconds()
        self.show_status(SyncStatus("not_configured", stats.pending,
                                    stats.awaiting_result, age, rejected=stats.rejected,
                                    last_rejection=stats.last_rejection,
                                    waiting_age_s=waiting))

    def changeEvent(self, event: QEvent) -> None:
        """Another officer language: the last status again, in it (without a sync worker the
        line was next drawn a minute later, in the previous language until then)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.status is not None:
            self.show_status(self.status)

    # -- rendering --------------------------------------------------------------------

    def state_name(self, state: str) -> str:
        return {"online": self.tr("Online"), "offline": self.tr("Offline"),
                "throttled": self.tr("Throttled"), "backing_off": self.tr("Backing off"),
                "auth_failed": self.tr("Not authorised"),
                "not_configured": self.tr("Offline only"),
                "stopped": self.tr("Stopped")}.get(state, state)

    def next_try_text(self, status: SyncStatus) -> str:
        """When the held-back uploads are tried again ("" when they are not held back)."""
        if status.retry_in_s >= 90:
            return self.tr("next try in %n min", "", round(status.retry_in_s / 60))
        if status.retry_in_s >= 1:
            return self.tr("next try in %n s", "", round(status.retry_in_s))
        if status.state == "backing_off":
            return self.tr("trying again now")  # a retry waits on the central's answer
        return ""

    def age_text(self, seconds: float) -> str:
        minutes = int(seconds // 60)
        if minutes < 1:
            return self.tr("oldest: under 1 min")
        if minutes < 60:
            return self.tr("oldest: %n min", "", minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("oldest: %n h", "", hours)
        return self.tr("oldest: %n days", "", hours // 24)

    def offline_limit(self, status: SyncStatus) -> OfflineLimit:
        """Where the station stands against ``sync.max_days_offline``."""
        if status.waiting_age_s is None:
            return OfflineLimit("ok", None, self.max_days_offline)
        now = self.clock()
        return offline_limit(now - timedelta(seconds=status.waiting_age_s), now,
                             self.max_days_offline)

    def limit_text(self, limit: OfflineLimit) -> str:
        days = int(limit.waiting_days or 0)
        if limit.blocked:
            return self.tr("not sent for %n days: new enrollments stopped", "", days)
        left = max(1, int(limit.limit_days - (limit.waiting_days or 0) + 0.999))
        return self.tr("not sent for %n days", "", days) + " · " + self.tr(
            "new enrollments stop in %n days", "", left)

    def show_status(self, status: SyncStatus) -> None:
        """Render one status (also called by tests with a status of their choosing)."""
        self.status = status
        parts = [self.tr("Sync: %1").replace("%1", self.state_name(status.state))]
        next_try = self.next_try_text(status) if status.state in HELD_STATES else ""
        if next_try:
            parts.append(next_try)
        if status.queue_length:
            parts.append(self.tr("%n waiting", "", status.queue_length))
            if status.oldest_pending_age_s is not None:
                parts.append(self.age_text(status.oldest_pending_age_s))
        elif status.state != "not_configured" and not status.rejected:
            parts.append(self.tr("all sent"))
        if status.rejected:  # never hidden behind "all sent": the officer must act on it
            parts.append(pair_text(self.tr("%n rejected", "", status.rejected),
                                   reason_text(status.last_rejection)))
        limit = self.offline_limit(status)
        if limit.state != "ok":  # the desk is about to stop, or has stopped, new enrollments
            parts.append(self.limit_text(limit))
        error = sentence(status.last_error_key) if status.last_error_key else ""
        if error and status.state != "online":
            # the whole sentence is in the tooltip; the line never widens the window: the
            # sentence gets what the rest of the line leaves of MAX_LINE_PX
            metrics = self.fontMetrics()
            used = metrics.horizontalAdvance(" · ".join([*parts, ""]))
            room = max(MIN_SENTENCE_PX, min(MAX_SENTENCE_PX, MAX_LINE_PX - used))
            parts.append(metrics.elidedText(error, Qt.TextElideMode.ElideRight, room))
        colour = (REJECTED_COLOUR if status.rejected or limit.blocked
                  else COLOURS.get(status.state, "#757575"))
        text = " · ".join(_escape(p) for p in parts)
        self.setText(STATE_DOT.format(colour) + text)
        tip = [self.state_name(status.state)]
        if status.retry_in_s >= 1:
            tip.append(self.next_try_text(status))
        if status.awaiting_result:
            tip.append(self.tr("%n awaiting the central decision", "", status.awaiting_result))
        if error:
            tip.append(error)
        if status.rejected:
            tip.append(next_step(status.last_rejection))
            tip.append(pair_text(self.tr("Central service code"), status.last_rejection or "?"))
        if status.state == "not_configured":
            tip.append(sentence("sync.not_configured"))
        if limit.blocked:
            tip.append(sentence("sync.offline_too_long"))
        if status.last_error_detail:
            tip.append(status.last_error_detail)
        self.setToolTip("\n".join(tip))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
