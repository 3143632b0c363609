"""The screen a widget is on, found without ``QWidget.screen()`` (PySide deletes the screen).

PySide 6.11's return-value heuristic makes the Python wrapper of the ``QScreen`` returned by an
instance method (``widget.screen()``, ``window.screen()``) a child of that widget's wrapper.
When the cyclic garbage collector frees a closed window's wrapper together with the screen's
(the window in a reference cycle, the screen's wrapper older in the collector's list, as it is
once an earlier window asked for it), clearing the screen's wrapper hands it ownership and its
deallocation deletes the application's ``QScreen``, which Qt goes on using: the next widget
built reads it (``QGuiApplication::screenAt`` -> ``QScreen::virtualSiblings``) and the process
dies with a segmentation fault. ``QWidget.windowHandle()`` gives the ``QWindow``'s wrapper the
same parent (not seen to crash, avoided all the same). ``QGuiApplication``'s static functions
return screens and windows without such a parent, so only they are used here
(``tests/test_screen_wrappers.py`` keeps the rest of the code off the instance methods).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QWidget


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under the centre of ``widget`` (else the primary screen; None without any)."""
    centre = widget.mapToGlobal(widget.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def window_of(widget: QWidget) -> QWindow | None:
    """The native window of the shown top-level ``widget`` (None when it has none)."""
    native = int(widget.winId())
    return next((w for w in QGuiApplication.topLevelWindows() if int(w.winId()) == native), None)
