"""Translated names and verdicts of the station checks (``kiosk doctor``) for the technician
console. The core names its checks with stable English ids (station/diagnostics/checks.py,
station/diagnostics/devices.py, ui/diagnostics/doctor_checks.py) and writes technical
details (paths, versions), which are shown as they are; the command line stays English."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.common.languages import AUTONYMS

CONTEXT = "CheckNames"
CHECK_NAMES = {
    "configuration": QT_TRANSLATE_NOOP("CheckNames", "Configuration"),
    "python": QT_TRANSLATE_NOOP("CheckNames", "Python runtime"),
    "data folder": QT_TRANSLATE_NOOP("CheckNames", "Data folder"),
    "database": QT_TRANSLATE_NOOP("CheckNames", "Local database"),
    "data key": QT_TRANSLATE_NOOP("CheckNames", "Data encryption key"),
    "encryption": QT_TRANSLATE_NOOP("CheckNames", "Database encryption"),
    "audit chain": QT_TRANSLATE_NOOP("CheckNames", "Audit trail signatures"),
    "account chain": QT_TRANSLATE_NOOP("CheckNames", "Sign-in record signatures"),
    "camera": QT_TRANSLATE_NOOP("CheckNames", "Camera"),
    "document camera": QT_TRANSLATE_NOOP("CheckNames", "Document camera"),
    "fingerprint scanner": QT_TRANSLATE_NOOP("CheckNames", "Fingerprint scanner"),
    "qt platform": QT_TRANSLATE_NOOP("CheckNames", "Display (Qt platform plugin)"),
    "station key": QT_TRANSLATE_NOOP("CheckNames", "Station signing key"),
    "audit chains": QT_TRANSLATE_NOOP("CheckNames", "Audit trails"),
    "central service": QT_TRANSLATE_NOOP("CheckNames", "Central service address"),
    "central packet key": QT_TRANSLATE_NOOP("CheckNames", "Central service packet key"),
    "central receipt key": QT_TRANSLATE_NOOP("CheckNames", "Central service receipt key"),
    "central pin": QT_TRANSLATE_NOOP("CheckNames", "Confirmed central service"),
    "central reachable": QT_TRANSLATE_NOOP("CheckNames", "Central service answers"),
    "central identity": QT_TRANSLATE_NOOP("CheckNames", "Central service keys"),
    "central clock": QT_TRANSLATE_NOOP("CheckNames", "Central service clock"),
}
FONT_PREFIX = "font "  # "font vi", "font zh_CN": one check per language


def check_title(check_id: str) -> str:
    """The translated name of the check ``check_id``; an unknown id stays as it is."""
    if check_id in CHECK_NAMES:
        return QCoreApplication.translate(CONTEXT, CHECK_NAMES[check_id])
    if check_id.startswith(FONT_PREFIX):
        code = check_id[len(FONT_PREFIX):]
        return QCoreApplication.translate("CheckNames", "Font for %1").replace(
            "%1", AUTONYMS.get(code, code))
    return check_id


def verdict(ok: bool) -> str:
    """'passed' or 'failed', translated."""
    return QCoreApplication.translate("CheckNames", "passed") if ok else \
        QCoreApplication.translate("CheckNames", "failed")
