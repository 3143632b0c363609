"""``kiosk sync export DIR``: sealed packets to a folder (USB) for the central service's import;
``kiosk sync key``: the station id and public key to register at the central service."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from kiosk.options import load_settings
from kiosk.station import station_id
from kiosk.store.store import Store, data_dir_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="offline export of sealed packets; the station's sync key")
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write every packet not yet accepted to DIR "
                                "(one .kpk file each plus manifest.json); safe to repeat")
    export.add_argument("folder", type=Path, metavar="DIR")
    export.set_defaults(handler=_export)
    key = actions.add_parser("key", help="print the station id and its Ed25519 public key "
                             "(for 'kiosk-central register-station')")
    key.set_defaults(handler=_key)


def _export(args: argparse.Namespace) -> int:
    from kiosk.sync.export import export_packets
    from kiosk.sync.setup import sealer_for

    settings = load_settings(Path(args.config) if args.config else None)
    sealer = sealer_for(settings)
    store = Store.from_settings(settings)
    try:
        result = export_packets(store, args.folder, station_id(settings), sealer=sealer,
                                actor=f"export:{getpass.getuser()}")
    finally:
        store.close()
    print(f"{result.total} packets in {result.folder} ({result.written} new, "
          f"{result.kept} already there)")
    if result.unsealed:
        print(f"{result.unsealed} finalized enrollments could not be sealed: "
              "sync.central_public_key is not configured")
        return 1
    return 0


def _key(args: argparse.Namespace) -> int:
    from kiosk.sync.keys import public_b64, station_key

    settings = load_settings(Path(args.config) if args.config else None)
    print(f"{station_id(settings)} {public_b64(station_key(data_dir_from(settings)))}")
    return 0
