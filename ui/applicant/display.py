"""The applicant-facing display at a capture desk: the live camera picture (mirrored, like a
looking glass) and what to do next, large, in the applicant's own language.

It shows the frames the face screen already paints (the same implicitly shared QImage, never
a second camera) and prompt keys from :class:`ui.desk.desk_flow.DeskFlow`. Placed full screen,
without decorations, on a screen other than the officer's when there is one
(``ui.applicant_display``: auto | on | off).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from devices.ports import Segment
from kiosk.options import Settings
from ui.applicant import prompts
from ui.applicant.prompts import FACE_KEYS, FINGER_KEYS, WELCOME, applicant_translator, prompt
from ui.common.fonts import font_for
from ui.common.screens import screen_of
from ui.desk.hand_diagram import HandDiagram

POINT_SIZE = 40.0  # readable from a metre away and more
BACKGROUND = "#101418"
HANDS = {prompts.LEFT_FOUR: Segment.LEFT_SLAP, prompts.RIGHT_FOUR: Segment.RIGHT_SLAP,
         prompts.THUMBS: Segment.TWO_THUMBS}


class MirrorView(QWidget):
    """Paints the newest frame, scaled to fit and mirrored left-right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantPreview")
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.image: QImage | None = None
        self.frames_received = 0

    def set_frame(self, image: QImage) -> None:
        self.image = image  # shared, not copied
        self.frames_received += 1
        self.update()

    def clear(self) -> None:
        self.image = None
        self.update()

    def paintEvent(self, _event) -> None:
        with QPainter(self) as painter:  # ended even when painting raises
            painter.fillRect(self.rect(), QColor(BACKGROUND))
            image = self.image
            if image is None or image.isNull():
                return
            scale = min(self.width() / image.width(), self.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.translate(self.width() / 2, self.height() / 2)
            painter.scale(-1, 1)  # a mirror: the applicant's left is on the left
            painter.drawImage(QRectF(-width / 2, -height / 2, width, height), image)


class ApplicantDisplay(QWidget):
    """A top-level window; feed it with :meth:`set_language`, :meth:`show_prompt` and
    :meth:`show_frame` (or :func:`connect_to_desk`).

    Privacy: the camera picture is kept only during the photo step; the welcome (a new
    applicant) is said in the station's language (``language``), never the previous
    applicant's; while :meth:`hide_work` is in force (the officer's screen is locked) it shows
    only the neutral welcome and ignores the desk until :meth:`resume_work`.
    """

    def __init__(self, language: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("applicantDisplay")
        self.setWindowTitle(self.tr("Applicant display"))
        self.setStyleSheet(f"#applicantDisplay {{ background: {BACKGROUND}; }}")
        self.preview = MirrorView()
        self.hands = HandDiagram()  # which fingers go on the scanner now
        self.hands.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.picture = QStackedWidget()
        self.picture.addWidget(self.preview)
        self.picture.addWidget(self.hands)
        self.text = QLabel()
        self.text.setObjectName("applicantInstruction")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet("color: white; padding: 24px;")
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.text)
        self.key = WELCOME
        self.language = ""
        self.home_language = language
        self.hidden = False
        self._desk_key, self._desk_language = WELCOME, language  # the desk's latest, kept
        self._closing = False
        self._render(WELCOME, language)

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on (its translator is loaded once, then cached)."""
        self._desk_language = language
        if not self.hidden:
            self._render(self.key, language)

    def show_prompt(self, key: str) -> None:
        """Show the sentence for ``key``; the camera picture only while it helps (the face)."""
        self._desk_key = key or WELCOME
        if self._desk_key == WELCOME:
            self._desk_language = self.home_language  # a new applicant: nothing of the last
        if not self.hidden:
            self._render(self._desk_key, self._desk_language)

    def show_frame(self, image: QImage) -> None:
        if not self.hidden and self.key in FACE_KEYS:
            self.preview.set_frame(image)

    def hide_work(self) -> None:
        """The officer's screen locked (or the desk ends): drop the picture, say the welcome."""
        self.hidden = True
        self._render(WELCOME, self.home_language)

    def resume_work(self) -> None:
        """The same officer unlocked: back to the desk's current prompt and language."""
        self.hidden = False
        self._render(self._desk_key, self._desk_language)

    def _render(self, key: str, language: str) -> None:
        if language != self.language:
            self.language = language
            self.translator = applicant_translator(language)
            self.text.setFont(font_for(language, POINT_SIZE))
        self.key = key
        self.text.setText(prompt(key, self.translator))
        if key not in FACE_KEYS:
            self.preview.clear()
        if key in HANDS:
            self.hands.set_state(set(HANDS[key].fingers), {}, set(), 0)
        self.picture.setCurrentWidget(self.hands if key in FINGER_KEYS else self.preview)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # the applicant's side has nothing to type (Escape closes nothing)

    def shut(self) -> None:
        """Close for good (the desk ends: sign-out or exit), blank first."""
        self.hide_work()
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """On its own screen, any other close (the window manager's Alt+F4) is ignored."""
        if self.isFullScreen() and not self._closing:
            event.ignore()
            return
        super().closeEvent(event)


def connect_to_desk(display: ApplicantDisplay, desk) -> None:
    """Follow ``desk``'s (a :class:`ui.desk.desk_flow.DeskFlow`) applicant, prompts and frames.

    The capture screens are connected straight to the display, not relayed through the desk:
    a Python slot relaying every prompt corrupted PySide's reference counts at exit
    ("bool_dealloc"), and a signal-to-signal relay did so when the desk was deleted first.
    """
    desk.applicant_language.connect(display.set_language)
    desk.instruction_changed.connect(display.show_prompt)
    for screen in (getattr(desk, "face", None), getattr(desk, "fingers", None)):
        if hasattr(screen, "prompt_changed"):
            screen.prompt_changed.connect(display.show_prompt)
        if hasattr(screen, "frame_shown"):
            screen.frame_shown.connect(display.show_frame)


def applicant_screen(officer_window: QWidget | None) -> QScreen | None:
    """A screen other than the officer's, when the station has one."""
    screens = QGuiApplication.screens()
    officer = screen_of(officer_window) if officer_window is not None else None
    officer = officer or QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not officer), None)


