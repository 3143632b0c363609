"""The guidance window as the guidance tests open it: office keys, the settings of a guidance
station, a window factory (``make_window``) and a tap."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelp import HumanPace

from kiosk.guidance.office_keys import generate_office_keys
from kiosk.options import load_settings
from station.guidance import GuidanceStation
from ui.common import ops
from ui.guidance.window import GuidanceWindow

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    return generate_office_keys(tmp_path / "office")


def guidance_settings(tmp_path: Path, monkeypatch, keys, *, lockdown: bool = False,
              with_key: bool = True):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "guidance"))
    monkeypatch.setenv("KIOSK_STATION_OFFICE", "PA08 Hà Nội")
    monkeypatch.setenv("KIOSK_GUIDANCE_LOCKDOWN", "true" if lockdown else "false")
    monkeypatch.setenv("KIOSK_SYNC_ENABLED", "false")
    if with_key:
        monkeypatch.setenv("KIOSK_TICKETS_OFFICE_PRIVATE_KEY", str(keys[0]))
    return load_settings()


@pytest.fixture
def make_window(qtbot, tmp_path: Path, monkeypatch, keys):
    ops.run_synchronously(True)
    windows: list[GuidanceWindow] = []

    def make(**kwargs) -> GuidanceWindow:
        settings = guidance_settings(tmp_path, monkeypatch, keys, **kwargs)
        window = GuidanceWindow(settings, lambda: GuidanceStation.open(settings), clock=Clock())
        window.wedge.clock = HumanPace()  # typed by a person, not burst by a reader
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.open_station()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.lockdown is not None:
            window.lockdown.release()
        window.close()
    ops.run_synchronously(False)


def tap(widget) -> None:
    """A finger on ``widget`` (it must be shown and enabled)."""
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.rect().center())
