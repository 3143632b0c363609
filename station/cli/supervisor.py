"""The command line's supervisor sign-in for commands that move data: prompted (user name,
then the password without echo), or ``--supervisor NAME`` with the password as the first
line of standard input, for scripts."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.accounts.errors import NotPermitted
from kiosk.accounts.service import AccountPolicy, Accounts, Officer
from kiosk.accounts.supervisor import verify_supervisor
from kiosk.options import Settings
from kiosk.store.store import Store


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--supervisor", metavar="NAME",
                        help="the supervisor who authorises this; the password is read from "
                        "the first line of standard input (without it both are asked for)")


def sign_in(args: argparse.Namespace, settings: Settings, store: Store, what: str) -> Officer:
    """The supervisor authorising ``what``; :class:`NotPermitted` when nobody can be asked
    (no --supervisor and no terminal) or the account is not a supervisor; InvalidCredentials
    for a failed sign-in."""
    username = getattr(args, "supervisor", None)
    if username:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise NotPermitted(f"{what} needs a supervisor's sign-in: give --supervisor NAME "
                               "and the password on standard input",
                               message_key="data.not_supervisor")
        print(f"{what} needs a supervisor's sign-in.", file=sys.stderr)
        username = input("Supervisor user name: ")
        password = getpass.getpass("Password: ")
    accounts = Accounts(store, AccountPolicy.from_settings(settings))
    return verify_supervisor(accounts, username, password)
