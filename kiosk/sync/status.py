"""The sync worker's status as the officer's status bar shows it (no network imports, so
the first screen can show it before the worker's modules are loaded)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.vocabulary import SyncState


@dataclass(frozen=True)
class SyncStatus:
    """What the officer's status bar shows. ``state``: online, offline, throttled,
    backing_off, auth_failed, not_configured, stopped."""

    state: SyncState = SyncState.STOPPED
    queue_length: int = 0
    awaiting_result: int = 0
    oldest_pending_age_s: float | None = None
    last_error_key: str | None = None
    last_error_detail: str = ""
    retry_in_s: float = 0.0
    in_flight: int = 0
    uploaded: int = 0
    rejected: int = 0                   # uploads the central refused in the last 24 h
    last_rejection: str | None = None   # the newest refusal's machine reason
    waiting_age_s: float | None = None  # the oldest upload not yet out (sync.max_days_offline)
