"""An on-screen keyboard for the guidance station's touch screen (no physical keyboard).

It follows the focus: a field registered with :meth:`OnScreenKeyboard.attach` gets its layout
(Latin capitals and digits, numbers, e-mail, Vietnamese with its marks for an address, the
choices of a drop-down, or the system input method for a native-script name) and the
keyboard shows; focus elsewhere hides it. Its keys never take the focus; each tap is a real
key press and release sent to the focused field, so validation, completers and the page's
edit tracking behave as with a hardware keyboard. The keys are sent inside
:func:`ui.shell.wedge_filter.typed_on_screen`, so a quick run of taps is never taken for a passport
reader's burst.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.guidance.vietnamese_marks import LABELS, MARKS, apply_mark
from ui.shell.wedge_filter import typed_on_screen

KEY_STYLE = ("QPushButton { min-height: 60px; min-width: 60px; border-radius: 8px; "
             "font-size: 20pt; border: 1px solid #9aa0a6; background: white; color: #202124; }"
             "QPushButton:pressed { background: #d2e3fc; }")
ACTION_STYLE = ("QPushButton { min-height: 60px; border-radius: 8px; font-size: 16pt; "
                "border: 1px solid #1a73e8; background: #e8f0fe; color: #174ea6; }"
                "QPushButton:pressed { background: #d2e3fc; }")
CHOICE_STYLE = (KEY_STYLE.replace("20pt", "16pt")
                + "QPushButton:checked { background: #1a73e8; color: white; }")
DONE_STYLE = ("QPushButton { min-height: 60px; border-radius: 8px; font-size: 16pt; "
              "background: #1a73e8; color: white; } QPushButton:pressed { background: #174ea6; }")


# focus moved by keys or by the page, not by a finger: the keys stay down when focused quietly
QUIET_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                 Qt.FocusReason.OtherFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
ACTIONS = ("clear", "space", "backspace", "next", "done")


class Layout(Enum):
    """Which keys a field gets."""

    LATIN = "latin"      # names as in the passport, numbers, addresses: A-Z 0-9 and - ' , . /
    NUMERIC = "numeric"  # dates (dd/mm/yyyy) and phone numbers
    EMAIL = "email"      # lower case, digits, @ . - _
    VIETNAMESE = "vietnamese"  # an address in Vietnam: letters, Shift, ă â đ ê ô ơ ư, tones
    CHOICE = "choice"    # a drop-down: one big key per item
    SYSTEM = "system"    # native script: the system input method; only the editing keys here


ROWS = {
    Layout.LATIN: ("1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-,./"),
    Layout.NUMERIC: ("123", "456", "789", "/0+"),
    Layout.EMAIL: ("1234567890", "qwertyuiop", "asdfghjkl_", "zxcvbnm-.@"),
    Layout.VIETNAMESE: ("1234567890", "qwertyuiop", "asdfghjkl/", "zxcvbnm,.-"),
}
MARK_STYLE = KEY_STYLE.replace("background: white", "background: #fef7e0")


def key_code(char: str) -> Qt.Key:
    """The Qt key a hardware keyboard reports for ``char`` (ASCII keys are their code)."""
    if char == " ":
        return Qt.Key.Key_Space
    return Qt.Key(ord(char.upper())) if ord(char) < 128 else Qt.Key.Key_unknown


def send_key(key: Qt.Key, text: str = "",
             modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One press and release to the focused widget, as a tap on the screen."""
    target = QApplication.focusWidget()
    if target is None:
        return
    with typed_on_screen():
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


