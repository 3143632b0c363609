"""Every screen rendered offscreen with demo data, by name: ``kiosk screenshot SCREEN --lang L``.

The registry maps a screen name to a builder ``(language) -> QWidget`` that returns the screen
filled with demo data (``ui.showcase.demo_data``), in the language already installed. A new
screen registers with one line next to its builder::

    @screen("guidance-welcome")
    def _guidance(language: str) -> QWidget: return GuidanceScreen(...)

Tests render every registered screen in every language and check that texts fit and glyphs
exist (tests/test_screenshots.py), so a registered screen is checked automatically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.options import Settings
from ui.showcase import demo_data as demo

Builder = Callable[[str], QWidget]
SCREENS: dict[str, Builder] = {}
SIZE = (1280, 800)  # the capture desk's screen
GUIDANCE_SIZE = (1920, 1080)  # the guidance station's touch screen
SIZES: dict[str, tuple[int, int]] = {}  # screens shown at another size than the desk's
# styled by themselves, not by ui/common/style.py
APPLICANT_FACING = ("guidance-", "applicant-display-")


def screen(name: str, size: tuple[int, int] = SIZE) -> Callable[[Builder], Builder]:
    """Register ``builder`` under ``name`` (one line per screen), rendered at ``size``."""
    def register(builder: Builder) -> Builder:
        if name in SCREENS:
            raise RuntimeError(f"screen {name!r} registered twice")
        SCREENS[name] = builder
        if size != SIZE:
            SIZES[name] = size
        return builder
    return register


def build(name: str, language: str) -> QWidget:
    """The screen ``name`` with demo data, laid out at the desk's size, shown offscreen."""
    from ui.common import ops, style

    style.apply(QApplication.instance())  # the officers' look, as ui/shell/app.py applies it
    ops.run_synchronously(True)  # what the screen reads in the background is there at once
    try:
        widget = SCREENS[name](language)
        if not name.startswith(APPLICANT_FACING):
            style.mark_officer(widget)
        if isinstance(widget, QDialog):  # a dialog keeps its own size
            widget.adjustSize()
        else:
            widget.resize(*SIZES.get(name, SIZE))
        widget.show()
        QApplication.processEvents()
    finally:
        ops.run_synchronously(False)
    return widget


def render(name: str, language: str) -> QPixmap:
    """A picture of the screen ``name`` in ``language`` (installs the catalogue)."""
    from ui.common.i18n import install_language

    install_language(QApplication.instance(), language)
    widget = build(name, language)
    try:
        return widget.grab()
    finally:
        widget.close()
        widget.deleteLater()


def save(name: str, language: str, out: Path) -> Path:
    pixmap = render(name, language)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(out)):
        raise OSError(f"could not write {out}")
    return out


# --- the screens --------------------------------------------------------------------------

_SETTINGS = Settings({})


@screen("sign-in")
def _sign_in(language: str) -> QWidget:
    from ui.screens.login import LoginScreen

    return LoginScreen(languages=("vi", "en"), current_language=language)


@screen("locked")
def _locked(language: str) -> QWidget:
    from ui.screens.login import LoginScreen

    widget = LoginScreen(languages=("vi", "en"), current_language=language)
    widget.show_locked("can.bo", "Nguyễn Văn Bình")
    return widget


@screen("setup")
def _setup(language: str) -> QWidget:
    from ui.screens.setup import SetupScreen

    return SetupScreen()


@screen("accounts")
def _accounts(language: str) -> QWidget:
    from ui.screens.accounts import AccountsScreen

    widget = AccountsScreen()
    widget.show_officers(demo.officers())
    return widget


@screen("accounts-selected")
def _accounts_selected(language: str) -> QWidget:
    from ui.screens.accounts import AccountsScreen

    widget = AccountsScreen()
    widget.set_current_user("sup.lan")
    widget.show_officers(demo.officers())
    widget.select("le.hoa")  # locked: every action applies
    return widget


