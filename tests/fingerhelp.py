"""Shared by the fingerprint-screen tests: settings, a supervisor's accounts, a screen on the
in-process SBI simulator, and images for the simulator to return."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from argon2 import PasswordHasher
from uihelp import press_enter

from devices.sbi.scanner import SimulatedScanner
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.options import Settings, load_settings
from station.services import Services
from ui.screens.fingers import FingerprintScreen

SUPERVISOR, PASSWORD = "giam.sat", "mật khẩu giám sát 2026"
CAPTURE_WAIT_MS = 30_000


def screen_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, auto: bool) -> Settings:
    """A station's settings; ``auto``: the defaults (each step starts by itself, a clean set
    continues by itself), else the officer starts every step and continues (the Enter path)."""
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-1")
    for name in ("KIOSK_FINGERS_AUTO_CAPTURE", "KIOSK_FINGERS_AUTO_CONTINUE"):
        if auto:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, "false")
    return load_settings()


def supervised_accounts(settings: Settings) -> Accounts:
    """The station's accounts with a supervisor (fast hashing for tests)."""
    services = Services.open(settings)
    services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    services.accounts.create_first(SUPERVISOR, "Giám sát", Role.SUPERVISOR, PASSWORD)
    return services.accounts


def make_screen(qtbot, settings, accounts, images: Path | None = None,
                timeout_s: float = 20.0) -> FingerprintScreen:
    def factory() -> SimulatedScanner:
        return SimulatedScanner(images, capture_timeout_s=timeout_s)

    screen = FingerprintScreen(settings, accounts, "can.bo", factory)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start()
    return screen


def capture(qtbot, screen: FingerprintScreen, key: str = "enter") -> None:
    """Press Enter (or R) and wait until the analysed capture or the failure arrived."""
    if key == "enter":
        press_enter(screen)
    else:
        screen.retry()
    assert screen.capturing, "the key started no capture"
    qtbot.waitUntil(lambda: not screen.capturing, timeout=CAPTURE_WAIT_MS)


def write_images(folder: Path, images: list[np.ndarray]) -> Path:
    folder.mkdir()
    for number, image in enumerate(images):
        cv2.imwrite(str(folder / f"{number:02d}.png"), image)
    return folder


def blank_finger() -> np.ndarray:
    """A smooth grey oval: no ridges, so NFIQ 2 cannot be computed (quality 0)."""
    blank = np.full((500, 400), 255, np.uint8)
    cv2.ellipse(blank, (200, 250), (120, 180), 0, 0, 360, 150, -1)
    return cv2.GaussianBlur(blank, (0, 0), 15)
