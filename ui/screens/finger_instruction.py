"""The fingerprint screen's one-line instruction for the officer: what the scanner is doing,
what to place next, or why a step waits (texts in the FingerprintScreen context)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kiosk.biometrics.fingers.policy import SegmentCapture, SegmentStatus
from kiosk.domain.fingers import FingerPosition
from ui.common.languages import list_text
from ui.desk.finger_names import finger_name, hint, step_placement


def step_instruction(current: FingerPosition | None,
                     captures: Mapping[FingerPosition, SegmentCapture], *, capturing: bool,
                     failed: bool, checking: bool) -> str:
    """The instruction for the step ``current`` (None: every step is done)."""
    if capturing and current is not None:
        return QCoreApplication.translate(
            "FingerprintScreen", "Capturing… {0}").format(step_placement(current))
    if failed:
        return QCoreApplication.translate(
            "FingerprintScreen", "The scanner had a problem. Press R to retry.")
    if current is None:
        if checking:
            return QCoreApplication.translate(
                "FingerprintScreen", "Checking for repeated fingers…")
        return QCoreApplication.translate(
            "FingerprintScreen", "All fingerprints captured. Check them, then continue.")
    capture = captures[current]
    if capture.status == SegmentStatus.PENDING:
        left_out = list_text(finger_name(f) for f in capture.exceptions)
        leave_out = QCoreApplication.translate(
            "FingerprintScreen", "Leave out: {0}.").format(left_out) if left_out else ""
        return " ".join(filter(None, (
            step_placement(current), leave_out,
            QCoreApplication.translate("FingerprintScreen", "Then press Enter."))))
    best = capture.best
    failing = list_text(finger_name(f) for f in best.failing(capture.policy.threshold)
                        ) if best else ""
    hints = sorted({h for s in (best.samples.values() if best else ())
                    for h in s.quality.hints if hint(h)})
    advice = " ".join(hint(h) for h in hints)
    if capture.status == SegmentStatus.RETRY:
        return QCoreApplication.translate(
            "FingerprintScreen", "Quality too low: {0}. Press R to try again ({1} left). {2}"
        ).format(failing, capture.attempts_left, advice).strip()
    return QCoreApplication.translate(
        "FingerprintScreen", "Quality still too low: {0}. Force the capture with a reason, or "
        "mark the finger as an exception.").format(failing)
