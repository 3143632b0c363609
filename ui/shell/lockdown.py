"""Kiosk lockdown for applicant-facing windows: full screen, no way out but a technician.

``Lockdown(window, verify).engage()`` shows ``window`` full screen without decorations and
installs an application-wide event filter that ignores the window's close events (Alt+F4 from
the window manager, the close button) and swallows Escape and the window-switching shortcuts Qt
receives (Alt+Tab, Alt+F4, Alt+Esc, Alt+Space, Ctrl+Esc, Ctrl+W, Ctrl+Q, the Windows/Super key).
Ctrl+Alt+Shift+T, or five taps within four seconds in the window's top-right corner, opens
the unlock dialog; ``verify(username, password)`` (a technician's account,
:func:`kiosk.accounts.unlock.verify_technician`) runs in the background and, when it returns,
the lock is released and the window closes. Keys the operating system keeps for itself
(Ctrl+Alt+Del, TTY switching) never reach Qt: see the README for what the OS must add.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.service import Accounts
from kiosk.accounts.unlock import verify_technician
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner

K, M = Qt.Key, Qt.KeyboardModifier
UNLOCK_KEY = K.Key_T
UNLOCK_MODIFIERS = M.ControlModifier | M.AltModifier | M.ShiftModifier
CORNER_PX = 90
CORNER_TAPS = 5
CORNER_WINDOW_S = 4.0
_ALWAYS_BLOCKED = {K.Key_Escape, K.Key_Meta, K.Key_Super_L, K.Key_Super_R, K.Key_Menu}
_WITH_ALT = {K.Key_F4, K.Key_Tab, K.Key_Backtab, K.Key_Escape, K.Key_Space, K.Key_F2}
_WITH_CTRL = {K.Key_Escape, K.Key_W, K.Key_Q, K.Key_F4}
_KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
_PRESS_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}


def is_blocked_key(event: QKeyEvent) -> bool:
    """Escape and the window-closing / window-switching chords a kiosk must not obey."""
    key, mods = event.key(), event.modifiers()
    if key in _ALWAYS_BLOCKED:
        return True
    if mods & M.AltModifier and key in _WITH_ALT:
        return True
    return bool(mods & M.ControlModifier and key in _WITH_CTRL)


def is_unlock_chord(event: QKeyEvent) -> bool:
    mods = event.modifiers() & (M.ControlModifier | M.AltModifier | M.ShiftModifier)
    return event.key() == UNLOCK_KEY and mods == UNLOCK_MODIFIERS


def technician_verifier(accounts: Accounts) -> Callable[[str, str], object]:
    """``verify`` for :class:`Lockdown`: a technician account of this station."""
    return lambda username, password: verify_technician(accounts, username, password)


class UnlockDialog(QDialog):
    """A technician's user name and password; emits ``submitted(username, password)``."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Technician"))
        self.setModal(True)
        self.username = QLineEdit()
        self.username.setObjectName("unlockUser")
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorBanner()
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Leave the kiosk screen"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Technician user name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        explanation = QLabel(self.tr("Only a technician of this station can leave the kiosk "
                                     "screen."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _submit(self) -> None:
        self.ok.setEnabled(False)
        self.submitted.emit(self.username.text(), self.password.text())

    def show_error(self, error: BaseException) -> None:
        self.password.clear()
        self.ok.setEnabled(True)
        self.error.show_error(error, with_detail=False)
        self.password.setFocus()

    def reject(self) -> None:
        self.password.clear()
        super().reject()


class Lockdown(QObject):
    """Locks ``window`` down until ``verify(username, password)`` succeeds; then closes it."""

    unlocked = Signal()

    def __init__(self, window: QWidget, verify: Callable[[str, str], object],
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.verify = verify
        self.clock = clock
        self.locked = False
        self.dialog: UnlockDialog | None = None
        self._taps: list[float] = []
        self._last_press: tuple[int, int] = (-1, -1)

    def engage(self) -> None:
        """Frameless, full screen, in front; closing and switching keys ignored."""
        self.locked = True
        self.window.setWindowFlags(self.window.windowFlags() | Qt.WindowType.FramelessWindowHint
                                   | Qt.WindowType.WindowStaysOnTopHint)
        QApplication.instance().installEventFilter(self)
        self.window.showFullScreen()

    def release(self) -> None:
        """Stop filtering (the window can close again)."""
        self.locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def request_unlock(self) -> None:
        """Open the technician dialog (the hidden shortcut or corner taps call this)."""
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = UnlockDialog(self.window)
        self.dialog.submitted.connect(self._check)
        self.dialog.open()
        self.dialog.username.setFocus()

    def _check(self, username: str, password: str) -> None:
        dialog = self.dialog
        Op(lambda: self.verify(username, password)).success(
            lambda _officer: self._unlocked()).failure(
            lambda error: dialog.show_error(error) if dialog is not None else None).run(self)

    def _unlocked(self) -> None:
        self.release()
        if self.dialog is not None:
            self.dialog.accept()
        self.unlocked.emit()
        self.window.close()

    # -- the filter ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            event.ignore()
            return True
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.WindowStateChange and watched is self.window and \
                not self.window.isFullScreen():
            QTimer.singleShot(0, self._restore_full_screen)
        elif kind in _PRESS_EVENTS and isinstance(watched, QWidget) and \
                watched.window() is self.window:
            self._press(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if is_unlock_chord(event):
            if event.type() == QEvent.Type.KeyPress:
                QTimer.singleShot(0, self.request_unlock)
            event.accept()
            return True
        if is_blocked_key(event):
            event.accept()  # an accepted ShortcutOverride also stops any shortcut
            return True
        return False

    def _restore_full_screen(self) -> None:
        if self.locked:
            self.window.showFullScreen()

    def _press(self, event: QEvent) -> None:
        if isinstance(event, QMouseEvent):
            point = event.globalPosition()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition()
        else:
            return
        stamp = (int(event.timestamp()), int(point.x()) * 100_000 + int(point.y()))
        if stamp == self._last_press:  # the same press seen again by a parent widget
            return
        self._last_press = stamp
        if not self._in_corner(point):
            self._taps.clear()
            return
        now = self.clock()
        self._taps = [t for t in self._taps if now - t <= CORNER_WINDOW_S] + [now]
        if len(self._taps) >= CORNER_TAPS:
            self._taps.clear()
            QTimer.singleShot(0, self.request_unlock)

    def _in_corner(self, point: QPointF) -> bool:
        top_right = self.window.mapToGlobal(self.window.rect().topRight())
        return (top_right.x() - CORNER_PX <= point.x() <= top_right.x() + 1
                and top_right.y() - 1 <= point.y() <= top_right.y() + CORNER_PX)
