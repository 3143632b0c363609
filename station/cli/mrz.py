"""``kiosk mrz``: parse and check an MRZ typed, pasted or sent by a keyboard-wedge reader."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.domain.eligibility import local_today
from kiosk.domain.mrz import Mrz, parse_mrz
from kiosk.domain.safe_input import read_stdin_text
from kiosk.options import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mrz", help="parse an MRZ and check every check digit")
    p.add_argument("text", nargs="?",
                   help="the MRZ lines (separated by newlines); read from stdin when omitted")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_run)


def as_dict(mrz: Mrz) -> dict[str, object]:
    """The parsed MRZ as a JSON-safe dict (dates ISO 8601)."""
    return {
        "format": str(mrz.format), "document_code": mrz.document_code,
        "issuing_state": mrz.issuing_state, "surname": mrz.surname,
        "given_names": mrz.given_names, "name_truncated": mrz.name_truncated,
        "document_number": mrz.document_number, "nationality": mrz.nationality,
        "birth_date": mrz.birth_date.isoformat() if mrz.birth_date else None,
        "sex": mrz.sex, "expiry_date": mrz.expiry_date.isoformat() if mrz.expiry_date else None,
        "optional_data": mrz.optional_data, "optional_data_2": mrz.optional_data_2,
        "checks": [{"field": c.field, "found": c.found, "expected": c.expected, "ok": c.ok}
                   for c in mrz.checks],
        "problems": [{"field": p.field, "code": p.code} for p in mrz.problems],
        "valid": mrz.valid,
    }


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(Path(args.config) if args.config else None)
    raw = args.text if args.text is not None else read_stdin_text(max_chars=4096)
    mrz = parse_mrz(raw, local_today(settings["station.timezone"]))
    data = as_dict(mrz)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            if key not in ("checks", "problems", "valid"):
                print(f"{key:16} {value if value not in (None, '') else '-'}")
        for check in mrz.checks:
            verdict = "ok" if check.ok else f"FAILED (expected {check.expected})"
            print(f"check {check.field:16} {check.found} {verdict}")
        for problem in mrz.problems:
            print(f"problem {problem.field}: {problem.code}")
        print("valid" if mrz.valid else "INVALID: " + ", ".join(mrz.failed_fields))
    return 0 if mrz.valid else 1
