"""The wedge filter in a real window: a reader's burst fills nothing, emits the MRZ."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.shell.wedge_filter import WedgeFilter

pytestmark = pytest.mark.gui
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    surname, given = QLineEdit(), QLineEdit()
    layout.addWidget(surname)
    layout.addWidget(given)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    surname.setFocus()
    return window, surname, given


def _keys(target: QWidget, text: str, clock: FakeClock, interval: float) -> None:
    """Keys as the focused ``target`` receives them (never via focusWidget(), which may be
    None on a display without a window manager)."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     "" if ch == "\r" else ch))
        clock.now += interval


def test_burst_into_a_filled_field_emits_mrz_and_leaves_the_field_alone(qtbot, form) -> None:
    _window, surname, _given = form
    surname.setText("NGUY")
    surname.setCursorPosition(4)
    clock = FakeClock()
    wedge = WedgeFilter(clock)
    wedge.install()
    try:
        with qtbot.waitSignal(wedge.mrz_scanned, timeout=1000) as signal:
            _keys(surname, "\r".join(TD3) + "\r", clock, 0.004)
    finally:
        wedge.uninstall()
    assert signal.args == [TD3]
    assert surname.text() == "NGUY"


def test_person_typing_is_untouched(qtbot, form) -> None:
    _window, surname, _given = form
    clock = FakeClock()
    wedge = WedgeFilter(clock)
    wedge.install()
    seen = []
    wedge.mrz_scanned.connect(seen.append)
    wedge.text_scanned.connect(seen.append)
    try:
        _keys(surname, "KIM MIN-JUN", clock, 0.2)
    finally:
        wedge.uninstall()
    assert surname.text() == "KIM MIN-JUN" and seen == []


def test_other_scanned_text_is_emitted_as_text(qtbot, form) -> None:
    _window, _surname, given = form
    given.setFocus()
    clock = FakeClock()
    wedge = WedgeFilter(clock)
    wedge.install()
    try:
        with qtbot.waitSignal(wedge.text_scanned, timeout=1000) as signal:
            _keys(given, "KIOSK1:AAECAwQFBgcICQoLDA0ODxAREhM\r", clock, 0.004)
    finally:
        wedge.uninstall()
    assert signal.args == ["KIOSK1:AAECAwQFBgcICQoLDA0ODxAREhM"]
    assert given.text() == ""
