"""The newest log lines of this process, kept in memory for the diagnostics bundle."""

from __future__ import annotations

import logging
import threading
from collections import deque

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RecentLogs(logging.Handler):
    """A bounded ring of formatted records (thread-safe; the oldest drop out)."""

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__()
        self._lines: deque[str] = deque(maxlen=capacity)
        self._guard = threading.Lock()
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a bad record must not break logging
            return
        with self._guard:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._guard:
            return list(self._lines)


_installed: RecentLogs | None = None


def install() -> RecentLogs:
    """Attach one buffer to the root logger (idempotent) and return it."""
    global _installed
    if _installed is None:
        _installed = RecentLogs()
        logging.getLogger().addHandler(_installed)
    return _installed


def recent_lines() -> list[str]:
    """What the installed buffer holds (empty when none is installed)."""
    return _installed.lines() if _installed is not None else []
