"""The application's QScreen is never deleted by Python's garbage collector.

PySide makes the wrapper of the QScreen returned by ``widget.screen()`` a child of the widget's
wrapper; when the cyclic collector frees a closed window together with that (older) screen
wrapper, it deletes the real QScreen, and the next widget built crashes in
``QScreen::virtualSiblings`` (the suite's segmentation faults; ``ui/common/screens.py``). The
code asks QGuiApplication's static functions instead.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# instance methods whose returned QScreen / QWindow wrapper PySide parents to the widget
HAZARDS = {"screen", "windowHandle"}

# A closed window in a reference cycle, collected with a screen wrapper made before it (as one
# is once an earlier window asked for the screen); prints whether the QScreen was deleted.
SCRIPT = """
import gc, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
deleted = []
QGuiApplication.primaryScreen().destroyed.connect(lambda: deleted.append(True))
early = QGuiApplication.screens()
window = QWidget()
window.me = window
if sys.argv[1] == "widget.screen":
    window.screen()
else:
    from ui.applicant.display import applicant_screen
    from ui.common.screens import screen_of
    assert screen_of(window) is QGuiApplication.primaryScreen()
    assert applicant_screen(window) is None  # one screen: no applicant display
del window, early
gc.collect()
print("deleted" if deleted else "alive")
"""


def collected(call: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, call], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_the_officer_windows_screen_survives_the_garbage_collector() -> None:
    if collected("widget.screen") != "deleted":
        pytest.skip("this PySide no longer deletes the screen through widget.screen()")
    assert collected("applicant_screen") == "alive"


def hazardous_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{path.relative_to(ROOT)}:{node.lineno} .{node.func.attr}()"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in HAZARDS and not node.args and not node.keywords]


def test_no_code_asks_a_widget_for_its_screen_or_native_window() -> None:
    files = [p for top in ("ui", "station", "tests") for p in (ROOT / top).rglob("*.py")]
    found = [call for path in files if path != Path(__file__).resolve()
             for call in hazardous_calls(path)]
    assert not found, ("use ui.common.screens.screen_of / window_of (PySide deletes the "
                       f"QScreen or QWindow through these wrappers): {found}")
