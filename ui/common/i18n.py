"""The officer language at run time: install a catalogue, switch, remember the choice.

One translator is installed at a time. Switching installs the new catalogue, which makes Qt send
``QEvent.LanguageChange`` to every widget; the main window answers by rebuilding the screens
that exist before sign-in (see ``MainWindow.changeEvent``), since screens set their texts once
when built. The sign-in switch is hidden while a session is locked, so work in progress never
meets a rebuild. The choice is remembered per station in ``<data folder>/ui-state.ini``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.options import Settings, default_data_dir
from kiosk.paths import translations_dir
from ui.common.fonts import font_for
from ui.common.languages import locale_for

TRANSLATIONS = translations_dir()  # the source tree, or the bundle when frozen
_installed: dict[int, QTranslator] = {}
_before: dict[int, tuple[QFont, QLocale]] = {}  # font and locale before the first install


def load_translator(language: str, parent=None) -> QTranslator | None:
    """The catalogue of ``language`` (None when it is not compiled; English has plurals only)."""
    translator = QTranslator(parent)
    if translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm")):
        return translator
    if language != "en":
        logging.getLogger(__name__).warning("no compiled translation for %s", language)
    return None


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Make ``language`` the interface language: its catalogue, font and locale."""
    _before.setdefault(id(app), (QFont(app.font()), QLocale()))
    previous = _installed.pop(id(app), None)
    if previous is not None:
        app.removeTranslator(previous)
    app.setFont(font_for(language, app.font().pointSizeF()))
    QLocale.setDefault(locale_for(language))
    _follow_default_locale(app)
    translator = load_translator(language, app)
    if translator is not None:
        app.installTranslator(translator)
        _installed[id(app)] = translator
    app.setProperty("kioskLanguage", language)
    return translator


def uninstall_language(app: QApplication) -> None:
    """Back to the source texts, with the font and locale from before the first install."""
    previous = _installed.pop(id(app), None)
    if previous is not None:
        app.removeTranslator(previous)
    before = _before.pop(id(app), None)
    if before is not None:
        app.setFont(before[0])
        QLocale.setDefault(before[1])
        _follow_default_locale(app)
    app.setProperty("kioskLanguage", None)


def _follow_default_locale(app: QApplication) -> None:
    """Windows built before keep the locale they were built with (Qt tells no widget that
    the default changed), and so would every screen built inside them later: a Vietnamese
    officer signed in on an English station saw "0.5". Each window without a locale of its
    own takes the new default, and passes it on to its children."""
    windows = app.topLevelWidgets()
    if not windows:  # at start-up: naming Qt here would build its namespace (see style.py)
        return
    from PySide6.QtCore import Qt

    for window in windows:
        if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            window.unsetLocale()


def current_language() -> str:
    """The interface language installed last (``vi`` before any)."""
    app = QApplication.instance()
    value = app.property("kioskLanguage") if app is not None else None
    return value or "vi"


def _state(settings: Settings) -> QSettings:
    folder = Path(settings["storage.data_dir"] or default_data_dir())
    return QSettings(str(folder / "ui-state.ini"), QSettings.Format.IniFormat)


def remembered_language(settings: Settings, choices: tuple[str, ...]) -> str:
    """The officer language last chosen on this station, else ``ui.language``."""
    value = _state(settings).value("officer_language")
    if isinstance(value, str) and value in choices:
        return value
    configured = settings["ui.language"]
    return configured if configured in choices else choices[0]


def remember_language(settings: Settings, language: str) -> None:
    """Keep the officers' choice for the next start (a few bytes of INI)."""
    state = _state(settings)
    state.setValue("officer_language", language)
    state.sync()