def place(display: ApplicantDisplay, screen: QScreen | None,
          officer_screen: QScreen | None = None) -> str:
    """Full screen and frameless on ``screen``, else a window inside the officer's screen
    (its right half at most; at 960x720 it once opened partly off a 1280x800 screen)."""
    if screen is None:
        area = (officer_screen or QGuiApplication.primaryScreen()).availableGeometry()
        width, height = min(960, area.width() // 2), min(720, area.height())
        display.resize(width, height)
        display.move(area.right() - width + 1, area.top())
        display.show()
        frame = display.frameGeometry()  # the window manager's frame may push it out
        if not area.contains(frame):
            display.move(display.x() - max(0, frame.right() - area.right()),
                         display.y() - max(0, frame.bottom() - area.bottom()))
        return "window"
    display.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    display.setScreen(screen)
    display.setGeometry(screen.geometry())
    display.showFullScreen()
    return "full screen"


def open_applicant_display(desk, settings: Settings,
                           officer_window: QWidget | None = None) -> ApplicantDisplay | None:
    """The display for ``desk`` as configured, shown; None when off or no second screen
    (``auto``)."""
    mode = settings["ui.applicant_display"]
    screen = applicant_screen(officer_window)
    if mode == "off" or (mode == "auto" and screen is None):
        return None
    display = ApplicantDisplay(settings["ui.language"])
    connect_to_desk(display, desk)
    place(display, screen, screen_of(officer_window) if officer_window is not None else None)
    return display
