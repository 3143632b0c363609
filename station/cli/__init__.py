"""The ``kiosk`` command line, without the GUI: one module per command group.

Each module in :data:`COMMAND_MODULES` has ``register(subparsers)``, which adds its parser and
sets ``handler`` to a function ``(args) -> exit code``. ``station.launcher`` adds the GUI on top.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.domain.errors import KioskError

COMMAND_MODULES = (
    "station.cli.doctor",
    "station.cli.config",
    "station.cli.mrz",
    "station.cli.mrz_read",
    "station.cli.fingers",
    "station.cli.face",
    "station.cli.devices",
    "station.cli.sim_sbi",
    "station.cli.tickets",
    "station.cli.guidance",
    "station.cli.sync",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser; no sub-command means 'start the GUI'."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Biometric enrollment kiosk (offline-first).")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--config", metavar="FILE", help="configuration file (TOML)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed non-GUI command; expected failures print one line, never a traceback."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args))
    except KioskError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for non-GUI use (``python -m station``)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("kiosk: the GUI starts from the 'kiosk' command (station.launcher)", file=sys.stderr)
        return 2
    return run_command(args)
