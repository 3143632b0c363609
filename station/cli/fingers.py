"""``kiosk finger-check`` and ``kiosk finger-match``: NFIQ2 quality and 1:1 comparison.

Exit codes: finger-check 0 good, 1 below the threshold (or not assessable, or a slap whose
fingertips could not all be found), 2 unreadable input; finger-match 0 same finger,
1 different fingers, 2 unreadable input. An ANSI/NIST-ITL file (.an2k) is checked record by
record, slaps cut into fingertips.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.biometrics.fingers.analysis import FingerAnalysis, analyse_finger, analyse_slap
from kiosk.biometrics.fingers.errors import SegmentationFailed, UnreadableImage
from kiosk.biometrics.fingers.images import FingerImage
from kiosk.biometrics.fingers.matching import match_templates
from kiosk.biometrics.fingers.sources import UnsupportedRecord, read_single, read_sources
from kiosk.domain.fingers import SLAP_ORDER, FingerPosition
from kiosk.domain.safe_input import MAX_IMAGE_BYTES, InputError, read_regular_file
from kiosk.options import load_settings

FORMATS = ("PNG, TIFF, WSQ, JPEG, JPEG 2000, BMP, ISO/IEC 19794-4 (2005, 2011) or "
           "ANSI/NIST-ITL Type-4/Type-14")
SLAPS = {"left": FingerPosition.LEFT_FOUR, "right": FingerPosition.RIGHT_FOUR,
         "thumbs": FingerPosition.BOTH_THUMBS}


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("finger-check", help="NFIQ2 quality and minutiae of a finger image",
                           description=f"Assess a finger image ({FORMATS}). Exit 0 good, "
                           "1 below the threshold, 2 unreadable input.")
    check.add_argument("image", metavar="IMAGE")
    check.add_argument("--slap", choices=sorted(SLAPS),
                       help="the image is a slap: cut it into labelled fingertips first")
    _common(check)
    check.set_defaults(handler=_check)
    match = sub.add_parser("finger-match",
                           help="compare two finger images (MCC fused with bozorth3)",
                           description=f"Compare two finger images ({FORMATS}). Exit 0 "
                           "same finger, 1 different fingers, 2 unreadable input.")
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


def _threshold(args: argparse.Namespace, key: str) -> int:
    if args.threshold is not None:
        return args.threshold
    return load_settings(Path(args.config) if args.config else None)[key]


def _fail(args: argparse.Namespace, error: UnreadableImage) -> int:
    if not args.json:
        raise error  # the CLI prints it as one line and exits 2
    data: dict[str, Any] = {"error": str(error), "message_key": error.message_key}
    if isinstance(error, UnsupportedRecord):
        data["unsupported_record_type"] = error.record_type
    print(json.dumps(data))
    return 2


def _emit(args: argparse.Namespace, data: dict[str, Any], lines: list[str]) -> None:
    print(json.dumps(data, ensure_ascii=False) if args.json else "\n".join(lines))


def _describe(label: str, analysis: FingerAnalysis, threshold: int) -> list[str]:
    quality = analysis.quality
    lines = [f"{label}: NFIQ2 {quality.score} (threshold {threshold}), "
             f"{analysis.template.count} minutiae, verdict {analysis.verdict(threshold)}"]
    if quality.reason:
        lines.append(f"  reason: {quality.reason}")
    return lines + [f"  hint: {hint}" for hint in quality.hints]


def _read(path_text: str) -> bytes:
    path = Path(path_text)
    try:
        return read_regular_file(path, MAX_IMAGE_BYTES)
    except InputError as exc:
        raise UnreadableImage(str(exc), name=str(path)) from None


def _sources(args: argparse.Namespace) -> list[tuple[FingerPosition | None, FingerImage]]:
    """(position or None, image) for each image in the input file."""
    sources = read_sources(_read(args.image), ppi=args.ppi, name=args.image)
    slap = SLAPS[args.slap] if args.slap else None
    if len(sources) == 1 and sources[0].position is None:
        return [(slap, sources[0].image)]
    chosen = [s for s in sources if slap is None or s.position == slap]
    if not chosen:
        raise UnreadableImage(f"{args.image} has no record for {slap.name if slap else '?'}")
    return [(s.position, s.image) for s in chosen]


def _check(args: argparse.Namespace) -> int:
    threshold = _threshold(args, "fingers.quality_threshold")
    try:
        sources = _sources(args)
        if len(sources) == 1 and sources[0][0] is None:
            return _check_single(args, sources[0][1], threshold)
        fingers: list[tuple[str, tuple[int, int, int, int] | None, FingerAnalysis]] = []
        lines: list[str] = []
        problems: list[str] = []
        for slap, image in sources:
            if slap not in SLAP_ORDER:
                label = slap.as_finger.sbi_name if slap is not None else "finger"
                fingers.append((label, None, analyse_finger(image)))
                continue
            try:
                for tip in analyse_slap(image, slap):
                    fingers.append((tip.position.sbi_name, tip.segment.box, tip.analysis))
            except SegmentationFailed as exc:
                problems.append(str(exc))
    except UnreadableImage as exc:
        return _fail(args, exc)
    good = not problems and all(a.verdict(threshold) == "good" for _, _, a in fingers)
    for label, _, analysis in fingers:
        lines += _describe(label, analysis, threshold)
    lines += [f"problem: {problem}" for problem in problems]
    data = {"image": args.image, "verdict": "good" if good else "poor", "problems": problems,
            "fingers": [{"position": label, "box": box, **a.as_dict(threshold)}
                        for label, box, a in fingers]}
    _emit(args, data, lines)
    return 0 if good else 1


def _check_single(args: argparse.Namespace, image: FingerImage, threshold: int) -> int:
    analysis = analyse_finger(image)
    data = {"image": args.image, "input_ppi": image.ppi, "ppi_source": image.ppi_source,
            **analysis.as_dict(threshold)}
    lines = _describe(args.image, analysis, threshold)
    if image.ppi_source == "assumed":
        lines.append("  note: the file gives no resolution; 500 ppi assumed (see --ppi)")
    _emit(args, data, lines)
    return 0 if analysis.verdict(threshold) == "good" else 1


def _match(args: argparse.Namespace) -> int:
    threshold = _threshold(args, "fingers.duplicate_threshold")
    try:
        first = analyse_finger(read_single(_read(args.first), ppi=args.ppi, name=args.first))
        second = analyse_finger(read_single(_read(args.second), ppi=args.ppi,
                                            name=args.second))
    except UnreadableImage as exc:
        return _fail(args, exc)
    result = match_templates(first.template, second.template, threshold)
    data = {"a": args.first, "b": args.second, **result.as_dict(),
            "minutiae": [first.template.count, second.template.count]}
    verdict = "same finger" if result.same_finger else "different fingers"
    _emit(args, data, [f"score {result.score} (threshold {threshold}; MCC {result.mcc:.3f}, "
                       f"bozorth3 {result.bozorth3}, consistency {result.consistency:.2f}): "
                       f"{verdict}"])
    return 0 if result.same_finger else 1
