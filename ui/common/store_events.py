"""The store's change notification, brought to the UI thread.

:meth:`kiosk.store.store.Store.subscribe` calls its listeners on the writer thread after each
commit. :class:`StoreEvents` receives those calls from any thread, hands them to the thread it
lives on (the UI thread) through a queued signal, and emits :attr:`StoreEvents.changed` once
per burst: the first change of a burst starts a short timer, and every change that arrives
before it fires is delivered with it. Screens connect ``changed`` to their own refresh, which
reads the store in the background (:class:`~ui.common.ops.Op`), never on the UI thread.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from kiosk.store.repository import Change
    from kiosk.store.store import Store

BURST_MS = 150  # changes this close together make one refresh


class _State:
    """What the writer thread and the UI thread share, behind one lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: set[Change] = set()
        self.closed = False


class StoreEvents(QObject):
    """Emits ``changed(frozenset[Change])`` on its own thread after the store committed
    changes; :meth:`close` (or the object's deletion with its parent) stops listening."""

    changed = Signal(object)
    _arrived = Signal()  # emitted on the writer thread, delivered queued

    def __init__(self, store: Store, parent: QObject | None = None,
                 burst_ms: int = BURST_MS) -> None:
        super().__init__(parent)
        self._state = state = _State()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(burst_ms)
        self._timer.timeout.connect(self._deliver)
        self._arrived.connect(self._timer.start, Qt.ConnectionType.QueuedConnection)
        arrived = self._arrived

        def heard(changes: frozenset[Change]) -> None:
            """On the writer thread: remember what changed; wake the UI thread once a burst
            (never after closing, so never on a deleted object)."""
            with state.lock:
                if state.closed:
                    return
                first = not state.pending
                state.pending.update(changes)
                if first:
                    arrived.emit()

        self._unsubscribe = unsubscribe = store.subscribe(heard)

        def destroyed(*_args: object) -> None:
            with state.lock:
                state.closed = True
            unsubscribe()

        self.destroyed.connect(destroyed)

    def _deliver(self) -> None:
        with self._state.lock:
            changes, self._state.pending = frozenset(self._state.pending), set()
            closed = self._state.closed
        if changes and not closed:
            self.changed.emit(changes)

    def close(self) -> None:
        """Stop listening (idempotent); a burst on its way is dropped."""
        with self._state.lock:
            self._state.closed = True
        self._unsubscribe()
        self._timer.stop()
