"""Translated names of fingers, segments, exception kinds and fingerprint hints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from devices.ports import Segment
from kiosk.biometrics.fingers import duplicates, quality
from kiosk.biometrics.fingers.duplicates import DuplicateReport
from kiosk.biometrics.fingers.policy import ExceptionKind
from kiosk.domain.fingers import FingerPosition as F
from ui.common.languages import list_text
from ui.desk.finger_steps import step_segment

MAX_PAIRS_SHOWN = 4
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def finger_name(finger: F) -> str:
    """'Left index', 'Right thumb'..."""
    return {
        F.LEFT_THUMB: translate("Fingers", "Left thumb"),
        F.LEFT_INDEX: translate("Fingers", "Left index"),
        F.LEFT_MIDDLE: translate("Fingers", "Left middle"),
        F.LEFT_RING: translate("Fingers", "Left ring"),
        F.LEFT_LITTLE: translate("Fingers", "Left little"),
        F.RIGHT_THUMB: translate("Fingers", "Right thumb"),
        F.RIGHT_INDEX: translate("Fingers", "Right index"),
        F.RIGHT_MIDDLE: translate("Fingers", "Right middle"),
        F.RIGHT_RING: translate("Fingers", "Right ring"),
        F.RIGHT_LITTLE: translate("Fingers", "Right little"),
    }.get(finger, finger.name)


def segment_name(segment: Segment) -> str:
    return {
        Segment.LEFT_SLAP: translate("Fingers", "Left hand, four fingers"),
        Segment.RIGHT_SLAP: translate("Fingers", "Right hand, four fingers"),
        Segment.TWO_THUMBS: translate("Fingers", "Both thumbs"),
    }[segment]


def placement(segment: Segment) -> str:
    """What the applicant must do for ``segment``."""
    return {
        Segment.LEFT_SLAP: translate(
            "Fingers", "Place the four fingers of the LEFT hand flat on the scanner."),
        Segment.RIGHT_SLAP: translate(
            "Fingers", "Place the four fingers of the RIGHT hand flat on the scanner."),
        Segment.TWO_THUMBS: translate(
            "Fingers", "Place BOTH THUMBS side by side on the scanner."),
    }[segment]


def step_name(step: F) -> str:
    """A finger's name, or the name of a slap step."""
    return finger_name(step) if step.is_finger else segment_name(step_segment(step))


def step_placement(step: F) -> str:
    """What the applicant must do for one capture step."""
    if step.is_finger:
        return translate("Fingers", "Place one finger flat on the scanner: {0}.").format(
            finger_name(step))
    return placement(step_segment(step))


def exception_kind_name(kind: ExceptionKind) -> str:
    return {
        ExceptionKind.MISSING: translate("Fingers", "Missing"),
        ExceptionKind.AMPUTATED: translate("Fingers", "Amputated"),
        ExceptionKind.BANDAGED: translate("Fingers", "Bandaged"),
        ExceptionKind.TEMPORARILY_UNUSABLE: translate("Fingers", "Temporarily unusable"),
    }[ExceptionKind(kind)]


def hint(key: str) -> str:
    """The advice for an NFIQ2 hint or duplicate cause message key ('' if unknown)."""
    return {
        quality.HINT_EMPTY: translate(
            "Fingers", "Nothing on the scanner or too faint: press the finger flat."),
        quality.HINT_UNIFORM: translate(
            "Fingers", "The image is uniform: clean the scanner and press again."),
        quality.HINT_FEW_MINUTIAE: translate(
            "Fingers", "Too few ridge details: press a little harder."),
        quality.HINT_SMALL_AREA: translate(
            "Fingers", "Too small an area: place more of the finger on the scanner."),
        quality.HINT_NO_RIDGES: translate(
            "Fingers", "No ridges visible: dry or wet finger, or smudged glass."),
        duplicates.CAUSE_FINGER_REPEATED: translate(
            "Fingers", "The same finger seems to have been placed twice."),
        duplicates.CAUSE_HAND_REPEATED: translate(
            "Fingers", "The same hand seems to have been placed for both slaps."),
    }.get(key, "")


def duplicate_warning(report: DuplicateReport) -> str:
    """Which fingers match, and which segments to capture again."""
    lines = [hint(report.cause)]
    for pair in report.flagged[:MAX_PAIRS_SHOWN]:
        lines.append(translate("Fingers", "{0} and {1} match (score {2}).").format(
            finger_name(pair.first), finger_name(pair.second), pair.score))
    extra = len(report.flagged) - MAX_PAIRS_SHOWN
    if extra > 0:
        lines.append(translate("Fingers", "… and {0} more pairs.").format(extra))
    segments = [s for s in Segment
                if any(p in s.fingers for p in report.positions_to_recapture)]
    lines.append(translate("Fingers", "Capture again: {0}.").format(
        list_text(segment_name(s) for s in segments)))
    return "\n".join(lines)
