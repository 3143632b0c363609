"""The main window: a thin frame around the screens; owns the store's lifetime."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from kiosk import __version__
from kiosk.options import Settings
from kiosk.station import station_id
from kiosk.store.store import Store
from ui.ops import Op
from ui.screens.status import StatusScreen


class MainWindow(QMainWindow):
    """Opens the store in the background and shows the station status screen."""

    def __init__(self, settings: Settings, open_store: Callable[[], Store]) -> None:
        super().__init__()
        self.settings = settings
        self.store: Store | None = None
        self._open_store = open_store
        self.setWindowTitle(self.tr("Enrollment kiosk – %1").replace("%1", station_id(settings)))
        self.screens = QStackedWidget()
        self.status_screen = StatusScreen(station_id(settings), settings["station.office"],
                                          __version__)
        self.status_screen.retry_requested.connect(self.open_store)
        self.screens.addWidget(self.status_screen)
        self.setCentralWidget(self.screens)
        self.resize(1024, 720)

    def open_store(self) -> None:
        """Open the local store off the UI thread, then show its status."""
        Op(self._open_store).success(self._store_opened).failure(
            self.status_screen.show_error).run(self)

    def _store_opened(self, store: Store) -> None:
        self.store = store
        self.refresh_status()

    def refresh_status(self) -> None:
        """Re-read the store's figures in the background."""
        if self.store is not None:
            Op(self.store.status).success(self.status_screen.show_status).failure(
                self.status_screen.show_error).run(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        Op.wait_all()
        if self.store is not None:
            self.store.close()  # waits for queued writes: nothing shown as saved is lost
            self.store = None
        super().closeEvent(event)
