"""The fingerprint evaluation set: every FVC2002 DB2_B impression in ../shared/data plus
generated hard variants, with mindtct templates cached on disk (extraction is the slow part).

Variants of each impression (at 500 ppi, after resampling from 569):
rotation by +30 or -30 degrees (alternating by impression), a partial crop keeping 50 % of
the area (the corner alternates), dryness (grey dilation: ridges thin and break), smudge
(grey erosion and blur: ridges merge) and low contrast (range squeezed to 35 %).
The other fingers in the folder (SourceAFIS, MOSIP, the NIST card's slaps and thumbs) have one
impression each but one: :func:`extra_samples` gives them, with the same variants, for
false-match rates on fingers never used to choose anything.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.images import FingerImage, read_finger_image

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("KIOSK_SHARED_DATA", HERE.parents[2] / "shared" / "data"))
FOLDER = DATA / "fingerprints"
FVC_PPI = 569
FINGERS = range(101, 109)
IMPRESSIONS = range(1, 9)
VARIANTS = ("original", "rotated", "partial", "dry", "smudged", "low_contrast")
CACHE = Path(os.environ.get("KIOSK_BENCH_CACHE", Path.home() / ".cache" / "kiosk-bench"))


@dataclass(frozen=True)
class Sample:
    """One evaluation image: finger id, impression, variant and its ISO 19794-2 template."""

    finger: int
    impression: int
    variant: str
    iso: bytes


def fvc_path(finger: int, impression: int) -> Path:
    return FOLDER / f"fvc2002_db2b_{finger}_{impression}.tif"


def variant(image: FingerImage, name: str, impression: int) -> FingerImage:
    """``image`` (500 ppi) with one generated degradation."""
    pixels = image.pixels
    if name == "original":
        return image
    if name == "rotated":
        angle = 30.0 if impression % 2 else -30.0
        height, width = pixels.shape
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
        cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
        new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
        matrix[0, 2] += new_w / 2 - width / 2
        matrix[1, 2] += new_h / 2 - height / 2
        out = cv2.warpAffine(pixels, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR,
                             borderValue=255)
    elif name == "partial":
        height, width = pixels.shape
        h, w = round(height * 0.7071), round(width * 0.7071)
        corner = impression % 4
        y = 0 if corner in (0, 1) else height - h
        x = 0 if corner in (0, 2) else width - w
        out = pixels[y:y + h, x:x + w]
    elif name == "dry":
        out = cv2.dilate(pixels, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
        rng = np.random.default_rng(impression)
        specks = rng.random(pixels.shape) < 0.04
        out = np.where(specks, 255, out).astype(np.uint8)
    elif name == "smudged":
        out = cv2.erode(pixels, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
        out = cv2.GaussianBlur(out, (5, 5), 1.2)
    elif name == "low_contrast":
        out = np.clip(150 + (pixels.astype(np.float32) - 128) * 0.35, 0, 255).astype(np.uint8)
    else:
        raise ValueError(name)
    return FingerImage(np.ascontiguousarray(out), image.ppi, image.ppi_source)


def samples(variants: tuple[str, ...] = VARIANTS, fingers: Iterable[int] = FINGERS,
            impressions: Iterable[int] = IMPRESSIONS) -> list[Sample]:
    """Every (finger, impression, variant) sample with its template (cached on disk)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out = []
    for finger in fingers:
        for impression in impressions:
            base = None
            path = fvc_path(finger, impression)
            for name in variants:
                key = hashlib.sha256(path.read_bytes() + name.encode()).hexdigest()[:24]
                cached = CACHE / f"{key}.iso"
                if not cached.exists():
                    if base is None:
                        base = read_finger_image(path, ppi=FVC_PPI).at_500ppi()
                    template = analyse_finger(variant(base, name, impression)).template
                    cached.write_bytes(template.to_iso())
                out.append(Sample(finger, impression, name, cached.read_bytes()))
    return out




# Fingers outside FVC2002 DB2_B in ../shared/data/fingerprints (SOURCES.md): one or two
# impressions each, so they add impostor pairs (20 fingers never used to choose anything) and
# a single genuine pair of two impressions (the SourceAFIS probe and its match).
EXTRA_FIRST_ID = 201


def _extra_images() -> list[tuple[str, FingerImage]]:
    """(finger name, 500 ppi image) of every finger print outside FVC2002 DB2_B."""
    from kiosk.biometrics.fingers.segmentation import segment_slap
    from kiosk.biometrics.fingers.sources import read_sources
    from kiosk.domain.fingers import FingerPosition

    out = [("sourceafis-102", read_finger_image(FOLDER / "sourceafis_probe.png")),
           ("sourceafis-102", read_finger_image(FOLDER / "sourceafis_matching.png")),
           ("sourceafis-other", read_finger_image(FOLDER / "sourceafis_nonmatching.png")),
           ("sourceafis-card-thumb", read_finger_image(FOLDER / "sourceafis_wsq-original.wsq"))]
    for path in sorted(FOLDER.glob("mosip_*.iso")):
        for source in read_sources(path.read_bytes(), name=path.name):
            out.append((f"mosip-{source.position.name}", source.image))
    transaction = (FOLDER / "nist_type4-slaps.an2k").read_bytes()
    for source in read_sources(transaction, name="nist"):
        if source.position in (FingerPosition.LEFT_FOUR, FingerPosition.RIGHT_FOUR):
            for tip in segment_slap(source.image, source.position):
                out.append((f"nist-{tip.position.name}", tip.image))
        elif source.position is not None and source.position.is_finger:
            out.append((f"nist-{source.position.name}", source.image))
    return [(name, image.at_500ppi()) for name, image in out]


def extra_samples(variants: tuple[str, ...] = VARIANTS) -> list[Sample]:
    """Every print outside FVC2002 DB2_B and its variants (templates cached on disk); the
    finger ids start at EXTRA_FIRST_ID, the impression counts per finger."""
    CACHE.mkdir(parents=True, exist_ok=True)
    ids: dict[str, int] = {}
    seen: dict[str, int] = {}
    out = []
    for name, image in _extra_images():
        finger = ids.setdefault(name, EXTRA_FIRST_ID + len(ids))
        impression = seen[name] = seen.get(name, 0) + 1
        for kind in variants:
            key = hashlib.sha256(image.pixels.tobytes() + kind.encode()).hexdigest()[:24]
            cached = CACHE / f"{key}.iso"
            if not cached.exists():
                template = analyse_finger(variant(image, kind, impression)).template
                cached.write_bytes(template.to_iso())
            out.append(Sample(finger, impression, kind, cached.read_bytes()))
    return out
