"""Live reading from a document camera: when to trust a reading, and where its doubts are.

:class:`ZoneDebounce` takes the engine's outcome for each analysed frame and fires once per
document placed: when the zone reads valid (every check passes, nothing ambiguous) with the
same lines on ``confirm_frames`` consecutive analysed frames. A frame without a valid reading
breaks the run. After firing, the same document never fires again until it has been taken
away (``gone_frames`` frames without any zone); another document (another number, birth date
or nationality) fires as soon as it has read the same way twice.

:func:`unsure_letters` turns the reader's unsure name positions (line, column) into character
indices of the surname and given names as the form shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kiosk.documents.mrz_reader import MrzReading


@dataclass(frozen=True)
class DebounceStep:
    """What one analysed frame changed: ``fired`` holds the reading to use, once."""

    state: str  # "empty" (no zone), "reading" (a zone, not yet trusted), "read" (trusted)
    fired: MrzReading | None = None


def _identity(reading: MrzReading) -> tuple[str, str, str]:
    mrz = reading.mrz
    birth = mrz.birth_date.isoformat() if mrz.birth_date else ""
    return mrz.document_number, birth, mrz.nationality


class ZoneDebounce:
    """Fires once per document when its zone reads valid and alike on consecutive frames."""

    def __init__(self, confirm_frames: int = 2, gone_frames: int = 5) -> None:
        if confirm_frames < 2:
            raise ValueError("a reading is trusted only after at least two alike frames")
        self.confirm_frames = confirm_frames
        self.gone_frames = max(1, gone_frames)
        self._run: list[MrzReading] = []
        self._fired: tuple[str, str, str] | None = None
        self._empty = 0
        self._state = "empty"

    def reset(self) -> None:
        """Forget everything (a new applicant): the document in view fires again."""
        self._run.clear()
        self._fired = None
        self._empty = 0
        self._state = "empty"

    def feed(self, reading: MrzReading | None) -> DebounceStep:
        """The engine's outcome for the next analysed frame (None: no zone was found)."""
        step = self._step(reading)
        self._state = step.state
        return step

    def _step(self, reading: MrzReading | None) -> DebounceStep:
        if reading is None:
            self._run.clear()
            self._empty += 1
            if self._empty >= self.gone_frames:
                self._fired = None  # the document was taken away
            return DebounceStep("empty")
        self._empty = 0
        if not reading.valid:  # one poor frame of a document already read changes nothing
            self._run.clear()
            return DebounceStep("read" if self._state == "read" else "reading")
        if self._run and self._run[-1].mrz.lines != reading.mrz.lines:
            self._run.clear()
        self._run.append(reading)
        same = self._fired == _identity(reading)
        if len(self._run) < self.confirm_frames or same:
            return DebounceStep("read" if same else "reading")
        self._fired = _identity(reading)
        unsure = sorted({pos for r in self._run for pos in r.unsure_names})
        others = sorted({pos for r in self._run for pos in r.unsure_unchecked})
        fired = replace(reading, unsure_names=tuple(unsure), unsure_unchecked=tuple(others))
        self._run.clear()
        return DebounceStep("read", fired)


def _shown(segment: str, start: int, positions: set[int]) -> tuple[str, tuple[int, ...]]:
    """A name segment as the form shows it (fillers as single spaces, trimmed) and the indices
    there of the segment's characters found in ``positions`` (columns of the line)."""
    text, marks = "", []
    for match in re.finditer(r"[^<]+", segment):
        if text:
            text += " "
        for offset, _char in enumerate(match.group()):
            if start + match.start() + offset in positions:
                marks.append(len(text) + offset)
        text += match.group()
    return text, tuple(marks)


def unsure_letters(reading: MrzReading) -> dict[str, tuple[int, ...]]:
    """``{"surname": (i, ...), "given_names": (...)}``: the indices, in the text the form
    shows, of the name letters the camera read with low confidence (empty fields left out)."""
    lines = reading.mrz.lines
    name_line, offset = (2, 0) if len(lines) == 3 else (0, 5)
    positions = {col for line, col in reading.unsure_names if line == name_line}
    name = lines[name_line][offset:]
    split = name.find("<<")
    surname_part = name if split < 0 else name[:split]
    given_part = "" if split < 0 else name[split + 2:]
    found = {}
    _text, marks = _shown(surname_part, offset, positions)
    if marks:
        found["surname"] = marks
    if given_part:
        _text, marks = _shown(given_part, offset + split + 2, positions)
        if marks:
            found["given_names"] = marks
    return found
