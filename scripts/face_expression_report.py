"""Neutral-expression calibration: the smile measure on the labelled neutral and smiling
shared portraits (tests/face_defects.toml [expression]), both distributions, the limit in
force (face.max_smile), its margin to each side and a leave-one-out check of the rule that
set it (the middle of the gap).

Run: ``.venv/bin/python scripts/face_expression_report.py [--variants]``
(``--variants``: the range of each portrait over the generated variants of
scripts/face_instruction_eval.py as well); tests/test_face_expression.py holds the numbers.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kiosk.biometrics.face.analysis import analyse_image  # noqa: E402
from kiosk.biometrics.face.detector import FaceDetector  # noqa: E402
from kiosk.biometrics.face.imageio import read_image  # noqa: E402
from kiosk.biometrics.face.thresholds import FaceThresholds  # noqa: E402

DATA = Path(os.environ.get("KIOSK_SHARED_DATA", REPO.parent / "shared" / "data")) / "faces"
LABELS = tomllib.loads((REPO / "tests" / "face_defects.toml").read_text())["expression"]


def measure(detector: FaceDetector, faces: Path = DATA) -> dict[str, dict[str, float]]:
    """The smile measure of every labelled portrait, by label ("neutral", "smiling")."""
    return {label: {name: analyse_image(read_image(faces / name), detector)
                    .check("expression").value for name in LABELS[label]}
            for label in ("neutral", "smiling")}


def variant_ranges(detector: FaceDetector,
                   faces: Path = DATA) -> dict[str, dict[str, tuple[float, float]]]:
    """The smile measure's (lowest, highest) over every generated variant of each portrait
    (scripts/face_instruction_eval.py: scale, rotation, crop, blur, noise, JPEG)."""
    spec = importlib.util.spec_from_file_location(
        "face_instruction_eval", REPO / "scripts" / "face_instruction_eval.py")
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    makers = {**ev.VARIANTS, **ev.STRONG_VARIANTS}
    ranges: dict[str, dict[str, tuple[float, float]]] = {}
    for label in ("neutral", "smiling"):
        ranges[label] = {}
        for name in LABELS[label]:
            image = read_image(faces / name)
            found = []
            for make in makers.values():
                checks = {c.name: c.value for c in analyse_image(make(image), detector).checks}
                if "expression" in checks:  # not when the variant loses the face
                    found.append(checks["expression"])
            ranges[label][name] = (min(found), max(found))
    return ranges


def leave_one_out(values: dict[str, dict[str, float]]) -> list[str]:
    """Portraits that fall on the wrong side of the middle of the gap the others give."""
    wrong = []
    for label, other in (("neutral", "smiling"), ("smiling", "neutral")):
        for name, held in values[label].items():
            rest = [v for n, v in values[label].items() if n != name]
            neutral = rest if label == "neutral" else list(values[other].values())
            smiling = rest if label == "smiling" else list(values[other].values())
            middle = (max(neutral) + min(smiling)) / 2
            if (held <= middle) != (label == "neutral"):
                wrong.append(f"{name} ({label} {held:.3f}, limit without it {middle:.3f})")
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", action="store_true",
                        help="also each portrait's range over the generated variants")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"shared test data not found at {DATA}", file=sys.stderr)
        return 2
    limit = FaceThresholds.defaults().max_smile
    with FaceDetector() as detector:
        values = measure(detector)
        ranges = variant_ranges(detector) if args.variants else None
    for label, found in values.items():
        print(f"{label} ({len(found)})")
        for name, value in sorted(found.items(), key=lambda item: item[1]):
            print(f"  {value:7.3f}  {name}")
    neutral, smiling = max(values["neutral"].values()), min(values["smiling"].values())
    print(f"\nneutral {min(values['neutral'].values()):.3f}..{neutral:.3f}, smiling "
          f"{smiling:.3f}..{max(values['smiling'].values()):.3f}; gap {neutral:.3f}-"
          f"{smiling:.3f}, middle {(neutral + smiling) / 2:.3f}")
    print(f"limit face.max_smile {limit:.3f}: margin {limit - neutral:.3f} above the most "
          f"smiling neutral, {smiling - limit:.3f} below the least smiling smile")
    wrong = leave_one_out(values)
    print("leave-one-out: " + ("every portrait on its side" if not wrong else "; ".join(wrong)))
    if ranges is not None:
        top = max(high for _low, high in ranges["neutral"].values())
        bottom = min(low for low, _high in ranges["smiling"].values())
        crossed = [f"{n} {lo:.3f}..{hi:.3f}" for label, found in ranges.items()
                   for n, (lo, hi) in found.items()
                   if (hi > limit if label == "neutral" else lo < limit)]
        print(f"\nover the variants: neutral up to {top:.3f}, smiling down to {bottom:.3f}; "
              + ("none crosses the limit" if not crossed else "across the limit: "
                 + "; ".join(crossed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
