"""The password rule in words, shown wherever a password is chosen (first account, new
account, temporary password, forced change); :mod:`kiosk.accounts.strength` enforces it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.options import OPTIONS

DEFAULT_MINIMUM = int(OPTIONS["accounts.min_password_length"].default)


def rule_text(minimum: int = DEFAULT_MINIMUM) -> str:
    """'At least N characters, hard to guess...' in the current language."""
    return QCoreApplication.translate(
        "PasswordRule", "At least %n characters, hard to guess: a few words or a sentence of "
        "your own. Common passwords, names, dates, keyboard rows and repeats are refused "
        "(such as password12, 1234567890 or qwertyuiop), and so is your user name.", "",
        minimum)


def rule_label(minimum: int = DEFAULT_MINIMUM) -> QLabel:
    """A wrapped, quiet label with :func:`rule_text`."""
    label = QLabel(rule_text(minimum))
    label.setObjectName("passwordRule")
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368;")
    return label
