"""Measures how long the UI thread ever stops answering: a timer that should tick every few
milliseconds records the longest gap between its ticks (that gap is what a user would feel)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self.interval_ms = interval_ms
        self.gaps_ms: list[float] = []
        self.ticks: list[float] = []  # perf_counter time of each tick
        self._last = 0.0

    def start(self) -> None:
        self.gaps_ms.clear()
        self.ticks.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000.0)
        self.ticks.append(now)
        self._last = now

    @property
    def longest_stall_ms(self) -> float:
        """Longest gap beyond the timer's own interval."""
        return max((g - self.interval_ms for g in self.gaps_ms), default=0.0)

    def p99_ms(self) -> float:
        ordered = sorted(self.gaps_ms)
        return ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0

    def worst(self, count: int = 5) -> list[tuple[float, float]]:
        """The ``count`` longest gaps as (end time, gap ms), longest first."""
        return sorted(zip(self.ticks, self.gaps_ms, strict=True), key=lambda p: -p[1])[:count]
