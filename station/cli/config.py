"""``kiosk config``: show every option with its default, or the values in force."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.options import OPTIONS, describe_options, load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="show configuration options or the values in force")
    p.add_argument("what", choices=("options", "show"), nargs="?", default="show",
                   help="'options': a commented template of every option; "
                        "'show': the values in force (default)")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    if args.what == "options":
        print(describe_options(), end="")
        return 0
    settings = load_settings(Path(args.config) if args.config else None)
    print(f"# file: {settings.source or '(none: defaults)'}")
    for key in sorted(OPTIONS):
        mark = "  # from the environment" if key in settings.overridden else ""
        print(f"{key} = {settings[key]!r}{mark}")
    return 0
