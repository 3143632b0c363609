"""``kiosk doctor [--json]``: one line per health check; exit 1 if any fails."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from station.diagnostics.checks import run_checks


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check this station: Python, Qt, fonts, data, key, devices")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from station.diagnostics.devices import check_devices

    extra = (*getattr(args, "extra_checks", ()), check_devices)
    results = run_checks(None, extra, Path(args.config) if args.config else None)
    if args.json:
        print(json.dumps({"ok": all(r.ok for r in results),
                          "checks": [r.as_dict() for r in results]}, ensure_ascii=False, indent=2))
    else:
        width = max(len(r.name) for r in results)
        for r in results:
            print(f"{'ok' if r.ok else 'FAIL':4}  {r.name:{width}}  {r.detail}")
    return 0 if all(r.ok for r in results) else 1
