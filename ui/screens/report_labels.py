"""Translated column titles and cell values of the report tables (the core gives ids)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.biometrics.fingers.policy import ExceptionKind
from kiosk.domain.fingers import FingerPosition
from kiosk.reports.shifts import OUTSIDE
from ui.common.languages import date_text, datetime_text, list_text, number_text
from ui.desk.finger_names import exception_kind_name, finger_name
from ui.desk.instructions import check_name

CONTEXT = "Reports"
COLUMNS = {
    "day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "shift": QT_TRANSLATE_NOOP("Reports", "Shift"),
    "total": QT_TRANSLATE_NOOP("Reports", "Total"),
    "officer": QT_TRANSLATE_NOOP("Reports", "Officer"),
    "median_s": QT_TRANSLATE_NOOP("Reports", "Median (min)"),
    "p90_s": QT_TRANSLATE_NOOP("Reports", "90th percentile (min)"),
    "desk": QT_TRANSLATE_NOOP("Reports", "Desk"),
    "count": QT_TRANSLATE_NOOP("Reports", "Count"),
    "check": QT_TRANSLATE_NOOP("Reports", "Check"),
    "position": QT_TRANSLATE_NOOP("Reports", "Finger"),
    "median": QT_TRANSLATE_NOOP("Reports", "Median"),
    "min": QT_TRANSLATE_NOOP("Reports", "Lowest"),
    "time": QT_TRANSLATE_NOOP("Reports", "Time"),
    "enrollment": QT_TRANSLATE_NOOP("Reports", "Enrollment number"),
    "kind": QT_TRANSLATE_NOOP("Reports", "What"),
    "fingers": QT_TRANSLATE_NOOP("Reports", "Fingers"),
    "exception_kind": QT_TRANSLATE_NOOP("Reports", "Exception"),
    "reason": QT_TRANSLATE_NOOP("Reports", "Reason"),
    "status": QT_TRANSLATE_NOOP("Reports", "Decision"),
    "supervisor": QT_TRANSLATE_NOOP("Reports", "Supervisor"),
    "comment": QT_TRANSLATE_NOOP("Reports", "Comment"),
    "oldest_min": QT_TRANSLATE_NOOP("Reports", "Oldest waiting (min)"),
    "all": QT_TRANSLATE_NOOP("Reports", "All desks"),
    "blocked_frames": QT_TRANSLATE_NOOP("Reports", "Frames held back"),
    "blocked_s": QT_TRANSLATE_NOOP("Reports", "Time held back (s)"),
    "kept": QT_TRANSLATE_NOOP("Reports", "Kept photos failing it"),
}
KINDS = {
    "force_face": QT_TRANSLATE_NOOP("Reports", "Forced photo"),
    "force_fingers": QT_TRANSLATE_NOOP("Reports", "Forced fingerprints"),
    "finger_exception": QT_TRANSLATE_NOOP("Reports", "Finger exception"),
}
STATUSES = {
    "approved": QT_TRANSLATE_NOOP("Reports", "approved"),
    "pending": QT_TRANSLATE_NOOP("Reports", "waiting"),
    "rejected": QT_TRANSLATE_NOOP("Reports", "rejected"),
    "not_required": QT_TRANSLATE_NOOP("Reports", "no sign-off needed"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def column_title(column: str) -> str:
    """'median:HN-DESK-1' -> 'Median HN-DESK-1'; a desk id stays as it is."""
    head, _, desk = column.partition(":")
    if head in COLUMNS:
        return f"{tr(COLUMNS[head])} {desk}".strip()
    return column


def fingers_text(subject: str) -> str:
    codes = [int(c) for c in subject.split(",") if c.strip().isdigit()]
    return list_text(finger_name(FingerPosition(c)) for c in codes)


NAMED_NUMBERS = frozenset({"position"})  # numbers shown as names: aligned as text


def cell_text(column: str, value: Any) -> str:
    """A table value as the supervisor reads it: dates, times and numbers in the officer
    locale's conventions (the core gives ISO text; the CSV export keeps it)."""
    if value is None:
        return "–"
    if column == "blocked_s":  # seconds: a check holds an applicant back a few at a time
        return f"{float(value):.1f}"
    if column.endswith("_s"):
        return number_text(float(value) / 60, decimals=1)  # a duration, in minutes
    if column == "day":
        return date_text(date.fromisoformat(str(value)))
    if column == "time":
        return datetime_text(datetime.fromisoformat(str(value)))
    if column == "shift":
        return QCoreApplication.translate("Reports", "outside shifts") if value == OUTSIDE \
            else str(value)
    if column == "desk" and value == "all":
        return tr(COLUMNS["all"])
    if column == "check":
        return check_name(str(value))
    if column == "position":
        return finger_name(FingerPosition(int(value)))
    if column == "kind":
        return tr(KINDS[value]) if value in KINDS else str(value)
    if column == "status":
        return tr(STATUSES[value]) if value in STATUSES else str(value)
    if column == "fingers":
        return fingers_text(str(value))
    if column == "exception_kind" and value:
        try:
            return exception_kind_name(ExceptionKind(value))
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return number_text(value, decimals=0 if value.is_integer() else 1)
    if isinstance(value, int):
        return number_text(value)
    return str(value)
