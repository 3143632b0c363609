"""The station's log file: ``<data>/logs/kiosk.log``, size-capped and rotated, written by one
background thread (a log line never waits on the disk in the caller's thread), readable by
the station's own account only (0600 in a 0700 folder). Records carry no applicant data:
modules log ids and counts, never names, documents or images (a test greps).

:func:`install_crash_logging` sends every unhandled exception, on any thread, to the log
with its traceback and tells the caller where the log is.
"""

from __future__ import annotations

import atexit
import io
import logging
import logging.handlers
import os
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from kiosk.log_buffer import FORMAT

LOG_NAME = "kiosk.log"
log = logging.getLogger(__name__)


class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file created 0600, and rotated copies named ``kiosk.1.log`` (so that every
    copy ends in ``.log``)."""

    def __init__(self, path: Path, max_bytes: int, count: int) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=count, encoding="utf-8",
                         delay=True)
        self.namer = _rotated_name

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file left by an older version, too
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def _rotated_name(default: str) -> str:
    """``.../kiosk.log.3`` -> ``.../kiosk.3.log``."""
    stem, _, number = default.rpartition(".")
    base = stem[: -len(".log")] if stem.endswith(".log") else stem
    return f"{base}.{number}.log"


_listener: logging.handlers.QueueListener | None = None
_path: Path | None = None


def install(data_dir: Path, level: str = "INFO", max_bytes: int = 1_048_576,
            count: int = 5) -> Path:
    """Log the root logger's records to ``data_dir/logs/kiosk.log`` from a writer thread
    (idempotent: a second call only changes the level). Returns the file's path."""
    global _listener, _path
    logging.getLogger().setLevel(level)
    if _listener is not None and _path is not None:
        return _path
    folder = Path(data_dir) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    path = folder / LOG_NAME
    handler = PrivateRotatingFile(path, max_bytes, count)
    handler.setFormatter(logging.Formatter(FORMAT))
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    _listener = logging.handlers.QueueListener(records, handler, respect_handler_level=True)
    _listener.start()
    logging.getLogger().addHandler(logging.handlers.QueueHandler(records))
    atexit.register(stop)
    _path = path
    return path


def stop() -> None:
    """Write what is queued and close the file (at exit; tests)."""
    global _listener, _path
    listener, _listener = _listener, None
    if listener is None:
        return
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.QueueHandler) and handler.queue is listener.queue:
            root.removeHandler(handler)
    listener.stop()
    for handler in listener.handlers:
        handler.close()
    _path = None


def current_path() -> Path | None:
    """The log file in use (None before :func:`install`)."""
    return _path


def install_crash_logging(on_crash: Callable[[Path | None], None] | None = None) -> None:
    """Unhandled exceptions (main thread and any other) go to the log with their traceback;
    ``on_crash(log path)`` is then called (the GUI says where the log is)."""

    def logged(kind: type[BaseException], value: BaseException,
               trace: TracebackType | None, where: str) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log.critical("unhandled %s in %s", kind.__name__, where,
                     exc_info=(kind, value, trace))
        if on_crash is not None:
            try:
                on_crash(_path)
            except Exception:  # the crash report must never crash
                log.exception("telling the user about the crash failed")

    sys.excepthook = lambda k, v, t: logged(k, v, t, "the main thread")

    def in_thread(args: threading.ExceptHookArgs) -> None:
        thread = args.thread.name if args.thread is not None else "a thread"
        logged(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, thread)

    threading.excepthook = in_thread
