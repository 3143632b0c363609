"""The real capture screens for a signed-in officer: the configured camera and scanner."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.accounts.service import Session
from station.devices import make_camera, make_scanner
from station.services import Services
from ui.screens.face import FaceScreen
from ui.screens.fingers import FingerprintScreen


def capture_screens(services: Services, session: Session,
                    parent: QWidget) -> tuple[FaceScreen, FingerprintScreen]:
    """Face and fingerprint screens; devices are created only when a screen starts."""
    settings = services.settings
    officer = session.officer.username
    face = FaceScreen(settings, services.accounts, lambda: make_camera(settings), officer)
    fingers = FingerprintScreen(settings, services.accounts, officer,
                                lambda: make_scanner(settings))
    return face, fingers
