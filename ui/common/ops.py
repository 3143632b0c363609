"""Background work for the UI, as small operation objects (after Anki's QueryOp).

``Op(fn).success(cb).failure(cb).run(parent)`` runs ``fn()`` on a worker thread and delivers
the result or the exception to the callbacks on the UI thread; when ``parent`` has been deleted
by then (the screen closed), the callbacks are skipped. The work itself is never cancelled (a
save must finish). Tests install a synchronous runner with :func:`run_synchronously` (after
Picard's fake thread pool).

Two plain daemon threads take the work from a queue, and one relay QObject, connected once,
brings each finished operation to the UI thread (a queued signal). Not a QThreadPool: PySide6
6.11 kept every QRunnable a pool had run referenced from the pool, with whatever its function
held (a receipt's PDF, a slap's images), and a relay connected per operation kept two
references to None each (``scripts/pyside_connect_leak.py``). A finished operation drops its
function at once and everything else once delivered. Daemon threads never hold the
application's exit (the windows wait for running work, ``Op.wait_all``, up to a limit); once
the interpreter exits nothing more is delivered (before PySide6 takes its objects down).
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")
THREADS = 2

_synchronous = False


def run_synchronously(enabled: bool = True) -> None:
    """Make every Op run in the calling thread (tests only)."""
    global _synchronous
    _synchronous = enabled


class _Job:
    """One operation in flight: its function until it has run, then its outcome until the
    UI thread has delivered it."""

    __slots__ = ("error", "failure", "fn", "owner", "result", "success")

    def __init__(self, fn: Callable[[], Any], owner: QObject, success: Callable[[Any], None],
                 failure: Callable[[BaseException], None]) -> None:
        self.fn: Callable[[], Any] | None = fn
        self.owner: QObject | None = owner
        self.success: Callable[[Any], None] | None = success
        self.failure: Callable[[BaseException], None] | None = failure
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """On a worker thread: any exception is kept for the failure callback, never lost."""
        fn, self.fn = self.fn, None
        try:
            self.result = fn() if fn is not None else None
        except BaseException as exc:
            self.error = exc
        finally:
            del fn  # what the function held goes now, not when the UI thread gets to it

    def deliver(self) -> None:
        """On the UI thread: the callback, unless the screen that started it is gone."""
        owner, success, failure = self.owner, self.success, self.failure
        result, error = self.result, self.error
        self.owner = self.success = self.failure = self.result = self.error = None
        if owner is None or not shiboken6.isValid(owner):
            if error is not None:
                log.warning("background operation failed after its screen closed: %s", error)
            return
        if error is not None:
            if failure is not None:
                failure(error)
        elif success is not None:
            success(result)


class _Relay(QObject):
    """Lives on the UI thread, connected once: each finished job arrives queued."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        # emitted on the worker threads only, so Qt queues each call to the UI thread (the
        # connection type is not named: naming Qt builds its namespace, see style.py)
        self.finished.connect(self._deliver)

    def _deliver(self, job: _Job) -> None:
        _runner.in_flight -= 1
        job.deliver()


class _Runner:
    """``THREADS`` daemon threads fed by one queue; counts the jobs not yet finished."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0  # queued or running
        self._threads: list[threading.Thread] = []
        self._relay: _Relay | None = None
        self._closed = False
        self.in_flight = 0  # submitted and not yet delivered (UI thread only)

    def submit(self, job: _Job) -> None:
        if self._relay is None:  # on the UI thread, before any worker can emit
            self._relay = _Relay()
        self.in_flight += 1
        with self._lock:
            self._pending += 1
            while len(self._threads) < THREADS:
                thread = threading.Thread(target=self._work, daemon=True,
                                          name=f"ops-{len(self._threads) + 1}")
                self._threads.append(thread)
                thread.start()
        self._jobs.put(job)

    def wait(self, seconds: float) -> bool:
        """Wait until every submitted job has run; False if ``seconds`` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, seconds)

    def close(self) -> None:
        """The interpreter is ending: deliver nothing more (work still running goes on)."""
        with self._lock:
            self._closed = True

    @property
    def pending(self) -> int:
        """Jobs queued or running."""
        with self._lock:
            return self._pending

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            job.run()
            with self._lock:  # close() waits for an emit under way
                self._pending -= 1
                self._idle.notify_all()
                if not self._closed and self._relay is not None:
                    try:
                        self._relay.finished.emit(job)
                    except RuntimeError:  # the relay was deleted (the interpreter is ending)
                        self._closed = True
            del job


_runner = _Runner()
atexit.register(_runner.close)  # runs before PySide6's own clean-up (registered earlier)


class Op(Generic[T]):
    """One piece of background work with UI-thread callbacks."""

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
        """Start the work; callbacks run on the UI thread, only while ``parent`` exists."""
        if _synchronous:
            try:
                result = self._fn()
            except BaseException as exc:
                self._failure(exc)
            else:
                self._success(result)
            return
        _runner.submit(_Job(self._fn, parent, self._success, self._failure))

    @classmethod
    def wait_all(cls, msecs: int = 30_000) -> bool:
        """Wait for running operations (at shutdown); False if ``msecs`` passed first."""
        return _runner.wait(msecs / 1000)


def _log_failure(exc: BaseException) -> None:
    log.error("background operation failed: %s", exc)
