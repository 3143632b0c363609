"""``kiosk-central``: the reference central service and its administration.

``kiosk-central [serve]`` runs the service (loopback by default; ``--workers N`` processes on
one socket) and prints the X25519 key stations seal packets to (``sync.central_public_key``)
and the Ed25519 key its receipts verify with (``sync.central_signing_key``); it stops cleanly
on Ctrl+C or SIGTERM. ``kiosk-central import DIR`` stores an offline export;
``kiosk-central stations add|list|revoke|rotate-key`` administers stations
(``register-station ID KEY`` is ``stations add``). ``--database URL`` chooses the store
(default: SQLite in ``--data``); ``postgresql://`` for several workers and hosts.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import getpass
import json
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from central import __version__, logs
from central.app import CentralConfig
from central.importer import NoExportError, import_folder
from central.paths import default_data_dir
from central.server import (
    DB_FILE,
    bind,
    central_key,
    central_signing_key,
    public_b64,
    serve_in_thread,
)
from central.store import CentralStore, StationError, open_store

COMMANDS = ("serve", "import", "stations", "register-station", "tickets")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=default_data_dir(),
                        help="folder for the service's private keys (and SQLite database)")
    parser.add_argument("--database", default=os.environ.get("KIOSK_CENTRAL_DATABASE"),
                        help="database URL: postgresql://user@host/db or sqlite:///path "
                             "(default: central.db in --data; env KIOSK_CENTRAL_DATABASE)")


def _store(args: argparse.Namespace) -> CentralStore:
    return open_store(args.database or args.data / DB_FILE)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-central", description="Reference central service for enrollment packets.")
    parser.add_argument("--version", action="version", version=f"kiosk-central {__version__}")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="run the service (the default command)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470, help="0: any free port")
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.add_argument("--log-level", default="info",
                       choices=["debug", "info", "warning", "error"])
    _common(serve)
    imp = sub.add_parser("import", help="store the packets of an offline export folder "
                                        "(kiosk sync export); idempotent with uploads")
    imp.add_argument("folder", type=Path)
    _common(imp)
    stations = sub.add_parser("stations", help="administer stations (each change is logged "
                                               "with who and when)")
    actions = stations.add_subparsers(dest="action", required=True)
    for name, text in (("add", "admit a new station (never replaces one)"),
                       ("rotate-key", "replace an active station's key"),
                       ("revoke", "stop a station's uploads (its packets stay)"),
                       ("list", "stations and their key fingerprints; --log: the changes")):
        action = actions.add_parser(name, help=text)
        if name != "list":
            action.add_argument("station_id")
        if name in ("add", "rotate-key"):
            action.add_argument("public_key", help="base64 Ed25519, as 'kiosk sync key' "
                                                   "prints it")
        if name == "list":
            action.add_argument("--json", action="store_true")
            action.add_argument("--log", action="store_true", help="the change log instead")
        else:
            action.add_argument("--by", default=None,
                                help="who makes the change (default: user@host)")
        _common(action)
    tickets = sub.add_parser("tickets", help="pre-registration tickets used twice: "
                                             "'tickets duplicates' lists them for review")
    tickets.add_argument("action", choices=["duplicates"])
    tickets.add_argument("--json", action="store_true")
    _common(tickets)
    register = sub.add_parser("register-station", help="= stations add")
    register.add_argument("station_id")
    register.add_argument("public_key")
    register.add_argument("--by", default=None)
    _common(register)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "serve")
    args = build_parser().parse_args(argv)
    if args.command == "import":
        return _import(args)
    if args.command in ("stations", "register-station"):
        return _stations(args)
    if args.command == "tickets":
        return _ticket_duplicates(args)
    return _serve(args)


def _serve(args: argparse.Namespace) -> int:
    logs.configure(args.log_level)
    try:
        key, signing = central_key(args.data), central_signing_key(args.data)
        store = _store(args)        # made (and migrated) before any worker starts
    except (OSError, ValueError) as exc:
        print(f"kiosk-central: cannot open the store: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:       # a database that does not answer
        print(f"kiosk-central: cannot open the database: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 2
    if args.workers > 1:
        store.close()
        return _serve_workers(args, key, signing)
    stop = threading.Event()  # before the banner: whoever reads it may signal at once
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        running = serve_in_thread(CentralConfig(store, key, signing_key=signing), args.port,
                                  args.host)
    except (OSError, RuntimeError) as exc:
        store.close()
        print(f"kiosk-central: cannot start on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    _banner(running.url, key, signing)
    stop.wait()
    running.stop()
    store.close()
    return 0


def _banner(url: str, key: object, signing: object) -> None:
    print(f"central service at {url}", flush=True)
    print(f"sync.central_public_key = \"{public_b64(key)}\"", flush=True)
    print(f"sync.central_signing_key = \"{public_b64(signing)}\"", flush=True)


def _serve_workers(args: argparse.Namespace, key: object, signing: object) -> int:
    """Several uvicorn worker processes on one socket of ours (TCP_NODELAY set), each with
    its own store connection (:mod:`central.asgi`)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"kiosk-central: cannot start on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    os.environ["KIOSK_CENTRAL_DATA"] = str(args.data)
    os.environ["KIOSK_CENTRAL_DATABASE"] = str(args.database or args.data / DB_FILE)
    os.environ["KIOSK_CENTRAL_LOG_LEVEL"] = args.log_level
    config = uvicorn.Config("central.asgi:app", workers=args.workers, log_config=None,
                            access_log=False, lifespan="off", timeout_keep_alive=30,
                            http="central.server:NoDelayHttp",
                            timeout_worker_healthcheck=60)   # a loaded host starts slowly
    host, port = sock.getsockname()[:2]
    _banner(f"http://{host}:{port}", key, signing)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def _import(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        result = import_folder(CentralConfig(store, central_key(args.data),
                                             signing_key=central_signing_key(args.data)),
                               args.folder)
    except NoExportError as exc:
        print(f"kiosk-central: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    for enrollment_id, reason in result.refused:
        print(f"refused {enrollment_id}: {reason}")
    print(f"{len(result.stored)} stored, {len(result.already)} already stored, "
          f"{len(result.refused)} refused")
    return 1 if result.refused else 0


def _public_key(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        return None
    return raw


def _stations(args: argparse.Namespace) -> int:
    action = "add" if args.command == "register-station" else args.action
    raw = None
    if action in ("add", "rotate-key"):
        raw = _public_key(args.public_key)
        if raw is None:
            print("kiosk-central: the key is not a base64 Ed25519 public key", file=sys.stderr)
            return 2
    store = _store(args)
    try:
        if action == "list":
            return _list(store, args)
        actor = args.by or f"{getpass.getuser()}@{socket.gethostname()}"
        if action == "add":
            store.add_station(args.station_id, raw, actor)        # type: ignore[arg-type]
        elif action == "rotate-key":
            store.rotate_key(args.station_id, raw, actor)         # type: ignore[arg-type]
        else:
            store.revoke_station(args.station_id, actor)
    except StationError as exc:
        print(f"kiosk-central: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    done = {"add": "registered", "rotate-key": "has a new key", "revoke": "revoked"}[action]
    print(f"station {args.station_id} {done}")
    return 0


def _list(store: CentralStore, args: argparse.Namespace) -> int:
    if args.log:
        rows = [{"at": _when(e.at), "actor": e.actor, "action": e.action,
                 "station": e.station_id, "key_sha256": e.key_sha256}
                for e in store.station_events()]
    else:
        rows = [{"station": s.id, "active": s.active, "key_sha256": s.key_sha256,
                 "added": _when(s.added_at), "changed": _when(s.changed_at)}
                for s in store.stations()]
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            print("  ".join("-" if v is None else str(v) for v in row.values()))
    return 0


def _ticket_duplicates(args: argparse.Namespace) -> int:
    """Second uses of tickets that desks accepted while the service was unreachable."""
    store = _store(args)
    try:
        rows = [{"recorded": _when(d.recorded_at), "office": d.office, "ticket": d.ticket_id,
                 "number": d.number, "issued_on": d.issued_on, "station": d.station_id,
                 "used": _when(d.used_at), "first_station": d.first_station,
                 "first_used": _when(d.first_used_at)} for d in store.ticket_duplicates()]
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            print("  ".join(str(v) for v in row.values()))
    return 0


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))


if __name__ == "__main__":
    sys.exit(main())