@screen("accounts-reset-password")
def _accounts_reset(language: str) -> QWidget:
    from ui.screens.accounts import AccountsScreen

    widget = AccountsScreen()
    widget.set_current_user("sup.lan")
    widget.show_officers(demo.officers())
    widget.select("can.bo")
    widget.reset_button.click()
    widget.temporary.insert("tạm thời 2026")  # typed (a password: shown as dots)
    return widget


@screen("change-password")
def _change_password(language: str) -> QWidget:
    from ui.screens.change_password import ChangePasswordScreen

    widget = ChangePasswordScreen()
    widget.show_for("Nguyễn Văn Bình", 10)
    return widget


@screen("status")
def _status(language: str) -> QWidget:
    from ui.screens.status import StatusScreen

    widget = StatusScreen("HN-DESK-1", "Phòng Quản lý xuất nhập cảnh Công an TP Hà Nội",
                          "0.1.0")
    widget.show_status(demo.store_status())
    return widget


@screen("today")
def _today(language: str) -> QWidget:
    from ui.screens.today import TodayScreen

    widget = TodayScreen(officer="can.bo")
    widget.now = demo.today_now
    widget.blockSignals(True)  # no store behind the demo: showing asks for a refresh
    widget.show_rows(demo.today_rows())
    widget.table.selectRow(0)  # the interrupted draft: resume or cancel
    return widget


@screen("cancel-enrollment")
def _cancel_enrollment(language: str) -> QWidget:
    from ui.dialogs.cancel_enrollment import CancelEnrollmentDialog

    dialog = CancelEnrollmentDialog(demo.applicant(language).full_name)
    dialog.reasons.setCurrentIndex(dialog.reasons.count() - 1)
    return dialog


@screen("applicant")
def _applicant(language: str) -> QWidget:
    from ui.screens.applicant import ApplicantScreen

    widget = ApplicantScreen(lambda: demo.TODAY)
    person = demo.applicant(language)
    values = {name: getattr(person, name, None) for name in widget.form.inputs}
    values["sex"] = person.sex.value
    values["residence_card_kind"] = person.residence_card_kind.value
    widget.form.set_values(values)
    widget.check()
    return widget


@screen("applicant-correct")
def _applicant_correct(language: str) -> QWidget:
    from ui.screens.applicant import ApplicantScreen

    widget = ApplicantScreen(lambda: demo.TODAY)
    widget.edit(demo.applicant(language))
    return widget


@screen("applicant-live-read")
def _applicant_live_read(language: str) -> QWidget:
    """Filled by the document camera; one surname letter the reader was unsure of (a worn
    'M' read as 'N') highlighted and selected for the officer."""
    from devices.document.simulated import lay_on_desk
    from devices.document.specimens import DEMO_PASSPORTS
    from kiosk.documents.mrz_reader import MrzReading
    from kiosk.documents.mrz_synth import draw_passport, ocrb_fonts
    from kiosk.domain.mrz import parse_mrz
    from ui.desk.face_worker import to_qimage
    from ui.screens.applicant import ApplicantScreen

    widget = ApplicantScreen(lambda: demo.TODAY)
    line1, line2 = DEMO_PASSPORTS[0]
    lines = (line1[:7] + "N" + line1[8:], line2)  # KIN: the worn M
    reading = MrzReading(lines, parse_mrz(list(lines), demo.TODAY), (), (), 0, 1,
                         unsure_names=((0, 7),))
    widget.document_panel.starting()
    widget.document_panel.set_state("read")
    if ocrb_fonts():
        scene = lay_on_desk(draw_passport(DEMO_PASSPORTS[0], worn=(7,)), 640, 480, -2.5)
        widget.document_panel.show_preview(to_qimage(scene))
    widget.apply_camera_reading(reading)
    return widget


