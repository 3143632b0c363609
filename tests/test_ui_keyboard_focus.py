"""The guidance on-screen keyboard follows the focus through its fields' own focus events:
it shows for an attached field, hides when the focus lands elsewhere in its window, and
survives a focused field being destroyed (what QApplication.focusChanged could not)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.guidance.keyboard import Layout, OnScreenKeyboard

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot):
    window = QWidget()
    box = QVBoxLayout(window)
    name, phone, button = QLineEdit(), QLineEdit(), QPushButton("Check")
    keyboard = OnScreenKeyboard()
    for widget in (name, phone, button, keyboard):
        box.addWidget(widget)
    keyboard.attach(name, Layout.LATIN)
    keyboard.attach(phone, Layout.NUMERIC)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, keyboard, name, phone, button


def test_keys_follow_the_focused_field_and_hide_elsewhere(qtbot, form):
    _window, keyboard, name, phone, button = form
    QTest.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible)
    assert keyboard.layout_shown is Layout.LATIN and keyboard.target is name
    QTest.keyClick(name, Qt.Key.Key_Tab)  # a real key: the focus moves to the phone field
    qtbot.waitUntil(lambda: keyboard.target is phone)
    assert keyboard.isVisible() and keyboard.layout_shown is Layout.NUMERIC
    QTest.mouseClick(keyboard.keys["7"], Qt.MouseButton.LeftButton)
    assert phone.text() == "7" and QApplication.focusWidget() is phone
    button.setFocus(Qt.FocusReason.MouseFocusReason)  # something that is not a field of ours
    qtbot.waitUntil(lambda: not keyboard.isVisible())
    assert keyboard.target is None


def test_a_focused_field_destroyed_leaves_the_keyboard_working(qtbot, form):
    _window, keyboard, name, phone, _button = form
    QTest.mouseClick(phone, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keyboard.target is phone)
    phone.deleteLater()
    qtbot.waitUntil(lambda: phone not in keyboard.layouts)
    QTest.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keyboard.target is name)
    QTest.mouseClick(keyboard.keys["A"], Qt.MouseButton.LeftButton)
    assert name.text() == "A"
