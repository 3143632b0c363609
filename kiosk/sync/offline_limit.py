"""How long enrollments may wait on the station without leaving it (``sync.max_days_offline``,
as MOSIP's registration client limits days without a sync): a warning from 80 % of the limit,
then no new enrollment until the waiting ones are uploaded or exported by a supervisor.
Drafts already begun can still be finished and saved: nothing captured is ever refused.

"Waiting" means sealed for upload and neither received by the central service nor carried
out on a supervisor's export (``kiosk sync export``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.errors import KioskError

WARN_AT = 0.8


class OfflineTooLong(KioskError):
    """New enrollments are stopped: records have waited longer than the limit."""

    message_key = "sync.offline_too_long"


@dataclass(frozen=True)
class OfflineLimit:
    """``state``: ``ok``, ``warning`` (from 80 % of the limit) or ``blocked``."""

    state: str
    waiting_days: float | None
    limit_days: float

    @property
    def blocked(self) -> bool:
        return self.state == "blocked"


def offline_limit(oldest_waiting_at: datetime | None, now: datetime,
                  limit_days: float) -> OfflineLimit:
    """Where the station stands; a limit of 0 means no limit."""
    if oldest_waiting_at is None:
        return OfflineLimit("ok", None, limit_days)
    days = max(0.0, (now - oldest_waiting_at) / timedelta(days=1))
    if limit_days <= 0 or days < WARN_AT * limit_days:
        return OfflineLimit("ok", days, limit_days)
    return OfflineLimit("blocked" if days >= limit_days else "warning", days, limit_days)


def refuse_when_blocked(limit: OfflineLimit) -> None:
    """Raise :class:`OfflineTooLong` when new enrollments must wait for a sync or export."""
    if limit.blocked:
        raise OfflineTooLong(
            f"the oldest record has waited {limit.waiting_days:.1f} days to leave this station "
            f"(limit {limit.limit_days:g} days): new enrollments wait for a sync or a "
            f"supervisor's export", waiting_days=limit.waiting_days,
            limit_days=limit.limit_days)
