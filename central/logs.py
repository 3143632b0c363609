"""Structured logs: one JSON object a line (access and errors), never applicant data.

An access record holds the time, method, route path (ids are opaque packet and station ids),
status, duration, bytes received and sent, the station id header and the peer address.
Packet contents and request bodies are never logged.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from typing import Any, TextIO

access = logging.getLogger("central.access")
errors = logging.getLogger("central.errors")

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message"}


class JsonLines(logging.Formatter):
    """A record as one JSON line: time, level, logger, message and its ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {"time": round(record.created, 3), "level": record.levelname,
                               "logger": record.name, "message": record.getMessage()}
        out.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = record.exc_info[0].__name__   # the type only: messages may hold data
        return json.dumps(out, default=str, ensure_ascii=False)


def configure(level: str = "info", stream: TextIO | None = None) -> None:
    """Send the service's logs (``central.*``) as JSON lines to ``stream`` (stderr)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    root = logging.getLogger("central")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


class AccessLog:
    """ASGI wrapper: one access record per HTTP request, one error record per failure."""

    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def injector(self) -> Any:
        return self.app.injector

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started, status, sent, received = time.perf_counter(), 0, 0, 0

        async def counting_receive() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            return message

        async def counting_send(message: dict) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        except Exception as exc:
            errors.error("request failed", exc_info=True,
                         extra={"event": "error", "method": scope["method"],
                                "path": scope["path"], "error_type": type(exc).__name__})
            raise
        finally:
            headers = dict(scope.get("headers") or [])
            client = scope.get("client")
            access.info("request", extra={
                "event": "access", "pid": os.getpid(), "method": scope["method"],
                "path": scope["path"],
                "status": status or 500, "ms": round((time.perf_counter() - started) * 1000, 2),
                "bytes_in": received, "bytes_out": sent,
                "station": headers.get(b"x-station-id", b"").decode("latin-1")[:128] or None,
                "peer": client[0] if client else None})
