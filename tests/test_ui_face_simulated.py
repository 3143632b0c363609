"""The demo's face screen: the default simulated camera is captured automatically, and a
training variant keeps telling the applicant what to fix (no shared data needed)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from devices.camera.simulated import SimulatedCamera
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.biometrics.face import checks
from kiosk.options import load_settings
from kiosk.store.store import Store
from ui.common import ops
from ui.desk.instructions import instruction
from ui.screens.face import FaceScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def accounts(tmp_path: Path):
    ops.run_synchronously(True)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        accounts = Accounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                         parallelism=1))
        accounts.create_first("sup.lan", "Lan", Role.SUPERVISOR, "giám sát viên 2026")
        yield accounts
    ops.run_synchronously(False)


def _screen(qtbot, accounts, variant: str) -> FaceScreen:
    screen = FaceScreen(load_settings(), accounts, lambda: SimulatedCamera(variant=variant),
                        "off.an")
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_simulated_camera_is_captured_automatically(qtbot, accounts, screenshot) -> None:
    screen = _screen(qtbot, accounts, "compliant")
    started = time.monotonic()
    screen.start()
    qtbot.waitUntil(lambda: screen.kept is not None, timeout=30_000)
    print(f"\nsimulated camera: auto-capture {time.monotonic() - started:.1f} s after start, "
          f"{screen.worker.frames_analysed} frames analysed")
    assert screen.kept.capture.mode == "auto" and screen.kept.capture.analysis.compliant
    screenshot(screen, "face_simulated_captured")
    screen.stop()


def test_a_training_variant_asks_for_its_fix(qtbot, accounts) -> None:
    screen = _screen(qtbot, accounts, "eyes_closed")
    screen.start()
    wanted = instruction(checks.OPEN_EYES)
    qtbot.waitUntil(lambda: screen.instruction.text() == wanted, timeout=30_000)
    assert screen.kept is None
    screen.stop()
