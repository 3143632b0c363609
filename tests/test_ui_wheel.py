"""Scrolling a form over a spin box or a combo box leaves its value alone; the editor takes
the wheel once it has the focus (ui/common/wheel.py). The console, the thresholds' spin boxes
and the applicant form's combo boxes, with wheel events sent to the widget under the cursor
and, under Xvfb, a real wheel turn from xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from kiosk.options import load_settings
from station.services import Services
from ui.common import ops
from ui.screens.applicant_form import ApplicantForm
from ui.screens.technician.console import TechnicianConsole

pytestmark = pytest.mark.gui


@pytest.fixture
def console(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    config = tmp_path / "kiosk.toml"
    config.write_text("[station]\nid = \"HN-DESK-1\"\n", encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    services = Services.open(load_settings())
    ops.run_synchronously(True)
    console = TechnicianConsole(services, with_qt_check=False)
    qtbot.addWidget(console)
    console.move(0, 0)
    console.resize(1000, 520)  # short: the thresholds page scrolls
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    console.show_page(console.thresholds)
    yield console
    console.shut_down()
    ops.run_synchronously(False)
    services.close()


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel turn (down for negative ``notches``) over the middle of ``widget``, sent to
    the widget under the cursor there, as Qt delivers one."""
    local = QPointF(widget.rect().center())
    target = QApplication.widgetAt(widget.mapToGlobal(widget.rect().center())) or widget
    while target is not widget and not isinstance(target, QAbstractSpinBox | QComboBox):
        target = target.parentWidget()  # the spin box's own line edit passes it on
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local)), QPoint(),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def _spin(console: TechnicianConsole) -> QSpinBox:
    spin = console.thresholds.form.editors["fingers.max_attempts"]
    assert isinstance(spin, QSpinBox)
    return spin


def test_an_unfocused_spin_box_ignores_the_wheel_a_focused_one_takes_it(qtbot, console) -> None:
    spin = _spin(console)
    console.menu.setFocus()
    qtbot.waitUntil(console.menu.hasFocus)
    before = spin.value()
    turn_wheel(spin, -1)
    turn_wheel(spin, +1)
    turn_wheel(spin, +1)
    assert spin.value() == before
    assert not spin.hasFocus()  # the wheel does not take the focus either
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    QTest.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(spin.hasFocus)
    turn_wheel(spin, -1)
    assert spin.value() == before - 1


def test_the_applicant_forms_combo_boxes_keep_their_choice_under_the_wheel(qtbot) -> None:
    form = ApplicantForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    surname = form.inputs["surname"]
    surname.setFocus()
    qtbot.waitUntil(surname.hasFocus)
    for name in ("sex", "residence_card_kind", "preferred_language"):
        combo = form.inputs[name]
        assert isinstance(combo, QComboBox)
        before = combo.currentIndex()
        turn_wheel(combo, -1)
        turn_wheel(combo, -1)
        assert combo.currentIndex() == before, name
    sex = form.inputs["sex"]
    assert isinstance(sex, QComboBox)
    sex.setFocus()
    qtbot.waitUntil(sex.hasFocus)
    turn_wheel(sex, -1)
    assert sex.currentIndex() == 1  # focused: the officer's own wheel picks "Female (F)"


@pytest.mark.skipif(not shutil.which("xdotool") or not os.environ.get("DISPLAY")
                    or QApplication.platformName() not in ("", "xcb"),
                    reason="needs xdotool and an X display (Xvfb)")
def test_a_real_wheel_turn_over_a_spin_box_scrolls_the_page(qtbot, console) -> None:
    if QApplication.platformName() != "xcb":
        pytest.skip("not on an X display")
    scroll = console.stack.currentWidget()
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be taller than the window"
    spin = _spin(console)
    console.menu.setFocus()
    qtbot.waitUntil(console.menu.hasFocus)
    before = spin.value()
    centre = spin.mapToGlobal(spin.rect().center())
    subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y())], check=True)
    qtbot.waitUntil(lambda: QApplication.widgetAt(centre) in (spin, spin.lineEdit()))
    subprocess.run(["xdotool", "click", "5"], check=True)  # button 5: the wheel, down
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert spin.value() == before
