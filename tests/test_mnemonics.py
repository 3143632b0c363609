"""Alt-key mnemonics, in every language: on each screen no two visible buttons or labelled
fields share a letter, and none takes a letter of the main window's menus. Qt makes an
ambiguous mnemonic move the focus instead of pressing (Alt+E went to the "Session" menu on the
fingerprint screen instead of "Finger exception…"), so a keyboard-first officer's underlined
letter must be unique where it is shown."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from kiosk.languages import CODES
from ui.common.i18n import install_language
from ui.showcase import screenshots

pytestmark = pytest.mark.gui

MENUS = ("&Go", "Sess&ion", "&Help")  # ui/shell/main_window.py
# shown in windows of their own (no menu bar), or while the menus are hidden; a dialog's
# letters are its own too (the main window's menus do not answer while it is open)
NO_MENU = ("sign-in", "locked", "setup", "change-password", "supervisor-sign-in")
OWN_WINDOW = ("guidance-", "applicant-display-")


def mnemonic(text: str) -> str | None:
    """The letter Alt underlines in ``text`` (``&&`` is a literal ampersand)."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _letters(widget: QWidget) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and (letter := mnemonic(button.text())):
            letters[letter].append(button.text())
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.buddy() is not None \
                and (letter := mnemonic(label.text())):
            letters[letter].append(label.text())
    return letters


@pytest.fixture(params=CODES)
def language(request, qapp: QApplication):
    translator = install_language(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


def test_each_screens_alt_letters_are_its_own(language) -> None:
    menus = {mnemonic(QCoreApplication.translate("MainWindow", title)): title
             for title in MENUS}
    clashes = []
    for name in screenshots.SCREENS:
        widget = screenshots.build(name, language)
        try:
            for letter, texts in _letters(widget).items():
                in_menu = letter in menus and name not in NO_MENU \
                    and not name.startswith(OWN_WINDOW) and not isinstance(widget, QDialog)
                if len(texts) > 1 or in_menu:
                    clashes.append((name, letter, texts + ([menus[letter]] if in_menu else [])))
        finally:
            widget.close()
            widget.deleteLater()
    assert not clashes, "\n".join(f"{language} {name}: Alt+{letter.upper()} {texts}"
                                  for name, letter, texts in clashes)
