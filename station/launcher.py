"""The ``kiosk`` entry point: the GUI when no command is given, else the core's command line.

PySide6 is imported only on the GUI path, so ``kiosk doctor`` and friends work (and report a
broken Qt installation) even where Qt cannot start.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
from collections.abc import Sequence

from kiosk.memory import limit_malloc_arenas
from kiosk.paths import restore_system_environment
from kiosk.sync.demo import register_demo_central

GUI_COMMANDS = (None, "guidance")


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain GUI start (``kiosk``, ``kiosk guidance``, ``--config FILE``,
    ``--quit-after-first-screen``), read without building a parser or importing any command's
    module (some import OpenCV or the fingerprint engines); None for anything else (the full
    parser then reads it, abbreviations and errors included)."""
    config: str | None = None
    quit_after = False
    command: str | None = None
    items = list(argv)
    while items:
        arg = items.pop(0)
        if arg == "--quit-after-first-screen":
            quit_after = True
        elif arg == "--config" and items:
            config = items.pop(0)
        elif arg.startswith("--config="):
            config = arg.partition("=")[2]
        elif arg in GUI_COMMANDS and command is None:
            command = arg
        else:
            return None
    return argparse.Namespace(config=config, quit_after_first_screen=quit_after,
                              command=command)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the GUI or the requested command."""
    limit_malloc_arenas()  # before any thread: a desk's memory stays flat all day
    if list(sys.argv[1:] if argv is None else argv) == ["--receipt-worker"]:
        # the bundle's receipt process (ui.printing.receipt_process), started by the GUI
        from ui.printing.receipt_process import main as receipt_worker

        return receipt_worker()
    restore_system_environment()  # a bundle's library path must not leak into tesseract & co
    offer_demo_central()
    gui = gui_arguments(sys.argv[1:] if argv is None else argv)
    if gui is not None:
        # the store and accounts are imported in the background, once the first screen shows;
        # until it is drawn, no garbage collection (start-up allocates much and frees little:
        # the collector's passes were ~5 % of it); run_gui turns it back on
        gc.disable()
        try:
            from ui.shell.pyside_imports import install

            install()  # before the ui modules: PySide reads each one's source (~10 ms)
            from ui.shell.app import run_gui
        except BaseException:
            gc.enable()
            raise
        return run_gui(gui)
    from station.cli import build_parser, run_command

    parser = build_parser()
    parser.add_argument("--quit-after-first-screen", action="store_true",
                        help="GUI smoke test: close once the sign-in or first-account screen "
                             "is shown, printing which")
    # `kiosk doctor` starts Qt in a child: `python -m ui.shell.qt_probe`, or this in a bundle
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    from ui.showcase.screenshot_cli import register

    register(next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)))
    args = parser.parse_args(argv)
    if args.qt_probe:
        from ui.shell.qt_probe import main as qt_probe

        return qt_probe()
    if args.command in (None, "guidance"):
        from ui.shell.app import run_gui

        return run_gui(args)
    if args.command == "doctor":
        from ui.diagnostics.doctor_checks import qt_checks

        args.extra_checks = qt_checks()
    return run_command(args)


def offer_demo_central() -> None:
    """Let an unconfigured kiosk start the reference central service (``sync.demo_central``)
    when this installation has it (the station bundle leaves it out of the kiosk program).
    Imported only when a demo central is started, so the kiosk's start-up pays nothing."""
    if getattr(sys, "frozen", False) or not all(
            importlib.util.find_spec(name) for name in ("central", "fastapi", "uvicorn")):
        return
    register_demo_central(_LazyDemoCentral())


class _LazyDemoCentral:
    """``central.demo.PROVIDER``, imported on first use."""

    @property
    def public_key(self):
        from central.demo import PROVIDER

        return PROVIDER.public_key

    @property
    def start(self):
        from central.demo import PROVIDER

        return PROVIDER.start


if __name__ == "__main__":
    sys.exit(main())
