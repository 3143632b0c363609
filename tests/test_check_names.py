"""The technician console names the station checks in the officer language, with a translated
verdict; the details (paths, versions) stay as the core wrote them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.options import load_settings
from station.diagnostics.checks import CheckResult
from ui.diagnostics.check_names import CHECK_NAMES, FONT_PREFIX, check_title, verdict

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parent.parent
CHECK_SOURCES = ("station/diagnostics/checks.py", "station/diagnostics/devices.py",
                 "ui/diagnostics/doctor_checks.py",
                 "kiosk/sync/central_check.py")


def test_every_check_the_station_runs_has_a_translated_name() -> None:
    ids = set()
    for source in CHECK_SOURCES:
        text = (REPO / source).read_text(encoding="utf-8")
        ids |= set(re.findall(r'(?:CheckResult|Finding)\(\s*f?"([^"{]+)', text))
    assert {"configuration", "database", "camera", "font "} <= ids
    missing = sorted(i for i in ids if i not in CHECK_NAMES and i != FONT_PREFIX)
    assert not missing, f"add to ui/diagnostics/check_names.py CHECK_NAMES: {missing}"


def test_the_diagnostics_page_translates_names_and_verdicts_only(qtbot, language) -> None:
    from ui.screens.technician.diagnostics_page import DiagnosticsPage

    page = DiagnosticsPage(load_settings(), with_qt_check=False)
    qtbot.addWidget(page)
    detail = "/var/lib/kiosk/kiosk.db intact, 3 enrollment(s)"
    page.show_checks([CheckResult("database", True, detail),
                      CheckResult("fingerprint scanner", False, "sbi: no SBI service"),
                      CheckResult("font zh_TW", True, "Noto Sans CJK TC"),
                      CheckResult("check_vendor", False, "the check itself failed")])
    lines = [page.checks.item(i).text() for i in range(page.checks.count())]
    assert lines[0].startswith("✓  " + check_title("database"))
    assert lines[0].endswith(f"{verdict(True)} – {detail}")  # the detail exactly as written
    assert verdict(False) in lines[1] and check_title("fingerprint scanner") in lines[1]
    assert "繁體中文" in lines[2]  # the language's own name
    assert lines[3].startswith("✗  check_vendor")  # an unknown id as it is
    assert page.checks.item(1).toolTip() == "fingerprint scanner"
    if language == "vi":
        assert check_title("database") == "Cơ sở dữ liệu cục bộ"
        assert verdict(True) == "đạt" and verdict(False) == "không đạt"
        assert "database" not in lines[0].split("–")[0]
    else:
        assert check_title("database") == "Local database" and verdict(False) == "failed"
