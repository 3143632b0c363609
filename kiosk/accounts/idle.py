"""Idle auto-lock as pure logic: the UI reports activity and asks what to show."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class IdleState(enum.Enum):
    ACTIVE = "active"
    WARNING = "warning"
    LOCKED = "locked"


@dataclass
class IdleTracker:
    """Lock after ``lock_after`` seconds without activity, warning ``warn_before`` earlier.

    Times are monotonic seconds supplied by the caller, so tests need no real waiting.
    """

    lock_after: float
    warn_before: float
    last_activity: float = 0.0
    locked: bool = False

    def activity(self, now: float) -> None:
        """Input seen; ignored while locked (only unlocking ends a lock)."""
        if not self.locked:
            self.last_activity = now

    def state(self, now: float) -> tuple[IdleState, float]:
        """The state and the seconds left before the lock (0 when locked)."""
        if self.locked:
            return IdleState.LOCKED, 0.0
        left = self.lock_after - (now - self.last_activity)
        if left <= 0:
            self.locked = True
            return IdleState.LOCKED, 0.0
        if left <= self.warn_before:
            return IdleState.WARNING, left
        return IdleState.ACTIVE, left

    def unlock(self, now: float) -> None:
        self.locked = False
        self.last_activity = now
