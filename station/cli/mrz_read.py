"""``kiosk mrz-read IMAGE``: read and check the MRZ of a document-camera image.

Exit 0 when every check digit passes, 1 when an MRZ was read but a check fails, 2 when the
image is unreadable or holds no MRZ (one line on stderr, from the central KioskError handler).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.documents.images import read_document_image
from kiosk.documents.mrz_reader import MrzReading, read_mrz_image
from kiosk.domain.eligibility import local_today
from kiosk.options import load_settings
from station.cli.mrz import as_dict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mrz-read", help="read the MRZ of a document image by OCR and check it")
    p.add_argument("image", help="photo or scan of the document page (JPEG, PNG, ...)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--no-correct", action="store_true",
                   help="do not correct OCR confusions by check digits (for comparison)")
    p.set_defaults(handler=_run)


def reading_dict(reading: MrzReading) -> dict[str, object]:
    """The reading as a JSON-safe dict: parsed fields plus OCR lines and corrections."""
    data = as_dict(reading.mrz)
    data["lines"] = list(reading.mrz.lines)
    data["ocr_lines"] = list(reading.raw_lines)
    data["corrections"] = [{"line": line + 1, "column": col + 1, "read": old, "now": new}
                           for line, col, old, new in reading.changes]
    data["ambiguous_fields"] = list(reading.ambiguous_fields)
    data["valid"] = reading.valid
    data["unsure_name_characters"] = [{"line": line + 1, "column": col + 1}
                                      for line, col in reading.unsure_names]
    data["unsure_unchecked_characters"] = [{"line": line + 1, "column": col + 1}
                                           for line, col in reading.unsure_unchecked]
    data["confirmed"] = reading.confirmed
    data["rotation"] = reading.rotation
    return data


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(Path(args.config) if args.config else None)
    image = read_document_image(args.image)
    reading = read_mrz_image(image, local_today(settings["station.timezone"]),
                             correct=not args.no_correct,
                             try_rotations=settings["documents.mrz_try_rotations"],
                             max_runs=settings["documents.mrz_max_ocr_runs"])
    mrz = reading.mrz
    if args.json:
        print(json.dumps(reading_dict(reading), ensure_ascii=False, indent=2))
        return 0 if reading.valid else 1
    for text in mrz.lines:
        print(text)
    for line, col, old, new in reading.changes:
        print(f"corrected line {line + 1} column {col + 1}: {old} -> {new}")
    if reading.rotation:
        print(f"image turned {reading.rotation} degrees clockwise to read it")
    for check in mrz.checks:
        verdict = "ok" if check.ok else f"FAILED (expected {check.expected})"
        print(f"check {check.field:16} {check.found} {verdict}")
    for problem in mrz.problems:
        print(f"problem {problem.field}: {problem.code}")
    if reading.ambiguous_fields:
        print("not proved (several readings fit): " + ", ".join(reading.ambiguous_fields))
    if reading.unsure_names:
        marks = "".join("^" if (2 if len(mrz.lines) == 3 else 0, i) in reading.unsure_names
                        else " " for i in range(len(mrz.lines[-1 if len(mrz.lines) == 3 else 0])))
        print(f"unsure name characters, confirm against the document:\n{marks}")
    failed = list(mrz.failed_fields) + [f for f in reading.ambiguous_fields
                                        if f not in mrz.failed_fields]
    print("valid" if reading.valid else "INVALID: " + ", ".join(failed))
    return 0 if reading.valid else 1
