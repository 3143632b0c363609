"""Duplicate-finger check inside one enrollment: every pair of captured fingers is compared
with the fused MCC + bozorth3 matcher (:mod:`kiosk.biometrics.fingers.matching`) and pairs at
or above the threshold are flagged (the same finger placed twice,
or a whole hand placed for both slaps)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.biometrics.fingers.matching import DEFAULT_SAME_FINGER_THRESHOLD, match_score
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.domain.fingers import FingerPosition

CAUSE_NONE = ""
CAUSE_FINGER_REPEATED = "finger.duplicate.repeated"
CAUSE_HAND_REPEATED = "finger.duplicate.hand_repeated"


@dataclass(frozen=True)
class DuplicatePair:
    """Two positions whose prints match."""

    first: FingerPosition
    second: FingerPosition
    score: int

    @property
    def cross_hand(self) -> bool:
        return self.first.hand != self.second.hand


@dataclass(frozen=True)
class DuplicateReport:
    """Outcome of the all-pairs check; ``cause`` is a message key (empty when clean)."""

    pairs_checked: int
    threshold: int
    flagged: tuple[DuplicatePair, ...]

    @property
    def clean(self) -> bool:
        return not self.flagged

    @property
    def cause(self) -> str:
        if not self.flagged:
            return CAUSE_NONE
        # one hand placed for both slaps makes several left/right pairs match at once
        if sum(pair.cross_hand for pair in self.flagged) >= 2:
            return CAUSE_HAND_REPEATED
        return CAUSE_FINGER_REPEATED

    @property
    def positions_to_recapture(self) -> list[FingerPosition]:
        """Every position involved in a flagged pair, in code order."""
        return sorted({p for pair in self.flagged for p in (pair.first, pair.second)})

    def as_dict(self) -> dict[str, Any]:
        return {"pairs_checked": self.pairs_checked, "threshold": self.threshold,
                "clean": self.clean, "cause": self.cause,
                "flagged": [{"first": p.first.sbi_name, "second": p.second.sbi_name,
                             "score": p.score} for p in self.flagged]}


def find_duplicates(templates: Mapping[FingerPosition, FingerTemplate],
                    threshold: int = DEFAULT_SAME_FINGER_THRESHOLD) -> DuplicateReport:
    """Compare every pair of ``templates`` (45 pairs for ten fingers) and flag matches."""
    flagged = []
    pairs = list(itertools.combinations(sorted(templates), 2))
    for first, second in pairs:
        score = match_score(templates[first], templates[second])
        if score >= threshold:
            flagged.append(DuplicatePair(first, second, score))
    return DuplicateReport(len(pairs), threshold, tuple(flagged))