class OnScreenKeyboard(QWidget):
    """Keys for the focused attached field. ``done`` when the applicant closes it."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#onScreenKeyboard { background: #f1f3f4; border-radius: 12px; }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layouts: dict[QWidget, Layout] = {}
        self.layout_shown: Layout | None = None
        self.target: QWidget | None = None
        self._quiet = False  # focused by keys with the keys down: see focus_quietly
        self.keys: dict[str, QPushButton] = {}  # by the text they type, or an action name
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 16pt; color: #3c4043;")
        self._panels: dict[object, QWidget] = {}  # by layout, or by drop-down
        self._stack = QVBoxLayout()
        self._stack.setSpacing(0)
        self._actions = QGridLayout()
        self._actions.setSpacing(8)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.hint)
        box.addLayout(self._stack)
        box.addLayout(self._actions)
        for name, text, style, act in (
                ("clear", self.tr("Clear"), ACTION_STYLE, self._clear),
                ("space", self.tr("Space"), KEY_STYLE, lambda: send_key(Qt.Key.Key_Space, " ")),
                ("backspace", "⌫", ACTION_STYLE, lambda: send_key(Qt.Key.Key_Backspace)),
                ("next", self.tr("Next field"), ACTION_STYLE, self._next),
                ("done", self.tr("Done"), DONE_STYLE, self._done)):
            button = self._button(text, style, act)
            button.setObjectName(f"key_{name}")
            self.keys[name] = button
        self.keys["backspace"].setAccessibleName(self.tr("Delete"))
        for column, name in enumerate(("clear", "space", "backspace", "next", "done")):
            self._actions.addWidget(self.keys[name], 0, column)
        self._actions.setColumnStretch(1, 3)
        for column in (0, 2, 3, 4):
            self._actions.setColumnStretch(column, 1)
        self.hide()
        # Focus is followed through each attached field's own focus events, not through
        # QApplication.focusChanged: that signal can hand a Python slot a widget in the middle
        # of its destruction. A field losing the focus is looked at once the focus has landed.
        self._focus_left = QTimer(self)
        self._focus_left.setSingleShot(True)
        self._focus_left.setInterval(0)
        self._focus_left.timeout.connect(self._focus_landed)

    def attach(self, widget: QWidget, layout: Layout) -> None:
        """Show ``layout`` whenever ``widget`` has the focus."""
        self.layouts[widget] = layout
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_a, w=widget: self._forget(w))

    def _forget(self, widget: QObject) -> None:
        self.layouts.pop(widget, None)  # type: ignore[call-overload]
        if self.target is widget:
            self.target = None

    def focus_quietly(self, widget: QWidget) -> None:
        """Focus ``widget`` with the keys down (they cover half a form): a hardware keyboard
        types in it, Tab and Enter move on with the keys still down; a tap on a field brings
        them up."""
        self._quiet = True
        self.target = None
        self.hide()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An attached field taking the focus shows its keys (not while focused quietly, by
        keys: :meth:`focus_quietly`); a tap on one shows them; leaving one is checked next."""
        kind = event.type()
        if watched not in self.layouts:
            return False
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            self._focus_left.stop()
            if not (self._quiet and event.reason() in QUIET_REASONS):
                self.show_for(watched)  # type: ignore[arg-type]
        elif kind == QEvent.Type.FocusOut:
            self._focus_left.start()
        elif kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            self._quiet = False
            if watched.hasFocus() and (self.isHidden() or self.target is not watched):
                self.show_for(watched)
        return False

    def show_for(self, widget: QWidget) -> None:
        """The keys for ``widget`` (an attached field), shown."""
        layout = self.layouts[widget]
        self._quiet = False
        self.target = widget
        self._build(layout, widget)
        self.show()

    def _focus_landed(self) -> None:
        """Hide when the focus went to something of this window that is not a field of ours."""
        new = QApplication.focusWidget()
        if new is None or new in self.layouts:
            return  # the window lost the focus, or another field showed its own keys
        if new.window() is self.window():
            self.target = None
            self.hide()

    # -- keys ------------------------------------------------------------------------------

    def _button(self, text: str, style: str, act: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        button.setAutoRepeat(False)
        button.setStyleSheet(style)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda *_checked: act())
        return button

    def _build(self, layout: Layout, widget: QWidget) -> None:
        """Show the panel of keys for ``layout`` (built once; a drop-down's own choices)."""
        self.layout_shown = layout
        self.keys["space"].setVisible(layout in (Layout.LATIN, Layout.VIETNAMESE))
        self.keys["clear"].setVisible(layout is not Layout.CHOICE)
        self.keys["backspace"].setVisible(layout is not Layout.CHOICE)
        hints = {Layout.SYSTEM: self.tr("Type your name in your own script with the input "
                                        "method of the screen, or leave it empty."),
                 Layout.CHOICE: self.tr("Choose one:")}
        self.hint.setText(hints.get(layout, ""))
        self.hint.setVisible(layout in hints)
        key: object = widget if layout is Layout.CHOICE else layout
        if key not in self._panels:
            self._panels[key] = self._panel(layout, widget)
            self._stack.addWidget(self._panels[key])
        for panel_key, panel in self._panels.items():
            panel.setVisible(panel_key is key)
        self.keys = {n: b for n, b in self.keys.items() if n in ACTIONS}
        self.keys.update(getattr(self._panels[key], "keys", {}))
        if isinstance(widget, QComboBox):  # the current choice shows as pressed
            self.keys[f"item:{widget.currentData() or ''}"].setChecked(True)

    def _panel(self, layout: Layout, widget: QWidget) -> QWidget:
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        keys: dict[str, QPushButton] = {}
        if layout in ROWS:
            for row, chars in enumerate(ROWS[layout]):
                for column, char in enumerate(chars):
                    button = self._button(char, KEY_STYLE,
                                          lambda c=char: self._type(c))
                    button.setObjectName(f"key_{char}")
                    keys[char] = button
                    grid.addWidget(button, row, column)
        if layout is Layout.VIETNAMESE:
            self._add_marks(grid, keys, len(ROWS[layout]))
        elif layout is Layout.CHOICE and isinstance(widget, QComboBox):
            for index in range(widget.count()):
                button = self._button(widget.itemText(index) or "–", CHOICE_STYLE,
                                      lambda i=index: self._choose(i))
                button.setCheckable(True)
                button.setAutoExclusive(True)
                keys[f"item:{widget.itemData(index) or ''}"] = button
                grid.addWidget(button, index // 3, index % 3)
        panel.keys = keys  # type: ignore[attr-defined]
        return panel

    def _add_marks(self, grid: QGridLayout, keys: dict[str, QPushButton], row: int) -> None:
        """Shift (the next letter in capitals) and one key per Vietnamese mark."""
        shift = self._button("⇧", ACTION_STYLE, self._shift_changed)
        shift.setCheckable(True)
        shift.setObjectName("key_shift")
        shift.setAccessibleName(self.tr("Capital letter"))
        keys["shift"] = shift
        grid.addWidget(shift, row, 0)
        for column, mark in enumerate(MARKS, start=1):
            button = self._button(LABELS[mark], MARK_STYLE, lambda m=mark: self._mark(m))
            button.setObjectName(f"key_mark_{mark}")
            keys[f"mark:{mark}"] = button
            grid.addWidget(button, row, column)

    def _shift_changed(self) -> None:
        """Letters show (and type) in capitals while Shift is down."""
        upper = self.keys["shift"].isChecked()
        for name, button in self.keys.items():
            if len(name) == 1 and name.isalpha():
                button.setText(name.upper() if upper else name)

    def _type(self, char: str) -> None:
        """One character key; a Shift that is down applies to one letter only."""
        shift = self.keys.get("shift")
        if shift is not None and shift.isVisible() and shift.isChecked() and char.isalpha():
            char = char.upper()
            shift.setChecked(False)
            self._shift_changed()
        send_key(key_code(char), char)

    def _mark(self, mark: str) -> None:
        """Put a Vietnamese mark on the word before the cursor, with key presses: to the
        letter, Backspace, the marked letter, back to where the cursor was."""
        target = QApplication.focusWidget()
        if not isinstance(target, QLineEdit):
            return
        edit = apply_mark(target.text(), target.cursorPosition(), mark)
        if edit is None:
            return
        after = edit.back - edit.length
        for _ in range(after):
            send_key(Qt.Key.Key_Left)
        for _ in range(edit.length):
            send_key(Qt.Key.Key_Backspace)
        for char in edit.text:
            send_key(Qt.Key.Key_unknown, char)
        for _ in range(after):
            send_key(Qt.Key.Key_Right)

    def _choose(self, index: int) -> None:
        """Select the item as a keyboard does: Home, then Down to it."""
        send_key(Qt.Key.Key_Home)
        for _ in range(index):
            send_key(Qt.Key.Key_Down)

    def _clear(self) -> None:
        send_key(Qt.Key.Key_A, "", Qt.KeyboardModifier.ControlModifier)  # select all
        send_key(Qt.Key.Key_Backspace)

    def _next(self) -> None:
        """The next attached field (Tab); after the last one, the keyboard closes."""
        fields = [w for w in self.layouts if w.isVisibleTo(self.window()) and w.isEnabled()]
        if self.target is not None and fields and self.target is fields[-1]:
            self._done()
            return
        send_key(Qt.Key.Key_Tab)

    def _done(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus in self.layouts:
            focus.clearFocus()
        self.target = None
        self.hide()
        self.done.emit()
