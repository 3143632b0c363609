"""One scripted enrollment through the real main window, as an officer would do it.

Shared by the end-to-end test and the desk benchmark. Devices are real adapters: a file
camera playing a compliant portrait and the in-process SBI simulator. Every officer action
(a scan, a key, a click) goes through :meth:`DeskScript.act`, which counts it.

``enroll(keyboard_only=True)`` uses no mouse at all: every action is a key sequence sent to
the focused widget of the active window, and a typed field (its text as key events, then the
Tab to the next field) counts as one action.
"""

from __future__ import annotations

import faulthandler
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cv2
from argon2 import PasswordHasher
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.accounts.roles import Role
from kiosk.biometrics.face.imageio import read_image
from kiosk.biometrics.fingers.policy import SegmentStatus
from kiosk.domain.tickets import DeskKeys, IssuerKeys, generate_ticket_keys, issue_ticket
from kiosk.options import Settings
from station.services import Services
from ui.desk.capture import capture_screens
from ui.shell.app import open_services, prepare
from ui.shell.main_window import MainWindow

PASSWORD = "mật khẩu trạm 2026"
TD3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")
TICKET_FIELDS = {
    "surname": "KIM", "given_names": "MIN JUN", "sex": "M", "date_of_birth": "1990-05-01",
    "nationality": "KOR", "issuing_state": "KOR", "travel_document_number": "M12345678",
    "travel_document_expiry": "2031-01-01", "residence_card_kind": "temporary",
    "residence_card_number": "TT1234567", "residence_card_expiry": "2027-06-30",
    "address_vn": "12 Phố Huế, Hai Bà Trưng, Hà Nội", "phone": "+84912345678",
    "preferred_language": "ko", "native_name": "김민준",
}


def portrait_camera_folder(shared_data: Path, folder: Path, copies: int = 400) -> Path:
    """Frames of a compliant portrait (FRLL neutral), as a 480x640 document camera sees it."""
    image = read_image(shared_data / "faces" / "frll_neutral_001_03.jpg")
    frame = cv2.resize(image, (640, 640), interpolation=cv2.INTER_AREA)[:, 80:560]
    folder.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(folder / "frame.png"), frame)
    for i in range(1, copies):
        (folder / f"frame_{i:04d}.png").hardlink_to(folder / "frame.png")
    return folder


class _Tick:
    """An event loop with a 5 ms single-shot timer that quits it, connected once.

    PySide6 6.11.0's ``Signal.connect`` keeps a reference to None and ~50 bytes per call
    (``scripts/pyside_connect_leak.py``), so a wait that connected a fresh timer each time
    drifted None by 4 per wait: the soak tests' refcount check measured the script itself.
    """

    def __init__(self) -> None:
        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.loop.quit)

    def run_once(self) -> None:
        self.timer.start()
        self.loop.exec()


_idle_ticks: list[_Tick] = []  # reused; a wait inside a wait takes a second one


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until ``condition`` holds (checked every 5 ms). The loop never
    sleeps outside Qt, so the UI thread's timers (the benchmark's heartbeat) keep ticking
    and a measured stall is the application's, not the script's. No signal is connected per
    call (see :class:`_Tick`), so waiting moves no reference count."""
    deadline = time.monotonic() + timeout_s
    tick = _idle_ticks.pop() if _idle_ticks else _Tick()
    try:
        while not condition():
            if time.monotonic() > deadline:
                faulthandler.dump_traceback(all_threads=True)  # where each thread is stuck
                raise TimeoutError(f"waited {timeout_s} s for {condition}")
            tick.run_once()
    finally:
        _idle_ticks.append(tick)


class _HumanPace:
    """A clock for the wedge filter that advances 150 ms per key, as a person types."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        self.now += 0.15
        return self.now


