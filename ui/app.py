"""Start the Qt application: configuration, translations, fonts, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from devices.registry import warm_up
from kiosk import log_buffer
from kiosk.errors import KioskError
from kiosk.options import Settings, load_settings
from kiosk.services import Services
from ui.capture import capture_screens
from ui.fonts import font_for
from ui.main_window import MainWindow
from ui.messages import describe

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Load ``kiosk_<language>.qm`` (English needs none) and the language's font."""
    app.setFont(font_for(language, app.font().pointSizeF()))
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm")):
        logging.getLogger(__name__).warning("no compiled translation for %s", language)
        return None
    app.installTranslator(translator)
    return translator


def run_gui(args: argparse.Namespace) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    log_buffer.install()  # the newest lines, for the technician's diagnostics bundle
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Enrollment kiosk")
    try:
        settings = load_settings(Path(args.config) if args.config else None)
    except KioskError as exc:
        install_language(app, "vi")
        sentence, detail = describe(exc)
        QMessageBox.critical(None, app.applicationName(), f"{sentence}\n\n{detail}")
        return 2
    install_language(app, settings["ui.language"])
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
