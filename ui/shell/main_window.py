"""The main window: a thin frame that switches screens and owns the services' lifetime."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from kiosk import __version__
from kiosk.accounts.roles import Permission, Role
from kiosk.options import Settings
from kiosk.station import station_id
from ui.common import style
from ui.common.i18n import current_language, install_language, remember_language
from ui.common.languages import officer_languages
from ui.common.ops import Op
from ui.screens.login import LoginScreen
from ui.screens.setup import SetupScreen
from ui.shell.start_up import StartUp

if TYPE_CHECKING:
    # the store and the work screens are imported when first needed, after the first screen
    from kiosk.accounts.service import Session
    from station.services import Services
    from ui.applicant.display import ApplicantDisplay
    from ui.desk.desk_flow import DeskFlow
    from ui.desk.sync_status import SyncStatusLabel
    from ui.screens.accounts import AccountsScreen
    from ui.screens.change_password import ChangePasswordScreen
    from ui.screens.reports import ReportsScreen
    from ui.screens.status import StatusScreen
    from ui.screens.technician.console import TechnicianConsole
    from ui.shell.account_care import AccountCare
    from ui.shell.idle_watch import IdleWatch
    from ui.shell.wedge_filter import WedgeFilter

    # (services, session, parent) -> (face screen, fingerprint screen)
    CaptureScreens = Callable[[Services, Session, QWidget], tuple[QWidget, QWidget]]
    # what to load in the background once the first screen shows (engines, devices, sync)
    Prepare = Callable[[Services], None]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Start-up (:class:`~ui.shell.start_up.StartUp`): setup or sign-in at once when
    ``accounts_hint`` says which (else after the store), while the store opens in the
    background; then ``prepare`` loads the engines in the background -> home; idle lock.
    ``opened`` says when the store is open and the start screen checked (None) or why it did
    not open (the error)."""

    opened = Signal(object)

    def __init__(self, settings: Settings, open_services: Callable[[], Services],
                 capture_screens: CaptureScreens | None = None,
                 prepare: Prepare | None = None, *,
                 accounts_hint: bool | None = None) -> None:
        super().__init__()
        style.mark_officer(self)  # the officer look for every screen and dialog (style.py)
        self.settings = settings
        self.services: Services | None = None
        self.session: Session | None = None
        self.desk: DeskFlow | None = None
        self.applicant_display: ApplicantDisplay | None = None
        self.console: TechnicianConsole | None = None
        self._locked_on: QWidget | None = None
        # signed in with a temporary password: (session, resumed, temporary password) until
        # the officer has chosen a new one
        self._password_change: tuple[Session, bool, str] | None = None
        self.start_up = StartUp(self, open_services, prepare, accounts_hint)
        self._capture_screens = capture_screens
        self.screens = QStackedWidget()
        self.screens.addWidget(QWidget())  # blank until open_services shows a start screen
        self.setCentralWidget(self.screens)
        self._build_start_screens()

        self._sync_status: SyncStatusLabel | None = None  # once the store is open
        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.officer_label)
        self.home_action = self._action("F2", self.show_home)
        self.accounts_action = self._action("Ctrl+Shift+A", self.show_accounts)
        self.status_action = self._action("Ctrl+Shift+S", self.show_status)
        self.reports_screen: ReportsScreen | None = None
        self.reports_action = self._action("Ctrl+Shift+R", self.show_reports)
        self.lock_action = self._action("Ctrl+L", self.lock)
        self.sign_out_action = self._action("Ctrl+Shift+Q", self.sign_out)
        self.about_action = self._action("F1", self._about)
        self._build_menus()
        self._retranslate_frame()

        self._idle: IdleWatch | None = None  # made on first use (after the first screen)
        self._wedge: WedgeFilter | None = None
        self.resize(1280, 800)

    def _build_start_screens(self) -> None:
        """The screens that exist before sign-in (built again when the language changes)."""
        settings = self.settings
        self._status_screen: StatusScreen | None = None  # built when first shown
        self.setup_screen = SetupScreen()
        self.setup_screen.submitted.connect(self._create_first_account)
        self.setup_screen.edited.connect(self.start_up.withdraw)
        self.login_screen = LoginScreen(languages=officer_languages(settings),
                                        current_language=current_language())
        self.login_screen.submitted.connect(self._sign_in)
        self.login_screen.edited.connect(self.start_up.withdraw)
        self.login_screen.switch_requested.connect(self.sign_out)
        self.login_screen.language_chosen.connect(self.switch_language)
        # built when first shown (the first screen need not wait for them)
        self._accounts_screen: AccountsScreen | None = None
        self._account_care: AccountCare | None = None
        self._change_password_screen: ChangePasswordScreen | None = None
        self._preparing_screen: QLabel | None = None
        for screen in self._start_screens():
            self.screens.addWidget(screen)

    @property
    def idle(self) -> IdleWatch:
        """The idle lock (made on first use: nothing to lock before a sign-in)."""
        if self._idle is None:
            from ui.shell.idle_watch import IdleWatch

            settings = self.settings
            idle = self._idle = IdleWatch(settings["accounts.idle_lock_minutes"] * 60,
                                          settings["accounts.idle_warning_seconds"], parent=self)
            idle.warning.connect(self._idle_warning)
            idle.active.connect(self.statusBar().clearMessage)
            idle.locked.connect(self.lock_idle)
        return self._idle

    @property
    def wedge(self) -> WedgeFilter:
        """The keyboard-wedge reader's filter (made on first use; installed once the first
        screen is drawn, see :class:`StartUp`)."""
        if self._wedge is None:
            from ui.shell.wedge_filter import WedgeFilter

            wedge = self._wedge = WedgeFilter(parent=self)
            wedge.mrz_scanned.connect(self._mrz_scanned)
            wedge.text_scanned.connect(self._text_scanned)
        return self._wedge

    @property
    def preparing_screen(self) -> QLabel:
        """"Getting the camera ready", after a sign-in faster than the engines (built on first
        use: its alignment needs PySide's ``Qt`` namespace, ~20 ms the first screen saves)."""
        if self._preparing_screen is None:
            from PySide6.QtCore import Qt

            screen = self._preparing_screen = QLabel(self.tr("Getting the camera ready…"))
            screen.setAlignment(Qt.AlignmentFlag.AlignCenter)
            style.role(screen, "heading")
            self.screens.addWidget(screen)
        return self._preparing_screen

    @property
    def sync_status(self) -> SyncStatusLabel:
        """The sync line in the status bar, first on the left (built when the store opens:
        there is nothing to say before)."""
        if self._sync_status is None:
            from ui.desk.sync_status import SyncStatusLabel

            self._sync_status = SyncStatusLabel()
            self.statusBar().insertPermanentWidget(0, self._sync_status)
        return self._sync_status

    @property
    def status_screen(self) -> StatusScreen:
        """The station and its store, and why the store did not open (built on first use:
        the sign-in screen is often shown without it)."""
        if self._status_screen is None:
            from ui.screens.status import StatusScreen

            screen = self._status_screen = StatusScreen(
                station_id(self.settings), self.settings["station.office"], __version__)
            screen.retry_requested.connect(self.open_services)
            self.screens.addWidget(screen)
        return self._status_screen

    @property
    def accounts_screen(self) -> AccountsScreen:
        """The supervisors' account list (built on first use)."""
        if self._accounts_screen is None:
            from ui.screens.accounts import AccountsScreen
            from ui.shell.account_care import AccountCare

            screen = self._accounts_screen = AccountsScreen()
            screen.back_requested.connect(self.show_home)
            self._account_care = AccountCare(self, screen, lambda: self.services.accounts,
                                             lambda: self.session)
            self.screens.addWidget(screen)
        return self._accounts_screen

    @property
    def change_password_screen(self) -> ChangePasswordScreen:
        """The new-password screen after a reset (built on first use)."""
        if self._change_password_screen is None:
            from ui.screens.change_password import ChangePasswordScreen

            screen = self._change_password_screen = ChangePasswordScreen()
            screen.submitted.connect(self._change_password)
            screen.sign_out_requested.connect(self.sign_out)
            self.screens.addWidget(screen)
        return self._change_password_screen

    def _start_screens(self) -> tuple[QWidget, ...]:
        """The start screens built so far."""
        built = (self._preparing_screen, self._status_screen, self._accounts_screen,
                 self._change_password_screen)
        return (self.setup_screen, self.login_screen,
                *(screen for screen in built if screen is not None))

    def _build_menus(self) -> None:
        """Visible navigation with each entry's shortcut beside it; shown once signed in,
        each entry only for the roles that may use it."""
        bar = self.menuBar()
        self.go_menu = bar.addMenu("")
        for action in (self.home_action, self.status_action, self.reports_action,
                       self.accounts_action):
            self.go_menu.addAction(action)
        self.session_menu = bar.addMenu("")
        self.session_menu.addAction(self.lock_action)
        self.session_menu.addAction(self.sign_out_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self._navigation(False)

    def _navigation(self, enabled: bool) -> None:
        """Menus and their shortcuts only for a signed-in, unlocked officer (a shortcut once
        reached the work screens from the lock screen)."""
        self.menuBar().setVisible(enabled)
        for action in (self.home_action, self.status_action, self.reports_action,
                       self.accounts_action, self.lock_action, self.sign_out_action):
            action.setEnabled(enabled)
        if enabled and self.session is not None:
            officer = self.session.officer
            self.accounts_action.setVisible(officer.can(Permission.MANAGE_ACCOUNTS))
            self.accounts_action.setEnabled(officer.can(Permission.MANAGE_ACCOUNTS))
            self.reports_action.setVisible(officer.can(Permission.VIEW_REPORTS))
            self.reports_action.setEnabled(officer.can(Permission.VIEW_REPORTS))

    def _retranslate_frame(self) -> None:
        self.setWindowTitle(self.tr("Enrollment kiosk – %1").replace("%1",
                                                                     station_id(self.settings)))
        for action, text in ((self.home_action, self.tr("&Home")),
                             (self.accounts_action, self.tr("&Accounts")),
                             (self.status_action, self.tr("Station &status")),
                             (self.reports_action, self.tr("Supervisor &view")),
                             (self.lock_action, self.tr("&Lock the screen")),
                             (self.sign_out_action, self.tr("Sign &out")),
                             (self.about_action, self.tr("&About"))):
            action.setText(text)
        self.go_menu.setTitle(self.tr("&Go"))
        self.session_menu.setTitle(self.tr("Sess&ion"))
        self.help_menu.setTitle(self.tr("&Help"))

    def switch_language(self, language: str) -> None:
        """Officers' switch: install the catalogue, rebuild the sign-in screens, remember it."""
        if self.session is not None:
            return  # only before sign-in: rebuilding must never meet work in progress
        self.start_up.withdraw()  # the screens are rebuilt: a waiting form is sent again by hand
        install_language(QApplication.instance(), language)
        settings = self.settings
        Op(lambda: remember_language(settings, language)).run(self)
        self._retranslate()

    def _retranslate(self) -> None:
        """Rebuild the start screens in the installed language, showing the same one."""
        old = self._start_screens()
        shown = self.screens.currentWidget()
        old_status = self._status_screen
        built = {"status_screen": self._status_screen, "setup_screen": self.setup_screen,
                 "login_screen": self.login_screen, "preparing_screen": self._preparing_screen,
                 "accounts_screen": self._accounts_screen,
                 "change_password_screen": self._change_password_screen}
        name = next((n for n, screen in built.items()
                     if screen is not None and screen is shown), None)
        username = self.login_screen.username.text()
        self._build_start_screens()
        if name is not None:
            self.screens.setCurrentWidget(getattr(self, name))
        self.login_screen.show_sign_in(username)
        for screen in old:
            self.screens.removeWidget(screen)
            screen.deleteLater()
        self._retranslate_frame()
        if old_status is None or shown is not old_status:
            return
        if self.open_error is not None:  # the store did not open: still say why
            self.status_screen.show_error(self.open_error)
        elif self.services is not None:
            Op(self.services.store.status).success(self.status_screen.show_status).failure(
                self.status_screen.show_error).run(self)

    def _about(self) -> None:
        from ui.dialogs.about import AboutDialog

        AboutDialog(self.settings, self).open()

    def _action(self, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        # (not setShortcut: PySide's overload check builds its Qt namespace, ~20 ms)
        action.setShortcuts([QKeySequence.fromString(shortcut)])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- start-up (ui/shell/start_up.py) ------------------------------------------------

    def open_services(self) -> None:
        """Open the store in the background behind the first screen (:class:`StartUp`)."""
        self.start_up.open()

    @property
    def start_checked(self) -> bool:
        """The store is open and the start screen shown is the right one."""
        return self.start_up.checked

    @property
    def open_error(self) -> BaseException | None:
        """Why the store did not open, if so."""
        return self.start_up.open_error

    def _create_first_account(self, username: str, display_name: str, role: Role,
                              password: str) -> None:
        if self.start_up.wait_for_store(lambda: self._create_first_account(username, display_name,
                                                                   role, password)):
            self.setup_screen.show_waiting()
            return
        accounts = self.services.accounts
        Op(lambda: accounts.create_first(username, display_name, role, password)).success(
            lambda officer: self._show_sign_in(officer.username)).failure(
            self.setup_screen.show_error).run(self)

    def _show_sign_in(self, username: str) -> None:
        self.login_screen.show_sign_in(username)
        self.screens.setCurrentWidget(self.login_screen)

    # -- sessions ------------------------------------------------------------------------

    def _sign_in(self, username: str, password: str) -> None:
        if self.start_up.wait_for_store(lambda: self._sign_in(username, password)):
            self.login_screen.show_waiting()
            return
        accounts = self.services.accounts
        locked_user = self.login_screen.locked_user
        Op(lambda: accounts.authenticate(username, password)).success(
            lambda session: self._signed_in(session, resumed=locked_user is not None,
                                            password=password)).failure(
            self.login_screen.show_error).run(self)

    def _signed_in(self, session: Session, resumed: bool, password: str = "") -> None:
        if resumed and self.session is not None and \
                session.officer.username != self.session.officer.username:
            self.sign_out()  # only the officer who locked the screen gets their work back
            resumed = False
        if session.must_change_password:
            self._ask_new_password(session, resumed, password)
            return
        self.session = session
        self.officer_label.setText(f"{session.officer.display_name} ({self._role_name(session)})")
        self.officer_label.setMinimumWidth(self.officer_label.sizeHint().width())
        self._navigation(True)
        self.idle.start()
        if resumed and self._locked_on is not None:
            self.screens.setCurrentWidget(self._locked_on)  # back exactly where work was
            self._locked_on = None
            if self.applicant_display is not None:
                self.applicant_display.resume_work()
            return
        self.start_up.when_prepared(lambda: self._open_home(session))

    def _open_home(self, session: Session) -> None:
        if self.session is not session or self.services is None:
            return  # signed out (or the window closed) while the engines loaded
        self._build_desk(session)
        self._build_console(session)
        self.show_home()

    def _ask_new_password(self, session: Session, resumed: bool, temporary: str) -> None:
        """Signed in with a temporary password: the new password comes first; nothing else
        is reachable (no menus or shortcuts; leaving it signs out, and so does idling)."""
        self._password_change = (session, resumed, temporary)
        self._navigation(False)
        self.change_password_screen.show_for(session.officer.display_name,
                                             self.services.accounts.policy.min_password_length)
        self.screens.setCurrentWidget(self.change_password_screen)
        self.idle.start()

    def _change_password(self, new_password: str) -> None:
        if self._password_change is None:
            return
        session, resumed, temporary = self._password_change
        accounts = self.services.accounts
        Op(lambda: accounts.change_password(session, temporary, new_password)).success(
            lambda changed: self._password_changed(changed, resumed)).failure(
            self.change_password_screen.show_error).run(self)

    def _password_changed(self, session: Session, resumed: bool) -> None:
        if self._password_change is None:
            return  # signed out meanwhile
        self._password_change = None
        self._signed_in(session, resumed)

    def _build_desk(self, session: Session) -> None:
        """The enrollment desk of this officer (officers and supervisors; not technicians)."""
        self._teardown_desk()
        if not session.officer.can(Permission.ENROLL) or self._capture_screens is None:
            return
        from ui.applicant.display import open_applicant_display
        from ui.desk.desk_flow import DeskFlow

        face, fingers = self._capture_screens(self.services, session, self)
        self.desk = DeskFlow(self.screens, self.services, session.officer.username, face,
                             fingers, open_receipts=self.settings["desk.open_receipts"],
                             ticket_key=self.services.ticket_key, parent=self)
        self.applicant_display = open_applicant_display(self.desk, self.settings, self)

    def _build_console(self, session: Session) -> None:
        """The technician's home: devices, settings, sync health, diagnostics."""
        self._teardown_console()
        if session.officer.can(Permission.CONFIGURE_STATION) and self.services is not None:
            from ui.screens.technician.console import TechnicianConsole

            self.console = TechnicianConsole(self.services, actor=session.officer.username)
            self.screens.addWidget(self.console)
            self.console.load()

    def _teardown_console(self) -> None:
        if self.console is not None:
            self.console.shut_down()
            self.screens.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None

    def _teardown_desk(self) -> None:
        if self.desk is None:
            return
        self.desk.shut_down()  # closes the devices and waits for them
        if self.applicant_display is not None:
            self.applicant_display.shut()
            self.applicant_display.deleteLater()
            self.applicant_display = None
        for screen in (self.desk.today, self.desk.applicant, self.desk.face, self.desk.fingers,
                       self.desk.review):
            self.screens.removeWidget(screen)
            screen.deleteLater()
        self.desk.deleteLater()
        self.desk = None

    def show_home(self) -> None:
        """Officers: today's enrollments; technicians: the console."""
        if self.session is None:
            return
        if self.desk is not None:
            self.desk.show_today()
        elif self.console is not None:
            self.screens.setCurrentWidget(self.console)
        else:
            self.show_status()

    def show_status(self) -> None:
        if self.session is None:
            return
        self.screens.setCurrentWidget(self.status_screen)
        if self.services is not None:
            Op(self.services.store.status).success(self.status_screen.show_status).failure(
                self.status_screen.show_error).run(self)

    def show_accounts(self) -> None:
        if self.session is None or not self.session.officer.can(Permission.MANAGE_ACCOUNTS):
            return
        self.screens.setCurrentWidget(self.accounts_screen)
        if self._account_care is not None:
            self._account_care.refresh()

    def show_reports(self) -> None:
        """The supervisor view (reports, imports, exports, pending approvals)."""
        if self.session is None or not self.session.officer.can(Permission.VIEW_REPORTS):
            return
        if self.reports_screen is None:
            from ui.screens.reports import ReportsScreen

            self.reports_screen = ReportsScreen(self.services)
            self.reports_screen.back_requested.connect(self.show_home)
            self.screens.addWidget(self.reports_screen)
        self.screens.setCurrentWidget(self.reports_screen)
        self.reports_screen.show_for(self.session)

    def _at_work(self) -> bool:
        """Signed in and on a work screen (not the sign-in, lock or password screens).
        Asks for no screen that is not built: the password screen's property built it (an
        import and a layout on the UI thread, at the first scan of the day)."""
        return self.session is not None and self._password_change is None and \
            self.screens.currentWidget() not in (self.login_screen,
                                                 self._change_password_screen)

    def _mrz_scanned(self, lines: tuple[str, ...]) -> None:
        if self._at_work() and self.desk is not None:
            self.desk.handle_mrz(lines)

    def _text_scanned(self, text: str) -> None:
        if self._at_work() and self.desk is not None:
            self.desk.handle_text(text)

    def lock(self) -> None:
        """Lock the screen (the officer's Ctrl+L), keeping everything in progress; the same
        officer unlocks."""
        self._lock(inactive=False)

    def lock_idle(self) -> None:
        """The idle lock: as :meth:`lock`, and the lock screen says it was inactivity."""
        self._lock(inactive=True)

    def _lock(self, inactive: bool) -> None:
        if self._password_change is not None:
            self.sign_out()  # nobody else may finish choosing this officer's password
            return
        if self.session is None:
            return
        self.idle.stop()
        self.statusBar().clearMessage()
        if self.desk is not None:
            self.desk.close_dialogs()  # e.g. the cancel question, which names the applicant
        if self.applicant_display is not None:
            self.applicant_display.hide_work()  # the applicant's side shows nothing of the work
        if self.screens.currentWidget() not in (self.login_screen, self._preparing_screen):
            self._locked_on = self.screens.currentWidget()
        officer = self.session.officer
        self._navigation(False)
        self.login_screen.show_locked(officer.username, officer.display_name, inactive)
        self.screens.setCurrentWidget(self.login_screen)

    def sign_out(self) -> None:
        """End the session (shift handover); drafts stay in the store for the next officer."""
        self.session = None
        self._locked_on = None
        self._password_change = None
        self._navigation(False)
        self._teardown_desk()
        self._teardown_console()
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
        unclaimed = self.start_up.close()
        if self.services is None:  # opened but not yet handed over: closed here
            self.services = unclaimed
        self._teardown_desk()
        self._teardown_console()
        Op.wait_all()
        from ui.printing.receipt_process import stop_receipt_process

        stop_receipt_process()  # (after the last receipt: Op.wait_all)
        if self._idle is not None:
            self._idle.stop()
            self._idle.detach()
        if self._wedge is not None:
            self._wedge.uninstall()
        if self._sync_status is not None:
            self._sync_status.detach()
        if self.services is not None:
            self.services.close()  # waits for queued writes: nothing shown as saved is lost
            self.services = None
        super().closeEvent(event)
