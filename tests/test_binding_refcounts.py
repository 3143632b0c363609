"""Guard against a Qt binding that leaks or drops references to Python's singletons.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to ``None`` on every void Qt call
and one to ``True`` on every ``Signal.emit``: a live screen aborted with ``none_dealloc`` after
about 30 s. Screens rendered once pass every other test, so this one makes the calls a live
screen makes thousands of times, in a child process (a faulty binding aborts the interpreter),
and fails if the singletons' reference counts drift or the child dies.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.gui

ROUNDS = 5_000
# A handful of references may come and go with caches; a faulty binding moves them by ROUNDS.
TOLERANCE = 50

CHILD = textwrap.dedent("""
    import gc, json, sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Emitter(QObject):
        flag = Signal(bool)
        text = Signal(str)
        nothing = Signal()

    def counts():
        gc.collect()
        return {"None": sys.getrefcount(None), "True": sys.getrefcount(True),
                "False": sys.getrefcount(False)}

    app = QApplication([])
    received = []
    emitter = Emitter()
    emitter.flag.connect(received.append)
    emitter.text.connect(received.append)
    emitter.nothing.connect(lambda: received.append(None))
    label = QLabel()

    def round_trip(i):
        label.setText(str(i))          # void Qt calls: 6.12.0 dropped None here
        label.setVisible(bool(i % 2))
        label.update()
        emitter.flag.emit(True)        # emits: 6.12.0 dropped True here
        emitter.flag.emit(False)
        emitter.text.emit("x")
        emitter.nothing.emit()
        received.clear()

    for i in range(200):  # warm every cache first
        round_trip(i)
    app.processEvents()
    before = counts()
    for i in range(int(sys.argv[1])):
        round_trip(i)
        if i % 500 == 0:
            app.processEvents()
    app.processEvents()
    after = counts()
    print(json.dumps({"before": before, "after": after}))
""")


def test_void_calls_and_emits_keep_singleton_refcounts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, "-c", CHILD, str(ROUNDS)], capture_output=True,
                           text=True, env=env, timeout=120)
    assert child.returncode == 0, (
        f"the binding check process died (exit {child.returncode}): the Qt binding drops "
        f"references (see the PySide6 pin in pyproject.toml)\n{child.stderr[-2000:]}")
    result = json.loads(child.stdout.strip().splitlines()[-1])
    drift = {k: result["after"][k] - result["before"][k] for k in result["before"]}
    assert all(abs(d) <= TOLERANCE for d in drift.values()), (
        f"reference counts drifted over {ROUNDS} rounds: {drift} (before {result['before']})")
