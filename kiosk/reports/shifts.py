"""Office shifts in station time ("07:30-12:00,12:00-17:00,17:00-21:30" by default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

OUTSIDE = "outside"  # the shift label of a time no configured shift covers


@dataclass(frozen=True)
class Shift:
    """One shift: [start, end) in local wall-clock time."""

    start: time
    end: time

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def covers(self, local: datetime) -> bool:
        return self.start <= local.time() < self.end


def parse_shifts(text: str) -> tuple[Shift, ...]:
    """The shifts of an option value already checked by ``kiosk.options`` (kind "shifts")."""
    shifts = []
    for part in text.split(","):
        start, end = (time.fromisoformat(t.strip()) for t in part.split("-"))
        shifts.append(Shift(start, end))
    return tuple(shifts)


def shift_label(local: datetime, shifts: tuple[Shift, ...]) -> str:
    """The label of the first shift covering ``local``, else :data:`OUTSIDE`."""
    return next((s.label for s in shifts if s.covers(local)), OUTSIDE)
