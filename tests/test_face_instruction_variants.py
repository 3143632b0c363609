"""The first instructions hold on generated variants of the labelled shared faces (scale
0.6-1.5, rotation up to 5 degrees, crop, blur, noise, JPEG): the ranking is not fitted to
28 exact images. The variants and the table: scripts/face_instruction_eval.py --strong."""

from __future__ import annotations

import pytest
from scripthelp import load_script

from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.imageio import read_image

STABLE = 0.90  # share of variants whose first instruction still names the labelled defect


def _evaluation():
    return load_script("face_instruction_eval")


@pytest.mark.slow
def test_first_instructions_hold_on_generated_variants(shared_data) -> None:
    ev = _evaluation()
    rows, stable, total = [], 0, 0
    with FaceDetector() as detector:
        for name, label in sorted(ev.LABELS.items()):
            image = read_image(shared_data / "faces" / name)
            if ev.first_instruction(detector, image) not in label["accept"]:
                continue  # a miss of the original is counted by test_face_instructions
            for variant, make in {**ev.VARIANTS, **ev.STRONG_VARIANTS}.items():
                said = ev.first_instruction(detector, make(image))
                total += 1
                if said in label["accept"]:
                    stable += 1
                else:
                    rows.append(f"{name} {variant}: {said}")
    print(f"\nvariants still naming the defect: {stable}/{total}\n" + "\n".join(rows))
    assert total >= 13 * 25
    assert stable / total >= STABLE, "\n".join(rows)
