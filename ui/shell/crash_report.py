"""Tells the officer, in their language, that something failed unexpectedly and where the log
is; what was saved stays saved. Any thread may report; the message shows on the UI thread,
one at a time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from kiosk import log_file

if TYPE_CHECKING:  # imported when first shown: the start-up need not wait for its type
    from PySide6.QtWidgets import QMessageBox


class CrashReporter(QObject):
    """Create on the UI thread, then :func:`kiosk.log_file.install_crash_logging` with
    :meth:`report`."""

    _reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.count = 0
        self._reported.connect(self._later)  # (on the UI thread: queued from others)

    def install(self) -> None:
        """Log every unhandled exception and show this message."""
        log_file.install_crash_logging(self.report)

    def report(self, path: Path | None) -> None:
        """Called on the failing thread (after the traceback was logged)."""
        self._reported.emit(str(path) if path is not None else "")

    @Slot(str)
    def _later(self, path: str) -> None:
        """Shown from the event loop, never inside the failing call (same thread too)."""
        QTimer.singleShot(0, self, lambda: self._show(path))

    def _show(self, path: str) -> None:
        self.count += 1
        if self.box is not None and self.box.isVisible():
            return  # one message at a time; the log has every one
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("Something went wrong unexpectedly. What was saved stays saved; "
                       "if the screen no longer responds, restart the kiosk.")
        detail = (self.tr("A technician will find the details in the log file %1.").replace(
            "%1", path) if path else self.tr("The details are in the kiosk's log."))
        box = QMessageBox(QMessageBox.Icon.Warning, QApplication.applicationName(), text,
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setInformativeText(detail)
        box.setObjectName("crashReport")
        from PySide6.QtCore import Qt

        box.setWindowModality(Qt.WindowModality.NonModal)
        self.box = box
        box.open()
