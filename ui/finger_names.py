"""Translated names of fingers, segments, exception kinds and fingerprint hints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from devices.ports import Segment
from kiosk.biometrics.fingers import duplicates, quality
from kiosk.biometrics.fingers.duplicates import DuplicateReport
from kiosk.biometrics.fingers.policy import ExceptionKind
from kiosk.biometrics.fingers.positions import FingerPosition as F
from ui.finger_steps import step_segment

MAX_PAIRS_SHOWN = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("Fingers", text)


def finger_name(finger: F) -> str:
    """'Left index', 'Right thumb'..."""
    return {
        F.LEFT_THUMB: _t("Left thumb"), F.LEFT_INDEX: _t("Left index"),
        F.LEFT_MIDDLE: _t("Left middle"), F.LEFT_RING: _t("Left ring"),
        F.LEFT_LITTLE: _t("Left little"), F.RIGHT_THUMB: _t("Right thumb"),
        F.RIGHT_INDEX: _t("Right index"), F.RIGHT_MIDDLE: _t("Right middle"),
        F.RIGHT_RING: _t("Right ring"), F.RIGHT_LITTLE: _t("Right little"),
    }.get(finger, finger.name)


def segment_name(segment: Segment) -> str:
    return {Segment.LEFT_SLAP: _t("Left hand, four fingers"),
            Segment.RIGHT_SLAP: _t("Right hand, four fingers"),
            Segment.TWO_THUMBS: _t("Both thumbs")}[segment]


def placement(segment: Segment) -> str:
    """What the applicant must do for ``segment``."""
    return {Segment.LEFT_SLAP: _t("Place the four fingers of the LEFT hand flat on the "
                                  "scanner."),
            Segment.RIGHT_SLAP: _t("Place the four fingers of the RIGHT hand flat on the "
                                   "scanner."),
            Segment.TWO_THUMBS: _t("Place BOTH THUMBS side by side on the scanner.")}[segment]


def step_name(step: F) -> str:
    """A finger's name, or the name of a slap step."""
    return finger_name(step) if step.is_finger else segment_name(step_segment(step))


def step_placement(step: F) -> str:
    """What the applicant must do for one capture step."""
    if step.is_finger:
        return _t("Place the {0} finger on the scanner.").format(finger_name(step))
    return placement(step_segment(step))


def exception_kind_name(kind: ExceptionKind) -> str:
    return {ExceptionKind.MISSING: _t("Missing"), ExceptionKind.AMPUTATED: _t("Amputated"),
            ExceptionKind.BANDAGED: _t("Bandaged"),
            ExceptionKind.TEMPORARILY_UNUSABLE: _t("Temporarily unusable")}[ExceptionKind(kind)]


def hint(key: str) -> str:
    """The advice for an NFIQ2 hint or duplicate cause message key ('' if unknown)."""
    return {
        quality.HINT_EMPTY: _t("Nothing on the scanner or too faint: press the finger flat."),
        quality.HINT_UNIFORM: _t("The image is uniform: clean the scanner and press again."),
        quality.HINT_FEW_MINUTIAE: _t("Too few ridge details: press a little harder."),
        quality.HINT_SMALL_AREA: _t("Too small an area: place more of the finger on the "
                                    "scanner."),
        quality.HINT_NO_RIDGES: _t("No ridges visible: dry or wet finger, or smudged glass."),
        duplicates.CAUSE_FINGER_REPEATED: _t("The same finger seems to have been placed twice."),
        duplicates.CAUSE_HAND_REPEATED: _t("The same hand seems to have been placed for both "
                                           "slaps."),
    }.get(key, "")


def duplicate_warning(report: DuplicateReport) -> str:
    """Which fingers match, and which segments to capture again."""
    lines = [hint(report.cause)]
    for pair in report.flagged[:MAX_PAIRS_SHOWN]:
        lines.append(_t("{0} and {1} match (score {2}).").format(
            finger_name(pair.first), finger_name(pair.second), pair.score))
    if len(report.flagged) > MAX_PAIRS_SHOWN:
        lines.append(_t("… and {0} more pairs.").format(len(report.flagged) - MAX_PAIRS_SHOWN))
    segments = [s for s in Segment
                if any(p in s.fingers for p in report.positions_to_recapture)]
    lines.append(_t("Capture again: {0}.").format(", ".join(segment_name(s) for s in segments)))
    return "\n".join(lines)
