"""The guidance window: a thin frame that switches pages, for applicants, full screen.

Language first; the pages are then built in the chosen language and thrown away when the
applicant finishes, presses "Start over" or leaves the screen idle (``guidance.idle_seconds``),
so nothing anyone typed survives into the next applicant's session. A passport scanned at any
time (keyboard-wedge reader) opens pre-registration with the form filled.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.eligibility import local_today
from kiosk.guidance.issuer import IssuedTicket
from kiosk.options import Settings
from station.guidance import GuidanceStation
from ui.common.fonts import font_for
from ui.common.i18n import current_language, install_language
from ui.common.languages import date_text, enabled_languages
from ui.common.messages import describe
from ui.common.ops import Op
from ui.guidance.bring_page import BringPage
from ui.guidance.desk_fingers_page import DeskFingersPage
from ui.guidance.desk_photo_page import DeskPhotoPage
from ui.guidance.eligibility_page import EligibilityPage
from ui.guidance.language_page import LanguagePage
from ui.guidance.next_page import NextPage
from ui.guidance.page import GuidancePage
from ui.guidance.register_page import RegisterPage
from ui.guidance.ticket_page import TicketPage
from ui.guidance.ticket_print import TicketSheet, print_ticket
from ui.shell.idle_watch import IdleWatch
from ui.shell.lockdown import Lockdown, technician_verifier
from ui.shell.wedge_filter import WedgeFilter

FONT_POINTS = 15.0
WARNING_STYLE = ("background: #fef7e0; border: 2px solid #e37400; border-radius: 10px; "
                 "padding: 12px; font-size: 18pt;")


class GuidanceWindow(QWidget):
    """``open_station()`` opens the services in the background; then applicants use it."""

    def __init__(self, settings: Settings, open_station: Callable[[], GuidanceStation],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.setObjectName("guidanceWindow")
        self.setWindowTitle(QCoreApplication.translate("Guidance", "Guidance"))
        self.settings = settings
        self.station: GuidanceStation | None = None
        self.language: str | None = None
        self.lockdown: Lockdown | None = None
        self._open_station = open_station
        # the station's language while an applicant's is installed (restored at the picker)
        self._station_language: str | None = None
        self.pages: list[GuidancePage] = []
        self.register: RegisterPage | None = None
        self.ticket: TicketPage | None = None
        self.setFont(font_for("en", FONT_POINTS))

        self.languages = LanguagePage(enabled_languages(settings))
        self.languages.chosen.connect(self.choose_language)
        self.languages.set_enabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.languages)
        self.idle_warning = QLabel()
        self.idle_warning.setObjectName("idleWarning")
        self.idle_warning.setStyleSheet(WARNING_STYLE)
        self.idle_warning.setWordWrap(True)
        self.idle_warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.idle_warning)
        layout.addWidget(self.stack, 1)

        idle_s = settings["guidance.idle_seconds"]
        self.idle = IdleWatch(idle_s, min(15.0, idle_s / 3), clock=clock, parent=self)
        self.idle.warning.connect(self._idle_warning)
        self.idle.active.connect(self.idle_warning.hide)
        self.idle.locked.connect(self.start_over)
        self.wedge = WedgeFilter(parent=self)
        self.wedge.mrz_scanned.connect(self.passport_scanned)
        self.wedge.install()
        self.resize(1280, 800)

    # -- start-up --------------------------------------------------------------------------

    def open_station(self) -> None:
        Op(self._open_station).success(self._opened).failure(
            self.languages.error.show_error).run(self)

    def _opened(self, station: GuidanceStation) -> None:
        self.station = station
        self.languages.set_enabled(True)
        if not self.settings["guidance.lockdown"]:
            return
        if station.lock_error is not None:  # guidance still works; only staff can fix this
            self.languages.show_staff_note(describe(station.lock_error)[0])
            return
        self.lockdown = Lockdown(self, technician_verifier(station.services.accounts))
        self.lockdown.engage()

    # -- one applicant's session -------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        """Build the pages in ``language`` and start at the first step."""
        if self.station is None:
            return
        self._drop_pages()
        self._install_translator(language)
        self.language = language
        self.setFont(font_for(language, FONT_POINTS))
        zone = self.settings["station.timezone"]

        def today() -> date:
            return local_today(zone)

        self.register = RegisterPage(today, language)
        self.register.ticket_requested.connect(self._issue)
        if self.station.issuer is None:
            self.register.set_unavailable(self.station.key_error)
        self.ticket = TicketPage()
        self.pages = [BringPage(), EligibilityPage(today), DeskPhotoPage(), DeskFingersPage(),
                      NextPage(), self.register, self.ticket]
        for index, page in enumerate(self.pages):
            self.stack.addWidget(page)
            page.home_requested.connect(self.start_over)
            page.back_requested.connect(lambda i=index: self._show(i - 1))
            if page is self.ticket:
                page.next_requested.connect(self.start_over)
            elif page is not self.register:
                page.next_requested.connect(lambda i=index: self._show(i + 1))
        self.idle.start()
        self._show(0)

    def _show(self, index: int) -> None:
        if index < 0:
            self.start_over()
        else:
            self.stack.setCurrentWidget(self.pages[index])

    def show_page(self, page_type: type) -> GuidancePage:
        """Go to the page of this class (tests, and a passport scan)."""
        page = next(p for p in self.pages if isinstance(p, page_type))
        self.stack.setCurrentWidget(page)
        return page

    def passport_scanned(self, lines: tuple[str, ...]) -> None:
        """A passport on the reader: pre-registration, filled from it."""
        if self.register is None or self.ticket is None:
            return  # no language chosen yet
        if self.stack.currentWidget() is self.ticket:
            self.ticket.clear()
            self.register.clear()
        self.stack.setCurrentWidget(self.register)
        self.register.apply_mrz(lines)

    def _issue(self, applicant) -> None:
        issuer = self.station.issuer
        Op(lambda: issuer.issue(applicant)).success(self._issued).failure(
            self.register.show_error).run(self)

    def _issued(self, ticket: IssuedTicket) -> None:
        self.register.clear()  # the data now lives only in the ticket the applicant holds
        self.ticket.show_ticket(ticket)
        self.stack.setCurrentWidget(self.ticket)
        sheet = TicketSheet(
            ticket.number, ticket.text, self.ticket.sheet_heading,
            self.ticket.instructions.text(), self.settings["station.office"],
            date_text(ticket.issued_on, self.language or "en"), self.language or "en")
        page = self.ticket
        Op(lambda: print_ticket(sheet)).success(page.show_printed).failure(
            lambda _error: page.show_printed(False)).run(self)

    def start_over(self) -> None:
        """Back to the language choice; every page and everything typed is discarded."""
        self.idle.stop()
        self.idle_warning.hide()
        self._drop_pages()
        self._install_translator(None)
        self.language = None
        self.setFont(font_for("en", FONT_POINTS))
        self.stack.setCurrentWidget(self.languages)

    def _drop_pages(self) -> None:
        for page in self.pages:
            page.wipe()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.register = self.ticket = None

    def _install_translator(self, language: str | None) -> None:
        """The applicant's language in place of the station's (one catalogue at a time: a
        station catalogue left installed under English, whose catalogue holds only plurals,
        showed the English pages in the station language); None restores the station's."""
        app = QApplication.instance()
        if language is not None:
            if self._station_language is None:
                self._station_language = current_language()
            install_language(app, language)
        elif self._station_language is not None:
            install_language(app, self._station_language)
            self._station_language = None

    def _idle_warning(self, seconds: int) -> None:
        self.idle_warning.setText(self.tr("Are you still there? Touch the screen to continue. "
                                          "Starting again in %1 s.").replace("%1", str(seconds)))
        self.idle_warning.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        Op.wait_all()
        self.start_over()
        self.idle.detach()
        self.wedge.uninstall()
        if self.lockdown is not None:
            self.lockdown.release()
        if self.station is not None:
            self.station.close()
            self.station = None
        super().closeEvent(event)


def build_guidance_window(settings: Settings) -> GuidanceWindow:
    """The guidance window wired to the configured store and office key."""
    return GuidanceWindow(settings, lambda: GuidanceStation.open(settings))
