"""One dedicated I/O thread per device: calls go in a queue, results come back as futures."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from kiosk.domain.threads import spawn

T = TypeVar("T")
log = logging.getLogger(__name__)
_STOP = object()


class DeviceWorker:
    """A single thread that runs every call for one device, in order.

    ``submit(fn, *args)`` returns a Future; ``close()`` cancels what has not started, runs
    ``on_close`` on the thread (to release the device there) and joins the thread.
    """

    def __init__(self, name: str, on_close: Callable[[], None] | None = None) -> None:
        self.name = name
        self._on_close = on_close
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._lock = threading.Lock()
        # a standby thread: creating a device never waits for a new thread to be scheduled
        self._thread = spawn(self._run, name=f"device-{name}")

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` on the device thread."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError(f"device worker {self.name} is closed")
            self._queue.put((future, fn, args, kwargs))
        return future

    @property
    def on_thread(self) -> bool:
        return self._thread.is_current()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                break
            future, fn, args, kwargs = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # delivered to the caller through the future
                future.set_exception(exc)
        if self._on_close is not None:
            try:
                self._on_close()
            except Exception:
                log.exception("closing device %s failed", self.name)

    def close(self, timeout: float = 5.0) -> None:
        """Stop accepting work, release the device on its thread and join the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            while True:  # work that has not started is cancelled, not run
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                item[0].cancel()
            self._queue.put(_STOP)
        if not self.on_thread:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()
