"""``kiosk-central``: run the reference central service on this machine (demo and tests).

Prints the service's URL and the X25519 public key a station needs in
``sync.central_public_key``; stops cleanly on Ctrl+C or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from kiosk.central.app import CentralConfig
from kiosk.central.server import central_key, serve_in_thread
from kiosk.central.storage import CentralStore
from kiosk.options import default_data_dir
from kiosk.sync.keys import public_b64


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-central",
                                     description="Reference central service for enrollment "
                                                 "packets (loopback by default).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8470)
    parser.add_argument("--data", type=Path, default=default_data_dir() / "central",
                        help="folder for the service's database and private key")
    args = parser.parse_args(argv)
    stop = threading.Event()  # before the banner: whoever reads it may signal at once
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        key = central_key(args.data)
        store = CentralStore(args.data / "central.db")
        running = serve_in_thread(CentralConfig(store, key), args.port, args.host)
    except (OSError, RuntimeError) as exc:
        print(f"kiosk-central: cannot start on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    print(f"central service at {running.url}", flush=True)
    print(f"sync.central_public_key = \"{public_b64(key.public_key())}\"", flush=True)
    stop.wait()
    running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
