"""``kiosk face-check IMAGE``: run every ICAO face check on one image.

Exit status: 0 compliant, 1 not compliant, 2 unreadable input (or another expected error).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.options import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("face-check", help="check a face image against the ICAO portrait rules")
    p.add_argument("image", metavar="IMAGE",
                   help="image file (JPEG, PNG, GIF, ...) or an ISO/IEC 19794-5:2005 record")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--portrait", metavar="OUT.jpg",
                   help="also write the cropped ICAO portrait JPEG (when a face was found)")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(Path(args.config) if args.config else None)
    path = Path(args.image)
    from kiosk.biometrics.face.imageio import read_image

    # the file is checked before anything heavy is loaded: a FIFO, a device, too many bytes
    # or pixels are refused at once, with little memory (InputError -> "kiosk: ...", exit 2;
    # FaceImageError likewise)
    image = read_image(path)
    # imported here: mediapipe takes a second to load and other commands do not need it
    from kiosk.biometrics.face.analysis import analyse_image
    from kiosk.biometrics.face.portrait import make_portrait
    from kiosk.biometrics.face.thresholds import FaceThresholds

    result = analyse_image(image, thresholds=FaceThresholds.from_settings(settings),
                           portrait_width=settings["face.portrait_width_px"])
    if args.portrait and result.crop is not None:
        portrait = make_portrait(image, result.crop, settings["face.portrait_width_px"],
                                 settings["face.portrait_max_bytes"])
        Path(args.portrait).write_bytes(portrait.jpeg)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        _print_text(result, args.image)
    return 0 if result.compliant else 1


def _print_text(result, name: str) -> None:
    verdict = "COMPLIANT" if result.compliant else "NOT COMPLIANT"
    print(f"{name}: {verdict}" + (f" ({result.instruction})" if result.instruction else ""))
    for check in result.failed + [c for c in result.checks if c.passed]:
        threshold = check.threshold
        bound = (f"{threshold[0]:g}..{threshold[1]:g}" if isinstance(threshold, tuple)
                 else f"{threshold:g}")
        mark = "pass" if check.passed else "FAIL"
        print(f"  {mark}  {check.name:<22} {check.value:10.3f}  limit {bound:<10} "
              f"{'' if check.passed else check.instruction_key}".rstrip())
    if result.crop is not None:
        box = result.crop
        print(f"  crop box: centre ({box.cx:.0f}, {box.cy:.0f}), {box.width:.0f} x "
              f"{box.height:.0f} px, rotated {box.angle:.1f} deg")
