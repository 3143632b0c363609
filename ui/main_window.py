"""The main window: a thin frame that switches screens and owns the services' lifetime."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from kiosk import __version__
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Session
from kiosk.options import Settings
from kiosk.services import Services
from kiosk.station import station_id
from ui.idle_watch import IdleWatch
from ui.ops import Op
from ui.screens.login import LoginScreen
from ui.screens.setup import SetupScreen
from ui.screens.status import StatusScreen


class MainWindow(QMainWindow):
    """Start-up: open services in the background -> setup or sign-in -> home; idle lock."""

    def __init__(self, settings: Settings, open_services: Callable[[], Services]) -> None:
        super().__init__()
        self.settings = settings
        self.services: Services | None = None
        self.session: Session | None = None
        self._locked_on: QWidget | None = None
        self._open_services = open_services
        self.setWindowTitle(self.tr("Enrollment kiosk – %1").replace("%1", station_id(settings)))

        self.status_screen = StatusScreen(station_id(settings), settings["station.office"],
                                          __version__)
        self.status_screen.retry_requested.connect(self.open_services)
        self.setup_screen = SetupScreen()
        self.setup_screen.submitted.connect(self._create_first_account)
        self.login_screen = LoginScreen()
        self.login_screen.submitted.connect(self._sign_in)
        self.login_screen.switch_requested.connect(self.sign_out)
        self.screens = QStackedWidget()
        for screen in (self.status_screen, self.setup_screen, self.login_screen):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)

        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.officer_label)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.lock_action = QAction(self.tr("&Lock the screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addActions([self.sign_out_action, self.lock_action])

        self.idle = IdleWatch(settings["accounts.idle_lock_minutes"] * 60,
                              settings["accounts.idle_warning_seconds"], parent=self)
        self.idle.warning.connect(self._idle_warning)
        self.idle.active.connect(self.statusBar().clearMessage)
        self.idle.locked.connect(self.lock)
        self.resize(1024, 720)

    # -- start-up --------------------------------------------------------------------------

    def open_services(self) -> None:
        """Open the store and accounts off the UI thread."""
        self.screens.setCurrentWidget(self.status_screen)
        Op(self._open_services).success(self._services_opened).failure(
            self.status_screen.show_error).run(self)

    def _services_opened(self, services: Services) -> None:
        self.services = services
        Op(services.accounts.needs_setup).success(self._show_first_screen).failure(
            self.status_screen.show_error).run(self)

    def _show_first_screen(self, needs_setup: bool) -> None:
        if needs_setup:
            self.screens.setCurrentWidget(self.setup_screen)
        else:
            self.login_screen.show_sign_in()
            self.screens.setCurrentWidget(self.login_screen)

    def _create_first_account(self, username: str, display_name: str, role: Role,
                              password: str) -> None:
        accounts = self.services.accounts
        Op(lambda: accounts.create_first(username, display_name, role, password)).success(
            lambda officer: self._show_sign_in(officer.username)).failure(
            self.setup_screen.show_error).run(self)

    def _show_sign_in(self, username: str) -> None:
        self.login_screen.show_sign_in(username)
        self.screens.setCurrentWidget(self.login_screen)

    # -- sessions ------------------------------------------------------------------------

    def _sign_in(self, username: str, password: str) -> None:
        accounts = self.services.accounts
        locked_user = self.login_screen.locked_user
        Op(lambda: accounts.authenticate(username, password)).success(
            lambda session: self._signed_in(session, resumed=locked_user is not None)).failure(
            self.login_screen.show_error).run(self)

    def _signed_in(self, session: Session, resumed: bool) -> None:
        self.session = session
        self.officer_label.setText(f"{session.officer.display_name} ({self._role_name(session)})")
        self.officer_label.setMinimumWidth(self.officer_label.sizeHint().width())
        self.idle.start()
        if resumed and self._locked_on is not None:
            self.screens.setCurrentWidget(self._locked_on)  # back exactly where work was
            self._locked_on = None
        else:
            self.show_home()

    def show_home(self) -> None:
        """The officer's home screen (the station status until the desk screens exist)."""
        self.screens.setCurrentWidget(self.status_screen)
        if self.services is not None:
            Op(self.services.store.status).success(self.status_screen.show_status).failure(
                self.status_screen.show_error).run(self)

    def lock(self) -> None:
        """Lock the screen, keeping everything in progress; the same officer unlocks."""
        if self.session is None:
            return
        self.idle.stop()
        self.statusBar().clearMessage()
        if self.screens.currentWidget() is not self.login_screen:
            self._locked_on = self.screens.currentWidget()
        officer = self.session.officer
        self.login_screen.show_locked(officer.username, officer.display_name)
        self.screens.setCurrentWidget(self.login_screen)

    def sign_out(self) -> None:
        """End the session (shift handover); drafts stay in the store for the next officer."""
        self.session = None
        self._locked_on = None
        self.idle.stop()
        self.officer_label.clear()
        self.statusBar().clearMessage()
        self._show_sign_in("")

    def _idle_warning(self, seconds: int) -> None:
        self.statusBar().showMessage(
            self.tr("No activity: the screen locks in %n second(s).", "", seconds))

    def _role_name(self, session: Session) -> str:
        return {Role.OFFICER: self.tr("officer"), Role.SUPERVISOR: self.tr("supervisor"),
                Role.TECHNICIAN: self.tr("technician")}[session.officer.role]

    def closeEvent(self, event: QCloseEvent) -> None:
        Op.wait_all()
        self.idle.stop()
        self.idle.detach()
        if self.services is not None:
            self.services.close()  # waits for queued writes: nothing shown as saved is lost
            self.services = None
        super().closeEvent(event)
