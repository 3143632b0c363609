"""Start the Qt application: configuration, translations, fonts, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from devices.registry import warm_up
from kiosk.errors import KioskError
from kiosk.options import Settings, load_settings
from kiosk.services import Services
from ui.capture import capture_screens
from ui.i18n import TRANSLATIONS, install_language, remembered_language
from ui.languages import officer_languages
from ui.main_window import MainWindow
from ui.messages import describe

__all__ = ["TRANSLATIONS", "build_main_window", "install_language", "run_gui"]


def run_gui(args: argparse.Namespace) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Enrollment kiosk")
    try:
        settings = load_settings(Path(args.config) if args.config else None)
    except KioskError as exc:
        install_language(app, "vi")
        sentence, detail = describe(exc)
        QMessageBox.critical(None, app.applicationName(), f"{sentence}\n\n{detail}")
        return 2
    install_language(app, remembered_language(settings, officer_languages(settings)))
    if getattr(args, "command", None) == "guidance" or settings["ui.mode"] == "guidance":
        from ui.guidance.window import build_guidance_window

        guidance = build_guidance_window(settings)
        guidance.showFullScreen()
        guidance.open_station()
        return app.exec()
    window = build_main_window(settings)
    if settings["ui.full_screen"]:
        window.showFullScreen()
    else:
        window.show()
    window.open_services()
    return app.exec()


def build_main_window(settings: Settings) -> MainWindow:
    """The main window wired to the configured store."""
    logging.getLogger().setLevel(settings["log.level"])
    return MainWindow(settings, lambda: open_services(settings), capture_screens)


def open_services(settings: Settings) -> Services:
    """Open the store and accounts, and load the device adapters (runs off the UI thread)."""
    services = Services.open(settings)
    warm_up(settings)
    return services
