"""``kiosk screenshot SCREEN --lang LANG --out FILE.png`` and ``kiosk screenshot --list``.

Registered by ``station.launcher`` (Qt is imported only when the command runs).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.languages import CODES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help="render a screen offscreen with demo data (PNG)")
    p.add_argument("screen", nargs="?", help="screen name (see --list)")
    p.add_argument("--lang", default="vi", choices=CODES, help="interface language")
    p.add_argument("--out", type=Path, help="PNG file to write (default: SCREEN-LANG.png)")
    p.add_argument("--list", action="store_true", help="list the screens and exit")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.showcase import screenshots

    if args.list:
        print("\n".join(screenshots.SCREENS))
        return 0
    if args.screen not in screenshots.SCREENS:
        print(f"kiosk: unknown screen {args.screen!r}; one of: "
              f"{', '.join(screenshots.SCREENS)}", file=sys.stderr)
        return 2
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    out = args.out or Path(f"{args.screen}-{args.lang}.png")
    screenshots.save(args.screen, args.lang, out)
    print(out)
    return 0
