"""Recognising a keyboard-wedge reader's burst among ordinary typing.

Passport readers and handheld scanners "type" what they read, much faster than a person
(a few milliseconds per key), and end with Enter. The detector sees every key with its time;
a burst is a run of keys each within ``max_gap`` of the previous one. Once a burst is longer
than ``confident_after`` characters it is certainly a device (no person types 20 characters
at that pace), and the UI should swallow further keys and undo the ones that reached the
focused field. When the burst ends with Enter, :meth:`feed` returns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MRZ_SHAPES = {(2, 44), (2, 36), (3, 30)}
_MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")


@dataclass(frozen=True)
class Burst:
    """A complete burst: its lines (Enter-separated) and when it started."""

    lines: tuple[str, ...]
    started_at: float

    def mrz_lines(self) -> tuple[str, ...] | None:
        return split_mrz(self.lines)


def split_mrz(lines: tuple[str, ...]) -> tuple[str, ...] | None:
    """The MRZ lines in ``lines`` (also when a reader sent them without separators)."""
    cleaned = tuple(line.strip().upper() for line in lines if line.strip())
    if (len(cleaned), len(cleaned[0]) if cleaned else 0) in MRZ_SHAPES and all(
            len(line) == len(cleaned[0]) and set(line) <= _MRZ_CHARS for line in cleaned):
        return cleaned
    if len(cleaned) == 1 and set(cleaned[0]) <= _MRZ_CHARS:
        for count, width in MRZ_SHAPES:
            if len(cleaned[0]) == count * width:
                return tuple(cleaned[0][i * width:(i + 1) * width] for i in range(count))
    return None


@dataclass
class WedgeDetector:
    """Feed keys with monotonic times; get a :class:`Burst` when a fast run ends with Enter."""

    max_gap: float = 0.05
    confident_after: int = 20
    _buffer: list[str] = field(default_factory=list)
    _started: float = 0.0
    _last: float = -1e9

    def feed(self, text: str, now: float) -> Burst | None:
        """One key's text ("\\r" or "\\n" for Enter). Returns the burst it completes, if any."""
        if now - self._last > self.max_gap:
            self._buffer.clear()
            self._started = now
        self._last = now
        if text in ("\r", "\n"):
            if self.confident:
                lines = tuple("".join(self._buffer).replace("\n", "\r").split("\r"))
                self._buffer.clear()
                self._last = now  # a reader's CR between lines keeps the burst going
                burst = Burst(tuple(line for line in lines if line), self._started)
                if burst.mrz_lines() is not None or not self._more_lines_expected(burst):
                    self._buffer.clear()
                    return burst
                self._buffer.extend("\r".join(burst.lines) + "\r")
                return None
            self._buffer.clear()
            return None
        self._buffer.append(text)
        return None

    @staticmethod
    def _more_lines_expected(burst: Burst) -> bool:
        """A partial MRZ (one or two full-width lines so far) waits for the next line."""
        lines = burst.lines
        widths = {len(line) for line in lines}
        return (len(widths) == 1 and all(set(line) <= _MRZ_CHARS for line in lines)
                and any(len(lines) < count and width in widths for count, width in MRZ_SHAPES))

    @property
    def confident(self) -> bool:
        """True once the current run is too long and fast to be a person typing."""
        return sum(1 for ch in self._buffer if ch not in "\r\n") >= self.confident_after

    def flush(self, now: float) -> Burst | None:
        """After ``max_gap`` of silence, a confident run that never completed (e.g. one MRZ
        line, or no final Enter) is returned so the UI can report or replay it."""
        if now - self._last <= self.max_gap or not self.confident:
            return None
        lines = tuple(line for line in "".join(self._buffer).split("\r") if line)
        self._buffer.clear()
        return Burst(lines, self._started)

    @property
    def started_at(self) -> float:
        return self._started

    def reset(self) -> None:
        self._buffer.clear()
        self._last = -1e9
