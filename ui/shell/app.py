"""Start the Qt application: configuration, translations, fonts, the main window."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk import log_buffer, log_file
from kiosk.accounts.service import Session
from kiosk.domain.errors import KioskError
from kiosk.options import Settings, load_settings
from kiosk.store.store import data_dir_from
from station.services import Services
from ui.common import style
from ui.common.i18n import TRANSLATIONS, install_language, remembered_language
from ui.common.languages import officer_languages
from ui.common.messages import describe
from ui.shell.crash_report import CrashReporter
from ui.shell.main_window import MainWindow

__all__ = ["TRANSLATIONS", "build_main_window", "install_language", "run_gui"]


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
    start_log_file(settings)
    reporter = CrashReporter(app)
    reporter.install()
    install_language(app, remembered_language(settings, officer_languages(settings)))
    if getattr(args, "command", None) == "guidance" or settings["ui.mode"] == "guidance":
        from ui.guidance.window import build_guidance_window

        guidance = build_guidance_window(settings)
        guidance.showFullScreen()
        guidance.open_station()
        return app.exec()
    style.apply(app)  # the officer screens' type scale and style sheet (ui/common/style.py)
    window = build_main_window(settings)
    if settings["ui.full_screen"]:
        window.showFullScreen()
    else:
        window.show()
    window.open_services()
    if getattr(args, "quit_after_first_screen", False):
        quit_after_first_screen(window)
    return app.exec()


def start_log_file(settings: Settings) -> Path | None:
    """The station's rotating log file in the data folder (a folder that cannot be written
    leaves the in-memory log and stderr, and says so)."""
    try:
        return log_file.install(data_dir_from(settings), settings["log.level"],
                                settings["log.file_max_kb"] * 1024, settings["log.file_count"])
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: %s", exc.strerror or exc)
        return None


FIRST_SCREEN_TIMEOUT_S = 60


def quit_after_first_screen(window: MainWindow) -> None:
    """Smoke tests: print when the window and the first screen are drawn, then close cleanly.

    Prints ``kiosk: window shown WxH "title"`` and ``kiosk: first screen setup|login WxH
    "title"`` (each after a real render; the title is translated) and ``kiosk: peak memory N
    KiB``, then closes the window the way a user would.
    """
    first = {window.setup_screen: "setup", window.login_screen: "login"}

    def rendered(what: str) -> None:
        pixmap = window.grab()  # paints every widget now: a broken platform or font shows here
        if pixmap.isNull():
            print(f"kiosk: {what} did not render", flush=True)
            window.close()
            return
        title = json.dumps(window.windowTitle())  # ASCII: any console can print it
        print(f"kiosk: {what} {pixmap.width()}x{pixmap.height()} {title}", flush=True)
        if what.startswith("first screen"):
            print(f"kiosk: peak memory {peak_memory_kib()} KiB", flush=True)
            window.close()

    def changed(_index: int) -> None:
        name = first.get(window.screens.currentWidget())
        if name is not None:
            window.screens.currentChanged.disconnect(changed)
            QTimer.singleShot(0, lambda: rendered(f"first screen {name}"))

    def give_up() -> None:
        if window.isVisible():
            print(f"kiosk: no first screen within {FIRST_SCREEN_TIMEOUT_S} s", flush=True)
            window.close()

    window.screens.currentChanged.connect(changed)
    QTimer.singleShot(0, lambda: rendered("window shown"))
    QTimer.singleShot(FIRST_SCREEN_TIMEOUT_S * 1000, give_up)  # a smoke test never hangs


def peak_memory_kib() -> int:
    """This process's peak resident memory so far (KiB; 0 where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def build_main_window(settings: Settings) -> MainWindow:
    """The main window wired to the configured store."""
    logging.getLogger().setLevel(settings["log.level"])
    return MainWindow(settings, lambda: open_services(settings), capture_screens,
                      prepare=prepare)


def open_services(settings: Settings) -> Services:
    """Open the store and accounts: what the first screen needs (runs off the UI thread)."""
    return Services.open(settings, start_sync=False)


def prepare(services: Services) -> None:
    """What the work screens need, loaded in the background while the officer signs in:
    the sync worker (and the demo central service), the device adapters, the face and
    fingerprint engines and the capture screens (imports only; devices open on their
    screens)."""
    from kiosk.domain.threads import prepare as park_threads
    from station.devices import warm_up

    park_threads()  # threads for the screens' workers, parked before they are needed
    services.accounts.prepare()
    services.start_sync()
    warm_up(services.settings)
    import ui.desk.capture  # noqa: F401  (mediapipe, OpenCV, NBIS through the capture screens)
    from kiosk.biometrics.fingers import engine

    engine.prepare()  # NFIQ2's models loaded now, not by the first applicant's first slap


def capture_screens(services: Services, session: Session,
                    parent: QWidget) -> tuple[QWidget, QWidget]:
    """The real capture screens (:func:`ui.desk.capture.capture_screens`), imported on use."""
    from ui.desk.capture import capture_screens as real

    return real(services, session, parent)
