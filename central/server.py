"""Running the central service: its keys, an in-thread uvicorn server for tests and demos."""

from __future__ import annotations

import asyncio
import base64
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from uvicorn.protocols.http.h11_impl import H11Protocol

from central.app import CentralConfig, create_app
from kiosk.sync.packet import raw_public

PrivateKey = X25519PrivateKey | Ed25519PrivateKey
KEY_FILE = "central-x25519.pem"
SIGNING_KEY_FILE = "central-ed25519.pem"
DB_FILE = "central.db"


def central_key(folder: Path) -> X25519PrivateKey:
    """The service's X25519 packet key in ``folder``, created (0600) on first use."""
    key = _key_file(folder / KEY_FILE, X25519PrivateKey.generate)
    assert isinstance(key, X25519PrivateKey)
    return key


def central_signing_key(folder: Path) -> Ed25519PrivateKey:
    """The service's Ed25519 receipt-signing key beside the packet key, created (0600) on
    first use; stations pin its public half (``sync.central_signing_key``)."""
    key = _key_file(folder / SIGNING_KEY_FILE, Ed25519PrivateKey.generate)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def _key_file(path: Path, generate: Callable[[], PrivateKey]) -> object:
    if path.exists():
        return load_pem_private_key(path.read_bytes(), password=None)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = generate()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:          # another process made it first: use theirs
        return load_pem_private_key(path.read_bytes(), password=None)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
        handle.flush()
        os.fsync(handle.fileno())
    return key


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening socket (port 0: a free one), reusable right after a restart."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # accepted sockets inherit it: without it each answer (headers, then body) waits ~40 ms
    # for the peer's delayed ACK (Nagle), capping one connection at ~23 requests/s
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


class NoDelayHttp(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with TCP_NODELAY set on each accepted connection, so
    uvicorn's own sockets (``--workers``, gunicorn) answer without the ~40 ms Nagle stall.
    ``uvicorn --http central.server:NoDelayHttp``."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        set_nodelay(transport)
        super().connection_made(transport)


def set_nodelay(transport: asyncio.BaseTransport) -> None:
    """TCP_NODELAY on a connection's socket (a no-op for non-TCP sockets)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


@dataclass
class RunningServer:
    server: uvicorn.Server
    thread: threading.Thread
    url: str
    port: int
    app: object

    @property
    def requests(self) -> int:
        """Requests that reached the /v1/ API since the start."""
        return self.app.injector.requests  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve_in_thread(config: CentralConfig, port: int = 0, host: str = "127.0.0.1"
                    ) -> RunningServer:
    """Start the service on ``host:port`` in a daemon thread; returns once it accepts."""
    sock = bind(host, port)
    port = sock.getsockname()[1]
    app = create_app(config)
    uv_config = uvicorn.Config(app, log_config=None, access_log=False,
                               timeout_keep_alive=30, lifespan="off", http=NoDelayHttp)
    server = uvicorn.Server(uv_config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"central-{port}")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the central service did not start")
        time.sleep(0.01)
    return RunningServer(server, thread, f"http://{host}:{port}", port, app)


def public_b64(key: object) -> str:
    """A key's raw public half, base64 (as stations and ``kiosk sync key`` print keys)."""
    public = key.public_key() if hasattr(key, "public_key") else key  # type: ignore[attr-defined]
    return base64.b64encode(raw_public(public)).decode("ascii")  # type: ignore[arg-type]
