"""Helpers for GUI tests: typing any Unicode safely, and a synchronous Op runner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events (QTest.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def press_enter(widget: QWidget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier))


class HumanPace:
    """A clock for the wedge filter that advances 150 ms per key, as a person types."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 0.15
        return self.now


class StandInCapture(QWidget):
    """A capture screen's interface without a device: the test emits real results."""

    captured = Signal(object)
    completed = Signal(object)
    step_changed = Signal(object)  # the fingerprint screen's accepted steps (SlapResult)
    prompt_changed = Signal(str)  # what the applicant display follows
    frame_shown = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.running = False
        self.errors: list[BaseException] = []
        self.resumed: list[object] = []  # what resume() was given (FingerprintSet | None)

    def resume(self, fingers: object) -> None:
        self.resumed.append(fingers)

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False

    def shut_down(self) -> None:
        """The desk is closing (the face screen releases its analyser here)."""
        self.stop()

    def stop_soon(self) -> None:
        self.running = False

    def reset(self) -> None:
        self.errors.clear()

    def show_error(self, error: BaseException) -> None:
        self.errors.append(error)


def visible_ids(today) -> list[str]:
    """The enrollment numbers the today list shows (rows the search does not hide), read
    from its table as the officer sees them."""
    table = today.table
    return [table.item(row, 5).text() for row in range(table.rowCount())
            if not table.isRowHidden(row) and table.item(row, 5) is not None]


def has_sentence(message_key: str) -> bool:
    """Whether ``ui.common.messages`` has a sentence of its own for ``message_key`` (not the
    fallback every unknown key gets)."""
    from ui.common.messages import sentence

    return sentence(message_key) != sentence("no.such.message_key")


def stand_in_window(settings, qtbot):
    """The main window on ``settings`` with a fast password hasher and stand-in capture
    screens, typed at a person's pace, shown and owned by ``qtbot``; services not yet open."""
    from argon2 import PasswordHasher

    from station.services import Services
    from ui.shell.main_window import MainWindow

    def open_services() -> Services:
        services = Services.open(settings)
        services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024,
                                                   parallelism=1)
        return services

    window = MainWindow(settings, open_services,
                        lambda services, session, parent: (StandInCapture(), StandInCapture()))
    window.wedge.clock = HumanPace()  # typed, not a scanner burst
    qtbot.addWidget(window)
    window.show()
    return window


def stand_in_desk(qtbot, *, active: bool = False, size: tuple[int, int] = (1100, 760)):
    """A desk (``DeskFlow`` for "off.an", stand-in capture screens, no receipts opened) on
    services opened from the environment's settings, in a shown stack of ``size`` owned by
    ``qtbot``; ``active``: wait until the stack is the active window. Returns (desk,
    services); the caller closes the services."""
    from PySide6.QtWidgets import QStackedWidget

    from kiosk.options import load_settings
    from station.services import Services
    from ui.desk.desk_flow import DeskFlow

    services = Services.open(load_settings())
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    desk = DeskFlow(stack, services, "off.an", StandInCapture(), StandInCapture(),
                    open_receipts=False)
    stack.resize(*size)
    stack.show()
    if active:  # keys reach an active window only
        stack.activateWindow()
        qtbot.waitUntil(stack.isActiveWindow)
    return desk, services


def hidden_banner_room(screen: QWidget) -> dict[str, int]:
    """The room (px) each hidden error banner of ``screen`` takes in its layout: the gap
    between the items either side of it, less the layout's spacing (0 when it takes none).
    Keyed by the banner's owner and place, for the assertion's message."""
    from PySide6.QtWidgets import QBoxLayout, QLayout

    from ui.common.widgets import ErrorBanner

    def holder(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            found = holder(child, widget) if child is not None else None
            if found is not None:
                return found
        return None

    def shown(item) -> bool:
        widget = item.widget()
        return widget is None or not widget.isHidden()

    room: dict[str, int] = {}
    for banner in screen.findChildren(ErrorBanner):
        parent = banner.parentWidget()
        layout = holder(parent.layout(), banner) if parent and parent.layout() else None
        if not banner.isHidden() or layout is None or not parent.isVisible():
            continue
        index = layout.indexOf(banner)
        items = [layout.itemAt(i) for i in range(layout.count())]
        before = [item for item in items[:index] if shown(item)]
        after = [item for item in items[index + 1:] if shown(item)]
        area = layout.contentsRect()
        top = before[-1].geometry().bottom() + 1 if before else area.top()
        bottom = after[0].geometry().top() if after else area.bottom() + 1
        spacing = max(layout.spacing(), 0) if before and after else 0
        room[f"{type(parent).__name__}[{index}]"] = bottom - top - spacing
    return room
