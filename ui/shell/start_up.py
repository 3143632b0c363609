"""The main window's start-up: the first screen at once, the store opened behind it, then the
engines loaded while the officer signs in.

With a hint of whether accounts exist (:mod:`kiosk.accounts.hint`) the set-up or sign-in
screen is drawn at once and the store opens on a worker thread once it has been painted; an
officer who submits sooner sees "getting ready", and the submission goes on once the store is
open. Without a hint (and on a retry) the status screen waits for the store. Once it is open,
the start screen is checked (a wrong hint is put right, saying so over a waiting form), then
``prepare`` loads the engines, devices and sync in the background (an officer faster than that
sees "getting the camera ready").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.common.ops import Op
from ui.shell.first_paint import after_first_paint

if TYPE_CHECKING:
    from station.services import Services
    from ui.shell.main_window import MainWindow

    # what to load in the background once the first screen shows (engines, devices, sync)
    Prepare = Callable[[Services], None]

log = logging.getLogger(__name__)


class StartUp(QObject):
    """Opens ``window``'s services and picks its start screen; sets ``window.services`` and
    emits ``window.opened`` (None once the store is open and the start screen checked, else
    why it did not open)."""

    def __init__(self, window: MainWindow, open_services: Callable[[], Services],
                 prepare: Prepare | None, accounts_hint: bool | None) -> None:
        super().__init__(window)
        self._window = window
        self._open_services = open_services
        # whether accounts exist, as last known (kiosk.accounts.hint): None waits for the store
        self._accounts_hint = accounts_hint
        self._start_known = False  # the store is open and said which start screen is right
        self.open_error: BaseException | None = None  # why the store did not open, if so
        self._pending: Callable[[], None] | None = None  # a submission waiting for the store
        self._closing = False
        self._open_lock = threading.Lock()
        self._unclaimed: Services | None = None  # opened, not yet handed to the UI thread
        self._prepare = prepare
        self.prepared: bool | BaseException = prepare is None  # True, or what went wrong
        self._preparing = False
        self._after_prepare: Callable[[], None] | None = None

    @property
    def checked(self) -> bool:
        """The store is open and the start screen shown is the right one."""
        return self._start_known

    def open(self) -> None:
        """Open the store and accounts off the UI thread. The first time, with a hint of
        whether accounts exist, the set-up or sign-in screen shows at once (checked once the
        store is open); else, and on a retry, the status screen waits for the store."""
        window = self._window
        hint, self._accounts_hint = self._accounts_hint, None
        if window.services is not None and not self._start_known:  # a retry after it failed
            stale, window.services = window.services, None
            Op(stale.close).run(self)
        if hint is None:
            window.screens.setCurrentWidget(window.status_screen)
            self._start_opening()
        else:
            self.show_first_screen(needs_setup=not hint)
            # opening competes with drawing (imports hold the GIL), and the reader's filter
            # sees every object and event (each new Qt type costs its enums): once it is drawn
            after_first_paint(window.screens.currentWidget(), self._start_opening)

    def _start_opening(self) -> None:
        if self._closing:
            return
        self._window.wedge.install()  # once: Qt keeps one entry per filter
        Op(self._open_in_background).success(self._services_opened).failure(
            self._open_failed).run(self)

    def _open_in_background(self) -> Services | None:
        """The services, kept for :meth:`close` until the UI thread has them (or closed here
        when the window closed meanwhile)."""
        services = self._open_services()
        with self._open_lock:
            if not self._closing:
                self._unclaimed = services
                return services
        services.close()
        return None

    def _services_opened(self, services: Services | None) -> None:
        with self._open_lock:
            if services is None or self._unclaimed is not services:
                return  # the window closed meanwhile (and closed them)
            self._unclaimed = None
        self._window.services = services
        self._window.sync_status.attach(services)
        Op(services.accounts.needs_setup).success(self._accounts_known).failure(
            self._open_failed).run(self)

    def _open_failed(self, error: BaseException) -> None:
        """The store did not open: its translated reason on the status screen (a waiting
        submission is dropped; the retry button opens it again)."""
        window = self._window
        self._pending = None
        self.open_error = error
        window.login_screen.set_busy(False)
        window.setup_screen.set_busy(False)
        window.screens.setCurrentWidget(window.status_screen)
        window.status_screen.show_error(error)
        window.opened.emit(error)

    def _accounts_known(self, needs_setup: bool) -> None:
        """The store is open: the right start screen (if the hint was wrong, or there was
        none), then a submission that waited for it."""
        window = self._window
        self._start_known = True
        self.open_error = None
        pending, self._pending = self._pending, None
        shown = window.screens.currentWidget()
        right = window.setup_screen if needs_setup else window.login_screen
        if shown is window.status_screen or (
                shown in (window.setup_screen, window.login_screen) and shown is not right):
            window.login_screen.set_busy(False)
            window.setup_screen.set_busy(False)
            self.show_first_screen(needs_setup)
            if pending is not None:  # it was for the other screen: say why it was not sent
                self._not_sent(needs_setup)
        elif pending is not None:
            window.login_screen.show_waiting(False)
            window.setup_screen.show_waiting(False)
            pending()
        QTimer.singleShot(0, self.start_preparing)
        window.opened.emit(None)

    def _not_sent(self, needs_setup: bool) -> None:
        """A form sent on the screen the hint chose, which was the wrong one (a replaced or
        emptied database): the right screen says why nothing was done."""
        window = self._window
        if needs_setup:
            window.setup_screen.error.show_text(self.tr(
                "This station has no accounts yet, so nobody was signed in. Make the first "
                "account here."))
        else:
            window.login_screen.show_sign_in(window.setup_screen.username.text().strip())
            window.login_screen.error.show_text(self.tr(
                "This station already has accounts, so no new account was made. Sign in with "
                "your account."))

    def show_first_screen(self, needs_setup: bool) -> None:
        """The first account's set-up, or the sign-in form."""
        window = self._window
        if needs_setup:
            window.screens.setCurrentWidget(window.setup_screen)
        else:
            window.login_screen.show_sign_in()
            window.screens.setCurrentWidget(window.login_screen)
        QTimer.singleShot(0, self.start_preparing)  # once the first screen is on its way

    def wait_for_store(self, submission: Callable[[], None]) -> bool:
        """False once the store is open; else keep ``submission`` for then (the newest one
        counts) and return True."""
        if self._start_known:
            return False
        self._pending = submission
        return True

    def withdraw(self) -> None:
        """A waiting form changed (or was rebuilt): it is not sent; Enter again sends the new
        values."""
        self._pending = None

    def start_preparing(self) -> None:
        """Load the engines, devices and sync in the background while the officer signs in."""
        services, prepare = self._window.services, self._prepare
        if self.prepared is not False or self._preparing or services is None or \
                prepare is None:
            return
        self._preparing = True
        Op(lambda: prepare(services)).success(lambda _: self._prepare_done(True)).failure(
            self._prepare_done).run(self)

    def _prepare_done(self, outcome: bool | BaseException) -> None:
        self._preparing = False
        self.prepared = outcome
        if self._window.services is not None:
            self._window.sync_status.attach(self._window.services)  # the worker runs now
        if isinstance(outcome, BaseException):
            log.warning("start-up preparation failed: %s", type(outcome).__name__)
        then, self._after_prepare = self._after_prepare, None
        if then is not None:
            then()

    def when_prepared(self, then: Callable[[], None]) -> None:
        """Run ``then`` now if the engines are loaded, else show "getting the camera ready"
        until they are (a start-up failure shows on the status screen instead)."""
        window = self._window
        if self.prepared is True:
            then()
        elif isinstance(self.prepared, BaseException):
            window.screens.setCurrentWidget(window.status_screen)
            window.status_screen.show_error(self.prepared)
        else:
            self._after_prepare = lambda: self._prepared_meanwhile(then)
            window.screens.setCurrentWidget(window.preparing_screen)
            self.start_preparing()

    def _prepared_meanwhile(self, then: Callable[[], None]) -> None:
        if self._window.screens.currentWidget() is self._window.preparing_screen:
            self.when_prepared(then)  # (not locked or signed out meanwhile)

    def close(self) -> Services | None:
        """The window closes: nothing more opens or is sent; returns the services opened but
        not yet handed over (the window closes them), if any."""
        with self._open_lock:
            self._closing = True
            unclaimed, self._unclaimed = self._unclaimed, None
        self._pending = None
        return unclaimed
