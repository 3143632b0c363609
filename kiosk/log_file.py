"""The station's log file: ``<data>/logs/kiosk.log``, size-capped and rotated, written by one
background thread (a log line never waits on the disk in the caller's thread), readable by
the station's own account only (0600 in a 0700 folder). Records carry no applicant data:
modules log ids and counts, never names, documents or images (a test greps).

The GUI installs it ``deferred``: records are kept in memory until :func:`start_writer`,
called once the first screen is drawn (the writer thread and ``logging.handlers`` are not
needed to draw it); an error record, or the process's exit, starts the writer at once.

:func:`install_crash_logging` sends every unhandled exception, on any thread, to the log
with its traceback and tells the caller where the log is.
"""

from __future__ import annotations

import atexit
import copy
import io
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kiosk.log_buffer import FORMAT

if TYPE_CHECKING:  # imported when the writer starts (socket, pickle, queue: ~7 ms at start)
    import logging.handlers

LOG_NAME = "kiosk.log"
PENDING_MAX = 10_000  # records kept before the writer starts (then the oldest are dropped)
log = logging.getLogger(__name__)


def private_rotating_file(path: Path, max_bytes: int, count: int) -> logging.Handler:
    """A rotating file created 0600, and rotated copies named ``kiosk.1.log`` (so that every
    copy ends in ``.log``)."""
    import logging.handlers

    class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.chmod(self.baseFilename, 0o600)  # a file left by an older version, too
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    handler = PrivateRotatingFile(path, maxBytes=max_bytes, backupCount=count,
                                  encoding="utf-8", delay=True)
    handler.namer = _rotated_name
    return handler


def _rotated_name(default: str) -> str:
    """``.../kiosk.log.3`` -> ``.../kiosk.3.log``."""
    stem, _, number = default.rpartition(".")
    base = stem[: -len(".log")] if stem.endswith(".log") else stem
    return f"{base}.{number}.log"


class _Handoff(logging.Handler):
    """The root logger's handler for the file: hands each record (prepared as
    ``QueueHandler`` does: message merged, traceback as text) to the writer's queue, or keeps
    it until the writer starts."""

    def __init__(self, path: Path, max_bytes: int, count: int) -> None:
        super().__init__()
        self.path, self.max_bytes, self.count = path, max_bytes, count
        self.pending: list[logging.LogRecord] = []
        self.levels_before: dict[str, int] = {}  # restored by stop()
        self.queue: Any = None
        self.listener: logging.handlers.QueueListener | None = None
        self._plain = logging.Formatter()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            prepared = self._prepare(record)
        except Exception:
            self.handleError(record)
            return
        if self.queue is not None:
            self.queue.put_nowait(prepared)
            return
        if len(self.pending) >= PENDING_MAX:
            del self.pending[0]
        self.pending.append(prepared)
        if record.levelno >= logging.ERROR:
            self.start()  # something went wrong: to the disk now

    def _prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        message = self._plain.format(record)
        prepared = copy.copy(record)
        prepared.message = prepared.msg = message
        prepared.args = prepared.exc_info = prepared.exc_text = prepared.stack_info = None
        return prepared

    def start(self) -> None:
        """Start the writer thread and give it what was kept (idempotent)."""
        self.acquire()  # (the handler's RLock: emit above holds it already)
        try:
            if self.listener is not None:
                return
            import logging.handlers
            import queue

            file = private_rotating_file(self.path, self.max_bytes, self.count)
            file.setFormatter(logging.Formatter(FORMAT))
            records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
            for record in self.pending:
                records.put_nowait(record)
            self.pending = []
            self.listener = logging.handlers.QueueListener(records, file,
                                                           respect_handler_level=True)
            self.listener.start()
            self.queue = records
        finally:
            self.release()


_handoff: _Handoff | None = None
# Libraries whose DEBUG records come per camera frame (Pillow: two "STREAM" lines per PNG).
_CHATTY = ("PIL",)


