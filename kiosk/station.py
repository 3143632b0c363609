"""Who this station is: its id and office, from the configuration."""

from __future__ import annotations

import re
import socket

from kiosk.options import Settings


def station_id(settings: Settings) -> str:
    """The configured ``station.id``, or ``KIOSK-<HOSTNAME>`` when none is set."""
    configured = settings["station.id"].strip()
    if configured:
        return configured
    host = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname().split(".")[0]).strip("-")
    return f"KIOSK-{host.upper() or 'UNNAMED'}"
