"""A widget whose painting fails ends its QPainter all the same.

A ``paintEvent`` that made ``painter = QPainter(self)`` and raised left the painter active
while PySide6 held the exception (and with it the frame): Qt then ended the paint on a live
painter, and the process died of a segmentation fault (measured with PySide6 6.11) instead of
reporting the error. Every custom-painted widget now paints inside ``with QPainter(self)``.
Each case runs in a child process, so a crash fails the test instead of killing the suite.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# (module, what the widget's painting calls that is made to raise, the widget)
CASES = {
    "applicant mirror": ("ui.applicant.display", "QColor", "MirrorView()"),
    "report chart": ("ui.common.charts", "QFontMetricsF",
                     "_with(BarChart(), caption='enrollments')"),
    "face preview": ("ui.desk.face_preview", "QColor", "FacePreview()"),
    "hand diagram": ("ui.desk.hand_diagram", "QColor", "HandDiagram()"),
    "guidance pictogram": ("ui.guidance.pictograms", "paint", "Pictogram('passport')"),
}

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
import {module} as target
from {module} import *  # the widget's class


def _with(widget, **attributes):
    for name, value in attributes.items():
        setattr(widget, name, value)
    return widget


def boom(*_args, **_kwargs):
    raise RuntimeError("painting failed on purpose")


widget = {widget}
setattr(target, {name!r}, boom)
widget.resize(320, 240)
widget.show()
raised = 0
for _ in range(3):  # grab() paints now; each error comes back to the caller
    try:
        widget.grab()
        app.processEvents()
    except RuntimeError as exc:
        assert "painting failed on purpose" in str(exc), exc
        raised += 1
print("raised", raised, flush=True)
"""


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_painting_error_is_reported_not_a_crash(case: str) -> None:
    module, name, widget = CASES[case]
    script = textwrap.dedent(SCRIPT).format(module=module, name=name, widget=widget)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, (
        f"{case}: exit {result.returncode} (-11 or 139: a segmentation fault)\n"
        f"{result.stdout}\n{result.stderr[-2000:]}")
    assert "raised 3" in result.stdout, result.stdout
