"""``kiosk-central``: run the reference central service on this machine (demo and tests).

Prints the service's URL, the X25519 public key a station seals packets to
(``sync.central_public_key``) and the Ed25519 key its receipts verify with
(``sync.central_signing_key``); stops cleanly on Ctrl+C or SIGTERM. ``kiosk-central import DIR``
stores an offline export; ``kiosk-central register-station ID KEY`` admits a station.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.central.app import CentralConfig
from kiosk.central.importer import import_folder
from kiosk.central.server import DB_FILE, central_key, central_signing_key, serve_in_thread
from kiosk.central.storage import CentralStore
from kiosk.errors import KioskError
from kiosk.options import default_data_dir
from kiosk.sync.keys import public_b64


def _serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-central",
        description="Reference central service for enrollment packets (loopback by default). "
                    "Other commands: 'kiosk-central import DIR', "
                    "'kiosk-central register-station ID KEY'.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8470, help="0: any free port")
    _data_option(parser)
    return parser


def _data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=default_data_dir() / "central",
                        help="folder for the service's database and private keys")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "import":
        return _import(argv[1:])
    if argv and argv[0] == "register-station":
        return _register(argv[1:])
    if argv and argv[0] == "serve":
        argv = argv[1:]
    return _serve(_serve_parser().parse_args(argv))


def _serve(args: argparse.Namespace) -> int:
    stop = threading.Event()  # before the banner: whoever reads it may signal at once
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        key, signing = central_key(args.data), central_signing_key(args.data)
        store = CentralStore(args.data / DB_FILE)
        running = serve_in_thread(CentralConfig(store, key, signing_key=signing), args.port,
                                  args.host)
    except (OSError, RuntimeError) as exc:
        print(f"kiosk-central: cannot start on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    print(f"central service at {running.url}", flush=True)
    print(f"sync.central_public_key = \"{public_b64(key.public_key())}\"", flush=True)
    print(f"sync.central_signing_key = \"{public_b64(signing.public_key())}\"", flush=True)
    stop.wait()
    running.stop()
    return 0


def _import(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kiosk-central import",
        description="Store the packets of an offline export folder (kiosk sync export); "
                    "idempotent with uploads of the same packets.")
    parser.add_argument("folder", type=Path)
    _data_option(parser)
    args = parser.parse_args(argv)
    store = CentralStore(args.data / DB_FILE)
    try:
        result = import_folder(CentralConfig(store, central_key(args.data),
                                             signing_key=central_signing_key(args.data)),
                               args.folder)
    except KioskError as exc:
        print(f"kiosk-central: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    for enrollment_id, reason in result.refused:
        print(f"refused {enrollment_id}: {reason}")
    print(f"{len(result.stored)} stored, {len(result.already)} already stored, "
          f"{len(result.refused)} refused")
    return 1 if result.refused else 0


def _register(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kiosk-central register-station",
        description="Allow a station to upload: its id and Ed25519 public key "
                    "(base64, as 'kiosk sync key' prints them).")
    parser.add_argument("station_id")
    parser.add_argument("public_key")
    _data_option(parser)
    args = parser.parse_args(argv)
    try:
        raw = base64.b64decode(args.public_key, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        print("kiosk-central: the key is not a base64 Ed25519 public key", file=sys.stderr)
        return 2
    store = CentralStore(args.data / DB_FILE)
    store.register_station(args.station_id, raw)
    store.close()
    print(f"station {args.station_id} registered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
