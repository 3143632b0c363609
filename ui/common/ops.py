"""Background work for the UI, as small operation objects (after Anki's QueryOp).

``Op(fn).success(cb).failure(cb).run(parent)`` runs ``fn()`` on a worker thread and delivers
the result or the exception to the callbacks on the UI thread. Tests install a synchronous
runner with :func:`run_synchronously` (after Picard's fake thread pool).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")

_synchronous = False


def run_synchronously(enabled: bool = True) -> None:
    """Make every Op run in the calling thread (tests only)."""
    global _synchronous
    _synchronous = enabled


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry results back to it.

    It has no Qt parent (the module keeps it until it has delivered), so deleting the screen
    that started the work cannot delete it while the worker thread is about to emit; the
    callbacks are skipped when that screen is gone.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, success: Callable[[Any], None],
                 failure: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._owner, self._success, self._failure = owner, success, failure
        self.done.connect(self._delivered)
        self.failed.connect(self._raised)

    def _delivered(self, result: Any) -> None:
        self.deleteLater()  # never deleted inside its own signal
        if shiboken6.isValid(self._owner):
            self._success(result)

    def _raised(self, exc: BaseException) -> None:
        self.deleteLater()
        if shiboken6.isValid(self._owner):
            self._failure(exc)
        else:
            log.warning("background operation failed after its screen closed: %s", exc)


_relays: set[_Relay] = set()  # in flight, or deleted and waiting to be pruned


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the failure callback, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Op(Generic[T]):
    """One piece of background work with UI-thread callbacks."""

    _pool: QThreadPool | None = None

    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._success: Callable[[T], None] = lambda _result: None
        self._failure: Callable[[BaseException], None] = _log_failure

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._failure = callback
        return self

    def run(self, parent: QObject) -> None:
        """Start the work; callbacks run on the thread of ``parent`` (the UI thread)."""
        if _synchronous:
            try:
                result = self._fn()
            except BaseException as exc:
                self._failure(exc)
            else:
                self._success(result)
            return
        _relays.difference_update([r for r in _relays if not shiboken6.isValid(r)])
        relay = _Relay(parent, self._success, self._failure)
        _relays.add(relay)
        if Op._pool is None:
            Op._pool = QThreadPool()
            Op._pool.setMaxThreadCount(2)
        Op._pool.start(_Job(self._fn, relay))

    @classmethod
    def wait_all(cls, msecs: int = 30_000) -> bool:
        """Wait for running operations (at shutdown)."""
        return cls._pool.waitForDone(msecs) if cls._pool else True


def _log_failure(exc: BaseException) -> None:
    log.error("background operation failed: %s", exc)
