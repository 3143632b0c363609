"""Start the Qt application: configuration, translations, fonts, the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import log_buffer, log_file
from kiosk.accounts.hint import accounts_hint
from kiosk.domain.errors import KioskError
from kiosk.options import Settings, data_dir_from, load_settings
from ui.common import style
from ui.common.i18n import TRANSLATIONS, install_language, remembered_language
from ui.common.languages import officer_languages
from ui.common.messages import describe
from ui.shell.crash_report import CrashReporter
from ui.shell.first_paint import after_first_paint
from ui.shell.main_window import MainWindow

if TYPE_CHECKING:  # opened in the background, after the first screen
    from kiosk.accounts.service import Session
    from station.services import Services

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
        gc.enable()
        from PySide6.QtWidgets import QMessageBox

        install_language(app, "vi")
        sentence, detail = describe(exc)
        QMessageBox.critical(None, app.applicationName(), f"{sentence}\n\n{detail}")
        return 2
    start_log_file(settings)
    reporter = CrashReporter(app)
    reporter.install()
    install_language(app, remembered_language(settings, officer_languages(settings)))
    if getattr(args, "command", None) == "guidance" or settings["ui.mode"] == "guidance":
        gc.enable()  # (the launcher holds it back until the officers' first screen)
        log_file.start_writer()  # (kept in memory until the officers' first screen)
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
    smoke = quit_after_first_screen(window) if getattr(args, "quit_after_first_screen",
                                                          False) else None
    window.open_services()
    after_first_paint(window, after_first_screen)
    code = app.exec()
    return code or int(smoke is not None and smoke.failed)


def after_first_screen() -> None:
    """What waits for the first screen to be drawn: garbage collection (the launcher held it
    back) and the log file's writer thread (records are kept in memory until then)."""
    gc.enable()
    log_file.start_writer()


def start_log_file(settings: Settings) -> Path | None:
    """The station's rotating log file in the data folder (a folder that cannot be written
    leaves the in-memory log and stderr, and says so); written from the first screen on
    (:func:`after_first_screen`), records kept until then."""
    try:
        return log_file.install(data_dir_from(settings), settings["log.level"],
                                settings["log.file_max_kb"] * 1024, settings["log.file_count"],
                                deferred=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: %s", exc.strerror or exc)
        return None


FIRST_SCREEN_TIMEOUT_S = 60


class SmokeOutcome:
    """What :func:`quit_after_first_screen` saw: ``failed`` if the store did not open."""

    failed = False


def quit_after_first_screen(window: MainWindow) -> SmokeOutcome:
    """Smoke tests: print when the window and the first screen are drawn, wait for the store
    to open behind it, then close cleanly.

    Prints ``kiosk: window shown WxH "title"`` and ``kiosk: first screen setup|login WxH
    "title"`` (each after a real render; the title is translated) and ``kiosk: peak memory N
    KiB`` (at the first screen), then ``kiosk: store open``, and closes the window the way a
    user would. A store that does not open prints ``kiosk: store did not open: "reason"``
    (translated) instead, and the outcome is failed (exit 1).
    """
    import json  # (the smoke test's: a station's start does not need it)

    first = {window.setup_screen: "setup", window.login_screen: "login"}
    outcome = SmokeOutcome()
    drawn: list[str] = []

    def opened(error: BaseException | None) -> None:
        if error is not None:
            outcome.failed = True
            sentence, _detail = describe(error)
            print(f"kiosk: store did not open: {json.dumps(sentence)}", flush=True)
            window.close()
        elif drawn:  # else the first screen, drawn later, closes
            print("kiosk: store open", flush=True)
            window.close()

    def rendered(what: str) -> None:
        if not window.isVisible() or drawn:
            return  # closed meanwhile, or the first screen was in the window's first render
        pixmap = window.grab()  # paints every widget now: a broken platform or font shows here
        if pixmap.isNull():
            print(f"kiosk: {what} did not render", flush=True)
            window.close()
            return
        title = json.dumps(window.windowTitle())  # ASCII: any console can print it
        size = f"{pixmap.width()}x{pixmap.height()}"
        print(f"kiosk: {what} {size} {title}", flush=True)
        name = first.get(window.screens.currentWidget())
        if name is not None:  # the first screen is in this render (maybe the window's first)
            if not what.startswith("first screen"):
                what = f"first screen {name}"
                print(f"kiosk: {what} {size} {title}", flush=True)
            print(f"kiosk: peak memory {peak_memory_kib()} KiB", flush=True)
            drawn.append(what)
            if window.start_checked:
                opened(None)

    def changed(_index: int) -> None:
        name = first.get(window.screens.currentWidget())
        if name is not None:
            window.screens.currentChanged.disconnect(changed)
            QTimer.singleShot(0, lambda: rendered(f"first screen {name}"))

    def give_up() -> None:
        if window.isVisible():
            print(f"kiosk: no first screen within {FIRST_SCREEN_TIMEOUT_S} s", flush=True)
            window.close()

    window.opened.connect(opened)
    window.screens.currentChanged.connect(changed)
    QTimer.singleShot(0, lambda: rendered("window shown"))
    changed(window.screens.currentIndex())  # already there
    QTimer.singleShot(FIRST_SCREEN_TIMEOUT_S * 1000, give_up)  # a smoke test never hangs
    return outcome


def peak_memory_kib() -> int:
    """This process's peak resident memory so far (KiB; 0 where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def build_main_window(settings: Settings) -> MainWindow:
    """The main window wired to the configured store; its first screen is drawn before the
    store is imported or opened, as the accounts hint says (:mod:`kiosk.accounts.hint`)."""
    logging.getLogger().setLevel(settings["log.level"])
    return MainWindow(settings, lambda: open_services(settings), capture_screens,
                      prepare=prepare, accounts_hint=accounts_hint(data_dir_from(settings)))


def open_services(settings: Settings) -> Services:
    """Import and open the store and accounts (runs off the UI thread, while the first
    screen shows)."""
    from station.services import Services

    return Services.open(settings, start_sync=False)


def prepare(services: Services) -> None:
    """What the work screens need, loaded in the background while the officer signs in:
    the sync worker (and the demo central service), the device adapters, the face and
    fingerprint engines and the capture screens (imports only; devices open on their
    screens); the receipt process starts first (it gets ready on its own)."""
    from kiosk.domain.enrollment import prepare_ids
    from kiosk.domain.threads import prepare as park_threads
    from kiosk.memory import freeze_long_lived
    from station.devices import warm_up
    from ui.printing.receipt_process import start_receipt_process

    # receipts drawn in a child (Qt's drawing calls hold the GIL): it gets ready on the other
    # core while the engines load here, so the officer's home screen competes with neither
    start_receipt_process()
    park_threads()  # threads for the screens' workers, parked before they are needed
    prepare_ids()  # not by the first applicant's draft, holding the GIL the UI thread needs
    services.accounts.prepare()
    services.start_sync()
    warm_up(services.settings)
    import ui.desk.capture  # noqa: F401  (mediapipe, OpenCV, NBIS through the capture screens)
    from kiosk.biometrics.fingers import engine

    engine.prepare()  # NFIQ2's models loaded now, not by the first applicant's first slap
    freeze_long_lived()  # full collections no longer walk what start-up loaded


def capture_screens(services: Services, session: Session,
                    parent: QWidget) -> tuple[QWidget, QWidget]:
    """The real capture screens (:func:`ui.desk.capture.capture_screens`), imported on use."""
    from ui.desk.capture import capture_screens as real

    return real(services, session, parent)