@dataclass
class DeskScript:
    settings: Settings
    actions: list[str] = field(default_factory=list)
    action_times: list[float] = field(default_factory=list)
    action_cpu: list[float] = field(default_factory=list)  # the UI thread's CPU time then, s
    window: MainWindow | None = None
    ticket_keys: tuple[IssuerKeys, DeskKeys] = field(default_factory=generate_ticket_keys)
    print_notes: list[str] = field(default_factory=list)
    mouse_actions: list[str] = field(default_factory=list)
    receipts: int = 0  # receipts the desk announced (receipt_ready)
    _heard: Any = None  # a weak reference to the desk flow whose receipt_ready is connected

    def act(self, what: str, do: Callable[[], object], mouse: bool = False) -> None:
        """One officer action (its start time is kept to explain UI stalls)."""
        self.actions.append(what)
        self.action_times.append(time.perf_counter())
        self.action_cpu.append(time.thread_time())
        if mouse:
            self.mouse_actions.append(what)
        do()

    def _receipt_ready(self, _path: str) -> None:
        self.receipts += 1

    def _hear_receipts(self, desk: Any) -> None:
        """Connect the desk's receipt_ready once per desk flow, not once per enrollment:
        PySide6 6.11 keeps references to None per connect and disconnect, and the soak's
        drift must be the application's."""
        if self._heard is None or self._heard() is not desk:
            desk.receipt_ready.connect(self._receipt_ready)
            self._heard = weakref.ref(desk)

    def clear(self) -> None:
        """Forget the counted actions (before the next enrollment)."""
        self.actions.clear()
        self.action_times.clear()
        self.action_cpu.clear()
        self.mouse_actions.clear()

    def press(self, what: str, key: Qt.Key,
              modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """One key sequence to the focused widget, as one action."""
        self.act(what, lambda: QTest.keyClick(self.focused(), key, modifiers))

    def type_field(self, what: str, text: str, then_tab: bool = True) -> None:
        """A field typed at the keyboard (any Unicode, key by key, to the focused widget),
        then Tab to the next one: one action. The wedge filter sees a person's pace."""
        def type_it() -> None:
            wedge = self.window.wedge
            clock, wedge.clock = wedge.clock, _HumanPace()
            try:
                for ch in text:
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        QApplication.sendEvent(self.focused(), QKeyEvent(
                            kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
                if then_tab:
                    QTest.keyClick(self.focused(), Qt.Key.Key_Tab)
            finally:
                wedge.clock = clock
        self.act(what, type_it)

    def _retries_until_captured(self) -> None:
        """Slaps start by themselves; one below the quality threshold waits for the officer,
        who asks the applicant to press again and presses Enter (an action, counted)."""
        fingers = self.window.desk.fingers

        def settled() -> bool:
            current = fingers.captures[fingers.current] if fingers.current else None
            return (self.window.screens.currentWidget() is not fingers or fingers.ready
                    or (not fingers.capturing and current is not None
                        and current.status == SegmentStatus.RETRY))

        for _attempt in range(12):
            try:
                wait_until(settled, 90)
            except TimeoutError:
                raise TimeoutError(f"the fingerprint step never settled; the screen says "
                                   f"{fingers.instruction.text()!r}, banner "
                                   f"{fingers.banner.text.text()!r}") from None
            if self.window.screens.currentWidget() is not fingers:
                return
            if fingers.ready:
                if fingers.report is not None and not fingers.report.clean:
                    # repeated fingers flagged: the officer looks, then continues anyway
                    self.act("continue despite the flagged fingers (Alt+O)",
                             lambda: QTest.keyClick(self.focused(), Qt.Key.Key_O,
                                                    Qt.KeyboardModifier.AltModifier))
                return
            self.act("capture the slap again (Enter)",
                     lambda: QTest.keyClick(self.focused(), Qt.Key.Key_Return))
            wait_until(lambda: not fingers.capturing, 90)

    def action_at(self, moment: float) -> str:
        """The last officer action started before ``moment``."""
        started = [a for a, t in zip(self.actions, self.action_times, strict=True) if t <= moment]
        return started[-1] if started else "(before the first action)"

    def focused(self):
        """Where a key goes when the officer presses it: the focused widget of the active
        window (keys are never sent to a screen chosen by the script)."""
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is self.window, (
            f"no focus in the desk window (focus: {focus!r})")
        return focus

    def _show_window(self) -> MainWindow:
        """The main window shown and active, its store opening (the first screen shown)."""
        def open_for_test() -> Services:
            services = open_services(self.settings)  # as the app does
            services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024,
                                                       parallelism=1)
            services.ticket_key = self.ticket_keys[1]
            return services

        window = MainWindow(self.settings, open_for_test, capture_screens, prepare=prepare)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()  # keyboard shortcuts reach an active window only
        wait_until(window.isActiveWindow, 10)
        window.open_services()
        return window

    def open(self) -> MainWindow:
        window = self._show_window()
        wait_until(lambda: window.services is not None and
                   window.screens.currentWidget() is window.setup_screen)
        window.services.accounts.create_first("lan.tran", "Trần Thị Lan", Role.SUPERVISOR,
                                              PASSWORD)
        window._signed_in(window.services.accounts.authenticate("lan.tran", PASSWORD), False)
        # the desk opens once the engines have loaded in the background (as after a sign-in)
        wait_until(lambda: window.desk is not None, 120)
        self.window = window
        return window

    def open_by_keyboard(self, name: str = "Trần Thị Lan",
                         technician: bool = False) -> MainWindow:
        """As :meth:`open`, but the first start as an officer does it: the first account's
        form typed key by key (a supervisor, or with ``technician`` a technician: Down on the
        role), Enter, then the password on the sign-in screen and Enter; every key to the
        focused widget. Returns once the home screen (the desk or the console) is built."""
        window = self._show_window()
        wait_until(lambda: window.screens.currentWidget() is window.setup_screen)
        self.window = window
        for text in ("lan.tran", name):
            self.type_keys(text)
            QTest.keyClick(self.focused(), Qt.Key.Key_Tab)
        if technician:
            QTest.keyClick(self.focused(), Qt.Key.Key_Down)
        QTest.keyClick(self.focused(), Qt.Key.Key_Tab)   # the role: a supervisor by default
        self.type_keys(PASSWORD)
        QTest.keyClick(self.focused(), Qt.Key.Key_Tab)
        self.type_keys(PASSWORD)
        QTest.keyClick(self.focused(), Qt.Key.Key_Return)
        wait_until(lambda: window.screens.currentWidget() is window.login_screen, 30)
        wait_until(window.login_screen.password.hasFocus, 10)
        self.type_keys(PASSWORD)
        QTest.keyClick(self.focused(), Qt.Key.Key_Return)
        wait_until(lambda: window.desk is not None or window.console is not None, 120)
        return window

    def type_keys(self, text: str) -> None:
        """``text`` as key events to the focused widget (any Unicode), at a person's pace
        for the wedge filter (a fast burst is a reader's scan)."""
        wedge = self.window.wedge
        clock, wedge.clock = wedge.clock, _HumanPace()
        try:
            for ch in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(self.focused(), QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        finally:
            wedge.clock = clock

    def enroll(self, with_ticket: bool = True, keyboard_only: bool = False) -> str:
        """From the today list to a printed (saved) receipt; returns the enrollment id.
        ``keyboard_only``: no mouse, and the no-ticket fields typed key by key."""
        window = self.window
        desk = window.desk
        if with_ticket:
            office = self.settings["station.office"] or window.services.station_id
            ticket = issue_ticket(self.ticket_keys[0], 1, office, TICKET_FIELDS,
                                  datetime.now(UTC), self.settings["station.timezone"])
            self.act("scan the pre-registration ticket",
                     lambda: window.wedge.text_scanned.emit(ticket))
        self.act("scan the passport", lambda: window.wedge.mrz_scanned.emit(TD3))
        if not with_ticket and keyboard_only:
            wait_until(lambda: QApplication.focusWidget() is desk.applicant.form.inputs[
                "residence_card_kind"], 10)  # where the passport scan leaves the cursor
            self.type_field("choose the residence card kind (T, Tab)", "T")
            for name, value in (("residence_card_number", "TT1234567"),
                                ("residence_card_expiry", "30/06/2027"),
                                ("address_vn", "12 Phố Huế, Hà Nội")):
                self.type_field(f"type {name}, Tab", value)
            self.type_field("type phone", "+84912345678", then_tab=False)
        elif not with_ticket:
            form = desk.applicant.form
            self.act("choose the residence card kind", lambda: form.inputs[
                "residence_card_kind"].setCurrentIndex(
                form.inputs["residence_card_kind"].findData("temporary")))
            for name, value in (("residence_card_number", "TT1234567"),
                                ("residence_card_expiry", "30/06/2027"),
                                ("address_vn", "12 Phố Huế, Hà Nội"),
                                ("phone", "+84912345678")):
                self.act(f"type {name}", lambda n=name, v=value: form.inputs[n].setText(v))
            desk.applicant.check()
        wait_until(desk.applicant.continue_button.isEnabled, 10)
        self.act("continue to the photo (Ctrl+Enter)",
                 lambda: QTest.keyClick(self.focused(), Qt.Key.Key_Return,
                                        Qt.KeyboardModifier.ControlModifier))
        try:
            wait_until(lambda: desk.face.kept is not None, 60)  # auto-capture, no action
        except TimeoutError:
            raise TimeoutError(f"no auto-capture; the face screen says "
                               f"{desk.face.instruction.text()!r}, banner "
                               f"{desk.face.banner.text.text()!r}") from None
        self.act("accept the photo (Enter)",
                 lambda: QTest.keyClick(self.focused(), Qt.Key.Key_Return))
        wait_until(lambda: window.screens.currentWidget() is desk.fingers
                   or window.screens.currentWidget() is desk.review, 30)
        auto = bool(self.settings["fingers.auto_capture"])
        for segment in ("left four", "right four", "thumbs"):
            if auto:
                break  # each slap starts by itself: the applicant places the fingers
            wait_until(lambda: not desk.fingers.capturing and desk.fingers.current is not None
                       and desk.fingers.worker is not None, 60)
            self.act(f"capture {segment} (Enter)",
                     lambda: QTest.keyClick(self.focused(), Qt.Key.Key_Return))
            wait_until(lambda: not desk.fingers.capturing, 90)
        if auto:
            self._retries_until_captured()
        if not self.settings["fingers.auto_continue"]:
            wait_until(lambda: desk.fingers.ready and desk.fingers.report is not None, 90)
            self.act("continue after the duplicate check (Enter)",
                     lambda: QTest.keyClick(self.focused(), Qt.Key.Key_Return))
        wait_until(lambda: window.screens.currentWidget() is desk.review, 90)
        self._hear_receipts(desk)
        receipts = self.receipts
        self.act("confirm and save (Ctrl+Enter)",
                 lambda: QTest.keyClick(self.focused(), Qt.Key.Key_Return,
                                        Qt.KeyboardModifier.ControlModifier))
        wait_until(lambda: desk.review.saved.isVisible() and self.receipts > receipts, 30)
        if keyboard_only:
            self.press("print the receipt (Alt+P)", Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        else:
            self.act("print the receipt", desk.review.print_button.click, mouse=True)
        wait_until(desk.review.print_note.isVisible, 10)
        self.print_notes.append(desk.review.print_note.text())   # never nothing visible
        enrollment_id = desk.review.saved.text().split()[-1]
        if keyboard_only:
            assert self.focused() is desk.review.next_button  # where saving put the cursor
            self.press("next applicant (Enter)", Qt.Key.Key_Return)
        else:
            self.act("next applicant (Ctrl+N)", desk.review.next_button.click, mouse=True)
        wait_until(lambda: window.screens.currentWidget() is not desk.review, 10)
        if self.mouse_actions and self.mouse_actions[-1] == self.actions[-1]:
            self.mouse_actions.pop()
        self.actions.pop()  # starting the next one is not part of this enrollment
        self.action_times.pop()
        self.action_cpu.pop()
        return enrollment_id
