"""The station's clock: one callable every part that stamps or compares times is given.

The store carries it (``Store.clock``, each ``Repository.clock``) and the services, the desk
session, the sync worker and the screens read time through it, so a demonstration or a test
sets the time once, where the store is opened, instead of patching each module.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Returns the current time, timezone-aware, in UTC (all stored timestamps are UTC)."""

    def __call__(self) -> datetime: ...


def system_clock() -> datetime:
    """The real time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class SetClock:
    """A clock that shows the time it was last set to (demonstration data, simulations)."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("SetClock needs a timezone-aware datetime")
        self.now = now

    def __call__(self) -> datetime:
        return self.now
