"""``kiosk guidance``: the applicant guidance screen (the GUI launcher runs it; see ui.mode)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("guidance", help="the applicant guidance and pre-registration screen "
                                        "(same as ui.mode = \"guidance\")")
    p.set_defaults(handler=_no_gui)


def _no_gui(args: argparse.Namespace) -> int:
    print("kiosk: the guidance screen starts from the 'kiosk' command (station.launcher)",
          file=sys.stderr)
    return 2
