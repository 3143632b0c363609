"""Fingerprint pipeline benchmark and duplicate-threshold calibration.

1. Per finger: NFIQ2 + minutiae (one nbis call), WSQ encode and decode, against decoding the
   same TIFF and encoding it as PNG (baselines) in the same run.
2. Duplicate check of a ten-print enrollment (45 bozorth3 comparisons) against extracting the
   ten templates.
3. Slap segmentation of the NIST slaps.
4. Calibration: bozorth3 genuine (same finger, different impressions) and impostor (different
   fingers) scores on FVC2002 DB2_B resampled from 569 to 500 ppi (8 fingers x 8 impressions:
   224 genuine and 1,792 impostor pairs), FMR and FNMR per threshold.
5. NFIQ2 change after a WSQ round trip on the same 64 prints.

Run: ``.venv/bin/python tests/benchmarks/bench_fingers.py [--quick]`` (needs ../shared/data).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from benchlib import measure, print_table  # noqa: E402

from kiosk.biometrics.fingers import engine  # noqa: E402
from kiosk.biometrics.fingers.an2k import parse_an2k  # noqa: E402
from kiosk.biometrics.fingers.analysis import analyse_finger  # noqa: E402
from kiosk.biometrics.fingers.compression import decode_wsq, encode_wsq  # noqa: E402
from kiosk.biometrics.fingers.duplicates import find_duplicates  # noqa: E402
from kiosk.biometrics.fingers.images import read_finger_image  # noqa: E402
from kiosk.biometrics.fingers.matching import DEFAULT_SAME_FINGER_THRESHOLD  # noqa: E402
from kiosk.biometrics.fingers.positions import ALL_FINGERS, FingerPosition  # noqa: E402
from kiosk.biometrics.fingers.segmentation import segment_slap  # noqa: E402

DATA = Path(os.environ.get("KIOSK_SHARED_DATA", HERE.parents[2] / "shared" / "data"))
FOLDER = DATA / "fingerprints"
FVC_PPI = 569  # FVC2002 DB2 (SOURCES.md)


def fvc_path(finger: int, impression: int) -> Path:
    return FOLDER / f"fvc2002_db2b_{finger}_{impression}.tif"


def bench_pipeline(repeat: int) -> None:
    path = fvc_path(101, 1)
    image = read_finger_image(path, ppi=FVC_PPI)
    standard = image.at_500ppi()
    wsq_bytes = encode_wsq(standard)
    timings = [
        measure("decode TIFF (baseline)", lambda: read_finger_image(path, ppi=FVC_PPI), repeat),
        measure("PNG encode (baseline)", standard.to_png, repeat),
        measure("BMP encode (handed to NBIS)", standard.to_bmp, repeat),
        measure("resample 569->500 ppi", image.at_500ppi, repeat),
        measure("NFIQ2 + minutiae", lambda: analyse_finger(standard), repeat),
        measure("WSQ encode", lambda: encode_wsq(standard), repeat),
        measure("WSQ decode", lambda: decode_wsq(wsq_bytes), repeat),
    ]
    whole = measure("whole finger (decode..WSQ)", lambda: encode_wsq(
        analyse_finger(read_finger_image(path, ppi=FVC_PPI)).image), repeat)
    timings.append(whole)
    base = timings[0].median
    print_table(["stage", "median ms", "p90 ms", "x decode"],
                [[t.name, t.median, t.p90, t.median / base] for t in timings],
                title=f"Per finger, {standard.width}x{standard.height} at 500 ppi "
                      f"(WSQ {len(wsq_bytes)} bytes, "
                      f"{standard.width * standard.height / len(wsq_bytes):.1f}:1)")
    print()


def ten_print_templates():
    fingers = [(f, 1) for f in range(101, 109)]
    images = [read_finger_image(fvc_path(f, i), ppi=FVC_PPI) for f, i in fingers]
    images += [read_finger_image(FOLDER / "sourceafis_probe.png"),
               read_finger_image(FOLDER / "sourceafis_nonmatching.png")]
    return images


def bench_duplicates(repeat: int) -> None:
    images = ten_print_templates()
    extract = measure("extract 10 templates (baseline)",
                      lambda: [analyse_finger(i) for i in images], max(1, repeat // 4), 1)
    templates = {p: analyse_finger(i).template for p, i in zip(ALL_FINGERS, images, strict=True)}
    check = measure("duplicate check, 45 pairs", lambda: find_duplicates(templates), repeat, 1)
    report = find_duplicates(templates)
    print_table(["step", "median ms", "p90 ms", "x extraction"],
                [[t.name, t.median, t.p90, t.median / extract.median] for t in (extract, check)],
                title=f"Ten-print enrollment ({report.pairs_checked} pairs, "
                      f"{len(report.flagged)} flagged, {check.median / 45:.2f} ms per pair)")
    print()


def bench_segmentation(repeat: int) -> None:
    transaction = parse_an2k((FOLDER / "nist_type4-slaps.an2k").read_bytes())
    rows = []
    for slap in (FingerPosition.LEFT_FOUR, FingerPosition.RIGHT_FOUR):
        image = transaction.by_position(slap).image()
        decode = measure("decode", transaction.by_position(slap).image, repeat)
        segment = measure("segment", lambda i=image, s=slap: segment_slap(i, s), repeat)
        scores = [analyse_finger(s.image).quality.score for s in segment_slap(image, slap)]
        rows.append([f"{slap.name} {image.width}x{image.height}", decode.median, segment.median,
                     segment.median / decode.median, " ".join(map(str, scores))])
    print_table(["slap", "WSQ decode ms", "segment ms", "x decode", "NFIQ2 of the tips"], rows,
                title="Slap segmentation (NIST inked card, left to right)")
    print()


def scores(fingers: range, impressions: range, ppi: float | None):
    """Genuine and impostor bozorth3 scores, and the largest A/B vs B/A difference."""
    templates = {(f, i): analyse_finger(read_finger_image(fvc_path(f, i), ppi=ppi)).template
                 for f in fingers for i in impressions}
    genuine, impostor, asymmetry = [], [], 0
    for a, b in itertools.combinations(sorted(templates), 2):
        score = engine.compare(templates[a].native, templates[b].native)
        asymmetry = max(asymmetry,
                        abs(score - engine.compare(templates[b].native, templates[a].native)))
        (genuine if a[0] == b[0] else impostor).append(score)
    return genuine, impostor, asymmetry


def rates(genuine: list[int], impostor: list[int], threshold: int) -> tuple[int, int]:
    """(false matches, misses) at ``threshold``."""
    return sum(s >= threshold for s in impostor), sum(s < threshold for s in genuine)


def calibrate(fingers: range, impressions: range) -> None:
    genuine, impostor, asymmetry = scores(fingers, impressions, FVC_PPI)
    quantiles = (0, 1, 5, 25, 50, 75, 95, 99, 100)

    def pct(values: list[int], q: float) -> float:
        ordered = sorted(values)
        return float(ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))])

    print_table(["pairs", "n", *[f"p{q}" for q in quantiles]],
                [["genuine", len(genuine), *[pct(genuine, q) for q in quantiles]],
                 ["impostor", len(impostor), *[pct(impostor, q) for q in quantiles]]],
                title=f"bozorth3 scores, FVC2002 DB2_B {len(fingers)} fingers x "
                      f"{len(impressions)} impressions at 500 ppi (largest A/B vs B/A "
                      f"difference: {asymmetry})")
    rows = []
    for threshold in (20, 25, 30, 35, 40, 45, 50, 60):
        false_matches, misses = rates(genuine, impostor, threshold)
        mark = "  <- default" if threshold == DEFAULT_SAME_FINGER_THRESHOLD else ""
        rows.append([threshold, f"{false_matches}/{len(impostor)}",
                     100.0 * false_matches / len(impostor), f"{misses}/{len(genuine)}",
                     100.0 * misses / len(genuine),
                     100.0 * (1 - (1 - false_matches / len(impostor)) ** 45), mark])
    print_table(["threshold", "false matches", "FMR %", "misses", "FNMR %",
                 "P(false alarm, 45 pairs) %", ""], rows,
                title="Duplicate threshold: rates per pair and per ten-print enrollment")
    native_genuine, native_impostor, _ = scores(fingers, impressions, None)
    compare = []
    for name, (g, i) in (("resampled 569->500", (genuine, impostor)),
                         ("native, read as 500", (native_genuine, native_impostor))):
        false_matches, misses = rates(g, i, DEFAULT_SAME_FINGER_THRESHOLD)
        compare.append([name, max(i), min(g), f"{false_matches}/{len(i)}",
                        f"{misses}/{len(g)}"])
    print_table(["resolution", "top impostor", "lowest genuine", "false matches", "misses"],
                compare, title=f"Effect of resampling at threshold "
                               f"{DEFAULT_SAME_FINGER_THRESHOLD}")
    print()


def wsq_quality_change(fingers: range, impressions: range) -> None:
    changes = []
    for finger, impression in itertools.product(fingers, impressions):
        image = read_finger_image(fvc_path(finger, impression), ppi=FVC_PPI)
        before = analyse_finger(image).quality.score
        changes.append(analyse_finger(decode_wsq(encode_wsq(image))).quality.score - before)
    within = sum(c >= -5 for c in changes)
    print_table(["prints", "mean change", "median", "largest drop", "largest rise",
                 "drop <= 5"],
                [[len(changes), statistics.mean(changes), float(statistics.median(changes)),
                  -min(changes), max(changes), f"{within}/{len(changes)}"]],
                title="NFIQ2 after a WSQ round trip (FVC2002 DB2_B at 500 ppi)")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repetitions, small subsets")
    args = parser.parse_args()
    if not FOLDER.is_dir():
        print(f"shared test data not found at {FOLDER} (set KIOSK_SHARED_DATA)")
        return 1
    repeat = 3 if args.quick else 20
    fingers = range(101, 104) if args.quick else range(101, 109)
    impressions = range(1, 4) if args.quick else range(1, 9)
    bench_pipeline(repeat)
    bench_duplicates(repeat)
    bench_segmentation(repeat)
    calibrate(fingers, impressions)
    wsq_quality_change(fingers, impressions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
