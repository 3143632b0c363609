"""The service as an importable ASGI application for several worker processes:

    uvicorn central.asgi:app --workers 4 --http central.server:NoDelayHttp
    gunicorn central.asgi:app -k central.asgi.Worker -w 4

Configured by the environment: ``KIOSK_CENTRAL_DATA`` (the folder of the service's private
keys, made by ``kiosk-central`` on first start), ``KIOSK_CENTRAL_DATABASE`` (a database URL,
default the SQLite file in that folder) and ``KIOSK_CENTRAL_LOG_LEVEL``. Each worker opens its
own store on its first request (after the fork); idempotency and replay protection live in
the database, so any worker may answer any request.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, ClassVar

from central import logs
from central.app import CentralConfig, create_app
from central.paths import default_data_dir
from central.server import DB_FILE, central_key, central_signing_key
from central.store import open_store


def app_from_environment() -> Any:
    """Build the application from the ``KIOSK_CENTRAL_*`` environment."""
    logs.configure(os.environ.get("KIOSK_CENTRAL_LOG_LEVEL", "info"))
    data = Path(os.environ.get("KIOSK_CENTRAL_DATA") or default_data_dir())
    database = os.environ.get("KIOSK_CENTRAL_DATABASE") or str(data / DB_FILE)
    store = open_store(database)
    return create_app(CentralConfig(store, central_key(data),
                                    signing_key=central_signing_key(data)))


class LazyApp:
    """An ASGI app built on its first call, in the process that serves it."""

    def __init__(self) -> None:
        self._app: Any = None
        self._lock = threading.Lock()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if self._app is None:
            with self._lock:
                if self._app is None:
                    self._app = app_from_environment()
        await self._app(scope, receive, send)


app = LazyApp()

try:                                   # gunicorn is optional: only its worker class needs it
    from uvicorn.workers import UvicornWorker as _UvicornWorker
except ImportError:                    # pragma: no cover
    _UvicornWorker = None  # type: ignore[assignment,misc]
else:
    class Worker(_UvicornWorker):      # type: ignore[valid-type,misc]
        """gunicorn worker class: uvicorn's, with TCP_NODELAY on every connection."""

        CONFIG_KWARGS: ClassVar[dict[str, Any]] = {"http": "central.server:NoDelayHttp",
                                                   "lifespan": "off"}
