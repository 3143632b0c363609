"""``kiosk finger-check`` and ``kiosk finger-match``: NFIQ2 quality and 1:1 comparison.

Exit codes: finger-check 0 good, 1 below the threshold (or not assessable), 2 unreadable
input; finger-match 0 same finger, 1 different fingers, 2 unreadable input.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.biometrics.fingers.images import read_finger_image
from kiosk.biometrics.fingers.matching import match_templates
from kiosk.options import load_settings

FORMATS = "PNG, TIFF, WSQ, JPEG or BMP"


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("finger-check", help="NFIQ2 quality and minutiae of a finger image",
                           description=f"Assess one finger image ({FORMATS}). Exit 0 good, "
                           "1 below the threshold, 2 unreadable input.")
    check.add_argument("image", metavar="IMAGE")
    _common(check)
    check.set_defaults(handler=_check)
    match = sub.add_parser("finger-match", help="compare two finger images (bozorth3)",
                           description=f"Compare two finger images ({FORMATS}). Exit 0 same "
                           "finger, 1 different fingers, 2 unreadable input.")
    match.add_argument("first", metavar="A")
    match.add_argument("second", metavar="B")
    _common(match)
    match.set_defaults(handler=_match)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--ppi", type=float, metavar="N",
                        help="resolution of the input when the file does not say (e.g. 569 "
                             "for FVC2002 DB2); images are resampled to 500 ppi")
    parser.add_argument("--threshold", type=int, metavar="N",
                        help="override the configured threshold")


def _settings(args: argparse.Namespace):
    return load_settings(Path(args.config) if args.config else None)


def _fail(args: argparse.Namespace, error: UnreadableImage) -> int:
    if not args.json:
        raise error  # the CLI prints it as one line and exits 2
    print(json.dumps({"error": str(error), "message_key": error.message_key}))
    return 2


def _emit(args: argparse.Namespace, data: dict[str, Any], lines: list[str]) -> None:
    print(json.dumps(data, ensure_ascii=False) if args.json else "\n".join(lines))


def _check(args: argparse.Namespace) -> int:
    threshold = args.threshold
    if threshold is None:
        threshold = _settings(args)["fingers.quality_threshold"]
    try:
        image = read_finger_image(args.image, ppi=args.ppi)
        analysis = analyse_finger(image)
    except UnreadableImage as exc:
        return _fail(args, exc)
    data = {"image": args.image, "input_ppi": image.ppi, "ppi_source": image.ppi_source,
            **analysis.as_dict(threshold)}
    quality = analysis.quality
    lines = [f"{args.image}: NFIQ2 {quality.score} (threshold {threshold}), "
             f"{analysis.template.count} minutiae, verdict {analysis.verdict(threshold)}"]
    if quality.reason:
        lines.append(f"  reason: {quality.reason}")
    lines += [f"  hint: {hint}" for hint in quality.hints]
    if image.ppi_source == "assumed":
        lines.append("  note: the file gives no resolution; 500 ppi assumed (see --ppi)")
    _emit(args, data, lines)
    return 0 if analysis.verdict(threshold) == "good" else 1


def _match(args: argparse.Namespace) -> int:
    threshold = args.threshold
    if threshold is None:
        threshold = _settings(args)["fingers.duplicate_threshold"]
    try:
        first = analyse_finger(read_finger_image(args.first, ppi=args.ppi))
        second = analyse_finger(read_finger_image(args.second, ppi=args.ppi))
    except UnreadableImage as exc:
        return _fail(args, exc)
    result = match_templates(first.template, second.template, threshold)
    data = {"a": args.first, "b": args.second, **result.as_dict(),
            "minutiae": [first.template.count, second.template.count]}
    verdict = "same finger" if result.same_finger else "different fingers"
    _emit(args, data, [f"bozorth3 score {result.score} (threshold {threshold}): {verdict}"])
    return 0 if result.same_finger else 1
