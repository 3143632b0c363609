"""``kiosk tickets keygen DIR``: make the office key pair that signs pre-registration tickets."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.guidance.office_keys import generate_office_keys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tickets", help="pre-registration tickets: office key pair")
    actions = p.add_subparsers(dest="tickets_action", metavar="ACTION", required=True)
    keygen = actions.add_parser(
        "keygen", help="write a new office key pair (private key mode 600, public key)")
    keygen.add_argument("folder", metavar="DIR", type=Path, help="folder for the two PEM files")
    keygen.set_defaults(handler=_keygen)


def _keygen(args: argparse.Namespace) -> int:
    private, public = generate_office_keys(args.folder)
    print(f"private key: {private}  (guidance station only: tickets.office_private_key)")
    print(f"public key:  {public}  (every capture desk: tickets.office_public_key)")
    return 0
