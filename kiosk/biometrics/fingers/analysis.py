"""One call per finger image: NFIQ2 quality and minutiae, at 500 ppi."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from kiosk.biometrics.fingers import engine
from kiosk.biometrics.fingers.images import FingerImage
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.biometrics.fingers.quality import FingerQuality, compute_failed, from_nfiq2_result
from kiosk.biometrics.fingers.segmentation import FingerSegment, segment_slap
from kiosk.domain.fingers import FingerPosition


@dataclass(frozen=True, eq=False)
class FingerAnalysis:
    """Quality and template of one finger image (resampled to 500 ppi first)."""

    quality: FingerQuality
    template: FingerTemplate
    image: FingerImage

    def verdict(self, threshold: int) -> str:
        """'good' when NFIQ2 reaches the threshold, else 'poor' (or 'failed' if not computed)."""
        if not self.quality.computed:
            return "failed"
        return "good" if self.quality.passes(threshold) else "poor"

    def as_dict(self, threshold: int) -> dict[str, Any]:
        return {**self.quality.as_dict(), "minutiae": self.template.count,
                "threshold": threshold, "verdict": self.verdict(threshold),
                "width": self.image.width, "height": self.image.height,
                "ppi": self.image.ppi}


@dataclass(frozen=True, eq=False)
class SlapFinger:
    """One fingertip of a slap: where it was cut and its analysis."""

    segment: FingerSegment
    analysis: FingerAnalysis

    @property
    def position(self) -> FingerPosition:
        return self.segment.position


def analyse_finger(image: FingerImage) -> FingerAnalysis:
    """NFIQ2 and mindtct minutiae of ``image`` after resampling it to 500 ppi.

    An image NFIQ2 cannot assess gets quality 0 with a reason; its minutiae are still
    extracted (usually few or none).
    """
    standard = image.at_500ppi()
    encoded = standard.to_bmp()
    try:
        native = engine.extract(encoded, with_nfiq2=True)
        quality = from_nfiq2_result(native.quality())
    except engine.Nfiq2ComputeFailed as exc:
        quality = compute_failed(exc[0] if exc.args else "?", standard.pixels)
        native = engine.extract(encoded, with_nfiq2=False)
    return FingerAnalysis(quality, FingerTemplate.from_native(native), standard)


def nfiq2(image: FingerImage) -> FingerQuality:
    """Only the NFIQ2 quality of ``image`` (NBIS computes minutiae anyway)."""
    return analyse_finger(image).quality


def nfiq2_score(pixels: np.ndarray, ppi: float) -> int:
    """The NFIQ 2 score 0-100 of a scanner's finger image at ``ppi`` (the device check-up's
    quality, :func:`devices.checkup.try_capture`)."""
    return int(nfiq2(FingerImage(pixels, ppi, "given")).score)


def analyse_slap(image: FingerImage, slap: FingerPosition,
                 missing: Iterable[FingerPosition] = ()) -> list[SlapFinger]:
    """Segment a slap into labelled fingertips and analyse each (see :func:`segment_slap`)."""
    return [SlapFinger(segment, analyse_finger(segment.image))
            for segment in segment_slap(image, slap, missing)]
