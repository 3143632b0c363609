"""``kiosk tickets keygen DIR``: make the office's ticket key files (guidance station, desks)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.guidance.office_keys import generate_office_keys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tickets", help="pre-registration tickets: office key pair")
    actions = p.add_subparsers(dest="tickets_action", metavar="ACTION", required=True)
    keygen = actions.add_parser(
        "keygen", help="write new office ticket keys: one file for the guidance station, one "
        "for the capture desks (both mode 600)")
    keygen.add_argument("folder", metavar="DIR", type=Path, help="folder for the two PEM files")
    keygen.set_defaults(handler=_keygen)


def _keygen(args: argparse.Namespace) -> int:
    guidance, desk = generate_office_keys(args.folder)
    print(f"guidance station: {guidance}  (tickets.office_private_key; mode 600)")
    print(f"capture desks:    {desk}  (tickets.office_desk_key; mode 600, secret too: it "
          "opens the tickets)")
    print("both stations need the same station.office")
    return 0
