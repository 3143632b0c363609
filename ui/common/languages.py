"""The languages in Qt terms: autonyms, QLocales, the enabled set (table: resources/languages.toml).

Dates, times and numbers go through :func:`date_text`, :func:`time_text` and
:func:`number_text`: officer screens pass nothing (the installed officer language, see
``ui.common.i18n``), applicant-facing text passes the applicant's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.languages import OFFICER_DEFAULT, languages
from kiosk.options import Settings

AUTONYMS = {code: row.autonym for code, row in languages().items()}  # never translated
OFFICER_LANGUAGES = ("vi", "en")


def locale_for(language: str | None = None) -> QLocale:
    """The QLocale of ``language`` (its table locale), or the default (officer) locale."""
    if language is None:
        return QLocale()
    row = languages().get(language)
    return QLocale(row.locale if row else language)


def enabled_languages(settings: Settings) -> tuple[str, ...]:
    """The languages pickers offer, in the configured order."""
    return tuple(settings["ui.languages"])


def officer_languages(settings: Settings) -> tuple[str, ...]:
    """The officers' choices on the sign-in switch: Vietnamese, English (when enabled) and the
    configured ``ui.language``."""
    wanted = dict.fromkeys((*OFFICER_LANGUAGES, settings["ui.language"]))
    chosen = tuple(c for c in wanted if c in enabled_languages(settings))
    return chosen or (settings["ui.language"] or OFFICER_DEFAULT,)


def _four_digit_year(fmt: str) -> str:
    """Four-digit years; day-first dates with two-digit days and months (21/05/1990, as the
    applicant form shows them: Vietnam's short format is unpadded); year-first locales keep
    their own (2026. 3. 9.)."""
    fmt = fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
    if fmt.startswith("d"):
        fmt = re.sub(r"(?<!M)M(?!M)", "MM", re.sub(r"(?<!d)d(?!d)", "dd", fmt))
    return fmt


def date_format(language: str | None = None) -> str:
    """The locale's short date format (Qt pattern) with a four-digit year (QDateEdit)."""
    return _four_digit_year(locale_for(language).dateFormat(QLocale.FormatType.ShortFormat))


def date_text(value: date, language: str | None = None) -> str:
    """A date in the locale's short form, always with a four-digit year."""
    locale = locale_for(language)
    return locale.toString(QDate(value.year, value.month, value.day), date_format(language))


def day_month_text(value: date, language: str | None = None) -> str:
    """Day and month without the year, in the locale's order ('23/11', '11/23', '11. 23.')."""
    fmt = locale_for(language).dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"^y+[^dM]*|[^dM]*y+", "", fmt).strip()
    return locale_for(language).toString(QDate(value.year, value.month, value.day), fmt)


def time_text(value: time | datetime, language: str | None = None) -> str:
    """A time of day (hours and minutes) in the locale's short form."""
    qtime = QTime(value.hour, value.minute, value.second)
    return locale_for(language).toString(qtime, QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime, language: str | None = None) -> str:
    """Date and time (naive local time) in the locale's short forms."""
    return f"{date_text(value.date(), language)} {time_text(value, language)}"


def number_text(value: int | float, language: str | None = None, decimals: int = 0) -> str:
    """A number with the locale's digit grouping and decimal sign."""
    locale = locale_for(language)
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def list_text(items: Iterable[str], language: str | None = None) -> str:
    """Items joined as the locale joins a list ('a, b and c', 'a、b和c')."""
    return locale_for(language).createSeparatedList(list(items))


def label_text(name: str) -> str:
    """A form label from a name, with the officer language's colon ('Drafts:', '草稿：')."""
    return QCoreApplication.translate("Punctuation", "%1:").replace("%1", name)


def pair_text(name: str, value: str) -> str:
    """'name: value' with the officer language's colon ('Left thumb: 45', '左手拇指：45')."""
    return QCoreApplication.translate("Punctuation", "%1: %2").replace("%1", name).replace(
        "%2", value)
