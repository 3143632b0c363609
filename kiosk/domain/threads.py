"""Threads started ahead of need: :func:`spawn` runs a function on a parked thread at once.

``threading.Thread.start()`` returns only once the new thread has run; on a busy machine the
kernel may take tens of milliseconds to schedule it, and when the caller is the UI thread the
officer feels that wait (measured under load in ``bench_desk.py --load --why``). Here a few
threads wait parked; :func:`spawn` hands its function to one of them (a queue put, no wait)
and a keeper thread, started once, starts replacements in the background. A function that
returns gives its thread back to the parked ones (up to :attr:`StandbyThreads.parked`).

Call :func:`prepare` once early (the kiosk does at start-up), so that even the first
:func:`spawn` finds a parked thread. Every thread is a daemon, as the kiosk's other workers.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
_STOP = object()


class Spawned:
    """A function running (or about to run) on a standby thread: ``is_alive``, ``join`` and
    ``is_current`` as for a :class:`threading.Thread`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._done = threading.Event()
        self._ident: int | None = None

    def is_alive(self) -> bool:
        """True from :func:`spawn` until the function has returned (or raised)."""
        return not self._done.is_set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the function to return; False if ``timeout`` passed first."""
        return self._done.wait(timeout)

    def is_current(self) -> bool:
        """True when called from within the function (on its thread)."""
        return self._ident == threading.get_ident() and self.is_alive()

    def __repr__(self) -> str:
        return f"Spawned({self.name!r}, alive={self.is_alive()})"


_Job = tuple[Spawned, Callable[..., object], tuple[Any, ...]]


class StandbyThreads:
    """A cached pool of daemon threads that keeps ``parked`` of them waiting for work."""

    def __init__(self, parked: int = 4, name: str = "standby") -> None:
        self.parked = parked
        self.name = name
        self._lock = threading.Lock()
        self._idle: list[queue.SimpleQueue[Any]] = []  # one mailbox per parked thread
        self._starting = 0  # started by the keeper, not parked yet
        self._backlog: queue.SimpleQueue[_Job] = queue.SimpleQueue()  # none was parked
        self._wake = threading.Event()
        self._keeper: threading.Thread | None = None

    def prepare(self) -> None:
        """Start the keeper (which parks the threads); spawn does it too, the first time."""
        with self._lock:
            if self._keeper is not None:
                return
            self._keeper = threading.Thread(target=self._keep, name=f"{self.name}-keeper",
                                            daemon=True)
        self._keeper.start()
        self._wake.set()

    def spawn(self, target: Callable[..., object], *args: Any, name: str = "") -> Spawned:
        """Run ``target(*args)`` on a parked thread (renamed ``name`` while it runs); never
        waits for a thread to start. An exception from ``target`` is logged."""
        if self._keeper is None:
            self.prepare()
        handle = Spawned(name or getattr(target, "__name__", "spawned"))
        job: _Job = (handle, target, args)
        with self._lock:
            mailbox = self._idle.pop() if self._idle else None
            if mailbox is None:
                self._backlog.put(job)  # the keeper starts a thread for it
        if mailbox is not None:
            mailbox.put(job)
        self._wake.set()  # top the parked threads up again
        return handle

    @property
    def idle(self) -> int:
        """Threads parked now."""
        with self._lock:
            return len(self._idle)

    def close(self) -> None:
        """End the parked threads (running functions finish first; tests' own pools)."""
        with self._lock:
            self.parked = 0
            idle, self._idle = self._idle, []
        for mailbox in idle:
            mailbox.put(_STOP)

    # --- keeper thread ---------------------------------------------------------------------

    def _keep(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            while True:
                try:
                    job: _Job | None = self._backlog.get_nowait()
                except queue.Empty:
                    job = None
                with self._lock:
                    if job is None and len(self._idle) + self._starting >= self.parked:
                        break
                    self._starting += 1
                threading.Thread(target=self._run, args=(job,), name=self.name,
                                 daemon=True).start()

    # --- standby threads -------------------------------------------------------------------

    def _run(self, job: _Job | None) -> None:
        mailbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        with self._lock:
            self._starting -= 1
            if job is None:
                if len(self._idle) >= self.parked:
                    return  # threads that finished work parked meanwhile: not needed
                self._idle.append(mailbox)
        me = threading.current_thread()
        while True:
            if job is None:
                item = mailbox.get()
                if item is _STOP:
                    return
                job = item
            assert job is not None
            handle, target, args = job
            handle._ident = threading.get_ident()
            me.name = handle.name
            try:
                target(*args)
            except BaseException:
                log.exception("thread %s failed", handle.name)
            finally:
                me.name = self.name
                job = None
                handle._done.set()
            with self._lock:
                if len(self._idle) >= self.parked:
                    return  # enough are parked: this one ends
                self._idle.append(mailbox)


_POOL = StandbyThreads()


def prepare() -> None:
    """Park the process-wide standby threads now (once, early, off any hot path)."""
    _POOL.prepare()


def spawn(target: Callable[..., object], *args: Any, name: str = "") -> Spawned:
    """Run ``target(*args)`` on a process-wide standby thread; see :class:`StandbyThreads`."""
    return _POOL.spawn(target, *args, name=name)