@screen("applicant-document-camera-failed")
def _applicant_document_camera_failed(language: str) -> QWidget:
    """The document camera is unplugged: said on the screen; the wedge and typing go on."""
    from devices.errors import DeviceNotFound
    from ui.screens.applicant import ApplicantScreen

    widget = ApplicantScreen(lambda: demo.TODAY)
    widget.document_panel.show_failure(DeviceNotFound(
        "camera '/dev/video2' cannot be opened (video devices present: /dev/video0)"))
    return widget


@screen("face")
def _face(language: str) -> QWidget:
    from kiosk.biometrics.face import checks
    from ui.desk.instructions import instruction
    from ui.screens.face import FaceScreen

    widget = FaceScreen(_SETTINGS, None, lambda: None, "can.bo")
    image = QImage.fromData(demo.portrait_jpeg(480, 640), "JPEG")
    widget.preview.set_frame(image, 1)
    widget.instruction.setText(instruction(checks.LOOK_STRAIGHT))
    return widget


@screen("fingerprints")
def _fingerprints(language: str) -> QWidget:
    from ui.screens.fingers import FingerprintScreen

    return FingerprintScreen(_SETTINGS, None, "can.bo", lambda: None)


@screen("review")
def _review(language: str) -> QWidget:
    from ui.screens.review import ReviewScreen

    widget = ReviewScreen()
    widget.show_enrollment(demo.applicant(language), demo.face_result(forced=True),
                           demo.fingerprints())
    return widget


@screen("review-photo-rejected")
def _review_rejected(language: str) -> QWidget:
    from ui.screens.review import ReviewScreen

    widget = ReviewScreen()
    widget.show_enrollment(demo.applicant(language), demo.face_result(forced=True),
                           demo.fingerprints(), frozenset({"force_face"}))
    return widget


@screen("review-saved")
def _review_saved(language: str) -> QWidget:
    widget = _review(language)
    widget.show_saved("01JDEMO0000000000000000042")
    return widget


@screen("approval")
def _approval(language: str) -> QWidget:
    from PySide6.QtCore import QCoreApplication

    from ui.dialogs.approval import ApprovalDialog

    what = QCoreApplication.translate(
        "FaceScreen", "Force the photo although it does not meet every requirement.")
    return ApprovalDialog(None, what, "can.bo", True)


@screen("supervisor-sign-in")
def _supervisor_sign_in(language: str) -> QWidget:
    from PySide6.QtCore import QCoreApplication

    from ui.dialogs.supervisor_sign_in import SupervisorDialog

    what = QCoreApplication.translate(
        "CentralPage", "Packets with applicants' data will be sealed to and sent to this "
        "central service. A supervisor confirms the change (keys are shown by their "
        "fingerprints).")
    label = QCoreApplication.translate("CentralPage", "Central service public key")
    return SupervisorDialog(None, what, [(label, "9f2c 41d0 7a3e 0b55 c1e8 2d97 4f60 a813",
                                          "e773 a982 b181 76fa a22d 8394 4d58 8a2a")])


@screen("finger-exception")
def _finger_exception(language: str) -> QWidget:
    from kiosk.domain.fingers import ALL_FINGERS
    from ui.dialogs.finger_exception import FingerExceptionDialog

    return FingerExceptionDialog(ALL_FINGERS)


# --- the guidance station (ui/guidance): pages shown to applicants --------------------------

def _guidance_page(page_type_name: str) -> Builder:
    def build_page(language: str) -> QWidget:
        from datetime import date

        from ui.guidance import (
            bring_page,
            desk_fingers_page,
            desk_photo_page,
            eligibility_page,
            next_page,
            register_page,
        )

        today = date(2026, 3, 9)
        return {
            "bring": lambda: bring_page.BringPage(),
            "eligibility": lambda: eligibility_page.EligibilityPage(lambda: today),
            "desk-photo": lambda: desk_photo_page.DeskPhotoPage(),
            "desk-fingers": lambda: desk_fingers_page.DeskFingersPage(),
            "next": lambda: next_page.NextPage(),
            "register": lambda: register_page.RegisterPage(lambda: today, language),
        }[page_type_name]()
    return build_page


