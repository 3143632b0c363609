"""``kiosk sync export DIR``: sealed packets to a folder (USB) for the central service's import;
``kiosk sync key``: the station id and public key to register at the central service;
``kiosk sync rekey``: a new station key when the old one is lost or damaged."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.accounts import audit
from kiosk.options import Settings, data_dir_from, load_settings
from kiosk.station import station_id
from kiosk.store.database import DB_FILE_NAME
from kiosk.store.store import Store
from station.cli import supervisor


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="offline export of sealed packets; the station's sync key")
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write every packet not yet accepted to DIR "
                                "(one .kpk file each plus manifest.json); safe to repeat")
    export.add_argument("folder", type=Path, metavar="DIR")
    supervisor.add_argument(export)
    export.set_defaults(handler=_export)
    confirm = actions.add_parser("confirm-central", help="a supervisor confirms the central "
                                 "service now configured (address and keys; shows the old and "
                                 "new key fingerprints) after it changed")
    confirm.add_argument("--yes", action="store_true",
                         help="confirm without asking (scripts; the supervisor still signs in)")
    supervisor.add_argument(confirm)
    confirm.set_defaults(handler=_confirm_central)
    key = actions.add_parser("key", help="print the station id and its Ed25519 public key "
                             "(for 'kiosk-central stations add')")
    key.set_defaults(handler=_key)
    rekey = actions.add_parser("rekey", help="make a new station key (the old file is kept "
                               "aside), seal every packet still waiting again with it and "
                               "print the line to register it at the central service")
    rekey.add_argument("--force", action="store_true",
                       help="replace a key that is present and valid (a deliberate rotation)")
    supervisor.add_argument(rekey)
    rekey.set_defaults(handler=_rekey)


def _export(args: argparse.Namespace) -> int:
    from kiosk.sync.export import export_packets
    from kiosk.sync.setup import sealer_for

    settings = load_settings(Path(args.config) if args.config else None)
    store = Store.from_settings(settings)
    try:
        officer = supervisor.sign_in(args, settings, store, "Exporting packets")
        sealer = sealer_for(settings, store)
        result = export_packets(store, args.folder, station_id(settings), sealer=sealer,
                                actor=f"export:{officer.username}")
        audit.record(store, officer.username, "data_exported",
                     {"folder": str(args.folder), "written": result.written,
                      "kept": result.kept, "unsealed": result.unsealed,
                      "os_user": getpass.getuser()})
    finally:
        store.close()
    print(f"{result.total} packets in {result.folder} ({result.written} new, "
          f"{result.kept} already there)")
    if result.unsealed:
        print(f"{result.unsealed} finalized enrollments could not be sealed: "
              "sync.central_public_key is not configured")
        return 1
    return 0


def _confirm_central(args: argparse.Namespace) -> int:
    """Show the confirmed and the configured central service; a supervisor re-pins it."""
    from kiosk.sync import pinning

    settings = load_settings(Path(args.config) if args.config else None)
    with Store.from_settings(settings) as store:
        pin = pinning.read_pin(store)
        new = pinning.identity(settings)
        changed = pinning.differences(pin, new) if pin else [
            (key, "", value) for key, value in new.items() if value]
        if not changed:
            print("the configured central service is the confirmed one: nothing to confirm")
            return 0
        for key, old, value in changed:
            print(f"{key}: {old or '(empty)'} -> {value or '(empty)'}")
        officer = supervisor.sign_in(args, settings, store,
                                     "Confirming a new central service")
        if not args.yes and (not sys.stdin.isatty() or input(
                "Seal and send every waiting packet to this central service? [yes/no] "
                ).strip().lower() != "yes"):
            print("not confirmed: nothing changed")
            return 1
        pinning.confirm(store, settings, officer, via="kiosk sync confirm-central")
    print("confirmed: the central service above is now the one this station trusts")
    return 0


def _key(args: argparse.Namespace) -> int:
    from kiosk.sync.keys import public_b64
    from kiosk.sync.setup import station_key_for

    settings = load_settings(Path(args.config) if args.config else None)
    if not (data_dir_from(settings) / DB_FILE_NAME).exists():  # no packets can wait
        key = station_key_for(settings)
    else:
        with Store.from_settings(settings) as store:
            key = station_key_for(settings, store)
    print(f"{station_id(settings)} {public_b64(key)}")
    return 0


def _rekey(args: argparse.Namespace) -> int:
    from kiosk.sync import pinning
    from kiosk.sync.keys import public_b64
    from kiosk.sync.setup import PacketSealer, central_key_for
    from kiosk.sync.station_key import rekey

    settings = load_settings(Path(args.config) if args.config else None)
    central = central_key_for(settings)
    with Store.from_settings(settings) as store:
        if not args.force and _key_is_sound(settings, store):
            print("the station key is present, valid and the one that sealed the waiting "
                  "packets: nothing to repair (use --force to replace it anyway)")
            return 1
        officer = supervisor.sign_in(args, settings, store, "A new station key")
        if settings["sync.central_public_key"]:
            pinning.check(store, settings)  # never seal again to an unconfirmed key
        result = rekey(store, data_dir_from(settings),
                       (lambda key: PacketSealer(key, central)) if central else None,
                       actor=f"rekey:{officer.username}")
        audit.record(store, officer.username, "station_rekeyed",
                     {"resealed": len(result.resealed), "os_user": getpass.getuser()})
    if result.old_file:
        print(f"the previous key file is kept as {result.old_file}")
    print(f"{len(result.resealed)} waiting packets sealed again with the new key")
    print("register the new key at the central service:")
    print(f"kiosk-central stations rotate-key {station_id(settings)} {public_b64(result.key)}")
    return 0


def _key_is_sound(settings: Settings, store: Store) -> bool:
    """A key file that loads and matches the key recorded for the waiting packets."""
    from kiosk.domain.errors import KioskError
    from kiosk.sync.keys import station_key_path
    from kiosk.sync.setup import station_key_for

    if not station_key_path(data_dir_from(settings)).exists():
        return False
    try:
        station_key_for(settings, store)
    except KioskError:
        return False
    return True