def install(data_dir: Path, level: str = "INFO", max_bytes: int = 1_048_576,
            count: int = 5, *, deferred: bool = False) -> Path:
    """Log the root logger's records to ``data_dir/logs/kiosk.log`` from a writer thread
    (idempotent: a second call only changes the level). Returns the file's path. The folder
    is made now (an OSError says it cannot be); ``deferred`` keeps the records in memory until
    :func:`start_writer` (or an error record, or exit)."""
    global _handoff
    root = logging.getLogger()
    if _handoff is not None:
        root.setLevel(level)
        return _handoff.path
    levels_before = {name: logging.getLogger(name).level for name in ("", *_CHATTY)}
    root.setLevel(level)
    for name in _CHATTY:  # their DEBUG lines come per camera frame: never in the station log
        logging.getLogger(name).setLevel(logging.INFO)
    folder = Path(data_dir) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    handoff = _Handoff(folder / LOG_NAME, max_bytes, count)
    handoff.levels_before = levels_before
    if not deferred:
        handoff.start()
    logging.getLogger().addHandler(handoff)
    atexit.register(stop)
    _handoff = handoff
    return handoff.path


def start_writer() -> None:
    """Start writing the file (after a ``deferred`` install; nothing otherwise)."""
    if _handoff is not None:
        _handoff.start()


def stop() -> None:
    """Write what is queued or kept and close the file (at exit; tests)."""
    global _handoff
    handoff, _handoff = _handoff, None
    if handoff is None:
        return
    logging.getLogger().removeHandler(handoff)
    for name, level in handoff.levels_before.items():  # a DEBUG level left behind would
        logging.getLogger(name).setLevel(level)  # keep every later record alive
    if handoff.pending:
        handoff.start()
    if handoff.listener is not None:
        handoff.listener.stop()
        for handler in handoff.listener.handlers:
            handler.close()


def current_path() -> Path | None:
    """The log file in use (None before :func:`install`)."""
    return _handoff.path if _handoff is not None else None


def _power_of_ten(number: int) -> bool:
    while number % 10 == 0:
        number //= 10
    return number == 1


def install_crash_logging(on_crash: Callable[[Path | None], None] | None = None) -> None:
    """Unhandled exceptions (main thread and any other) go to the log with their traceback;
    ``on_crash(log path)`` is then called (the GUI says where the log is).

    The same failure again (same type, same line: a paint handler failing at every frame)
    is logged in full once, then counted: a line at its 10th, 100th, 1000th... time, and
    ``on_crash`` only then, so a failure that repeats 30 times a second neither rotates the
    rest of the log away nor reopens the officer's message at once."""
    seen: dict[tuple[str, str, int], int] = {}
    counting = threading.Lock()

    def logged(kind: type[BaseException], value: BaseException,
               trace: TracebackType | None, where: str) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        last = trace
        while last is not None and last.tb_next is not None:
            last = last.tb_next
        key = (kind.__name__, last.tb_frame.f_code.co_filename if last else "",
               last.tb_lineno if last else 0)
        with counting:
            times = seen[key] = seen.get(key, 0) + 1
        if times == 1:
            log.critical("unhandled %s in %s", kind.__name__, where,
                         exc_info=(kind, value, trace))
        elif _power_of_ten(times):
            log.critical("unhandled %s in %s again (%d times so far; its traceback is "
                         "logged above)", kind.__name__, where, times)
        else:
            return
        if on_crash is not None:
            try:
                on_crash(current_path())
            except Exception:  # the crash report must never crash
                log.exception("telling the user about the crash failed")

    sys.excepthook = lambda k, v, t: logged(k, v, t, "the main thread")

    def in_thread(args: threading.ExceptHookArgs) -> None:
        thread = args.thread.name if args.thread is not None else "a thread"
        logged(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, thread)

    threading.excepthook = in_thread
