"""Station administration events, logged (structured) as they are committed."""

from __future__ import annotations

import logging

from central.store import StationEvent

log = logging.getLogger("central.stations")


def log_station_event(event: StationEvent) -> None:
    """One log record per station change: who, when, what, which station and key."""
    log.info("station %s", event.action, extra={"event": "station", "action": event.action,
                                                "actor": event.actor, "at": event.at,
                                                "station_id": event.station_id,
                                                "key_sha256": event.key_sha256})
