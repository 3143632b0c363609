"""The hook through which a demo central service is started for an unconfigured kiosk.

``kiosk/`` holds no server code and never imports the reference service (``central/``); the
application layer that has it (``station.launcher``) registers a provider at start with
:func:`register_demo_central`. Without one, no demo central runs (the station bundle).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the GUI's start registers the hook before its first screen: no crypto yet
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey


class RunningDemo(Protocol):
    url: str
    public_key: X25519PublicKey
    signing_public: Ed25519PublicKey       # the key its receipts verify with
    stop: Callable[[], None]


class DemoCentralProvider(Protocol):
    """Starts the demo service (its keys and database in ``folder``)."""

    @property
    def public_key(self) -> Callable[[Path], X25519PublicKey]: ...

    @property
    def start(self) -> Callable[[Path, str, Ed25519PublicKey], RunningDemo]: ...


_provider: DemoCentralProvider | None = None


def register_demo_central(provider: DemoCentralProvider | None) -> None:
    """Make the demo central service available to :mod:`kiosk.sync.setup` (None: remove)."""
    global _provider
    _provider = provider


def demo_central_provider() -> DemoCentralProvider | None:
    """The registered provider, None when this installation has no reference service."""
    return _provider
