"""MRZ reading from document images: time per image against decoding, accuracy with/without fixes.

Run: ``.venv/bin/python tests/benchmarks/bench_mrz_ocr.py [--quick]``. Images: the specimens of
../shared/data/documents whose true MRZ is in tests/mrz_truth.py. Baseline: decoding the same
image file (Pillow, EXIF-aware, to grey), the step every reading starts with. Accuracy: images
whose final MRZ lines equal the truth, with the check-digit-guided correction and without it
(same localisation and OCR; a reading is still accepted at the first valid parse).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import measure, print_table  # noqa: E402
from mrz_truth import MRZ_TRUTH  # noqa: E402

from kiosk.documents.images import decode_document_image  # noqa: E402
from kiosk.documents.mrz_reader import MrzNotFound, read_mrz_image  # noqa: E402

DATA = Path(os.environ.get("KIOSK_SHARED_DATA", REPO.parent / "shared" / "data")) / "documents"
TODAY = date(2026, 11, 23)
QUICK = ["passporteye_passport-td3.jpg", "passporteye_100_pass-cze.jpg"]


def _read(data: bytes, correct: bool) -> tuple[tuple[str, ...] | None, bool]:
    try:
        reading = read_mrz_image(decode_document_image(data), TODAY, correct=correct)
    except MrzNotFound:
        return None, False
    return reading.mrz.lines, reading.valid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run (2 images)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}", file=sys.stderr)
        return 1
    names = QUICK if args.quick else sorted(MRZ_TRUTH)
    repeat = 1 if args.quick else 3
    rows = []
    score = {True: [0, 0], False: [0, 0]}  # correct -> [right, valid]
    total_decode = total_read = 0.0
    for name in names:
        data = (DATA / name).read_bytes()
        decode = measure("decode", lambda d=data: decode_document_image(d), repeat, warmup=1)
        read = measure("read", lambda d=data: _read(d, True), repeat, warmup=0)
        verdicts = []
        for correct in (True, False):
            lines, valid = _read(data, correct)
            right = lines == MRZ_TRUTH[name]
            score[correct][0] += right
            score[correct][1] += valid
            verdicts.append("right" if right else ("valid-wrong" if valid else "wrong"))
        total_decode += decode.median
        total_read += read.median
        rows.append([name.removeprefix("passporteye_"), decode.median, read.median,
                     f"{read.median / decode.median:.0f}x", *verdicts])
    print_table(["image", "decode ms", "read ms", "ratio", "corrected", "uncorrected"], rows,
                title="MRZ reading per image (median of runs; 'read' includes the decode)")
    print()
    print_table(["", "decode ms", "read ms", "ratio"],
                [["mean per image", total_decode / len(names), total_read / len(names),
                  f"{total_read / total_decode:.0f}x"]])
    print()
    print_table(["correction", "read right", "valid"],
                [["with", f"{score[True][0]}/{len(names)}", f"{score[True][1]}/{len(names)}"],
                 ["without", f"{score[False][0]}/{len(names)}",
                  f"{score[False][1]}/{len(names)}"]],
                title="Accuracy against tests/mrz_truth.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
