"""One-to-one fingerprint comparison with bozorth3 and a same-finger decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.biometrics.fingers import engine
from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.images import FingerImage
from kiosk.biometrics.fingers.minutiae import FingerTemplate

# Chosen from bozorth3 scores on FVC2002 DB2_B resampled to 500 ppi (8 fingers x 8
# impressions; tests/benchmarks/bench_fingers.py prints the distributions): at 40 no false
# match in 1,792 impostor pairs (highest impostor score 35) and 5 of 224 genuine pairs missed
# (FNMR 2.2 %). At 35: FMR 0.06 %, i.e. about 2.5 % of clean ten-print enrollments (45 pairs)
# would be flagged wrongly, against FNMR 1.3 %.
DEFAULT_SAME_FINGER_THRESHOLD = 40


@dataclass(frozen=True)
class MatchResult:
    """A bozorth3 score and whether it reaches the same-finger threshold."""

    score: int
    threshold: int

    @property
    def same_finger(self) -> bool:
        return self.score >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, "threshold": self.threshold,
                "same_finger": self.same_finger}


def match_score(a: FingerTemplate, b: FingerTemplate) -> int:
    """bozorth3 score of two templates.

    One direction is enough: on the 2,016 FVC pairs the two directions never differed by more
    than 1 point.
    """
    return engine.compare(a.native, b.native)


def match_templates(a: FingerTemplate, b: FingerTemplate,
                    threshold: int = DEFAULT_SAME_FINGER_THRESHOLD) -> MatchResult:
    """Compare two templates."""
    return MatchResult(match_score(a, b), threshold)


def match_images(a: FingerImage, b: FingerImage,
                 threshold: int = DEFAULT_SAME_FINGER_THRESHOLD) -> MatchResult:
    """Compare two finger images (each resampled to 500 ppi and run through mindtct)."""
    return match_templates(analyse_finger(a).template, analyse_finger(b).template, threshold)
