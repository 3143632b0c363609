"""Measures how long the UI thread ever stops answering: a timer that should tick every few
milliseconds records the longest gap between its ticks (that gap is what a user would feel)."""

from __future__ import annotations

import bisect
import os
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QObject, Qt, QTimer

PROJECT = str(Path(__file__).resolve().parents[1]) + "/"


class Heartbeat(QObject):
    """Ticks every ``interval_ms`` on the UI thread; keeps each gap between ticks and the UI
    thread's own CPU time in it (``work_ms``: what the application did in one go, whatever
    the machine's load; the rest of a long gap was spent waiting for a CPU or a lock)."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self.interval_ms = interval_ms
        self.gaps_ms: list[float] = []
        self.ticks: list[float] = []  # perf_counter time of each tick
        self.work_ms: list[float] = []  # the UI thread's CPU time in each gap
        self._last = 0.0
        self._last_cpu = 0.0

    def start(self) -> None:
        self.gaps_ms.clear()
        self.ticks.clear()
        self.work_ms.clear()
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps_ms.append((now - self._last) * 1000.0)
        self.work_ms.append((cpu - self._last_cpu) * 1000.0)
        self.ticks.append(now)
        self._last, self._last_cpu = now, cpu

    @property
    def longest_stall_ms(self) -> float:
        """Longest gap beyond the timer's own interval."""
        return max((g - self.interval_ms for g in self.gaps_ms), default=0.0)

    @property
    def longest_work_ms(self) -> float:
        """The UI thread's longest run of work between two ticks (CPU time)."""
        return max(self.work_ms, default=0.0)

    def p99_ms(self) -> float:
        ordered = sorted(self.gaps_ms)
        return ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0

    def worst(self, count: int = 5) -> list[tuple[float, float]]:
        """The ``count`` longest gaps as (end time, gap ms), longest first."""
        return sorted(zip(self.ticks, self.gaps_ms, strict=True), key=lambda p: -p[1])[:count]


def thread_schedstat(native_id: int) -> tuple[float, float] | None:
    """(ms on a CPU, ms waiting for a CPU) of one thread of this process so far, from Linux's
    ``/proc/self/task/TID/schedstat``; None where the kernel does not say."""
    try:
        with open(f"/proc/self/task/{native_id}/schedstat", encoding="ascii") as file:
            on_cpu, waiting, _slices = file.read().split()
    except (OSError, ValueError):
        return None
    return int(on_cpu) / 1e6, int(waiting) / 1e6


def threads_on_cpu_ms() -> dict[int, float]:
    """Milliseconds on a CPU so far of every thread of this process (native id: ms), from
    Linux's schedstat; empty elsewhere."""
    times: dict[int, float] = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return times
    for tid in tids:
        stat = thread_schedstat(int(tid))
        if stat is not None:
            times[int(tid)] = stat[0]
    return times


def thread_name(native_id: int) -> str:
    """A thread's Python name, else the kernel's (a Qt or library thread)."""
    for thread in threading.enumerate():
        if thread.native_id == native_id:
            return thread.name
    try:
        with open(f"/proc/self/task/{native_id}/comm", encoding="utf-8") as file:
            return file.read().strip()
    except OSError:
        return str(native_id)


def _where(frame: FrameType | None, depth: int = 3) -> str:
    """A thread's innermost frames and the innermost of this project's own, joined."""
    stack: list[str] = []
    ours = ""
    while frame is not None:
        code = frame.f_code
        where = f"{code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno} {code.co_name}"
        if len(stack) < depth:
            stack.append(where)
        elif (not ours and code.co_filename.startswith(PROJECT)
              and "/.venv/" not in code.co_filename):
            ours = where
            break
        frame = frame.f_back
    return " < ".join(stack + ([ours] if ours else []))


Reading = tuple[float, tuple[float, float], dict[int, float]]


@dataclass(frozen=True)
class Stall:
    """One stall of the UI thread (gap beyond the sampler's threshold) and how the kernel
    spent it: running the UI thread, the UI thread runnable but waiting for a CPU (the
    machine is busy), or neither (blocked: the GIL, a lock, a join; the rest)."""

    end: float  # perf_counter time the UI thread ticked again
    gap_ms: float
    on_cpu_ms: float
    waiting_ms: float
    # the other threads that ran during the stall, most first: (name, ms on a CPU, where it
    # was when the sampler saw the stall); the one holding the GIL is among them
    others: tuple[tuple[str, float, str], ...] = ()

    @property
    def blocked_ms(self) -> float:
        return max(0.0, self.gap_ms - self.on_cpu_ms - self.waiting_ms)


