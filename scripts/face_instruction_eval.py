"""First face instruction against the labelled primary defects, on the shared faces and on
generated variants of each (scale, small rotation, crop, blur, noise, JPEG).

Run: ``.venv/bin/python scripts/face_instruction_eval.py [--no-variants] [--strong]``
(``--strong``: also scale 0.6 and 1.5, rotation +-5 degrees, a 10 % crop). Labels and how
they were judged: tests/face_defects.toml. A variant is stable when its first instruction is
still one the label accepts (or, for an image the engine misses, the same one as the original).
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kiosk.biometrics.face.analysis import analyse_image  # noqa: E402
from kiosk.biometrics.face.detector import FaceDetector  # noqa: E402
from kiosk.biometrics.face.imageio import read_image  # noqa: E402

DATA = Path(os.environ.get("KIOSK_SHARED_DATA", REPO.parent / "shared" / "data")) / "faces"
LABELS = tomllib.loads((REPO / "tests" / "face_defects.toml").read_text())["images"]
PREFIX = "face.instruction."


def _rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)


def _crop(image: np.ndarray, share: float) -> np.ndarray:
    h, w = image.shape[:2]
    dy, dx = round(h * share / 2), round(w * share / 2)
    return image[dy:h - dy, dx:w - dx]


def _noise(image: np.ndarray, sigma: float) -> np.ndarray:
    rng = np.random.default_rng(7)
    noisy = image.astype(np.float32) + rng.normal(0, sigma, image.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])[1]
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


VARIANTS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "scale 0.8": lambda im: cv2.resize(im, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA),
    "scale 1.25": lambda im: cv2.resize(im, None, fx=1.25, fy=1.25,
                                        interpolation=cv2.INTER_CUBIC),
    "rotate +3": lambda im: _rotate(im, 3.0),
    "rotate -3": lambda im: _rotate(im, -3.0),
    "crop 4 %": lambda im: _crop(im, 0.04),
    "blur 1 px": lambda im: cv2.GaussianBlur(im, (0, 0), 1.0),
    "noise 4": lambda im: _noise(im, 4.0),
    "JPEG 60": lambda im: _jpeg(im, 60),
}

# harder ones, reported with --strong (and held by tests/test_face_instruction_variants.py)
STRONG_VARIANTS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "scale 0.6": lambda im: cv2.resize(im, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA),
    "scale 1.5": lambda im: cv2.resize(im, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC),
    "rotate +5": lambda im: _rotate(im, 5.0),
    "rotate -5": lambda im: _rotate(im, -5.0),
    "crop 10 %": lambda im: _crop(im, 0.10),
}


def first_instruction(detector: FaceDetector, image: np.ndarray) -> str:
    """The first instruction's short key ("" when compliant)."""
    return (analyse_image(image, detector).instruction or "").removeprefix(PREFIX)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-variants", action="store_true", help="the originals only")
    parser.add_argument("--strong", action="store_true", help="the harder variants as well")
    args = parser.parse_args()
    variants = {**VARIANTS, **(STRONG_VARIANTS if args.strong else {})}
    if not DATA.is_dir():
        print(f"shared test data not found at {DATA}", file=sys.stderr)
        return 2
    hits, stable, total = 0, 0, 0
    with FaceDetector() as detector:
        for name, label in sorted(LABELS.items()):
            image = read_image(DATA / name)
            said = first_instruction(detector, image)
            hit = said in label["accept"]
            hits += hit
            line = f"{'ok  ' if hit else 'MISS'} {name:32s} {label['defect']:24s} {said}"
            if not args.no_variants:
                changed = []
                for variant, make in variants.items():
                    again = first_instruction(detector, make(image))
                    same = again in label["accept"] if hit else again == said
                    stable += same
                    total += 1
                    if not same:
                        changed.append(f"{variant}: {again}")
                line += "" if not changed else "  [" + "; ".join(changed) + "]"
            print(line, flush=True)
    print(f"\nfirst instruction names the labelled defect: {hits}/{len(LABELS)} "
          f"({100 * hits / len(LABELS):.0f} %)")
    if total:
        print(f"variants with the same verdict: {stable}/{total} ({100 * stable / total:.0f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
