"""The central service's address: https, except to this machine (loopback) for demos and
tests; anything else is a configuration error naming ``sync.url``."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from kiosk.options import ConfigError

KEY = "sync.url"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or 'localhost' (no name resolution: what the URL says)."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_problem(url: str) -> str | None:
    """Why ``url`` is not an acceptable central service address (None when it is); the
    message never repeats a user name or password the address carries."""
    shown = repr(re.sub(r"//[^/@]*@", "//<redacted>@", url))
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return f"{shown} is not a valid address"
    if parts.scheme not in ("https", "http") or not host:
        return f"{shown} is not an https:// address"
    if parts.username is not None or parts.password is not None:
        return f"{shown} carries a user name or password; the station signs its requests"
    if parts.scheme == "http" and not is_loopback(host):
        return (f"{shown} is plain http:// to {host}, which is not this machine: answers "
                "could be forged or read on the way; use https://")
    return None


def check_url(url: str) -> str:
    """``url`` if acceptable, else :class:`ConfigError` naming ``sync.url``."""
    problem = url_problem(url)
    if problem:
        raise ConfigError(f"option {KEY!r}: {problem}", message_key="config.bad_value",
                          key=KEY, expected="an https:// address (http:// only to loopback)")
    return url
