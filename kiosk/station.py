"""Who this station is: its id and office, from the configuration."""

from __future__ import annotations

import os
import re

from kiosk.options import Settings


def station_id(settings: Settings) -> str:
    """The configured ``station.id``, or ``KIOSK-<HOSTNAME>`` when none is set."""
    configured = settings["station.id"].strip()
    if configured:
        return configured
    host = re.sub(r"[^A-Za-z0-9-]", "-", host_name().split(".")[0]).strip("-")
    return f"KIOSK-{host.upper() or 'UNNAMED'}"


def host_name() -> str:
    """This machine's host name (``socket.gethostname``; on POSIX read from ``uname`` as it
    does, without importing ``socket``: the first screen's title names the station)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()