for _name in ("bring", "eligibility", "desk-photo", "desk-fingers", "next", "register"):
    screen(f"guidance-{_name}")(_guidance_page(_name))


@screen("guidance-register-keyboard", GUIDANCE_SIZE)
def _guidance_register_keyboard(language: str) -> QWidget:
    """Pre-registration at the station's 1920x1080, scanned, the keyboard open on the card."""
    from datetime import date

    from ui.common.fonts import font_for
    from ui.guidance.register_page import RegisterPage

    page = RegisterPage(lambda: date(2026, 3, 9), language)
    page.setFont(font_for(language, 15.0))
    page.apply_mrz(("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                    "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06"))
    number = page.form.inputs["residence_card_number"]
    typed = "TT12"  # half of a card number, as the applicant is typing it
    number.setText(typed)
    number.setFocus()
    page.keyboard.show_for(number)
    return page


@screen("guidance-languages")
def _guidance_languages(language: str) -> QWidget:
    from ui.guidance.language_page import LanguagePage

    return LanguagePage()


@screen("guidance-ticket")
def _guidance_ticket(language: str) -> QWidget:
    from datetime import date

    from kiosk.guidance.issuer import IssuedTicket
    from ui.guidance.ticket_page import TicketPage

    page = TicketPage()
    page.show_ticket(IssuedTicket(17, date(2026, 3, 9), "KT2:" + "A" * 1112))  # a full one
    page.show_printed(False)
    return page


# --- the technician console (ui/screens/technician): one screen per page --------------------

def _console_page(page_name: str) -> Builder:
    def build_page(language: str) -> QWidget:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QImage

        from ui.screens.technician.console import TechnicianConsole
        from ui.showcase import demo_station

        console = TechnicianConsole(demo_station.services(), with_qt_check=False)
        console.load()
        page = getattr(console, page_name)
        if page_name == "camera":
            page.preview.set_frame(QImage.fromData(demo.portrait_jpeg(640, 480), "JPEG"), 1)
            page.resolution.setText("1280 × 720")
            for label, fps in ((page.reported, 30.0), (page.measured, 29.4)):
                label.setText(QCoreApplication.translate("CameraPage", "%1 frames/s").replace(
                    "%1", page.locale().toString(fps, "f", 1)))
        elif page_name == "document_camera":
            from devices.document.simulated import lay_on_desk
            from devices.document.specimens import DEMO_PASSPORTS
            from kiosk.documents.mrz_synth import draw_passport, ocrb_fonts
            from ui.desk.face_worker import to_qimage

            if ocrb_fonts():
                scene = lay_on_desk(draw_passport(DEMO_PASSPORTS[1]), 640, 480, 1.5)
                page.preview.setPixmap(QPixmap.fromImage(to_qimage(scene)).scaled(
                    page.preview.size(), Qt.AspectRatioMode.KeepAspectRatio))
            page.result.setText(QCoreApplication.translate(
                "DocumentCameraPage", "A valid %1 zone was read on consecutive frames: the "
                "desk would fill the form.").replace("%1", "TD3"))
        elif page_name == "scanner":
            page._discovered(demo_station.survey())
            page._tested(demo_station.trial())
        elif page_name == "diagnostics":
            page.show_checks(demo_station.checks())
        console.show_page(page)
        return console
    return build_page


for _name in ("camera", "document_camera", "scanner", "central", "thresholds", "station",
              "sync", "diagnostics"):
    screen(f"technician-{_name.replace('_', '-')}")(_console_page(_name))


# --- the applicant-facing display (ui/applicant/display.py) ---------------------------------

def _applicant_display(key: str) -> Builder:
    def build_display(language: str) -> QWidget:
        from PySide6.QtGui import QImage

        from ui.applicant import prompts
        from ui.applicant.display import ApplicantDisplay

        display = ApplicantDisplay(language)
        display.show_prompt(key)
        if key != prompts.WELCOME:  # the camera is on from the photo step
            display.show_frame(QImage.fromData(demo.portrait_jpeg(640, 480), "JPEG"))
        return display
    return build_display


def _register_applicant_display() -> None:
    from kiosk.biometrics.face import checks
    from ui.applicant import prompts

    for name, key in (("welcome", prompts.WELCOME), ("face", checks.LOOK_STRAIGHT),
                      ("fingers", prompts.LEFT_FOUR)):
        screen(f"applicant-display-{name}")(_applicant_display(key))


_register_applicant_display()


# --- the supervisor view (ui/screens/reports.py, approvals, decision) -----------------------

def _reports_tab(tab: int | None) -> Builder:
    def build_reports(language: str) -> QWidget:
        from PySide6.QtCore import QDate

        from kiosk.desk.approvals import pending
        from kiosk.reports.service import report as build_report
        from ui.screens.reports import ReportsScreen
        from ui.showcase import demo_station

        services = demo_station.services()
        widget = ReportsScreen(services)
        first, last = demo_station.FIRST_DAY, demo_station.LAST_DAY
        widget.first.setDate(QDate(first.year, first.month, first.day))
        widget.last.setDate(QDate(last.year, last.month, last.day))
        widget.report = build_report(services.store, widget.scope(), now=demo_station.NOW)
        widget.show_report(widget.report)
        widget.approvals.show_rows(pending(services.store))
        widget.tabs.setCurrentIndex(widget.approvals_index if tab is None else tab)
        return widget
    return build_reports


for _name, _tab in (("enrollments", 0), ("officers", 1), ("face-checks", 2), ("fingerprints", 3),
                    ("exceptions", 4), ("rejected-uploads", 5), ("sync-backlog", 6),
                    ("approvals", None)):
    screen(f"reports-{_name}")(_reports_tab(_tab))


@screen("decision")
def _decision(language: str) -> QWidget:
    from kiosk.desk.approvals import pending
    from ui.screens.approvals import ApprovalsPanel
    from ui.showcase import demo_station

    services = demo_station.services()
    panel = ApprovalsPanel(services.store, services.accounts, "Asia/Ho_Chi_Minh")
    panel.supervisor = "sup.lan"
    rows = pending(services.store)
    dialog = panel.dialog_for(rows[0])
    dialog.setParent(None, dialog.windowFlags())
    dialog.comment.setPlainText("Đã kiểm tra tại quầy: sẹo cũ ở ngón tay.")
    dialog._panel = panel  # keep the panel alive as long as the dialog
    return dialog


@screen("about")
def _about(language: str) -> QWidget:
    from ui.dialogs.about import AboutDialog
    from ui.showcase import demo_station

    dialog = AboutDialog(demo_station.services().settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


@screen("sync-status")
def _sync_status(language: str) -> QWidget:
    """The status bar of every officer screen while the central service throttles uploads."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    from kiosk.sync.worker import SyncStatus
    from ui.desk.sync_status import SyncStatusLabel

    window = QMainWindow()
    label = SyncStatusLabel()
    window.statusBar().addPermanentWidget(label)
    window.statusBar().addPermanentWidget(QLabel(demo.officers()[0].display_name))
    label.show_status(SyncStatus("throttled", 12, 3, 2 * 3600 + 5, "sync.throttled",
                                 "central service busy (HTTP 503)", retry_in_s=41))
    return window


@screen("sync-status-rejected")
def _sync_status_rejected(language: str) -> QWidget:
    """The status bar after the central service refused an upload (longest reason phrase)."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    from kiosk.sync.worker import SyncStatus
    from ui.desk.sync_status import SyncStatusLabel

    window = QMainWindow()
    label = SyncStatusLabel()
    window.statusBar().addPermanentWidget(label)
    window.statusBar().addPermanentWidget(QLabel(demo.officers()[0].display_name))
    label.show_status(SyncStatus("online", 0, 0, None, rejected=2,
                                 last_rejection="decrypt_failed"))
    return window
