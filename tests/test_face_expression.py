"""The neutral-expression limit sits in the gap between labelled neutral and smiling
portraits, with a margin on both sides (labels: tests/face_defects.toml [expression])."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kiosk.biometrics.face.analysis import analyse_image
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.imageio import read_image
from kiosk.biometrics.face.thresholds import FaceThresholds

LABELS = tomllib.loads((Path(__file__).parent / "face_defects.toml").read_text())["expression"]
MARGIN = 0.01


def test_expression_limit_separates_neutral_from_smiling_with_a_margin(shared_data) -> None:
    detector = FaceDetector()
    limit = FaceThresholds.defaults().max_smile
    values: dict[str, list[float]] = {}
    for label in ("neutral", "smiling"):
        values[label] = sorted(
            analyse_image(read_image(shared_data / "faces" / name), detector)
            .check("expression").value for name in LABELS[label])
        print(f"\n{label} ({len(values[label])}): "
              + " ".join(f"{v:.3f}" for v in values[label]))
    print(f"limit {limit}")
    assert max(values["neutral"]) <= limit - MARGIN
    assert min(values["smiling"]) >= limit + MARGIN
    # held-out check of the rule that set the limit (the middle of the gap): each portrait,
    # left out, is still on its side of the limit the others give
    for label, other in (("neutral", "smiling"), ("smiling", "neutral")):
        for i, held in enumerate(values[label]):
            rest = values[label][:i] + values[label][i + 1:]
            neutral = rest if label == "neutral" else values[other]
            smiling = rest if label == "smiling" else values[other]
            middle = (max(neutral) + min(smiling)) / 2
            assert (held <= middle) == (label == "neutral"), (label, held, middle)
