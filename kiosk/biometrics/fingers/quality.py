"""NFIQ 2.0 quality (ISO/IEC 29794-4) as a typed result, with NFIQ2's actionable feedback
turned into hints the UI can translate ("finger.hint.*")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

# NFIQ2's own actionable-feedback thresholds (nfiq2_interfacedefinitions.hpp).
EMPTY_MEAN_ABOVE = 250.0        # EmptyImageOrContrastTooLow: mean grey level (white)
UNIFORM_SIGMA_BELOW = 1.0       # UniformImage: standard deviation of grey levels
MIN_MINUTIAE = 5.0              # FingerprintImageWithMinutiae: FingerJet minutiae count
MIN_FOREGROUND_PIXELS = 50000.0  # SufficientFingerprintForeground: foreground pixels

HINT_EMPTY = "finger.hint.empty_or_low_contrast"
HINT_UNIFORM = "finger.hint.uniform_image"
HINT_FEW_MINUTIAE = "finger.hint.few_minutiae"
HINT_SMALL_AREA = "finger.hint.small_area"
HINT_NO_RIDGES = "finger.hint.no_ridge_structure"  # ours: NFIQ2 failed on a non-blank image

REASON_COMPUTE_FAILED = "finger.quality.compute_failed"


@dataclass(frozen=True)
class FingerQuality:
    """An NFIQ2 score 0-100. A score that could not be computed is 0 with a ``reason``.

    ``hints`` are message keys of NFIQ2's actionable feedback that fired (e.g. too small a
    finger area); ``actionable`` holds the raw feedback values.
    """

    score: int
    reason: str = ""
    reason_key: str = ""
    hints: tuple[str, ...] = ()
    actionable: Mapping[str, float] = field(default_factory=dict)

    @property
    def computed(self) -> bool:
        return not self.reason_key

    def passes(self, threshold: int) -> bool:
        """True when the score reaches ``threshold``."""
        return self.score >= threshold

    def as_dict(self) -> dict[str, Any]:
        return {"nfiq2": self.score, "computed": self.computed, "reason": self.reason,
                "reason_key": self.reason_key, "hints": list(self.hints),
                "actionable": {k: round(v, 3) for k, v in self.actionable.items()}}


def hints_for(actionable: Mapping[str, float]) -> tuple[str, ...]:
    """Message keys for the actionable feedback values past NFIQ2's thresholds."""
    hints = []
    if actionable.get("EmptyImageOrContrastTooLow", 0.0) > EMPTY_MEAN_ABOVE:
        hints.append(HINT_EMPTY)
    if actionable.get("UniformImage", UNIFORM_SIGMA_BELOW) < UNIFORM_SIGMA_BELOW:
        hints.append(HINT_UNIFORM)
    if actionable.get("FingerprintImageWithMinutiae", MIN_MINUTIAE) < MIN_MINUTIAE:
        hints.append(HINT_FEW_MINUTIAE)
    foreground = actionable.get("SufficientFingerprintForeground", MIN_FOREGROUND_PIXELS)
    if foreground < MIN_FOREGROUND_PIXELS:
        hints.append(HINT_SMALL_AREA)
    return tuple(hints)


def from_nfiq2_result(result: Any) -> FingerQuality:
    """Convert nbis-py's ``Nfiq2Result``."""
    actionable = {item.name: float(item.value) for item in result.actionable}
    return FingerQuality(int(result.score), actionable=actionable, hints=hints_for(actionable))


def compute_failed(code: object, pixels: np.ndarray | None = None) -> FingerQuality:
    """Quality 0 for an image NFIQ2 could not assess (blank, blurred, no ridges).

    NFIQ2 gives no feedback then, so the hint comes from the grey levels with NFIQ2's own
    thresholds: white (nothing on the platen), uniform, or else no ridge structure.
    """
    hints: tuple[str, ...] = ()
    if pixels is not None and pixels.size:
        if float(pixels.mean()) > EMPTY_MEAN_ABOVE:
            hints = (HINT_EMPTY,)
        elif float(pixels.std()) < UNIFORM_SIGMA_BELOW:
            hints = (HINT_UNIFORM,)
        else:
            hints = (HINT_NO_RIDGES,)
    return FingerQuality(
        0, reason=f"NFIQ2 could not be computed (NBIS code {code}): no usable ridge "
        "structure (blank, smudged or blurred image)", reason_key=REASON_COMPUTE_FAILED,
        hints=hints)
