"""Limits applied before any work: the request body is read under a size cap and a time
limit while it streams in, hashed as it arrives, and never parsed here."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass

from starlette.requests import Request


@dataclass(frozen=True)
class Limits:
    max_packet_bytes: int = 20 * 1024 * 1024    # larger packets are refused (413, signed)
    max_request_bytes: int = 40 * 1024 * 1024   # beyond it the connection is cut, unread
    read_timeout_s: float = 30.0                # the whole body must arrive within this


@dataclass
class Body:
    data: bytes           # empty when the body was over max_packet_bytes
    sha256: str           # of every byte received
    size: int

    @property
    def too_large(self) -> bool:
        return self.size > 0 and not self.data


class BodyRefused(Exception):
    """The body could not be read within the limits (``status``: 408 or 413)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def declared_length(request: Request) -> int | None:
    """The Content-Length header as a number (None when absent or not a number)."""
    text = request.headers.get("content-length", "")
    return int(text) if text.isdigit() else None


async def read_body(request: Request, limits: Limits) -> Body:
    """The body, kept up to ``max_packet_bytes`` and only hashed beyond it; refused past
    ``max_request_bytes`` or ``read_timeout_s``."""
    declared = declared_length(request)
    if declared is not None and declared > limits.max_request_bytes:
        raise BodyRefused(413, "request_too_large")
    digest, chunks, size = hashlib.sha256(), [], 0
    try:
        async with asyncio.timeout(limits.read_timeout_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limits.max_request_bytes:
                    raise BodyRefused(413, "request_too_large")
                digest.update(chunk)
                if size <= limits.max_packet_bytes:
                    chunks.append(chunk)
                else:
                    chunks.clear()
    except TimeoutError:
        raise BodyRefused(408, "read_timeout") from None
    data = b"".join(chunks) if size <= limits.max_packet_bytes else b""
    return Body(data, digest.hexdigest(), size)
