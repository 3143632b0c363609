"""One-to-one fingerprint comparison and a same-finger decision.

The comparison fuses two matchers on the same mindtct minutiae: Minutia Cylinder-Code with
LSS-R consolidation (:mod:`kiosk.biometrics.fingers.mcc`: holds on partial and rotated
prints) and NIST bozorth3 (holds on dry and smudged ones). Each score is divided by its own
reference (its threshold for a false match rate of 0.1 %), the two are weighted and the sum
scaled so that the same-finger threshold is 40, like bozorth3's before.
Chosen by measurement on FVC2002 DB2_B and generated variants (rotation, partial crops,
dryness, smudge, low contrast): tests/benchmarks/bench_fingers.py prints the DET points of
bozorth3, the previous fusion and this one, and a held-out validation of the rule's two
parameters (the MCC pairs averaged, ``mcc.PAIRS_AVERAGED``, and the weight): chosen on four
fingers, measured on the other four, both ways. The shipped parameters, references and
threshold were then chosen the same way on all eight fingers (every impression and variant):
the fewest misses at a false match rate of 0.1 %. Measured and not taken
(``bench_fingers.py --candidates``): a pairing count after aligning on the LSS-R pairs, the
same normalised by the overlap, MCC normalised by cylinder count, and logistic-regression
fusions of these learned on half the fingers: none beat the fusion on the other half
consistently (eight fingers are too few to trust their small gains). Also measured and not
taken: dropping minutiae of low mindtct reliability (below 0.2: FNMR at FMR 0.1 % doubles),
or only those near the print's edge, weighting pairs by reliability, and other LSS-R
relaxation settings (looser tolerances, weight 0.2, 10 iterations, pairs sharing a minutia).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.biometrics.fingers import engine, mcc
from kiosk.biometrics.fingers.minutiae import FingerTemplate

DEFAULT_SAME_FINGER_THRESHOLD = 40
# Chosen on every FVC2002 DB2_B impression and its variants (73,536 pairs):
MCC_REFERENCE = 0.02853     # MCC score at FMR 0.1 %
BOZORTH3_REFERENCE = 30.0   # bozorth3 score at FMR 0.1 %
MCC_WEIGHT = 0.8            # with mcc.PAIRS_AVERAGED: the fewest misses at FMR 0.1 %
FUSED_AT_THRESHOLD = 0.8522  # weighted sum at FMR 0.1 % (64 of 64,512 impostors), scaled to 40


@dataclass(frozen=True)
class MatchResult:
    """A fused same-finger score (its parts too) and whether it reaches the threshold."""

    score: int
    threshold: int
    bozorth3: int = 0
    mcc: float = 0.0

    @property
    def same_finger(self) -> bool:
        return self.score >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, "threshold": self.threshold,
                "same_finger": self.same_finger, "bozorth3": self.bozorth3,
                "mcc": round(self.mcc, 4)}


def bozorth3_score(a: FingerTemplate, b: FingerTemplate) -> int:
    """bozorth3 score of two templates (the previous matcher, still one of the two parts).

    One direction is enough: on the 2,016 FVC pairs the two directions never differed by more
    than 1 point.
    """
    return engine.compare(a.native, b.native)


def mcc_score(a: FingerTemplate, b: FingerTemplate) -> float:
    """MCC/LSS-R score of two templates, 0 to 1."""
    return mcc.score(a.cylinders, b.cylinders)


def fuse(mcc_value: float, bozorth3_value: float) -> float:
    """The fused score of the two parts (the same finger from 40 up)."""
    weighted = (MCC_WEIGHT * mcc_value / MCC_REFERENCE
                + (1.0 - MCC_WEIGHT) * bozorth3_value / BOZORTH3_REFERENCE)
    return DEFAULT_SAME_FINGER_THRESHOLD * weighted / FUSED_AT_THRESHOLD


def match_score(a: FingerTemplate, b: FingerTemplate) -> int:
    """Fused same-finger score of two templates (40 and up: the same finger)."""
    return _result(a, b, DEFAULT_SAME_FINGER_THRESHOLD).score


def _result(a: FingerTemplate, b: FingerTemplate, threshold: int) -> MatchResult:
    bozorth3 = bozorth3_score(a, b)
    similarity = mcc_score(a, b)
    return MatchResult(int(fuse(similarity, bozorth3)), threshold, bozorth3, similarity)


def match_templates(a: FingerTemplate, b: FingerTemplate,
                    threshold: int = DEFAULT_SAME_FINGER_THRESHOLD) -> MatchResult:
    """Compare two templates."""
    return _result(a, b, threshold)