class StallSampler:
    """While the UI thread stalls (no heartbeat tick for ``threshold_ms``), sample its Python
    stack every millisecond from another thread: where the UI thread spends stalled time.
    ``top()`` gives the most sampled call sites (innermost frames of this project first);
    ``stalls`` says, per stall, how much the UI thread ran, waited for a CPU or was blocked
    (Linux schedstat; empty elsewhere)."""

    def __init__(self, beat: Heartbeat, threshold_ms: float = 20.0) -> None:
        self.beat, self.threshold_ms = beat, threshold_ms
        self.samples: dict[tuple[str, ...], int] = {}
        self.stalls: list[Stall] = []
        self._main = threading.main_thread().ident
        self._main_native = threading.main_thread().native_id or 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)

    def _run(self) -> None:
        from collections import deque

        # (time, UI thread's schedstat, every thread's ms on a CPU) every ~2 ms: the reading
        # just before a stall began is kept
        readings: deque[Reading] = deque(maxlen=200)
        stalled_since = 0.0  # the heartbeat's last tick when the current stall was seen
        next_reading = 0.0
        self._seen: dict[int, str] = {}  # native id: where it was, during the current stall
        idents = {}  # Python ident: native id
        while not self._stop.wait(0.001):
            now = time.perf_counter()
            if now >= next_reading:
                stat = thread_schedstat(self._main_native)
                if stat is not None:
                    readings.append((now, stat, threads_on_cpu_ms()))
                next_reading = now + 0.002
            last = self.beat._last
            try:
                if not self.beat._timer.isActive() or not last:
                    continue
            except RuntimeError:  # the heartbeat is gone (the benchmark is ending)
                return
            if stalled_since and last != stalled_since:  # the stall just ended
                self._account(stalled_since, readings)
                stalled_since = 0.0
            if (now - last) * 1000.0 < self.threshold_ms:
                continue
            if stalled_since != last:
                self._seen = {}
                idents = {t.ident: t.native_id for t in threading.enumerate()}
            stalled_since = last
            self._sample(idents)

    def _sample(self, idents: dict[int | None, int | None]) -> None:
        """One sample of every thread's stack, kept as text only. The frame objects are
        dropped as this returns: a frame held past its function's return keeps that
        function's locals alive (Python 3.11), and a QPainter outliving its paintEvent is
        ended later, off the UI thread: a crash (seen under ``--why``)."""
        frames = sys._current_frames()
        for ident, other in frames.items():
            native = idents.get(ident)
            if (native is not None and ident not in (self._main, threading.get_ident())
                    and native not in self._seen):
                self._seen[native] = _where(other)
        frame = frames.get(self._main)
        frames.clear()
        stack: list[str] = []
        ours: list[str] = []  # the project's own frames (not the libraries')
        while frame is not None and len(stack) < 40:
            code = frame.f_code
            where = (f"{code.co_filename.rsplit('/', 2)[-2:][-1]}:{frame.f_lineno} "
                     f"{code.co_name}")
            stack.append(where)
            if code.co_filename.startswith(PROJECT) and "/.venv/" not in code.co_filename:
                ours.append(where)
            frame = frame.f_back
        # the innermost frames, then where the project called them from
        key = tuple(stack[:3]) + tuple(f for f in ours[:4] if f not in stack[:3])
        self.samples[key] = self.samples.get(key, 0) + 1

    def _account(self, began: float, readings: Sequence[Reading]) -> None:
        """Account the stall that began at the tick ``began``: it ended at the next tick
        (the sampler may notice late, on a busy machine); schedstat readings bracket it."""
        ticks = self.beat.ticks
        after_tick = bisect.bisect_right(ticks, began)
        if after_tick >= len(ticks):
            return
        ended = ticks[after_tick]
        before = [r for r in readings if r[0] <= began + 0.001]
        after = next((r for r in readings if r[0] >= ended), None)
        if after is None:
            stat = thread_schedstat(self._main_native)
            after = (ended, stat, threads_on_cpu_ms()) if stat is not None else None
        if not before or after is None:
            return
        start = before[-1]
        gap_ms = (ended - began) * 1000.0
        ran = sorted(((after[2][tid] - ms, tid) for tid, ms in start[2].items()
                      if tid in after[2] and tid not in (self._main_native,
                                                         threading.get_native_id())),
                     reverse=True)
        others = tuple((thread_name(tid), ms, self._seen.get(tid, ""))
                       for ms, tid in ran[:3] if ms >= 1.0)
        self.stalls.append(Stall(ended, gap_ms, min(gap_ms, after[1][0] - start[1][0]),
                                 min(gap_ms, after[1][1] - start[1][1]), others))

    def top(self, count: int = 8) -> list[tuple[int, str]]:
        """The ``count`` most sampled stacks (ms stalled, innermost frames joined)."""
        ranked = sorted(self.samples.items(), key=lambda item: -item[1])[:count]
        return [(n, " < ".join(stack)) for stack, n in ranked]

    def stall_ending(self, end: float) -> Stall | None:
        """The accounted stall that ended at ``end`` (a heartbeat tick time), if any."""
        return next((s for s in self.stalls if abs(s.end - end) < 1e-6), None)
