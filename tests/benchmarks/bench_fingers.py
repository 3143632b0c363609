"""Fingerprint pipeline benchmark and duplicate-threshold calibration.

1. Per finger: NFIQ2 + minutiae (one nbis call), WSQ encode and decode, against decoding the
   same TIFF and encoding it as PNG (baselines) in the same run.
2. Duplicate check of a ten-print enrollment (45 bozorth3 comparisons) against extracting the
   ten templates.
3. Slap segmentation of the NIST slaps.
4. Matchers, old (bozorth3), previous (MCC averaging 4-12 pairs + bozorth3), before (MCC
   averaging mcc.PAIRS_AVERAGED pairs + bozorth3), last session (the same + the consistency
   score counting cylinder pairs under one unrefitted placement) and new (the same + the
   consistency score of kiosk/biometrics/fingers/consistency.py: minutiae paired under a
   refitted placement) in the same run: DET points (FNMR at FMR 1 % and
   0.1 %) over every FVC2002 DB2_B impression in ../shared/data and its generated variants
   (tests/benchmarks/fingerset.py: rotation +-30 degrees, partial crops to 50 % area,
   dryness, smudge, low contrast), all genuine and impostor pairs; the new rule's three
   parameters and every threshold chosen on fingers 101-104 and measured on 105-108, and the
   other way; thresholds chosen on impressions 1-4 measured on 5-8; time per comparison.
   Then the false-match rate at the shipped threshold on the 18 fingers outside FVC2002
   DB2_B in ../shared/data (SourceAFIS, MOSIP, the NIST card: one impression each but one,
   never used to choose anything) against every FVC print and each other.
   Templates and scores are cached in ~/.cache/kiosk-bench (KIOSK_BENCH_CACHE); the first
   run computes the consistency and outside-finger scores in two processes (about 5 minutes
   each on two free cores).
5. NFIQ2 change after a WSQ round trip on the same 64 prints.

Run: ``.venv/bin/python tests/benchmarks/bench_fingers.py [--quick] [--candidates] [--only-det]``
(needs ../shared/data).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
from pathlib import Path

# as kiosk/__init__.py does, before numpy loads: OpenBLAS threads spinning on the matcher's
# small products made one comparison 40 ms instead of 1 ms on a loaded machine
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import fingercandidates  # noqa: E402
import fingerdet  # noqa: E402
import fingerset  # noqa: E402
import numpy as np  # noqa: E402
from benchlib import measure, print_table  # noqa: E402

from kiosk.biometrics.fingers.an2k import parse_an2k  # noqa: E402
from kiosk.biometrics.fingers.analysis import analyse_finger  # noqa: E402
from kiosk.biometrics.fingers.compression import decode_wsq, encode_wsq  # noqa: E402
from kiosk.biometrics.fingers.duplicates import find_duplicates  # noqa: E402
from kiosk.biometrics.fingers.images import read_finger_image  # noqa: E402
from kiosk.biometrics.fingers.matching import (  # noqa: E402
    CONSISTENCY_WEIGHT,
    DEFAULT_SAME_FINGER_THRESHOLD,
    MCC_WEIGHT,
    bozorth3_score,
    match_templates,
    mcc_score,
)
from kiosk.biometrics.fingers.mcc import PAIRS_AVERAGED  # noqa: E402
from kiosk.biometrics.fingers.mcc import VERSION as MCC_VERSION  # noqa: E402
from kiosk.biometrics.fingers.minutiae import FingerTemplate  # noqa: E402
from kiosk.biometrics.fingers.segmentation import segment_slap  # noqa: E402
from kiosk.domain.fingers import ALL_FINGERS, FingerPosition  # noqa: E402

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
    stored = analyse_finger(standard).template.to_iso()
    cylinders = measure("MCC template (cylinders)",
                        lambda: FingerTemplate.from_iso(stored).cylinders, repeat)

    def with_cylinders() -> None:
        analysis = analyse_finger(read_finger_image(path, ppi=FVC_PPI))
        encode_wsq(analysis.image)
        FingerTemplate.from_iso(analysis.template.to_iso()).cylinders  # noqa: B018

    timings += [whole, cylinders,
                measure("whole finger + MCC template", with_cylinders, repeat)]
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
    stored = {p: t.to_iso() for p, t in templates.items()}
    old = measure("bozorth3 only, 45 pairs (old check)", lambda: [
        bozorth3_score(a, b) for a, b in itertools.combinations(templates.values(), 2)],
        repeat, 1)
    check = measure("duplicate check, 45 pairs, new", lambda: find_duplicates(
        {p: FingerTemplate.from_iso(iso) for p, iso in stored.items()}), repeat, 1)
    report = find_duplicates(templates)
    print_table(["step", "median ms", "p90 ms", "x extraction"],
                [[t.name, t.median, t.p90, t.median / extract.median]
                 for t in (extract, old, check)],
                title=f"Ten-print enrollment ({report.pairs_checked} pairs, "
                      f"{len(report.flagged)} flagged; the new check includes building the "
                      "ten MCC templates from stored minutiae)")
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


def det_evaluation(quick: bool, candidates: bool = False) -> None:
    """DET points of bozorth3 (old), MCC and their fusion (new) on every FVC impression and
    its generated variants, all genuine and impostor pairs; the threshold chosen on the
    training fingers and its rates on the held-out ones; time per comparison, same run."""
    if quick:  # 3 fingers x impressions 1, 2 (training) and 5, 6 (held out)
        samples = fingerset.samples(fingers=range(101, 104), impressions=(1, 2, 5, 6))
    else:
        samples = fingerset.samples()
    templates = [FingerTemplate.from_iso(s.iso) for s in samples]
    for template in templates:
        template.cylinders  # noqa: B018  (built once, as the desk does per template)
        fingerdet.previous_cylinders(template)  # the previous matcher's, likewise
    boz = fingerdet.score_matrix("bozorth3", samples, templates, "bozorth3")
    relaxed = fingerdet.score_matrix("relaxed", samples, templates, MCC_VERSION)
    previous_mcc = fingerdet.previous_averaged(fingerdet.score_matrix(
        "relaxed-previous", samples, templates, fingerdet.PREVIOUS_VERSION))
    consistent = fingerdet.consistency_matrix(samples)
    last_consistent = fingerdet.consistency_matrix(samples, previous=True)
    mcc = fingerdet.averaged(relaxed)
    two_part = "fused (before: MCC + bozorth3)"
    last = "fused (last session: + consistency-1)"
    timing = fingerdet.time_per_comparison(
        {"bozorth3 (old)": bozorth3_score, "fused (previous)": fingerdet.previous_compare,
         "MCC": mcc_score, two_part: fingerdet.two_part_compare,
         last: fingerdet.three_part_compare, "fused (new)": match_templates}, templates)
    matrices = {"bozorth3 (old)": boz, "MCC (previous: 4-12 pairs)": previous_mcc,
                "fused (previous)": fingerdet.previous_fused(boz, previous_mcc),
                f"MCC ({PAIRS_AVERAGED} pairs)": mcc,
                two_part: fingerdet.two_part_fused(boz, mcc),
                "consistency-1 (last session's part)": last_consistent,
                last: fingerdet.three_part_fused(boz, mcc, last_consistent),
                "consistency (new part)": consistent,
                "fused (new)": fingerdet.fused(boz, mcc, consistent)}
    timing[f"MCC ({PAIRS_AVERAGED} pairs)"] = timing.pop("MCC")
    index, genuine_mask = fingerdet.pair_sets(samples)
    rows = []
    for name, matrix in matrices.items():
        values = matrix[index]
        genuine, impostor = values[genuine_mask], values[~genuine_mask]
        points = []
        for fmr in (0.01, 0.001):
            threshold = fingerdet.threshold_at(impostor, fmr)
            points.append(fingerdet.rates(genuine, impostor, threshold)[1])
        rows.append([name, len(genuine), len(impostor), *points, timing.get(name, "")])
    print_table(["matcher", "genuine", "impostor", "FNMR % @FMR 1 %", "FNMR % @FMR 0.1 %",
                 "ms per comparison"], rows,
                title=f"DET points, {len(samples)} prints ({len({s.finger for s in samples})}"
                      f" fingers x {len({s.impression for s in samples})} impressions x "
                      f"{len(fingerset.VARIANTS)} variants: "
                      f"{', '.join(fingerset.VARIANTS)}), every pair")
    print()
    rule_selection(samples, boz, relaxed, consistent, matrices, last_consistent)
    if not quick:
        extra_fingers()
    if candidates:
        fingercandidates.evaluate(samples, templates, matrices, fingerdet.TRAIN_FINGERS,
                                  fingerdet.HELD_OUT_FINGERS)
    split_rows = []
    splits = (("impressions", {"impressions": fingerdet.TRAIN_IMPRESSIONS},
               {"impressions": fingerdet.HELD_OUT_IMPRESSIONS}),
              ("unseen fingers", {"fingers": fingerdet.TRAIN_FINGERS},
               {"fingers": fingerdet.HELD_OUT_FINGERS}))
    for split, train_keys, held_keys in splits:
        train_index, train_genuine = fingerdet.pair_sets(samples, **train_keys)
        held_index, held_genuine = fingerdet.pair_sets(samples, **held_keys)
        for name, matrix in matrices.items():
            train, held = matrix[train_index], matrix[held_index]
            if not held.size or not train.size:
                continue
            chosen = fingerdet.threshold_at(train[~train_genuine], 0.001)
            fmr, fnmr = fingerdet.rates(held[held_genuine], held[~held_genuine], chosen)
            split_rows.append([split, name, chosen, fmr, fnmr])
        held = matrices["fused (new)"][held_index]
        if held.size:
            fmr, fnmr = fingerdet.rates(held[held_genuine], held[~held_genuine],
                                        DEFAULT_SAME_FINGER_THRESHOLD)
            split_rows.append([split, "fused, shipped threshold", DEFAULT_SAME_FINGER_THRESHOLD,
                               fmr, fnmr])
    print_table(["split", "matcher", "threshold (train FMR <= 0.1 %)", "held-out FMR %",
                 "held-out FNMR %"], split_rows,
                title=f"Threshold chosen on the training part, rates on the held-out part "
                      f"(impressions {fingerdet.TRAIN_IMPRESSIONS} / "
                      f"{fingerdet.HELD_OUT_IMPRESSIONS}; fingers {fingerdet.TRAIN_FINGERS} / "
                      f"{fingerdet.HELD_OUT_FINGERS})")
    print()
    variant_rows = []
    variants = np.array([s.variant for s in samples])
    for variant in fingerset.VARIANTS:
        involved = (variants[index[0]] == variant) | (variants[index[1]] == variant)
        cells = [variant]
        for name, matrix in matrices.items():
            threshold = (DEFAULT_SAME_FINGER_THRESHOLD if name.startswith("fused") else
                         fingerdet.threshold_at(matrix[index][~genuine_mask], 0.001))
            cells.append(100.0 * float(np.mean(matrix[index][genuine_mask & involved]
                                               < threshold)))
        variant_rows.append(cells)
    print_table(["genuine pairs with", *[f"{name} FNMR %" for name in matrices]],
                variant_rows, title="Misses by variant (bozorth3, MCC at their FMR 0.1 % "
                                    "threshold; the fusions at their shipped threshold)")
    print()


def extra_fingers() -> None:
    """FMR at the shipped threshold on the fingers outside FVC2002 DB2_B (never used to choose
    anything): each of their prints and variants against every FVC print and each other;
    FNMR on their genuine pairs (variants of one impression, and two impressions)."""
    extra, fvc = fingerset.extra_samples(), fingerset.samples()
    scores = fingerdet.cross_scores(extra, extra + fvc)
    finger = np.array([s.finger for s in extra + fvc])
    impression = np.array([s.impression for s in extra + fvc])
    row = np.arange(len(extra))[:, None]
    col = np.arange(len(extra) + len(fvc))[None, :]
    later = (col > row) | (col >= len(extra))  # each pair of extra prints once
    same = finger[row] == finger[col]
    groups = {"impostor": later & ~same,
              "genuine, one impression": later & same & (impression[row] == impression[col]),
              "genuine, two impressions": later & same & (impression[row] != impression[col])}
    boz, similarity, consistent = scores[..., 0], scores[..., 1], scores[..., 2]
    last = fingerdet.cross_scores(extra, extra + fvc, previous=True)[..., 2]
    matchers = {"bozorth3 (old)": boz,
                "fused (before: MCC + bozorth3)": fingerdet.two_part_fused(boz, similarity),
                "fused (last session: + consistency-1)": fingerdet.three_part_fused(
                    boz, similarity, last),
                "fused (new)": fingerdet.fused(boz, similarity, consistent)}
    rows = []
    for name, values in matchers.items():
        impostor = values[groups["impostor"]]
        cells = [name, int(groups["impostor"].sum()), 100.0 * float(np.mean(impostor >= 40)),
                 float(impostor.max())]
        for group in list(groups)[1:]:
            cells.append(100.0 * float(np.mean(values[groups[group]] < 40)))
        rows.append(cells)
    print_table(["matcher", "impostor pairs", "FMR % at 40", "highest impostor",
                 *[f"FNMR % ({g}, {int(groups[g].sum())})" for g in list(groups)[1:]]],
                rows, title=f"Fingers outside FVC2002 DB2_B ({len(set(finger[:len(extra)]))} "
                            f"fingers, {len(extra)} prints with variants: SourceAFIS, MOSIP, "
                            "NIST card), against every FVC print and each other; threshold 40")
    print()


def rule_selection(samples: list, boz: np.ndarray, relaxed: np.ndarray, consistent: np.ndarray,
                   matrices: dict[str, np.ndarray], last_consistent: np.ndarray) -> None:
    """The new fusion's three parameters (MCC pairs averaged, MCC weight, consistency weight)
    chosen on one half of the fingers, its threshold (FMR 0.1 %) too, and the rates on the
    other half, both ways; beside it the two-part rule (no consistency) chosen the same way,
    and the previous fusion and bozorth3 with only their threshold chosen on the same half."""
    index, genuine = fingerdet.pair_sets(samples)
    finger = np.array([s.finger for s in samples])
    halves = [np.isin(finger[index[0]], group) & np.isin(finger[index[1]], group)
              for group in (fingerdet.TRAIN_FINGERS, fingerdet.HELD_OUT_FINGERS)]
    if not all((half & genuine).any() and (half & ~genuine).any() for half in halves):
        print("(held out by finger: each half needs two fingers or more)\n")
        return
    parts = (relaxed[index], boz[index], consistent[index])
    rows = []
    for train, test in ((halves[0], halves[1]), (halves[1], halves[0])):
        direction = (f"{_fingers(finger[index[0]][train])} -> "
                     f"{_fingers(finger[index[0]][test])}")
        compared = {}
        last_parts = (parts[0], parts[1], last_consistent[index])
        for label, weights, used in (
                ("new rule", fingerdet.CONSISTENCY_WEIGHTS_TRIED, parts),
                ("last session's rule", fingerdet.CONSISTENCY_WEIGHTS_TRIED, last_parts),
                ("two-part rule", (0.0,), parts)):
            rule = fingerdet.choose_rule(*(p[train] for p in used), genuine[train], weights)[0]
            compared[f"fused ({label}: {rule})"] = fingerdet.fusion_rule(
                *used, genuine, rule, fit=train)[0]  # references from this half too
        compared["fused (previous)"] = matrices["fused (previous)"][index]
        compared["bozorth3 (old)"] = boz[index]
        for name, values in compared.items():
            cells = [direction, name]
            held_genuine, held_impostor = values[test & genuine], values[test & ~genuine]
            for target in (0.01, 0.001):
                chosen = fingerdet.threshold_at(values[train & ~genuine], target)
                own = fingerdet.threshold_at(held_impostor, target)
                cells += [*fingerdet.rates(held_genuine, held_impostor, chosen),
                          fingerdet.rates(held_genuine, held_impostor, own)[1]]
            rows.append(cells)
    rule, miss = fingerdet.choose_rule(*parts, genuine)
    print_table(["fingers", "rule", "FMR % (1 %)", "FNMR %", "FNMR @own 1 %",
                 "FMR % (0.1 %)", "FNMR %", "FNMR @own 0.1 %"], rows,
                title="Held out by finger: the fusion's pairs averaged "
                      f"{fingerdet.PAIRS_TRIED}, MCC weight {fingerdet.WEIGHTS_TRIED} and "
                      f"consistency weight {fingerdet.CONSISTENCY_WEIGHTS_TRIED} (fewest "
                      "misses at FMR 0.1 %) and every threshold (for FMR 1 % and 0.1 %) chosen "
                      "on one half, rates on the other; 'own': FNMR at the held-out half's own "
                      "threshold for that FMR (the rule without the threshold's transfer)")
    print(f"Chosen on all fingers: {rule} (in-sample FNMR {miss:.2f} % at FMR 0.1 %); "
          f"shipped: {PAIRS_AVERAGED} pairs, MCC weight {MCC_WEIGHT}, consistency weight "
          f"{CONSISTENCY_WEIGHT}")
    print()


def _fingers(values: np.ndarray) -> str:
    return ",".join(str(f) for f in sorted(set(values.tolist())))


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
    parser.add_argument("--candidates", action="store_true",
                        help="also measure the candidate scores (tests/benchmarks/"
                             "fingercandidates.py; the first run takes long, then cached)")
    parser.add_argument("--only-det", action="store_true", help="only the matcher evaluation")
    args = parser.parse_args()
    if not FOLDER.is_dir():
        print(f"shared test data not found at {FOLDER} (set KIOSK_SHARED_DATA)")
        return 1
    repeat = 3 if args.quick else 20
    fingers = range(101, 104) if args.quick else range(101, 109)
    impressions = range(1, 4) if args.quick else range(1, 9)
    if not args.only_det:
        bench_pipeline(repeat)
        bench_duplicates(repeat)
        bench_segmentation(repeat)
    det_evaluation(args.quick, args.candidates)
    if not args.only_det:
        wsq_quality_change(fingers, impressions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
